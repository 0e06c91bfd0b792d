// Runs every scenario of tests/scenarios/ through the engine and checks its expectations. The same
// files run against the WebAssembly build (tests/web/), so both builds answer alike.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "couverture/answers.h"
#include "couverture/assess.h"
#include "couverture/language.h"
#include "couverture/result.h"
#include "couverture/ruleset.h"

namespace couverture {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

std::vector<fs::path> ScenarioFiles() {
  std::vector<fs::path> files;
  for (const auto& entry :
       fs::directory_iterator(fs::path(COUVERTURE_SOURCE_DIR) / "tests/scenarios")) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

json Ids(const json& items) {
  json ids = json::array();
  for (const json& item : items) ids.push_back(item.at("id"));
  return ids;
}

class Scenario : public testing::TestWithParam<fs::path> {};

TEST_P(Scenario, MeetsItsExpectations) {
  json scenario = json::parse(ReadFile(GetParam()));
  ASSERT_TRUE(scenario.contains("expect")) << GetParam();
  const json& expect = scenario.at("expect");
  static const Ruleset rules = LoadRuleset(DefaultRulesetJson()).value();

  std::string answers_text = scenario.contains("answers_text")
                                 ? scenario.at("answers_text").get<std::string>()
                                 : scenario.at("answers").dump();
  Result<Answers> answers = ParseAnswers(rules, answers_text);
  if (expect.contains("error")) {
    ASSERT_FALSE(answers.ok()) << "expected an error";
    EXPECT_EQ(Summarize(answers.errors()), expect.at("error").get<std::string>());
    return;
  }
  ASSERT_TRUE(answers.ok()) << Summarize(answers.errors());
  Result<int> lang = ResolveLanguage(rules, scenario.value("lang", "en"));
  ASSERT_TRUE(lang.ok());
  Result<ResultRenderer> renderer =
      ResultRenderer::Make(rules, lang.value(), *Date::Parse(scenario.value("date", "2026-11-27")));
  ASSERT_TRUE(renderer.ok()) << Summarize(renderer.errors());
  json result =
      json::parse(renderer.value().ResultJson(answers.value(), Assess(rules, answers.value())));

  for (const auto& [field, expected] : expect.items()) {
    if (field == "verdicts") {
      for (const auto& [rule, verdict] : expected.items()) {
        std::string found = "(not listed)";
        for (const json& row : result.at("explanation").at("rules")) {
          if (row.at("rule") == rule) found = row.at("verdict").get<std::string>();
        }
        EXPECT_EQ(found, verdict.get<std::string>()) << "verdict of rule " << rule;
      }
      continue;
    }
    ASSERT_TRUE(result.contains(field)) << "result has no field " << field;
    bool is_list =
        field == "documents" || field == "alternatives" || field == "steps" || field == "advice";
    EXPECT_EQ(is_list ? Ids(result.at(field)) : result.at(field), expected) << "field " << field;
  }
}

INSTANTIATE_TEST_SUITE_P(Corpus, Scenario, testing::ValuesIn(ScenarioFiles()),
                         [](const testing::TestParamInfo<fs::path>& info) {
                           std::string name = info.param.stem().string();
                           for (char& c : name) {
                             if (!isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

TEST(ScenarioCorpus, IsNotEmpty) { EXPECT_GE(ScenarioFiles().size(), 40u); }

}  // namespace
}  // namespace couverture
