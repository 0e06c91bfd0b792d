#include <gtest/gtest.h>

#include <string>

#include "couverture/detail/classes.h"
#include "couverture/ruleset.h"
#include "model_access.h"
#include "test_rulesets.h"

namespace couverture {
namespace {

using J = nlohmann::ordered_json;
using testing_model::M;
using testing_model::Main;
using testing_rulesets::Minimal;
using testing_rulesets::Text;

// Loads `json` and returns the errors as "path: message" lines.
std::string ErrorsOf(const J& json) {
  Result<Ruleset> rules = LoadRuleset(json.dump());
  if (rules.ok()) return "(loaded)";
  std::string all;
  for (const Error& e : rules.errors()) all += e.ToString() + "\n";
  return all;
}

TEST(LoadRuleset, LoadsTheMinimalRuleset) {
  Result<Ruleset> rules = LoadRuleset(Minimal().dump());
  ASSERT_TRUE(rules.ok()) << Summarize(rules.errors());
  EXPECT_EQ(rules.value().id(), "mini");
  EXPECT_EQ(rules.value().question_count(), 2u);
  EXPECT_EQ(rules.value().decision_count(), 1u);
  EXPECT_EQ(rules.value().decision_id(0), "main");
  EXPECT_EQ(Main(rules.value()).rules.size(), 3u);
  EXPECT_FALSE(M(rules.value()).flow.truncated);
}

TEST(LoadRuleset, MalformedJsonGivesLineAndColumn) {
  Result<Ruleset> rules = LoadRuleset("{\n  \"format\": 1,\n  \"id\": \n}");
  ASSERT_FALSE(rules.ok());
  EXPECT_EQ(rules.errors().front().path, "");
  EXPECT_NE(rules.errors().front().message.find("malformed JSON at line 4, column 1"),
            std::string::npos)
      << rules.errors().front().message;
}

TEST(LoadRuleset, RejectsNonObjects) {
  EXPECT_NE(ErrorsOf(J::array()).find("a ruleset must be a JSON object, got an array"),
            std::string::npos);
}

TEST(LoadRuleset, UnknownQuestionInACondition) {
  J json = Minimal();
  json["rules"][1]["when"] = {{"agee", {{">", 17}}}};
  EXPECT_NE(ErrorsOf(json).find("/rules/1/when/agee: unknown question \"agee\""), std::string::npos)
      << ErrorsOf(json);
}

TEST(LoadRuleset, WrongValueTypeInATest) {
  J json = Minimal();
  json["rules"][1]["when"] = {{"age", {{">", "seventeen"}}}};
  EXPECT_NE(ErrorsOf(json).find("/rules/1/when/age/>: expected a number, got a string"),
            std::string::npos)
      << ErrorsOf(json);
}

TEST(LoadRuleset, OptionNotInTheQuestionsList) {
  J json = Minimal();
  json["rules"][0]["when"] = {{"kind", "c"}};
  EXPECT_NE(ErrorsOf(json).find("/rules/0/when/kind: \"c\" is not an option of \"kind\""),
            std::string::npos)
      << ErrorsOf(json);
  json["rules"][0]["when"] = {{"kind", {{"in", J::array({"a", "z"})}}}};
  EXPECT_NE(ErrorsOf(json).find("/rules/0/when/kind/in/1: \"z\" is not an option"),
            std::string::npos)
      << ErrorsOf(json);
}

TEST(LoadRuleset, OrderedOperatorOnAChoice) {
  J json = Minimal();
  json["rules"][0]["when"] = {{"kind", {{"<", 2}}}};
  EXPECT_NE(ErrorsOf(json).find("/rules/0/when/kind/<: \"<\" compares numbers"), std::string::npos)
      << ErrorsOf(json);
}

TEST(LoadRuleset, DuplicateIds) {
  J json = Minimal();
  json["rules"][2]["id"] = "adult";
  json["questions"][1]["id"] = "kind";
  json["questions"][0]["options"][1]["id"] = "a";
  std::string errors = ErrorsOf(json);
  EXPECT_NE(errors.find("/rules/2/id: duplicate rule id \"adult\""), std::string::npos) << errors;
  EXPECT_NE(errors.find("/questions/1/id: duplicate question id \"kind\""), std::string::npos)
      << errors;
  EXPECT_NE(errors.find("/questions/0/options/1/id: duplicate option id \"a\""), std::string::npos)
      << errors;
}

TEST(LoadRuleset, MissingTextForADeclaredLanguage) {
  J json = Minimal();
  json["languages"] = J::array({"en", "fr"});
  std::string errors = ErrorsOf(json);
  EXPECT_NE(errors.find("/title/fr: missing the \"fr\" text"), std::string::npos) << errors;
  EXPECT_NE(errors.find("/questions/0/options/0/label/fr: missing the \"fr\" text"),
            std::string::npos)
      << errors;
  EXPECT_NE(errors.find("/rules/2/because/fr: missing the \"fr\" text"), std::string::npos)
      << errors;
}

TEST(LoadRuleset, TextInAnUndeclaredLanguage) {
  J json = Minimal();
  json["title"]["de"] = "Mini";
  EXPECT_NE(ErrorsOf(json).find("/title/de: language \"de\" is not declared in /languages"),
            std::string::npos);
}

TEST(LoadRuleset, UnknownOutcomeReferences) {
  J json = Minimal();
  json["rules"][0]["then"] = {{"status", "perhaps"}, {"documents", J::array({"passport"})}};
  json["rules"][1]["source"] = "nowhere";
  std::string errors = ErrorsOf(json);
  EXPECT_NE(errors.find("/rules/0/then/status: unknown status \"perhaps\""), std::string::npos)
      << errors;
  EXPECT_NE(errors.find("/rules/0/then/documents/0: unknown documents entry \"passport\""),
            std::string::npos)
      << errors;
  EXPECT_NE(errors.find("/rules/1/source: unknown citation \"nowhere\""), std::string::npos)
      << errors;
}

TEST(LoadRuleset, UnknownFieldsAreReportedButDollarKeysAreComments) {
  J json = Minimal();
  json["rules"][0]["wehn"] = {{"kind", "a"}};
  json["$comment"] = "kept for authors";
  std::string errors = ErrorsOf(json);
  EXPECT_NE(errors.find("/rules/0/wehn: unknown field \"wehn\""), std::string::npos) << errors;
  EXPECT_EQ(errors.find("$comment"), std::string::npos) << errors;
}

TEST(LoadRuleset, ReportsEveryErrorAtOnce) {
  J json = Minimal();
  json["rules"][0]["when"] = {{"kind", "c"}};
  json["rules"][1]["when"] = {{"nope", true}};
  json["questions"][1]["max"] = -5;
  Result<Ruleset> rules = LoadRuleset(json.dump());
  ASSERT_FALSE(rules.ok());
  EXPECT_EQ(rules.errors().size(), 3u) << ErrorsOf(json);
}

TEST(LoadRuleset, BadDatesAndRanges) {
  J json = Minimal();
  json["source"]["checked"] = "26/11/2026";
  json["questions"][1]["min"] = 0.5;
  std::string errors = ErrorsOf(json);
  EXPECT_NE(errors.find("/source/checked: \"26/11/2026\" is not a date of the form YYYY-MM-DD"),
            std::string::npos)
      << errors;
  EXPECT_NE(errors.find("/questions/1/min: expected an integer"), std::string::npos) << errors;
}

TEST(LoadRuleset, DeepNestingIsRefusedNotRecursedForever) {
  J json = Minimal();
  J condition = {{"kind", "a"}};
  for (int i = 0; i < 100; ++i) condition = {{"not", condition}};
  json["rules"][0]["when"] = condition;
  EXPECT_NE(ErrorsOf(json).find("conditions nest deeper than"), std::string::npos);
}

TEST(LoadRuleset, IdenticalThensShareOneOutcome) {
  J json = Minimal();
  json["rules"][1]["then"] = json["rules"][2]["then"];
  Result<Ruleset> rules = LoadRuleset(json.dump());
  ASSERT_TRUE(rules.ok());
  EXPECT_EQ(Main(rules.value()).rules[1].outcome, Main(rules.value()).rules[2].outcome);
  EXPECT_NE(Main(rules.value()).rules[0].outcome, Main(rules.value()).rules[1].outcome);
}

TEST(LoadRuleset, ClassesCutAtEveryThreshold) {
  Result<Ruleset> rules = LoadRuleset(testing_model::UniversityPageJson());
  ASSERT_TRUE(rules.ok());
  const detail::Model& r = M(rules.value());
  int age = r.QuestionIndex("age");
  int stay = r.QuestionIndex("stay_months");
  // "more than 28" on whole years: 0..28 and 29..120.
  EXPECT_EQ(r.classes[age].representative, (std::vector<double>{0, 29}));
  EXPECT_EQ(detail::ClassOf(r, age, 28), 0);
  EXPECT_EQ(detail::ClassOf(r, age, 29), 1);
  // "less than three months": [0, 3) and [3, ∞).
  EXPECT_EQ(detail::ClassOf(r, stay, 2.999), 0);
  EXPECT_EQ(detail::ClassOf(r, stay, 3), 1);
  EXPECT_EQ(detail::ClassLabel(r, age, 0, 0), "≤ 28");
  EXPECT_EQ(detail::ClassLabel(r, age, 1, 0), "≥ 29");
  EXPECT_EQ(detail::ClassLabel(r, stay, 0, 0), "< 3");
  EXPECT_EQ(detail::ClassLabel(r, stay, 1, 0), "≥ 3");
}

}  // namespace
}  // namespace couverture
