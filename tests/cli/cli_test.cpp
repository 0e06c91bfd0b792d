// The CLI as a user meets it: exit statuses, one readable line per error, never a crash.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>

#include "cli_run.h"

namespace {

namespace fs = std::filesystem;

using couverture::testing_cli::Cli;
using couverture::testing_cli::CliRun;
using couverture::testing_cli::TempFile;

int Lines(const std::string& text) {
  int n = 0;
  for (char c : text) n += c == '\n';
  return n;
}

TEST(Cli, AssessReadsStandardInputAndPrintsTheResult) {
  CliRun run = Cli("assess", R"({"origin": "eu_eea"})");
  ASSERT_EQ(run.status, 0) << run.err;
  nlohmann::json result = nlohmann::json::parse(run.out);
  for (const char* field : {"complete", "status", "documents", "alternatives", "extra_insurance",
                            "next", "steps", "explanation", "ruleset"}) {
    EXPECT_TRUE(result.contains(field)) << field;
  }
  EXPECT_EQ(result["status"], "not_required");
  EXPECT_EQ(result["ruleset"], "student-health-coverage");
}

TEST(Cli, AssessReadsAFileInFrench) {
  fs::path answers = TempFile("answers.json", R"({"origin": "other",
      "french_government_scholarship": true})");
  CliRun run = Cli("assess --lang fr " + answers.string());
  ASSERT_EQ(run.status, 0) << run.err;
  nlohmann::json result = nlohmann::json::parse(run.out);
  EXPECT_EQ(result["lang"], "fr");
  EXPECT_EQ(result["status"], "automatic");
  EXPECT_EQ(result["headline"]["title"],
            "Vous êtes couvert automatiquement, sans cotisation annuelle");
}

TEST(Cli, RulesPrintsARulesetThatChecksAndAssessesTheSame) {
  CliRun rules = Cli("rules");
  ASSERT_EQ(rules.status, 0);
  fs::path copy = TempFile("rules.json", rules.out);
  CliRun check = Cli("check --rules " + copy.string());
  EXPECT_EQ(check.status, 0) << check.err;
  std::string answers = R"({"origin": "other", "french_government_scholarship": false, "age": 30})";
  EXPECT_EQ(Cli("assess --rules " + copy.string(), answers).out, Cli("assess", answers).out);
}

TEST(Cli, BadAnswersGiveOneLineNamingTheField) {
  CliRun run = Cli("assess", R"({"age": 130})");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err,
            "couverture: answers: /age: 130 is out of range: expected an integer from 0 to 120\n");
}

TEST(Cli, BadRulesetGivesItsPathAndFile) {
  nlohmann::json rules = nlohmann::json::parse(Cli("rules").out);
  rules["rules"][3]["when"] = {{"age", {{">", "28"}}}};
  fs::path file = TempFile("bad-rules.json", rules.dump());
  CliRun run = Cli("assess --rules " + file.string(), "{}");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(Lines(run.err), 1);
  EXPECT_NE(run.err.find("/rules/3/when/age/>: expected a number, got a string"), std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find(file.string()), std::string::npos);
  CliRun check = Cli("check --rules " + file.string());
  EXPECT_NE(check.status, 0);
  EXPECT_NE(check.err.find("/rules/3/when/age/>"), std::string::npos) << check.err;
}

TEST(Cli, UsageErrors) {
  EXPECT_EQ(Cli("").status, 2);
  EXPECT_EQ(Cli("frobnicate").status, 2);
  CliRun unknown_option = Cli("assess --colour", "{}");
  EXPECT_EQ(unknown_option.status, 2);
  EXPECT_EQ(unknown_option.err, "couverture: unknown option --colour\n");
  CliRun lang = Cli("assess --lang de", "{}");
  EXPECT_EQ(lang.err, "couverture: unknown language \"de\" (the ruleset has en, fr)\n");
  CliRun missing = Cli("assess /nonexistent/answers.json");
  EXPECT_EQ(missing.status, 1);
  EXPECT_EQ(Lines(missing.err), 1);
  EXPECT_NE(missing.err.find("cannot read /nonexistent/answers.json"), std::string::npos);
}

TEST(Cli, SurvivesArbitraryBytes) {
  // Random bytes and mutated JSON, as answers and as rulesets: an exit status and at most one line
  // for assess, never a signal.
  std::mt19937 random(20261126);
  std::string base = Cli("rules").out;
  std::string answers = R"({"origin": "other", "age": 30, "stay_months": 2.5, "low_income": true})";
  for (int i = 0; i < 60; ++i) {
    std::string input = i % 2 ? base : answers;
    int edits = 1 + static_cast<int>(random() % 8);
    for (int e = 0; e < edits && !input.empty(); ++e) {
      std::size_t at = random() % input.size();
      switch (random() % 3) {
        case 0: input[at] = static_cast<char>(random() % 256); break;
        case 1: input.erase(at, 1 + random() % 16); break;
        default: input.insert(at, input.substr(random() % input.size(), random() % 32));
      }
    }
    fs::path file = TempFile("fuzz.json", input);
    CliRun run = i % 2 ? Cli("assess --rules " + file.string(), "{}") : Cli("assess", input);
    ASSERT_NE(run.status, -1) << "crashed on input " << i;
    EXPECT_EQ(run.status == 0 || run.status == 1, true) << run.status;
    if (run.status != 0) EXPECT_EQ(Lines(run.err), 1) << run.err;
  }
}

}  // namespace
