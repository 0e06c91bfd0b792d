// The CLI with layers: compose, --layer on every command that reads rules, and diff --layer
// comparing what two national rulesets mean for one university's students.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "cli_run.h"

namespace couverture {
namespace {

using J = nlohmann::ordered_json;
using testing_cli::Cli;
using testing_cli::CliRun;
using testing_cli::ReadFile;
using testing_cli::TempFile;

const std::string kBaseFile =
    std::string(COUVERTURE_SOURCE_DIR) + "/engine/rulesets/france-current.json";
const std::string kLayerFile =
    std::string(COUVERTURE_SOURCE_DIR) + "/engine/rulesets/examples/universite-exemple.layer.json";
const std::string kLayered = " --rules '" + kBaseFile + "' --layer '" + kLayerFile + "'";

J Base() { return J::parse(ReadFile(kBaseFile)); }

TEST(LayerCli, ComposeWritesARulesetThatPassesCheckStrict) {
  CliRun composed = Cli("compose '" + kBaseFile + "' '" + kLayerFile + "'");
  ASSERT_EQ(composed.status, 0) << composed.err;
  J ruleset = J::parse(composed.out);
  EXPECT_EQ(ruleset["decisions"].back()["id"], "exemple_welcome_desk");
  std::string file = TempFile("composed.json", composed.out).string();
  CliRun check = Cli("check --strict --rules '" + file + "'");
  EXPECT_EQ(check.status, 0) << check.out << check.err;
  CliRun layered = Cli("check --strict" + kLayered);
  EXPECT_EQ(layered.status, 0) << layered.out << layered.err;
  EXPECT_NE(layered.out.find("0 errors, 0 warnings"), std::string::npos) << layered.out;
}

TEST(LayerCli, EveryCommandTakesALayer) {
  CliRun table = Cli("table" + kLayered);
  EXPECT_EQ(table.status, 0) << table.err;
  EXPECT_NE(table.out.find("CPAM desk"), std::string::npos);
  CliRun graph = Cli("graph" + kLayered);
  EXPECT_EQ(graph.status, 0) << graph.err;
  EXPECT_NE(graph.out.find("Welcome day"), std::string::npos);
  CliRun assess = Cli("assess --date 2026-12-07" + kLayered,
                      R"({"enrolled_higher_ed":true,"origin":"other","visa_type":"vls_t",
                          "employed_in_france":false,"exchange_programme":false,
                          "study_type":"initial","low_income":false,
                          "french_government_scholarship":false,"age":22,
                          "protection_status":"none"})");
  EXPECT_EQ(assess.status, 0) << assess.err;
  EXPECT_NE(assess.out.find("exemple_health_check"), std::string::npos);
}

TEST(LayerCli, CheckListsOverridesAndABaseOfAnotherVersion) {
  J base = Base();
  base["version"] = "2027.01";
  J layer = J::parse(ReadFile(kLayerFile));
  layer["overrides"] = J::array({{{"decision", "health"},
                                  {"row", "not_enrolled"},
                                  {"then", {{"status", "contact_office"}}},
                                  {"reason", layer["citations"]["exemple_cpam_desk"]["section"]},
                                  {"source", "exemple_cpam_desk"}}});
  std::string b = TempFile("base.json", base.dump()).string();
  std::string l = TempFile("layer.json", layer.dump()).string();
  CliRun check = Cli("check --rules '" + b + "' --layer '" + l + "'");
  EXPECT_EQ(check.status, 0) << check.err;
  EXPECT_NE(check.out.find("info [override] row \"not_enrolled\""), std::string::npos) << check.out;
  EXPECT_NE(check.out.find("warning [base_version]"), std::string::npos) << check.out;
  EXPECT_NE(check.out.find("2027.01"), std::string::npos);
  CliRun strict = Cli("check --strict --rules '" + b + "' --layer '" + l + "'");
  EXPECT_EQ(strict.status, 1);
  CliRun json = Cli("check --json --rules '" + b + "' --layer '" + l + "'");
  J report = J::parse(json.out);
  EXPECT_EQ(report["findings"][0]["kind"], "base_version");
  EXPECT_EQ(report["findings"][1]["kind"], "override");
  EXPECT_EQ(report["findings"][1]["path"], "/overrides/0");
}

TEST(LayerCli, DiffLayerListsTheClassesThatChangeForTheUniversitysStudents) {
  J base = Base();
  for (J& row : base["decisions"][0]["rules"]) {
    if (row["id"] == "register_vls_t") row["then"] = {{"status", "contact_office"}};
  }
  std::string next = TempFile("next.json", base.dump()).string();
  CliRun diff = Cli("diff --json --layer '" + kLayerFile + "' '" + kBaseFile + "' '" + next + "'");
  EXPECT_EQ(diff.status, 1) << diff.err;
  J report = J::parse(diff.out);
  std::string text = report.dump();
  EXPECT_NE(text.find("exemple_welcome_desk"), std::string::npos);
  EXPECT_NE(text.find("register_vls_t"), std::string::npos);
  CliRun same = Cli("diff --layer '" + kLayerFile + "' '" + kBaseFile + "' '" + kBaseFile + "'");
  EXPECT_EQ(same.status, 0) << same.out << same.err;
}

TEST(LayerCli, ANewBaseThatLostAReferenceFailsWithEachPath) {
  J base = Base();
  J& status = base["decisions"][0]["outcomes"]["status"];
  status["register_by_visa"] = status["register_online"];
  status.erase("register_online");
  for (J& row : base["decisions"][0]["rules"]) {
    if (row["then"]["status"] == "register_online") row["then"]["status"] = "register_by_visa";
  }
  for (J& decision : base["decisions"]) {
    if (!decision.contains("applies") || !decision["applies"].contains("decision")) continue;
    for (J& s : decision["applies"]["decision"]["health"]) {
      if (s == "register_online") s = "register_by_visa";
    }
  }
  std::string next = TempFile("next.json", base.dump()).string();
  CliRun diff = Cli("diff --layer '" + kLayerFile + "' '" + kBaseFile + "' '" + next + "'");
  EXPECT_EQ(diff.status, 2);
  EXPECT_NE(
      diff.err.find("error: /items/0/statuses/2: decision \"health\" of the base has no status"),
      std::string::npos)
      << diff.err;
  EXPECT_NE(diff.err.find("error: /decisions/0/applies/decision/health/2"), std::string::npos)
      << diff.err;
  EXPECT_NE(diff.err.find("couverture: new ruleset: "), std::string::npos) << diff.err;
}

TEST(LayerCli, ABadLayerIsOneReadableLine) {
  J layer = J::parse(ReadFile(kLayerFile));
  layer["items"][0]["decision"] = "no_such_decision";
  std::string l = TempFile("layer.json", layer.dump()).string();
  CliRun assess = Cli("assess --rules '" + kBaseFile + "' --layer '" + l + "'", "{}");
  EXPECT_EQ(assess.status, 1);
  EXPECT_NE(assess.err.find("couverture: ruleset: /items/0/decision: the base has no decision "
                            "\"no_such_decision\""),
            std::string::npos)
      << assess.err;
  CliRun compose = Cli("compose '" + kBaseFile + "' '" + l + "'");
  EXPECT_EQ(compose.status, 1);
  EXPECT_TRUE(compose.out.empty());
  CliRun usage = Cli("compose '" + kBaseFile + "'");
  EXPECT_EQ(usage.status, 2);
}

}  // namespace
}  // namespace couverture
