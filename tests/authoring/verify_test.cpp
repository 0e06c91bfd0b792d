// The verifier on small rulesets, each with one planted defect, and on the default ruleset.
#include "couverture/authoring/verify.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "model_access.h"
#include "small_rulesets.h"

namespace couverture::authoring {
namespace {

using small::J;
using small::Load;
using small::Rule;
using small::Small;
using small::Text;

std::vector<Finding> Of(const Verification& v, const std::string& kind) {
  std::vector<Finding> found;
  for (const Finding& f : v.findings) {
    if (f.kind == kind) found.push_back(f);
  }
  return found;
}

Verification Check(const J& json, const std::string& today = "2026-11-26") {
  VerifyOptions options;
  options.today = today;
  return Verify(Load(json), options);
}

TEST(Verify, SmallRulesetHasOnlyAPrecedenceNote) {
  Verification v = Check(Small());
  EXPECT_EQ(v.Count(Severity::kError), 0u);
  EXPECT_EQ(v.Count(Severity::kWarning), 0u) << VerificationText(Load(Small()), v);
  EXPECT_TRUE(v.covered);
  EXPECT_EQ(v.classes, 3);  // a; b and ≤ 17; b and ≥ 18
}

TEST(Verify, GapIsAnErrorWithItsAnswers) {
  J json = Small();
  json["rules"].erase(2);  // no "otherwise": a child of kind b gets nothing
  Verification v = Check(json);
  std::vector<Finding> gaps = Of(v, "gap");
  ASSERT_EQ(gaps.size(), 1u);
  EXPECT_EQ(gaps[0].severity, Severity::kError);
  EXPECT_EQ(gaps[0].path, "/rules");
  EXPECT_EQ(gaps[0].answers, R"({"kind":"b","age":0})");
  EXPECT_NE(gaps[0].message.find("Age: ≤ 17"), std::string::npos) << gaps[0].message;
}

TEST(Verify, OverlappingRowsAreAPrecedenceNote) {
  Verification v = Check(Small());
  std::vector<Finding> notes = Of(v, "precedence");
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0].severity, Severity::kInfo);
  EXPECT_EQ(notes[0].path, "/rules/1");
  EXPECT_EQ(notes[0].answers, R"({"kind":"a","age":18})");
  EXPECT_NE(notes[0].message.find("\"is_a\""), std::string::npos);
  EXPECT_NE(notes[0].message.find("\"adult\""), std::string::npos);
}

TEST(Verify, RowsWithTheSameOutcomeAreNoPrecedenceChoice) {
  J json = Small();
  json["rules"][1]["then"]["status"] = "yes";
  EXPECT_TRUE(Of(Check(json), "precedence").empty());
}

TEST(Verify, MaskedRowIsDead) {
  J json = Small();
  json["rules"].insert(json["rules"].begin() + 2,
                       Rule("adult_a", {{"kind", "a"}, {"age", {{">", 20}}}}, "maybe"));
  Verification v = Check(json);
  std::vector<Finding> dead = Of(v, "dead_rule");
  ASSERT_EQ(dead.size(), 1u);
  EXPECT_EQ(dead[0].severity, Severity::kWarning);
  EXPECT_EQ(dead[0].path, "/rules/2");
  EXPECT_NE(dead[0].message.find("\"is_a\", \"adult\""), std::string::npos) << dead[0].message;
  ASSERT_TRUE(dead[0].answers);  // answers under which it would apply, were it first
}

TEST(Verify, ContradictoryRowIsDead) {
  J json = Small();
  json["rules"].insert(json["rules"].begin() + 1,
                       Rule("never", {{"age", {{"<", 10}, {">", 20}}}}, "maybe"));
  std::vector<Finding> dead = Of(Check(json), "dead_rule");
  ASSERT_EQ(dead.size(), 1u);
  EXPECT_EQ(dead[0].path, "/rules/1/when");
  EXPECT_NE(dead[0].message.find("contradict"), std::string::npos);
}

TEST(Verify, UnusedOutcomeTextAndCitation) {
  J json = Small();
  json["outcomes"]["status"]["unheard"] = {{"title", Text("Never")}};
  json["outcomes"]["documents"] = {{"form", {{"text", Text("A form")}, {"source", "c1"}}}};
  json["citations"]["c2"] = {{"section", Text("S")}, {"quote", Text("Q2")}};
  Verification v = Check(json);
  std::vector<std::string> paths;
  for (const Finding& f : Of(v, "unused_text")) paths.push_back(f.path);
  EXPECT_EQ(paths,
            (std::vector<std::string>{"/outcomes/status/unheard", "/outcomes/documents/form"}));
  std::vector<Finding> citations = Of(v, "unused_citation");
  ASSERT_EQ(citations.size(), 1u);
  EXPECT_EQ(citations[0].path, "/citations/c2");
}

TEST(Verify, TextsOnlyDeadRowsUseAreNeverShown) {
  J json = Small();
  json["rules"].insert(json["rules"].begin() + 1, Rule("again_a", {{"kind", "a"}}, "maybe"));
  json["rules"][1]["then"]["status"] = "unheard";
  json["outcomes"]["status"]["unheard"] = {{"title", Text("Never")}};
  std::vector<Finding> unused = Of(Check(json), "unused_text");
  ASSERT_EQ(unused.size(), 1u);
  EXPECT_NE(unused[0].message.find("only dead rows"), std::string::npos);
}

TEST(Verify, QuestionWhoseAnswerNeverChangesTheOutcomeIsUseless) {
  J json = Small();
  // Two rows with the same outcome told apart by "kind": asking it changes nothing.
  json["rules"] = J::array({Rule("a_adult", {{"kind", "a"}, {"age", {{">", 17}}}}, "yes"),
                            Rule("b_adult", {{"kind", "b"}, {"age", {{">", 17}}}}, "yes"),
                            Rule("otherwise", nullptr, "no")});
  json["outcomes"]["status"].erase("maybe");
  Verification v = Check(json);
  std::vector<Finding> useless = Of(v, "useless_question");
  ASSERT_EQ(useless.size(), 1u) << VerificationText(Load(json), v);
  EXPECT_EQ(useless[0].path, "/questions/0");
  EXPECT_EQ(useless[0].answers, "{}");  // asked first, with no answers yet
}

TEST(Verify, TestedQuestionTheFlowNeverAsks) {
  J json = Small();
  // age >= 0 holds for every age in 0..120: the flow never needs to ask it.
  json["rules"][0]["when"] = {{"kind", "a"}, {"age", {{">=", 0}}}};
  json["rules"].erase(1);
  json["outcomes"]["status"].erase("maybe");
  std::vector<Finding> unasked = Of(Check(json), "unasked_question");
  ASSERT_EQ(unasked.size(), 1u);
  EXPECT_EQ(unasked[0].severity, Severity::kWarning);
  EXPECT_EQ(unasked[0].path, "/rules/0/when/age/>=");
}

TEST(Verify, QuestionNoRowTests) {
  J json = Small();
  json["questions"].push_back(
      {{"id", "pet"}, {"type", "boolean"}, {"label", Text("Pet?")}, {"short", Text("Pet")}});
  std::vector<Finding> unreferenced = Of(Check(json), "unreferenced_question");
  ASSERT_EQ(unreferenced.size(), 1u);
  EXPECT_EQ(unreferenced[0].path, "/questions/2");
}

TEST(Verify, MissingTranslationIsCaughtAtLoad) {
  J json = Small();
  json["languages"] = J::array({"en", "fr"});
  Result<Ruleset> rules = LoadRuleset(json.dump());
  ASSERT_FALSE(rules.ok());
  EXPECT_EQ(rules.errors().front().path, "/title/fr");
  EXPECT_NE(rules.errors().front().message.find("missing the \"fr\" text"), std::string::npos);
}

TEST(Verify, RowsAndItemsWithoutCitation) {
  J json = Small();
  json["rules"][1].erase("source");
  json["rules"][0]["then"]["documents"] = J::array({"card"});
  json["outcomes"]["documents"] = {{"card", {{"text", Text("A card")}}}};
  std::vector<std::string> paths;
  for (const Finding& f : Of(Check(json), "missing_citation")) {
    EXPECT_EQ(f.severity, Severity::kWarning);
    paths.push_back(f.path);
  }
  EXPECT_EQ(paths, (std::vector<std::string>{"/rules/1", "/outcomes/documents/card"}));
}

TEST(Verify, ExpiredValidityAndPassedReviewDate) {
  J json = Small();
  json["valid_until"] = "2026-06-30";
  json["review_by"] = "2026-03-01";
  Verification late = Check(json, "2026-11-26");
  std::vector<Finding> expired = Of(late, "expired");
  ASSERT_EQ(expired.size(), 1u);
  EXPECT_EQ(expired[0].severity, Severity::kWarning);
  EXPECT_EQ(expired[0].path, "/valid_until");
  EXPECT_NE(expired[0].message.find("2026-06-30"), std::string::npos);
  ASSERT_EQ(Of(late, "review_due").size(), 1u);
  EXPECT_NE(Of(late, "review_due")[0].message.find("2026-03-01"), std::string::npos);

  Verification on_time = Check(json, "2026-03-01");  // the last day counts
  EXPECT_TRUE(Of(on_time, "expired").empty());
  EXPECT_TRUE(Of(on_time, "review_due").empty());
  EXPECT_TRUE(Of(Check(json, ""), "expired").empty());  // no date given: not checked
}

TEST(Verify, NotYetValid) {
  J json = Small();
  json["valid_from"] = "2027-01-01";
  EXPECT_EQ(Of(Check(json, "2026-11-26"), "not_yet_valid").size(), 1u);
}

TEST(Verify, NodeLimitSaysWhatWasNotCovered) {
  Ruleset rules = Load(Small());
  VerifyOptions options;
  options.node_limit = 2;
  Verification v = Verify(rules, options);
  EXPECT_FALSE(v.covered);
  std::vector<Finding> incomplete = Of(v, "incomplete");
  ASSERT_FALSE(incomplete.empty());
  EXPECT_EQ(incomplete[0].severity, Severity::kWarning);
  EXPECT_NE(incomplete[0].message.find("not explored"), std::string::npos);
  EXPECT_TRUE(incomplete[0].answers);
  // The row-by-row searches still prove that every row can decide.
  EXPECT_TRUE(Of(v, "dead_rule").empty());
}

TEST(Verify, SearchBudgetSaysWhatWasNotDecided) {
  Ruleset rules = Load(Small());
  VerifyOptions options;
  options.node_limit = 2;
  options.search_budget = 1;
  Verification v = Verify(rules, options);
  EXPECT_FALSE(v.covered);
  bool budget = false;
  for (const Finding& f : Of(v, "incomplete")) {
    budget = budget || f.message.find("search budget") != std::string::npos;
  }
  EXPECT_TRUE(budget) << VerificationText(rules, v);
}

TEST(Verify, FindingsComeErrorsFirst) {
  J json = Small();
  json["rules"].erase(2);
  json["valid_until"] = "2000-01-01";
  Verification v = Verify(Load(json), {"2026-11-26"});
  ASSERT_GE(v.findings.size(), 3u);
  EXPECT_TRUE(
      std::is_sorted(v.findings.begin(), v.findings.end(),
                     [](const Finding& a, const Finding& b) { return a.severity < b.severity; }));
}

TEST(Verify, EveryPathPointsIntoTheRuleset) {
  J json = Small();
  json["rules"].insert(json["rules"].begin() + 1, Rule("again_a", {{"kind", "a"}}, "maybe"));
  json["rules"][2].erase("source");
  json["questions"].push_back(
      {{"id", "pet"}, {"type", "boolean"}, {"label", Text("Pet?")}, {"short", Text("Pet")}});
  json["valid_until"] = "2000-01-01";
  Verification v = Verify(Load(json), {"2026-11-26"});
  ASSERT_GE(v.findings.size(), 4u);
  for (const Finding& f : v.findings) {
    if (f.path.empty()) continue;
    std::string pointer = f.path;
    // "/rules/1" is the row; a missing "source" is reported at its row.
    EXPECT_TRUE(json.contains(nlohmann::ordered_json::json_pointer(pointer))) << pointer;
  }
}

TEST(Verify, BuiltInRulesetIsTodaysAndClean) {
  Ruleset rules = LoadRuleset(DefaultRulesetJson()).value();
  EXPECT_EQ(rules.id(), "france-current");
  Verification v = Verify(rules, {"2026-12-07"});
  EXPECT_EQ(v.Count(Severity::kError), 0u) << VerificationText(rules, v);
  EXPECT_EQ(v.Count(Severity::kWarning), 0u) << VerificationText(rules, v);
  EXPECT_TRUE(v.covered);
}

TEST(Verify, UniversityPageRulesetIsClean) {
  Ruleset rules = LoadRuleset(testing_model::UniversityPageJson()).value();
  Verification v = Verify(rules, {"2026-11-26"});
  EXPECT_EQ(v.Count(Severity::kError), 0u) << VerificationText(rules, v);
  EXPECT_EQ(v.Count(Severity::kWarning), 0u) << VerificationText(rules, v);
  EXPECT_TRUE(v.covered);
  EXPECT_EQ(v.classes, 10);
  // The page's order of precedence shows up, e.g. EU/EEA before the scholarship.
  bool eu_first = false;
  for (const Finding& f : Of(v, "precedence")) {
    eu_first =
        eu_first || (f.path == "/rules/3" && f.message.find("\"eu_eea\"") != std::string::npos);
  }
  EXPECT_TRUE(eu_first);
}

TEST(Verify, JsonReportCarriesAnswersAsObjects) {
  J json = Small();
  json["rules"].erase(2);
  Ruleset rules = Load(json);
  Verification v = Verify(rules, {""});
  J report = J::parse(VerificationJson(rules, v));
  EXPECT_EQ(report["summary"]["errors"], 1);
  EXPECT_EQ(report["findings"][0]["kind"], "gap");
  EXPECT_EQ(report["findings"][0]["answers"], J::parse(R"({"kind":"b","age":0})"));
}

}  // namespace
}  // namespace couverture::authoring
