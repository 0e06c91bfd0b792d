// Format 2: decisions over shared questions, dated parameters, several sources; and what the loader
// refuses in them, each with its JSON path.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "couverture/limits.h"
#include "model_access.h"

namespace couverture {
namespace {

using J = nlohmann::ordered_json;
using testing_model::M;

J Campus() {
  std::ifstream in(std::string(COUVERTURE_SOURCE_DIR) + "/tests/rulesets/campus.json");
  std::stringstream text;
  text << in.rdbuf();
  return J::parse(text.str());
}

std::string ErrorsOf(const J& json) {
  Result<Ruleset> rules = LoadRuleset(json.dump());
  if (rules.ok()) return "(loaded)";
  std::string all;
  for (const Error& e : rules.errors()) all += e.ToString() + "\n";
  return all;
}

#define EXPECT_ERROR(json, text) \
  EXPECT_NE(ErrorsOf(json).find(text), std::string::npos) << ErrorsOf(json)

TEST(Format2, LoadsDecisionsParametersAndSources) {
  Result<Ruleset> rules = LoadRuleset(Campus().dump());
  ASSERT_TRUE(rules.ok()) << Summarize(rules.errors());
  EXPECT_EQ(rules.value().format(), 2);
  EXPECT_EQ(rules.value().decision_count(), 3u);
  EXPECT_EQ(rules.value().decision_id(0), "health");
  EXPECT_EQ(M(rules.value()).sources.size(), 2u);
  EXPECT_EQ(M(rules.value()).parameters.front().periods.size(), 3u);
  EXPECT_EQ(M(rules.value()).parameters.front().periods.back().value, 105);  // carried forward
}

TEST(Format2, UnknownDecisionOrStatusInADecisionTest) {
  J json = Campus();
  json["decisions"][2]["applies"] = {{"decision", {{"healht", J::array({"register"})}}}};
  EXPECT_ERROR(json, "/decisions/2/applies/decision/healht: unknown decision \"healht\"");
  json["decisions"][2]["applies"] = {{"decision", {{"health", J::array({"registre"})}}}};
  EXPECT_ERROR(json,
               "/decisions/2/applies/decision/health/0: \"registre\" is not a status of "
               "decision \"health\"");
}

TEST(Format2, ADecisionThatDependsOnItselfIsRefused) {
  J json = Campus();
  json["decisions"][2]["applies"] = {{"decision", {{"help", "may_apply"}}}};
  EXPECT_ERROR(json, "/decisions/2/applies/decision/help: decision \"help\" depends on itself");
  json = Campus();
  // health waits for help, which waits for health.
  json["decisions"][0]["rules"][1]["when"] = {{"decision", {{"help", "may_apply"}}}};
  EXPECT_ERROR(json, "depends on itself: health → help → health");
}

// Texts name a parameter as {id}, where a placeholder is letters, digits and '_'.
TEST(Format2, AParameterIdWithAHyphenIsRefused) {
  J json = Campus();
  J fee = json["parameters"]["fee_amount"];
  json["parameters"].erase("fee_amount");
  json["parameters"]["fee-amount"] = fee;
  EXPECT_ERROR(json, "/parameters/fee-amount: \"fee-amount\" cannot name a parameter");
}

TEST(Format2, ParametersPeriodsInOrderWithoutOverlap) {
  J json = Campus();
  auto& periods = json["parameters"]["fee_amount"]["periods"];
  periods[1]["from"] = "2024-09-01";
  EXPECT_ERROR(json,
               "/parameters/fee_amount/periods/1/from: periods must be in date order without "
               "overlap: 2024-09-01 is not after 2024-09-01");
  json = Campus();
  json["parameters"]["fee_amount"]["periods"][0]["from"] = "2024-02-30";
  EXPECT_ERROR(json, "/parameters/fee_amount/periods/0/from: \"2024-02-30\" is not a date");
  json = Campus();
  J note = {{"en", "note"}, {"fr", "note"}};
  json["parameters"]["fee_amount"]["periods"] =
      J::array({{{"from", "2025-01-01"}, {"carried_forward", true}, {"note", note}}});
  EXPECT_ERROR(json,
               "/parameters/fee_amount/periods/0/carried_forward: the first period has no "
               "value to carry forward");
  json = Campus();
  json["parameters"]["fee_amount"]["periods"][2]["value"] = 106;
  EXPECT_ERROR(json,
               "/parameters/fee_amount/periods/2/value: a carried-forward period takes the "
               "previous value");
}

TEST(Format2, TextsNameOnlyParametersThatExist) {
  J json = Campus();
  json["decisions"][1]["outcomes"]["steps"]["pay_fee"]["text"]["en"] = "Pay {fee_amont} online.";
  EXPECT_ERROR(json,
               "/decisions/1/outcomes/steps/pay_fee/text/en: unknown parameter "
               "\"fee_amont\" in {fee_amont} (see /parameters)");
}

TEST(Format2, CitationsNameTheirSourceAndBasis) {
  J json = Campus();
  json["citations"]["fee_due"]["source"] = "minstry";
  json["citations"]["household"]["basis"] = "rumour";
  EXPECT_ERROR(json, "/citations/fee_due/source: unknown source \"minstry\" (see /sources)");
  EXPECT_ERROR(json,
               "/citations/household/basis: \"rumour\" is not a basis (official, "
               "university, inference)");
}

TEST(Format2, DatesAreRealDates) {
  J json = Campus();
  json["sources"][0]["checked"] = "2026-13-01";
  json["valid_from"] = "1 Sep 2024";
  EXPECT_ERROR(json, "/sources/0/checked: \"2026-13-01\" is not a date of the form YYYY-MM-DD");
  EXPECT_ERROR(json, "/valid_from: \"1 Sep 2024\" is not a date of the form YYYY-MM-DD");
}

TEST(Format2, DuplicateDecisionAndSourceIds) {
  J json = Campus();
  json["decisions"][1]["id"] = "health";
  json["sources"][1]["id"] = "ministry";
  EXPECT_ERROR(json, "/decisions/1/id: duplicate decision id \"health\"");
  EXPECT_ERROR(json, "/sources/1/id: duplicate source id \"ministry\"");
}

TEST(Format2, DecisionTestsNeedFormat2) {
  J json = J::parse(testing_model::UniversityPageJson());
  json["rules"][0]["when"] = {{"decision", {{"main", "automatic"}}}};
  EXPECT_ERROR(json, "/rules/0/when/decision: decision tests need format 2");
}

TEST(Format2, Format1LoadsAsOneDecisionWithOneSource) {
  const Ruleset& rules = testing_model::UniversityPage();
  EXPECT_EQ(rules.format(), 1);
  EXPECT_EQ(rules.decision_count(), 1u);
  EXPECT_EQ(rules.decision_id(0), "main");
  ASSERT_EQ(M(rules).sources.size(), 1u);
  EXPECT_EQ(M(rules).sources[0].id, "source");
}

TEST(Limits, TextsQuestionsAndNestingAreBounded) {
  J json = Campus();
  json["title"]["en"] = std::string(limits::kTextBytes + 1, 'x');
  EXPECT_ERROR(json, "/title/en: longer than 4096 bytes");
  json = Campus();
  for (int i = 0; i < limits::kQuestions; ++i) {
    json["questions"].push_back({{"id", "q" + std::to_string(i)},
                                 {"type", "boolean"},
                                 {"label", {{"en", "Q"}, {"fr", "Q"}}},
                                 {"short", {{"en", "Q"}, {"fr", "Q"}}}});
  }
  EXPECT_ERROR(json, "/questions: at most 64 questions (limit), got 69");
  json = Campus();
  json["title"]["en"] = "Bell\u0007";
  EXPECT_ERROR(json, "/title/en: holds a control character");
  std::string huge = "{\"x\": \"" + std::string(limits::kRulesetBytes, 'x') + "\"}";
  Result<Ruleset> big = LoadRuleset(huge);
  ASSERT_FALSE(big.ok());
  EXPECT_NE(Summarize(big.errors()).find("ruleset too large"), std::string::npos);
}

// The 4 KiB limit holds for every string: a 5 000-byte "$comment" loaded, since the loader skips
// "$" keys (left to editors and authors).
TEST(Limits, EveryStringIsBoundedThoseUnderDollarKeysToo) {
  J json = Campus();
  json["$comment"] = std::string(5000, 'c');
  EXPECT_ERROR(json, "/$comment: longer than 4096 bytes (5000)");
  json = Campus();
  json["decisions"][0]["rules"][0]["$notes"] = J::array({"short", std::string(4097, 'n')});
  EXPECT_ERROR(json, "/decisions/0/rules/0/$notes/1: longer than 4096 bytes (4097)");
  json = Campus();
  json["$" + std::string(5000, 'k')] = 1;
  EXPECT_ERROR(json, "a key longer than 4096 bytes (5001)");
  json = Campus();
  json["version"] = std::string(5000, 'v');
  EXPECT_EQ(ErrorsOf(json), "/version: longer than 4096 bytes (5000)\n");  // said once
  json = Campus();
  json["$comment"] = std::string(limits::kTextBytes, 'c');
  EXPECT_EQ(ErrorsOf(json), "(loaded)");
}

// A ruleset followed by a NUL byte and more: nlohmann/json took the NUL for the end of the text.
TEST(Limits, ANulByteAfterTheRulesetIsContentAfterTheValue) {
  std::string text = Campus().dump() + std::string("\0garbage", 8);
  Result<Ruleset> rules = LoadRuleset(text);
  ASSERT_FALSE(rules.ok());
  EXPECT_NE(Summarize(rules.errors()).find("unexpected characters after the JSON value"),
            std::string::npos)
      << Summarize(rules.errors());
}

// Every text carries each declared language, so a tag of the whole ruleset.
J WithLanguage(J value, const std::string& tag) {
  if (value.is_object()) {
    J out = J::object();
    for (auto& [key, member] : value.items()) {
      if (key == "fr") continue;
      out[key == "en" && member.is_string() ? tag : key] =
          key == "languages" ? J::array({tag}) : WithLanguage(member, tag);
    }
    return out;
  }
  if (value.is_array()) {
    for (J& element : value) element = WithLanguage(element, tag);
  }
  if (value == "en" || value == "fr") return tag;  // a source's language
  return value;
}

// Browsers format dates and numbers with Intl, which throws on a tag that is not BCP 47
// ("Invalid language tag"): the widget stuck on `x-klingon` and `en-`. The loader refuses them.
TEST(Limits, LanguagesAreBcp47TagsAsBrowsersFormatIn) {
  ASSERT_EQ(ErrorsOf(WithLanguage(Campus(), "en")), "(loaded)");
  for (const char* tag :
       {"de", "fr-CA", "es-419", "zh-Hant-TW", "de-CH-1901", "sr-Latn", "tlh", "EN-gb", "und"}) {
    EXPECT_EQ(ErrorsOf(WithLanguage(Campus(), tag)), "(loaded)") << tag;
  }
  for (const char* tag :
       {"x-klingon", "en-", "-en", "en--GB", "i-klingon", "en_GB", "e", "toolongname",
        "en-x-private", "en-u-nu-arab", "root", "de-1901-1901", "en-GB-oed", "123", "fr-CA-"}) {
    std::string errors = ErrorsOf(WithLanguage(Campus(), tag));
    EXPECT_EQ(errors.rfind("/languages/0: expected a language tag such as \"en\" or \"fr-CA\"", 0),
              0u)
        << tag << ": " << errors;
  }
}

}  // namespace
}  // namespace couverture
