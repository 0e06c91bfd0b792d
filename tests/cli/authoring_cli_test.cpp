// The authoring commands end to end: check's exit codes, table, graph, and scenarios written by
// the CLI then re-assessed by the engine.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli_run.h"
#include "model_access.h"
#include "small_rulesets.h"

namespace couverture {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using small::J;

using testing_cli::Cli;
using testing_cli::CliRun;
using testing_cli::ReadFile;
using testing_cli::TempFile;

fs::path TempDir() {
  fs::path dir =
      fs::temp_directory_path() / ("couverture-authoring-" + std::to_string(getpid()) + "-" +
                                   ::testing::UnitTest::GetInstance()->current_test_info()->name());
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

fs::path WriteRuleset(const fs::path& dir, const std::string& name, const J& rules) {
  fs::path file = dir / name;
  std::ofstream(file) << rules.dump(2);
  return file;
}

// The university page's ruleset, which most of these tests were written against (it was built in
// until 2026-12-07).
const std::string kPageFile =
    std::string(COUVERTURE_SOURCE_DIR) + "/engine/rulesets/university-page-before-2018.json";
const std::string kPage = " --rules '" + kPageFile + "'";

TEST(CheckCommand, BuiltInRulesetVerifiesCleanWithStrict) {
  CliRun run = Cli("check --strict");
  EXPECT_EQ(run.status, 0) << run.out << run.err;
  EXPECT_NE(run.out.find("0 errors, 0 warnings"), std::string::npos) << run.out;
}

// CI runs this: every shipped ruleset must verify clean, warnings included, on today's date.
TEST(CheckCommand, EveryShippedRulesetVerifiesCleanWithStrict) {
  int checked = 0;
  for (const auto& entry :
       fs::directory_iterator(fs::path(COUVERTURE_SOURCE_DIR) / "engine/rulesets")) {
    if (entry.path().extension() != ".json") continue;
    CliRun run = Cli("check --strict --rules '" + entry.path().string() + "'");
    EXPECT_EQ(run.status, 0) << entry.path() << "\n" << run.out << run.err;
    ++checked;
  }
  EXPECT_GE(checked, 1);
}

TEST(CheckCommand, JsonReport) {
  CliRun run = Cli("check --json" + kPage);
  ASSERT_EQ(run.status, 0) << run.err;
  json report = json::parse(run.out);
  EXPECT_EQ(report["ruleset"], "student-health-coverage");
  EXPECT_EQ(report["summary"]["errors"], 0);
  EXPECT_EQ(report["summary"]["covered"], true);
  EXPECT_GT(report["summary"]["info"].get<int>(), 0);  // the page's precedence choices
}

TEST(CheckCommand, GapFailsWithItsCounterexample) {
  fs::path dir = TempDir();
  J rules = small::Small();
  rules["rules"].erase(2);
  CliRun run = Cli("check --rules '" + WriteRuleset(dir, "gap.json", rules).string() + "'");
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.out.find("error [gap]"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find(R"(answers {"kind":"b","age":0})"), std::string::npos) << run.out;
  EXPECT_NE(run.err.find("1 error(s)"), std::string::npos) << run.err;
}

TEST(CheckCommand, WarningsFailOnlyWithStrict) {
  fs::path dir = TempDir();
  J rules = small::Small();
  rules["valid_until"] = "2000-01-01";  // passed whatever the clock says today
  std::string file = WriteRuleset(dir, "expired.json", rules).string();
  CliRun lenient = Cli("check --rules '" + file + "'");
  EXPECT_EQ(lenient.status, 0) << lenient.err;
  EXPECT_NE(lenient.out.find("warning [expired]"), std::string::npos) << lenient.out;
  EXPECT_NE(lenient.out.find("2000-01-01"), std::string::npos);
  CliRun strict = Cli("check --strict --rules '" + file + "'");
  EXPECT_EQ(strict.status, 1);
  EXPECT_NE(strict.err.find("--strict"), std::string::npos) << strict.err;
}

// What students are told rests on the evidence: a commercial page quoted as official, a dated
// value with no source or resting on a non-official page without a note, a publisher kind the
// checker does not know, each fails --strict with its path.
TEST(CheckCommand, UnofficialEvidenceFailsStrictWithItsPath) {
  fs::path dir = TempDir();
  J current =
      J::parse(ReadFile(fs::path(COUVERTURE_SOURCE_DIR) / "engine/rulesets/france-current.json"));
  J commercial = current;
  commercial["citations"]["mes_allocs_cvec_2025"]["basis"] = "official";
  CliRun run = Cli("check --strict --rules '" +
                   WriteRuleset(dir, "commercial.json", commercial).string() + "'");
  EXPECT_EQ(run.status, 1) << run.out << run.err;
  EXPECT_NE(run.out.find("warning [unofficial_basis] citation \"mes_allocs_cvec_2025\" quotes "
                         "\"mes_allocs\", a commercial page, as official"),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("at /citations/mes_allocs_cvec_2025/basis"), std::string::npos) << run.out;

  J unnoted = current;
  for (J& period : unnoted["parameters"]["cvec_amount"]["periods"]) {
    if (period["from"] == "2025-05-01") period.erase("note");
  }
  unnoted["parameters"]["c2s_ceiling_free"]["periods"][0].erase("source");
  unnoted["sources"][0]["publisher"] = "blog";
  CliRun values = Cli("check --json --strict --rules '" +
                      WriteRuleset(dir, "unnoted.json", unnoted).string() + "'");
  EXPECT_EQ(values.status, 1) << values.err;
  std::map<std::string, std::string> found;
  J report = J::parse(values.out);
  for (const J& f : report["findings"]) {
    found[f["kind"].get<std::string>() + " " + f["path"].get<std::string>()] =
        f["severity"].get<std::string>();
  }
  EXPECT_EQ(found["unnoted_value /parameters/cvec_amount/periods/1"], "warning");
  EXPECT_EQ(found["missing_citation /parameters/c2s_ceiling_free/periods/0"], "warning");
  EXPECT_EQ(found["unknown_publisher /sources/0/publisher"], "warning");
  // The shipped ruleset itself says all of it, so it passes.
  EXPECT_EQ(
      Cli("check --strict --rules '" + WriteRuleset(dir, "as-shipped.json", current).string() + "'")
          .status,
      0);
}

TEST(CheckCommand, InvalidRulesetNamesThePath) {
  fs::path dir = TempDir();
  J rules = small::Small();
  rules["rules"][1]["when"] = {{"agee", {{">", 17}}}};
  std::string file = WriteRuleset(dir, "typo.json", rules).string();
  CliRun run = Cli("check --rules '" + file + "'");
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.err.find("error: /rules/1/when/agee: unknown question"), std::string::npos)
      << run.err;
  CliRun as_json = Cli("check --json --rules '" + file + "'");
  EXPECT_EQ(as_json.status, 1);
  json report = json::parse(as_json.out);
  EXPECT_EQ(report["findings"][0]["path"], "/rules/1/when/agee");
  EXPECT_EQ(report["findings"][0]["kind"], "invalid");
}

TEST(CheckCommand, MalformedJsonSaysInPlainWordsWhereToFixIt) {
  fs::path dir = TempDir();
  // The comma after the version taken out: the reader stops on the next line, the fix is here.
  std::string text = small::Small().dump(2);
  std::size_t comma = text.find("\"version\": \"1\",") + std::string("\"version\": \"1\"").size();
  text.erase(comma, 1);
  fs::path file = dir / "comma.json";
  std::ofstream(file, std::ios::binary) << text;
  CliRun run = Cli("check --rules '" + file.string() + "'");
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.err.find("error: malformed JSON at line 5, column 9"), std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("\n  A comma is missing at the end of line 4: "), std::string::npos)
      << run.err;
}

TEST(CheckCommand, RejectsUnknownOptions) {
  EXPECT_NE(Cli("check --csv").status, 0);
  EXPECT_NE(Cli("table --json").status, 0);
  EXPECT_NE(Cli("graph extra.json").status, 0);
  EXPECT_NE(Cli("scenarios --lang de").status, 0);
}

// Each file of tests/schema/broken/ says in "$expect" where it is broken; the schema tests
// (tests/schema/run) check the schema rejects it there too.
TEST(BrokenRulesets, LoaderRejectsEachAtItsPath) {
  fs::path dir = fs::path(COUVERTURE_SOURCE_DIR) / "tests/schema/broken";
  int checked = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".json") continue;
    std::string text = ReadFile(entry.path());
    std::string expected = json::parse(text).at("$expect");
    Result<Ruleset> rules = LoadRuleset(text);
    ASSERT_FALSE(rules.ok()) << entry.path();
    bool found = false;
    for (const Error& e : rules.errors()) found = found || e.path == expected;
    EXPECT_TRUE(found) << entry.path() << ": " << Summarize(rules.errors());
    ++checked;
  }
  EXPECT_GE(checked, 15);
}

TEST(TableCommand, MarkdownHasOneLinePerClass) {
  CliRun run = Cli("table" + kPage);
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("| # | Your situation | Exchange programme |"), std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("| 10 |"), std::string::npos);
  EXPECT_EQ(run.out.find("| 11 |"), std::string::npos);
  EXPECT_NE(run.out.find("| Neither of these | — | No | ≥ 29 |"), std::string::npos);
}

TEST(TableCommand, CsvInFrench) {
  CliRun run = Cli("table --csv --lang fr" + kPage);
  ASSERT_EQ(run.status, 0) << run.err;
  std::istringstream lines(run.out);
  std::vector<std::string> rows;
  for (std::string line; std::getline(lines, line);) rows.push_back(line);
  ASSERT_EQ(rows.size(), 11u);  // header + 10 classes
  EXPECT_EQ(rows[0].rfind("#,origin,exchange_programme,", 0), 0u) << rows[0];
  EXPECT_NE(run.out.find("Du Québec et couvert par son assurance maladie,Oui"), std::string::npos);
}

TEST(GraphCommand, DrawsQuestionsAnswersAndOutcomes) {
  CliRun run = Cli("graph" + kPage);
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out.rfind("digraph flow {", 0), 0u);
  EXPECT_NE(run.out.find("[label=\"Your situation\""), std::string::npos);
  EXPECT_NE(run.out.find("[label=\"From Quebec and covered by its health insurance\"]"),
            std::string::npos);
  EXPECT_NE(run.out.find("General rule"), std::string::npos);
  CliRun french = Cli("graph --lang fr" + kPage);
  EXPECT_NE(french.out.find("[label=\"Votre situation\""), std::string::npos);
}

TEST(GraphCommand, FillsParametersWithTheirValueOnTheDate) {
  // campus.json's fee is in its status title (today's rules name the CVEC amount in a step, which
  // the drawing does not show, since 2026.12.1).
  std::string file = fs::path(COUVERTURE_SOURCE_DIR) / "tests/rulesets/campus.json";
  CliRun before = Cli("graph --date 2024-10-01 --rules '" + file + "'");
  ASSERT_EQ(before.status, 0) << before.err;
  EXPECT_EQ(before.out.find("{fee_amount}"), std::string::npos);
  EXPECT_NE(before.out.find("Pay the campus fee: \u20ac103\\n"), std::string::npos);
  CliRun next = Cli("graph --date 2025-10-01 --rules '" + file + "'");
  ASSERT_EQ(next.status, 0) << next.err;
  EXPECT_NE(next.out.find("Pay the campus fee: \u20ac105\\n"), std::string::npos);
  // A year later the amount is carried forward, and says so; in French, as French writes it.
  CliRun later = Cli("graph --date 2026-10-01 --lang fr --rules '" + file + "'");
  ASSERT_EQ(later.status, 0) << later.err;
  EXPECT_EQ(later.out.find("{fee_amount}"), std::string::npos);
  EXPECT_NE(later.out.find("Payez la contribution\u00a0: 105\u00a0\u20ac (le montant 2025-2026"),
            std::string::npos);
  // Before a parameter's first period (a draft for next year) the drawing keeps its placeholder.
  CliRun early = Cli("graph --date 2020-01-01 --rules '" + file + "'");
  ASSERT_EQ(early.status, 0) << early.err;
  EXPECT_NE(early.out.find("Pay the campus fee: {fee_amount}"), std::string::npos);
  EXPECT_EQ(Cli("graph --date 2025-13-01").status, 2);
}

TEST(ScenariosCommand, DefaultScenariosMeetTheirOwnExpectations) {
  fs::path dir = TempDir() / "out";
  CliRun run = Cli("scenarios --out '" + dir.string() + "'" + kPage);
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("wrote 10 scenarios"), std::string::npos) << run.out;
  const Ruleset& rules = testing_model::UniversityPage();
  std::vector<std::string> decided;
  for (const auto& entry : fs::directory_iterator(dir)) {
    json scenario = json::parse(ReadFile(entry.path()));
    SCOPED_TRACE(entry.path().filename().string());
    ASSERT_TRUE(scenario.contains("name"));
    nlohmann::ordered_json result = testing_model::ResultOf(rules, scenario.at("answers").dump(),
                                                            scenario.at("lang").get<std::string>());
    for (const auto& [field, expected] : scenario.at("expect").items()) {
      json actual = result.at(field);
      if (actual.is_array() && field != "next") {
        json ids = json::array();
        for (const json& item : actual) ids.push_back(item.at("id"));
        actual = ids;
      }
      EXPECT_EQ(actual, expected) << "field " << field;
    }
    decided.push_back(scenario["expect"]["rule"]);
  }
  std::sort(decided.begin(), decided.end());
  decided.erase(std::unique(decided.begin(), decided.end()), decided.end());
  EXPECT_EQ(decided.size(), 9u);  // every row of the default ruleset decides some class
}

TEST(ScenariosCommand, GapScenarioExpectsNoStatus) {
  fs::path dir = TempDir();
  J rules = small::Small();
  rules["rules"].erase(2);
  fs::path out = dir / "out";
  CliRun run = Cli("scenarios --rules '" + WriteRuleset(dir, "gap.json", rules).string() +
                   "' --out '" + out.string() + "'");
  ASSERT_EQ(run.status, 0) << run.err;
  json gap = json::parse(ReadFile(out / "002-gap.json"));
  EXPECT_EQ(gap["expect"]["status"], nullptr);
  EXPECT_EQ(gap["expect"]["rule"], nullptr);
  EXPECT_EQ(gap["answers"], json::parse(R"({"kind":"b","age":0})"));
}

// --out DIR is the user's folder: a link named like a scenario file is refused (it once sent a
// scenario over the file it pointed to), and nothing is written.
TEST(ScenariosCommand, NeverWritesThroughALink) {
  fs::path dir = TempDir(), out = dir / "out";
  fs::create_directories(out);
  fs::path victim = dir / "victim.txt";
  std::ofstream(victim) << "keep me";
  fs::create_symlink(victim, out / "001-is_a.json");
  CliRun run =
      Cli("scenarios --rules '" + WriteRuleset(dir, "small.json", small::Small()).string() +
          "' --out '" + out.string() + "'");
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.err.find("001-is_a.json is a link or a folder, not a scenario file"),
            std::string::npos)
      << run.err;
  EXPECT_EQ(ReadFile(victim), "keep me");
  EXPECT_EQ(std::distance(fs::directory_iterator(out), fs::directory_iterator()), 1);
  // Nor into a folder given as a link.
  fs::create_directory_symlink(out, dir / "linked");
  fs::remove(out / "001-is_a.json");
  CliRun linked = Cli("scenarios --rules '" + (dir / "small.json").string() + "' --out '" +
                      (dir / "linked").string() + "'");
  EXPECT_EQ(linked.status, 1);
  EXPECT_NE(linked.err.find("linked is a symbolic link"), std::string::npos) << linked.err;
  EXPECT_TRUE(fs::is_empty(out));
}

// A folder that already holds files: the command's own (NNN-row.json) are replaced, those this run
// does not write are removed, and every other file is left alone.
TEST(ScenariosCommand, ReplacesItsOwnFilesOnlyAndRemovesStaleOnes) {
  fs::path dir = TempDir(), out = dir / "out";
  fs::create_directories(out);
  std::ofstream(out / "edge-by-hand.json") << "{\"mine\": true}";
  std::ofstream(out / "001-is_a.json") << "old";
  std::ofstream(out / "017-removed_row.json") << "a class of an earlier ruleset";
  std::ofstream(out / "notes.txt") << "notes";
  fs::path rules = WriteRuleset(dir, "small.json", small::Small());
  CliRun run = Cli("scenarios --rules '" + rules.string() + "' --out '" + out.string() + "'");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("and removed 1 of an earlier run"), std::string::npos) << run.out;
  EXPECT_FALSE(fs::exists(out / "017-removed_row.json"));
  EXPECT_EQ(ReadFile(out / "edge-by-hand.json"), "{\"mine\": true}");
  EXPECT_EQ(ReadFile(out / "notes.txt"), "notes");
  EXPECT_EQ(json::parse(ReadFile(out / "001-is_a.json"))["expect"]["rule"], "is_a");
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(out)) names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  // Run again: the same files, nothing removed.
  CliRun again = Cli("scenarios --rules '" + rules.string() + "' --out '" + out.string() + "'");
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_EQ(again.out.find("removed"), std::string::npos) << again.out;
  std::vector<std::string> after;
  for (const auto& entry : fs::directory_iterator(out)) after.push_back(entry.path().filename());
  std::sort(after.begin(), after.end());
  EXPECT_EQ(after, names);
}

// diff exits as diff(1) does: 0 same outcomes, 1 some differ, 2 trouble.
TEST(DiffCommand, RulesetAgainstItselfExitsZero) {
  std::string file =
      fs::path(COUVERTURE_SOURCE_DIR) / "engine/rulesets/university-page-before-2018.json";
  CliRun run = Cli("diff '" + file + "' '" + file + "'");
  EXPECT_EQ(run.status, 0) << run.out << run.err;
  EXPECT_NE(run.out.find("No class of answers changes (10 classes compared)."), std::string::npos)
      << run.out;
  EXPECT_EQ(run.err, "");
}

TEST(DiffCommand, ChangedOutcomeExitsOneWithAnswersThatAssessAsShown) {
  fs::path dir = TempDir();
  J moved = small::Small();
  moved["rules"][1]["when"] = {{"age", {{">", 20}}}};
  std::string old_file = WriteRuleset(dir, "old.json", small::Small()).string();
  std::string new_file = WriteRuleset(dir, "new.json", moved).string();
  CliRun run = Cli("diff --json '" + old_file + "' '" + new_file + "'");
  EXPECT_EQ(run.status, 1) << run.err;
  json diff = json::parse(run.out);  // valid JSON, or the test throws
  ASSERT_EQ(diff["classes"].size(), 1u);
  const json& c = diff["classes"][0];
  for (const char* side : {"old", "new"}) {
    SCOPED_TRACE(side);
    CliRun assess =
        Cli("assess --rules '" + (side == std::string("old") ? old_file : new_file) + "'",
            c["answers"][side].dump());
    ASSERT_EQ(assess.status, 0) << assess.err;
    json result = json::parse(assess.out);
    EXPECT_EQ(result["status"], c["decisions"]["main"][side]["status"]);
    EXPECT_EQ(result["rule"], c["decisions"]["main"][side]["rule"]);
  }
  CliRun markdown = Cli("diff '" + old_file + "' '" + new_file + "'");
  EXPECT_EQ(markdown.status, 1);
  EXPECT_NE(markdown.out.find("1 class of answers changes for 1 decision"), std::string::npos)
      << markdown.out;
}

// The university page's ruleset (format 1: one decision, "main") against today's (format 2):
// --compare pairs "main" with "health", which the students of every class see change.
TEST(DiffCommand, CompareDecisionsWithDifferentIds) {
  std::string old_file =
      fs::path(COUVERTURE_SOURCE_DIR) / "engine/rulesets/university-page-before-2018.json";
  std::string new_file = fs::path(COUVERTURE_SOURCE_DIR) / "engine/rulesets/france-current.json";
  CliRun unpaired = Cli("diff --json '" + old_file + "' '" + new_file + "'");
  EXPECT_EQ(unpaired.status, 1) << unpaired.err;
  EXPECT_EQ(json::parse(unpaired.out)["classes"].size(), 0u) << "no decision in common";
  CliRun run = Cli("diff --json --compare main=health '" + old_file + "' '" + new_file + "'");
  ASSERT_EQ(run.status, 1) << run.err;
  json diff = json::parse(run.out);
  ASSERT_GT(diff["classes"].size(), 0u);
  EXPECT_EQ(diff["decisions"]["removed"], json::array());
  EXPECT_EQ(diff["decisions"]["added"], json::parse(R"(["cvec","c2s","mutuelle","parental"])"));
  // Each class's example answers assess, on each side, as the diff says.
  for (std::size_t i = 0; i < diff["classes"].size(); i += 97) {
    const json& c = diff["classes"][i];
    SCOPED_TRACE(c["answers"].dump());
    CliRun old_side = Cli("assess --rules '" + old_file + "'", c["answers"]["old"].dump());
    CliRun new_side = Cli("assess --rules '" + new_file + "'", c["answers"]["new"].dump());
    ASSERT_EQ(old_side.status, 0) << old_side.err;
    ASSERT_EQ(new_side.status, 0) << new_side.err;
    EXPECT_EQ(json::parse(old_side.out)["status"], c["decisions"]["health"]["old"]["status"]);
    EXPECT_EQ(json::parse(new_side.out)["decisions"]["health"]["status"],
              c["decisions"]["health"]["new"]["status"]);
  }
  for (const char* bad :
       {"--compare main", "--compare =health", "--compare main=", "--compare main=healht",
        "--compare mian=health", "--compare main=health --compare main=cvec"}) {
    CliRun refused = Cli(std::string("diff ") + bad + " '" + old_file + "' '" + new_file + "'");
    EXPECT_EQ(refused.status, 2) << bad;
    EXPECT_NE(refused.err.find("--compare"), std::string::npos) << bad << ": " << refused.err;
    EXPECT_EQ(std::count(refused.err.begin(), refused.err.end(), '\n'), 1) << refused.err;
  }
}

TEST(CliDiff, RenamedOptionIsComparedAsOneOption) {
  json campus =
      json::parse(ReadFile(fs::path(COUVERTURE_SOURCE_DIR) / "tests/rulesets/campus.json"));
  campus["questions"][1]["options"][1]["id"] = "non_eu";
  std::string old_file = (fs::path(COUVERTURE_SOURCE_DIR) / "tests/rulesets/campus.json").string();
  std::string new_file = TempFile("campus-renamed.json", campus.dump()).string();
  EXPECT_EQ(Cli("diff '" + old_file + "' '" + new_file + "'").status, 1);
  CliRun run =
      Cli("diff --renamed-option origin.other=non_eu '" + old_file + "' '" + new_file + "'");
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("`other` \u2192 `non_eu`"), std::string::npos) << run.out;
  CliRun inline_value =
      Cli("diff --json --renamed-option=origin.other=non_eu '" + old_file + "' '" + new_file + "'");
  EXPECT_EQ(inline_value.status, 0) << inline_value.err;
  EXPECT_EQ(json::parse(inline_value.out)["questions"][0]["options_renamed"][0]["new"], "non_eu");
  for (const char* bad : {"origin=non_eu", ".other=non_eu", "origin.=non_eu",
                          "origin.other=", "origin.others=non_eu", "age.a=b"}) {
    CliRun refused =
        Cli(std::string("diff --renamed-option ") + bad + " '" + old_file + "' '" + new_file + "'");
    EXPECT_EQ(refused.status, 2) << bad;
    EXPECT_NE(refused.err.find("--renamed-option"), std::string::npos)
        << bad << ": " << refused.err;
    EXPECT_EQ(std::count(refused.err.begin(), refused.err.end(), '\n'), 1) << refused.err;
  }
}

// engine/rulesets/CHANGES-university-page-to-current.md is the diff's output, kept current.
TEST(DiffCommand, CommittedChangesBetweenTheShippedRulesetsAreCurrent) {
  fs::path rulesets = fs::path(COUVERTURE_SOURCE_DIR) / "engine/rulesets";
  std::string command = "diff --compare main=health --date 2026-09-01 '" +
                        (rulesets / "university-page-before-2018.json").string() + "' '" +
                        (rulesets / "france-current.json").string() + "'";
  CliRun run = Cli(command);
  ASSERT_EQ(run.status, 1) << run.err;
  EXPECT_TRUE(run.out == ReadFile(rulesets / "CHANGES-university-page-to-current.md"))
      << "engine/rulesets/CHANGES-university-page-to-current.md is out of date: from the top "
         "folder, run\n  build/native/engine/cli/couverture diff --compare main=health --date "
         "2026-09-01 engine/rulesets/university-page-before-2018.json "
         "engine/rulesets/france-current.json > "
         "engine/rulesets/CHANGES-university-page-to-current.md";
}

TEST(DiffCommand, TextOnlyChangeExitsZeroAndIsPrinted) {
  fs::path dir = TempDir();
  J edited = small::Small();
  edited["rules"][1]["title"] = small::Text("Grown-up");
  CliRun run = Cli("diff '" + WriteRuleset(dir, "old.json", small::Small()).string() + "' '" +
                   WriteRuleset(dir, "new.json", edited).string() + "'");
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("## Texts changed (en"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("Grown-up"), std::string::npos) << run.out;
}

TEST(DiffCommand, TroubleExitsTwoWithOneLine) {
  fs::path dir = TempDir();
  std::string good = WriteRuleset(dir, "good.json", small::Small()).string();
  J broken = small::Small();
  broken["rules"][1]["when"] = {{"agee", {{">", 17}}}};
  std::string bad = WriteRuleset(dir, "bad.json", broken).string();
  for (const std::string& args :
       {"diff '" + good + "'", "diff --csv '" + good + "' '" + good + "'",
        "diff '" + good + "' '" + (dir / "missing.json").string() + "'",
        "diff '" + bad + "' '" + good + "'", "diff --lang de '" + good + "' '" + good + "'",
        "diff --date 2026-02-30 '" + good + "' '" + good + "'", std::string("diff - -")}) {
    SCOPED_TRACE(args);
    CliRun run = Cli(args);
    EXPECT_EQ(run.status, 2);
    EXPECT_EQ(run.err.rfind("couverture: ", 0), 0u) << run.err;
    EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << run.err;
  }
  CliRun invalid = Cli("diff '" + good + "' '" + bad + "'");
  EXPECT_NE(invalid.err.find("new ruleset: /rules/1/when/agee"), std::string::npos) << invalid.err;
}

TEST(DiffCommand, RulesetFromStandardInput) {
  std::string file =
      fs::path(COUVERTURE_SOURCE_DIR) / "engine/rulesets/university-page-before-2018.json";
  CliRun run = Cli("diff --json - '" + file + "'", ReadFile(file));
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(json::parse(run.out)["summary"]["differs"], false);
}

}  // namespace
}  // namespace couverture
