// A shipped ruleset's results are a public contract: saved answers, replay links and universities'
// pages rely on its question and option ids and on what each class of students is told. Any change
// to them must be recorded in the ruleset's CHANGES file, so this test fingerprints them (every
// question's id, type, options and range; every class of answers with its outcome ids per decision)
// and requires the newest entry of engine/rulesets/CHANGES-<name>.md to carry that fingerprint,
// the ruleset's version, and at least one line saying what changed.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli_run.h"
#include "couverture/authoring/coverage.h"
#include "couverture/authoring/scenarios.h"
#include "couverture/detail/model.h"
#include "couverture/ruleset.h"

namespace couverture {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::vector<fs::path> ShippedRulesets() {
  std::vector<fs::path> files;
  for (const auto& entry :
       fs::directory_iterator(fs::path(COUVERTURE_SOURCE_DIR) / "engine/rulesets")) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// FNV-1a: a change detector, not a defence against anyone.
std::string Fingerprint(const std::string& text) {
  std::uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : text) hash = (hash ^ c) * 1099511628211ull;
  char out[17];
  std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(hash));
  return out;
}

// The ids and outcomes a ruleset's results are made of, texts left out.
std::string ResultContract(const Ruleset& rules) {
  const detail::Model& model = detail::ModelOf(rules);
  json contract = json::object();
  json questions = json::array();
  for (const detail::Question& q : model.questions) {
    json question = {{"id", q.id}, {"type", static_cast<int>(q.type)}};
    for (const detail::Option& option : q.options) question["options"].push_back(option.id);
    if (q.min) question["min"] = *q.min;
    if (q.max) question["max"] = *q.max;
    questions.push_back(question);
  }
  contract["questions"] = questions;
  authoring::Coverage coverage = authoring::EnumerateCoverage(rules);
  EXPECT_FALSE(coverage.rows_truncated || coverage.flow_truncated)
      << "a shipped ruleset's classes must all be listed to be fingerprinted";
  json classes = json::array();
  for (const authoring::ScenarioFile& file : authoring::Scenarios(rules, coverage, 0)) {
    json scenario = json::parse(file.json);
    classes.push_back({scenario.at("answers"), scenario.at("expect")});
  }
  contract["classes"] = classes;
  return contract.dump();
}

struct Entry {
  std::string heading;
  std::string results;
  int lines = 0;  // "- " lines: what changed
};

// The newest entry: the first "## " section of the file.
Entry NewestEntry(const std::string& text) {
  Entry entry;
  std::istringstream in(text);
  std::string line;
  bool inside = false;
  while (std::getline(in, line)) {
    if (line.rfind("## ", 0) == 0) {
      if (inside) break;
      inside = true;
      entry.heading = line.substr(3);
    } else if (inside && line.rfind("Results: `", 0) == 0) {
      entry.results = line.substr(10, line.find('`', 10) - 10);
    } else if (inside && line.rfind("- ", 0) == 0) {
      ++entry.lines;
    }
  }
  return entry;
}

class ShippedRuleset : public testing::TestWithParam<fs::path> {};

TEST_P(ShippedRuleset, ResultChangesAreRecordedInItsChangesFile) {
  Result<Ruleset> loaded = LoadRuleset(testing_cli::ReadFile(GetParam()));
  ASSERT_TRUE(loaded.ok()) << Summarize(loaded.errors());
  const detail::Model& model = detail::ModelOf(loaded.value());
  std::string fingerprint = Fingerprint(ResultContract(loaded.value()));
  fs::path changes = GetParam().parent_path() / ("CHANGES-" + GetParam().stem().string() + ".md");
  ASSERT_TRUE(fs::exists(changes)) << changes << " is missing: every shipped ruleset keeps one";
  Entry newest = NewestEntry(testing_cli::ReadFile(changes));
  std::string how = "\nAdd an entry at the top of " + changes.filename().string() + ":\n\n## " +
                    model.meta.version + " (YYYY-MM-DD)\nResults: `" + fingerprint +
                    "`\n- what changed, for which students\n";
  EXPECT_EQ(newest.results, fingerprint) << "the results of " << GetParam().filename()
                                         << " changed since its last CHANGES entry." << how;
  EXPECT_EQ(newest.heading.substr(0, newest.heading.find(' ')), model.meta.version)
      << "the newest CHANGES entry must name the ruleset's version (bump \"version\" when results "
         "change)."
      << how;
  EXPECT_GT(newest.lines, 0) << "the newest CHANGES entry says nothing about what changed." << how;
}

INSTANTIATE_TEST_SUITE_P(Rulesets, ShippedRuleset, testing::ValuesIn(ShippedRulesets()),
                         [](const testing::TestParamInfo<fs::path>& info) {
                           std::string name = info.param.stem().string();
                           for (char& c : name) {
                             if (!isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

TEST(ShippedRulesetFingerprint, ChangesWhenAnOutcomeChanges) {
  fs::path file = fs::path(COUVERTURE_SOURCE_DIR) / "engine/rulesets/france-current.json";
  json edited = json::parse(testing_cli::ReadFile(file));
  Result<Ruleset> before = LoadRuleset(edited.dump());
  ASSERT_TRUE(before.ok());
  // The parental authorisation from 17 rather than 16: one threshold, a few classes.
  for (json& decision : edited["decisions"]) {
    if (decision["id"] != "parental") continue;
    decision["rules"][0]["when"]["age"]["<"] = 17;
  }
  Result<Ruleset> after = LoadRuleset(edited.dump());
  ASSERT_TRUE(after.ok()) << Summarize(after.errors());
  EXPECT_NE(Fingerprint(ResultContract(before.value())),
            Fingerprint(ResultContract(after.value())));
  // A text alone changes no result field.
  edited["title"]["en"] = "Another title";
  Result<Ruleset> retitled = LoadRuleset(edited.dump());
  ASSERT_TRUE(retitled.ok());
  EXPECT_EQ(Fingerprint(ResultContract(after.value())),
            Fingerprint(ResultContract(retitled.value())));
}

}  // namespace
}  // namespace couverture
