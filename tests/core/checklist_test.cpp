// The checklist across decisions (engine/README.md#the-result-format): tasks grouped by when,
// most urgent first, with their needs and deadlines, each thing said once; the headlines with
// their tone; what is good to know. And what the loader refuses in the new fields.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "couverture/answers.h"
#include "couverture/assess.h"
#include "couverture/result.h"
#include "couverture/ruleset.h"

namespace couverture {
namespace {

using J = nlohmann::ordered_json;

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

J ResultOf(const J& json, const std::string& answers, int lang = 0) {
  Result<Ruleset> rules = LoadRuleset(json.dump());
  EXPECT_TRUE(rules.ok()) << Summarize(rules.errors());
  Result<Answers> parsed = ParseAnswers(rules.value(), answers);
  EXPECT_TRUE(parsed.ok()) << Summarize(parsed.errors());
  Result<ResultRenderer> renderer =
      ResultRenderer::Make(rules.value(), lang, *Date::Parse("2025-10-01"));
  EXPECT_TRUE(renderer.ok());
  return J::parse(
      renderer.value().ResultJson(parsed.value(), Assess(rules.value(), parsed.value())));
}

J En(const std::string& text) { return J{{"en", text}, {"fr", text + " (fr)"}}; }

// campus.json with a checklist: the fee is paid before enrolling, registering comes after it
// and needs a passport and a certificate, with a deadline; a third decision adds a document
// needed before leaving, and a step that repeats a need of the first.
J WithChecklist() {
  J json = Campus();
  J& health = json["decisions"][0]["outcomes"];
  health["steps"]["register_online"]["when"] = "after_enrolling";
  health["steps"]["register_online"]["needs"] = J::array(
      {{{"text", En("Your passport.")}}, {{"text", En("Your certificate of enrolment.")}}});
  health["steps"]["register_online"]["deadline"] = {{"text", En("Within three months.")}};
  health["status"]["register"]["tone"] = "todo";
  J& fee = json["decisions"][1]["outcomes"];
  fee["steps"]["pay_fee"]["when"] = "before_enrolling";
  json["decisions"][2]["outcomes"]["documents"] = {
      {"letter", {{"text", En("A letter from your parents.")}, {"when", "before_leaving"}}},
      {"passport_again", {{"text", En("Your passport.")}}}};
  json["decisions"][2]["outcomes"]["advice"] = {{"same_advice", {{"text", En("Your passport.")}}},
                                                {"tip", {{"text", En("Keep copies.")}}}};
  J& rows = json["decisions"][2]["rules"];
  rows[0]["then"]["documents"] = J::array({"letter", "passport_again"});
  rows[0]["then"]["advice"] = J::array({"same_advice", "tip"});
  return json;
}

TEST(Checklist, TasksAcrossDecisionsMostUrgentFirst) {
  J r = ResultOf(WithChecklist(),
                 R"({"enrolled": true, "origin": "other", "exchange": false, "low_income": true,
                     "age": 20})");
  ASSERT_TRUE(r["complete"].get<bool>());
  std::vector<std::string> order;
  for (const J& task : r["checklist"]) order.push_back(task["id"].get<std::string>());
  // before_leaving (help's letter), before_enrolling (fee), after_enrolling (register): then
  // those with no `when`. The help decision's second document says what a need already said.
  EXPECT_EQ(order, (std::vector<std::string>{"letter", "pay_fee", "register_online"}));
  const J& reg = r["checklist"][2];
  EXPECT_EQ(reg["decision"], "health");
  EXPECT_EQ(reg["kind"], "step");
  EXPECT_EQ(reg["when"], "after_enrolling");
  ASSERT_EQ(reg["needs"].size(), 2u);
  EXPECT_EQ(reg["needs"][0]["text"], "Your passport.");
  EXPECT_EQ(reg["deadline"]["text"], "Within three months.");
  EXPECT_EQ(r["checklist"][0]["kind"], "document");
  EXPECT_EQ(r["checklist"][1]["text"], "Pay €105 online.");
  // Good to know: once, and not what the checklist said.
  ASSERT_EQ(r["good_to_know"].size(), 1u);
  EXPECT_EQ(r["good_to_know"][0]["id"], "tip");
  EXPECT_EQ(r["good_to_know"][0]["decision"], "help");
  // Headlines: one per decision that applies, with its tone and how many tasks it gave.
  ASSERT_EQ(r["headlines"].size(), 3u);
  EXPECT_EQ(r["headlines"][0]["decision"], "health");
  EXPECT_EQ(r["headlines"][0]["tone"], "todo");
  EXPECT_EQ(r["headlines"][0]["tasks"], 1);
  EXPECT_EQ(r["headlines"][2]["tone"], nullptr);
  EXPECT_EQ(r["tone"], "todo");
  EXPECT_EQ(r["decisions"]["health"]["tone"], "todo");
  // The decision's own lists keep their items, with the checklist fields.
  EXPECT_EQ(r["decisions"]["health"]["steps"][0]["when"], "after_enrolling");
  EXPECT_EQ(r["decisions"]["help"]["documents"].size(), 2u);
}

TEST(Checklist, InTheResultsLanguage) {
  J r = ResultOf(WithChecklist(),
                 R"({"enrolled": true, "origin": "other", "exchange": false, "low_income": false})",
                 1);
  EXPECT_EQ(r["checklist"].back()["deadline"]["text"], "Within three months. (fr)");
}

TEST(Checklist, ADecisionThatDoesNotApplyAddsNothing) {
  J r = ResultOf(WithChecklist(), R"({"enrolled": false})");
  EXPECT_TRUE(r["checklist"].empty());
  ASSERT_EQ(r["headlines"].size(), 1u);
  EXPECT_EQ(r["headlines"][0]["status"], "private");
  EXPECT_EQ(r["headlines"][0]["tasks"], 0);
}

TEST(Checklist, RulesetsWithoutTheNewFieldsKeepTheirResults) {
  J r = ResultOf(Campus(), R"({"enrolled": true, "origin": "other", "exchange": false,
                               "low_income": false})");
  ASSERT_EQ(r["checklist"].size(), 2u);
  EXPECT_EQ(r["checklist"][0]["id"], "register_online");  // decision order when no `when`
  EXPECT_EQ(r["checklist"][0]["when"], nullptr);
  EXPECT_EQ(r["checklist"][1]["id"], "pay_fee");
  EXPECT_EQ(r["tone"], nullptr);
  EXPECT_EQ(r["status"], "register");
  EXPECT_EQ(r["steps"][0]["id"], "register_online");
}

TEST(Checklist, TheLoaderNamesTheFieldItRefuses) {
  J json = WithChecklist();
  json["decisions"][0]["outcomes"]["steps"]["register_online"]["when"] = "later";
  EXPECT_ERROR(json,
               "/decisions/0/outcomes/steps/register_online/when: expected one of "
               "\"before_leaving\", \"before_enrolling\", \"on_arrival\", \"after_enrolling\", got "
               "\"later\"");
  json = WithChecklist();
  json["decisions"][0]["outcomes"]["steps"]["register_online"]["needs"][1] = {{"txt", En("x")}};
  EXPECT_ERROR(json, "/decisions/0/outcomes/steps/register_online/needs/1");
  json = WithChecklist();
  json["decisions"][0]["outcomes"]["steps"]["register_online"]["deadline"]["source"] = "nowhere";
  EXPECT_ERROR(json,
               "/decisions/0/outcomes/steps/register_online/deadline/source: unknown citation "
               "\"nowhere\"");
  json = WithChecklist();
  json["decisions"][0]["outcomes"]["status"]["register"]["tone"] = "happy";
  EXPECT_ERROR(json, "/decisions/0/outcomes/status/register/tone: expected one of \"done\"");
  json = WithChecklist();
  json["decisions"][2]["outcomes"]["advice"]["tip"]["when"] = "on_arrival";
  EXPECT_ERROR(json, "/decisions/2/outcomes/advice/tip");
  json = WithChecklist();
  json["decisions"][0]["outcomes"]["steps"]["register_online"]["needs"] = "passport";
  EXPECT_ERROR(json, "/decisions/0/outcomes/steps/register_online/needs: expected an array");
}

}  // namespace
}  // namespace couverture
