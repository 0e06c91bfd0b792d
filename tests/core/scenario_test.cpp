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
#include "couverture/layer.h"
#include "couverture/result.h"
#include "couverture/ruleset.h"

namespace couverture {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

// tests/scenarios/*.json for the compiled-in ruleset; subfolders for other rulesets, each file
// naming its ruleset in "rules" (a path from the repository's root).
std::vector<fs::path> ScenarioFiles() {
  std::vector<fs::path> files;
  for (const auto& entry :
       fs::recursive_directory_iterator(fs::path(COUVERTURE_SOURCE_DIR) / "tests/scenarios")) {
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

// A result's field as a scenario states it: item lists as their ids.
json Comparable(const std::string& field, const json& value) {
  bool is_list =
      field == "documents" || field == "alternatives" || field == "steps" || field == "advice";
  return is_list ? Ids(value) : value;
}

class Scenario : public testing::TestWithParam<fs::path> {};

TEST_P(Scenario, MeetsItsExpectations) {
  json scenario = json::parse(ReadFile(GetParam()));
  ASSERT_TRUE(scenario.contains("expect")) << GetParam();
  const json& expect = scenario.at("expect");
  std::string rules_text =
      scenario.contains("rules")
          ? ReadFile(fs::path(COUVERTURE_SOURCE_DIR) / scenario.at("rules").get<std::string>())
          : std::string(DefaultRulesetJson());
  // A scenario may name a layer too ("layer"): the rules are then that layer composed over them.
  Result<Ruleset> loaded = LoadRuleset(rules_text);
  if (scenario.contains("layer")) {
    Result<LayeredRuleset> layered = LoadLayered(
        rules_text,
        ReadFile(fs::path(COUVERTURE_SOURCE_DIR) / scenario.at("layer").get<std::string>()));
    ASSERT_TRUE(layered.ok()) << Summarize(layered.errors());
    loaded = layered.value().ruleset;
  }
  ASSERT_TRUE(loaded.ok()) << Summarize(loaded.errors());
  const Ruleset& rules = loaded.value();

  std::string answers_text = scenario.contains("answers_text")
                                 ? scenario.at("answers_text").get<std::string>()
                                 : scenario.at("answers").dump();
  Result<int> lang = ResolveLanguage(rules, scenario.value("lang", "en"));
  ASSERT_TRUE(lang.ok());
  // As the CLI does: the texts of the language and date first, then the answers.
  Result<ResultRenderer> renderer =
      ResultRenderer::Make(rules, lang.value(), *Date::Parse(scenario.value("date", "2026-11-27")));
  Result<Answers> answers = ParseAnswers(rules, answers_text);
  if (expect.contains("error")) {
    ASSERT_FALSE(renderer.ok() && answers.ok()) << "expected an error";
    EXPECT_EQ(Summarize(renderer.ok() ? answers.errors() : renderer.errors()),
              expect.at("error").get<std::string>());
    return;
  }
  ASSERT_TRUE(renderer.ok()) << Summarize(renderer.errors());
  ASSERT_TRUE(answers.ok()) << Summarize(answers.errors());
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
    if (field == "decisions") {
      for (const auto& [id, fields] : expected.items()) {
        ASSERT_TRUE(result.at(field).contains(id)) << "no decision " << id;
        for (const auto& [name, value] : fields.items()) {
          EXPECT_EQ(Comparable(name, result.at(field).at(id).at(name)), value)
              << "decision " << id << ", field " << name;
        }
      }
      continue;
    }
    EXPECT_EQ(Comparable(field, result.at(field)), expected) << "field " << field;
  }
}

INSTANTIATE_TEST_SUITE_P(Corpus, Scenario, testing::ValuesIn(ScenarioFiles()),
                         [](const testing::TestParamInfo<fs::path>& info) {
                           std::string name = info.param.parent_path().filename().string() + "_" +
                                              info.param.stem().string();
                           for (char& c : name) {
                             if (!isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

TEST(ScenarioCorpus, IsNotEmpty) { EXPECT_GE(ScenarioFiles().size(), 40u); }

}  // namespace
}  // namespace couverture
