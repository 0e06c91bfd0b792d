// The coverage table as JSON (for the rules studio) holds the same cells as the Markdown the
// `table` command prints: one grid, two renderings.
#include "couverture/authoring/table.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "model_access.h"

namespace couverture::authoring {
namespace {

using nlohmann::ordered_json;

std::string Campus() {
  std::ifstream in(std::string(COUVERTURE_SOURCE_DIR) + "/tests/rulesets/campus.json");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(CoverageJson, HoldsTheMarkdownCellsOfEveryClass) {
  const Ruleset& rules = testing_model::UniversityPage();
  ordered_json table = ordered_json::parse(CoverageJson(rules, 0));
  ASSERT_EQ(table["tables"].size(), 1u);
  const ordered_json& main = table["tables"][0];
  EXPECT_EQ(main["decision"], "main");
  EXPECT_EQ(main["header"][0], "#");
  EXPECT_EQ(main["rows"].size(), main["total"].get<double>());
  std::string markdown = CoverageMarkdown(rules, 0);
  for (const ordered_json& row : main["rows"]) {
    std::string line = "|";
    for (const ordered_json& cell : row) line += " " + cell.get<std::string>() + " |";
    EXPECT_NE(markdown.find(line), std::string::npos) << line;
  }
  EXPECT_EQ(main["note"], "");
  EXPECT_EQ(table["not_asked"], "\u2014");
}

TEST(CoverageJson, GivesOneTablePerDecision) {
  Ruleset rules = testing_model::Load(Campus());
  ordered_json table = ordered_json::parse(CoverageJson(rules, 1));
  EXPECT_EQ(table["tables"].size(), rules.decision_count());
  for (const ordered_json& t : table["tables"]) EXPECT_GT(t["rows"].size(), 0u);
}

// The row limit is for all tables together: sixteen decisions listed 10 000 classes each, 50 MB of
// Markdown for a generated 1 MB ruleset.
TEST(CoverageJson, TheRowLimitIsSharedBetweenTheDecisions) {
  Result<Ruleset> rules = LoadRuleset(Campus());
  ASSERT_TRUE(rules.ok());
  ordered_json table = ordered_json::parse(CoverageJson(rules.value(), 0, /*row_limit=*/6));
  ASSERT_EQ(table["tables"].size(), 3u);
  std::size_t listed = 0;
  for (const ordered_json& t : table["tables"]) {
    EXPECT_LE(t["rows"].size(), 2u) << t["decision"];
    listed += t["rows"].size();
  }
  EXPECT_LE(listed, 6u);
  std::string csv = CoverageCsv(rules.value(), 0, /*row_limit=*/6);
  EXPECT_NE(csv.find("Only the first 2 of"), std::string::npos) << csv;
}

}  // namespace
}  // namespace couverture::authoring
