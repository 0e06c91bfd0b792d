// The CLI as a user meets it: exit statuses, one readable line per error, never a crash.
#include <gtest/gtest.h>
#include <sys/wait.h>

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

// The university page's ruleset, which these tests were written against (it was built in until
// 2026-12-07): "--rules '<file>' ", and its text.
const std::string kPageFile =
    std::string(COUVERTURE_SOURCE_DIR) + "/engine/rulesets/university-page-before-2018.json";
const std::string kPage = "--rules '" + kPageFile + "' ";

TEST(Cli, BuiltInRulesetIsTodaysRules) {
  CliRun run = Cli("assess", R"({"enrolled_higher_ed": true, "employed_in_france": false,
      "origin": "other", "visa_type": "vls_ts_or_permit"})");
  ASSERT_EQ(run.status, 0) << run.err;
  nlohmann::json result = nlohmann::json::parse(run.out);
  EXPECT_EQ(result["ruleset"], "france-current");
  EXPECT_EQ(result["status"], "register_online");
  EXPECT_EQ(result["notice"], nullptr);
  EXPECT_EQ(nlohmann::json::parse(Cli("rules").out)["id"], "france-current");
}

TEST(Cli, TheUniversityPageRulesSayTheyNoLongerApply) {
  CliRun run = Cli("assess " + kPage, R"({"origin": "other"})");
  ASSERT_EQ(run.status, 0) << run.err;
  nlohmann::json result = nlohmann::json::parse(run.out);
  EXPECT_NE(result["notice"].get<std::string>().find("They no longer apply"), std::string::npos);
  CliRun french = Cli("assess --lang fr " + kPage, "{}");
  EXPECT_NE(nlohmann::json::parse(french.out)["notice"].get<std::string>().find(
                "Elles ne s’appliquent plus"),
            std::string::npos);
}

TEST(Cli, AssessReadsStandardInputAndPrintsTheResult) {
  CliRun run = Cli("assess " + kPage, R"({"origin": "eu_eea"})");
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
  CliRun run = Cli("assess --lang fr " + kPage + answers.string());
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
  nlohmann::json rules = nlohmann::json::parse(couverture::testing_cli::ReadFile(kPageFile));
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

TEST(Cli, ErrorLinesStayValidUtf8WhateverTheArguments) {
  // An overlong "/" and a surrogate, as a shell can pass them: echoed escaped, never as raw bytes.
  CliRun run = Cli("assess --lang '\xc0\xaf\xed\xa0\x80'", "{}");
  EXPECT_EQ(
      run.err,
      "couverture: unknown language \"\\xc0\\xaf\\xed\\xa0\\x80\" (the ruleset has en, fr)\n");
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

namespace hardening {

using couverture::testing_cli::ReadFile;

// Runs a shell command line with the CLI as $C; the exit status and standard error.
CliRun Shell(const std::string& line) {
  fs::path err = TempFile("shell-stderr", "");
  fs::path script = TempFile("shell.sh", "C='" + std::string(COUVERTURE_CLI) + "'\n{ " + line +
                                             "; } 2>'" + err.string() + "'\n");
  int raw = std::system(("bash '" + script.string() + "'").c_str());
  CliRun run;
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  run.err = ReadFile(err);
  return run;
}

TEST(CliHardening, AFullDiskIsAFailureWithAMessage) {
  for (const char* command :
       {"echo '{}' | $C assess -", "$C rules", "$C table", "$C graph", "$C check", "$C migrate"}) {
    CliRun run = Shell(std::string(command) + " > /dev/full");
    EXPECT_EQ(run.status, 1) << command;
    EXPECT_EQ(run.err, "couverture: cannot write the output: No space left on device\n") << command;
  }
}

TEST(CliHardening, AClosedPipeEndsQuietlyAsOtherToolsDo) {
  // `| head` closes the pipe: the usual quiet end (SIGPIPE), no message.
  CliRun run = Shell("$C table | head -c 10 > /dev/null; exit ${PIPESTATUS[0]}");
  EXPECT_EQ(run.err, "");
  EXPECT_NE(run.status, 1);
}

TEST(CliHardening, EndlessInputIsReadOnlyUpToItsLimit) {
  CliRun answers = Shell("$C assess - < /dev/zero");
  EXPECT_EQ(answers.status, 1);
  EXPECT_EQ(answers.err,
            "couverture: standard input is larger than the limit for answers (16384 bytes)\n");
  CliRun rules = Shell("$C assess --rules /dev/zero < /dev/null");
  EXPECT_EQ(rules.status, 1);
  EXPECT_NE(rules.err.find("/dev/zero is larger than the limit for a ruleset (1048576 bytes)"),
            std::string::npos)
      << rules.err;
}

// Standard input can be read once: `assess --rules - -` read it for the ruleset, then again (empty)
// for the answers, and reported "/format: is missing".
TEST(CliHardening, StandardInputNamedTwiceIsSaid) {
  std::string rules = Cli("rules").out;
  for (const char* args : {"assess --rules - -", "assess --rules -"}) {
    CliRun run = Cli(args, rules);
    EXPECT_EQ(run.status, 2) << args;
    EXPECT_EQ(
        run.err,
        "couverture: standard input named twice (--rules - and the answers, - by default): it "
        "can be read once, so give one of them as a file\n")
        << args;
  }
  fs::path answers = TempFile("answers.json", R"({"origin": "eu_eea"})");
  EXPECT_EQ(Cli("assess --rules - " + answers.string(), rules).status, 0);
}

// nlohmann/json stops at a NUL byte as at the end of a C string: what follows went unread.
TEST(CliHardening, ANulByteAfterARulesetIsContentAfterTheValue) {
  fs::path rules = TempFile("rules.json", Cli("rules").out + std::string("\0garbage", 8));
  CliRun run = Cli("check --rules " + rules.string());
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.err.find("unexpected characters after the JSON value"), std::string::npos)
      << run.err;
}

// Rulesets generated within every other limit (tests/bench/generate_ruleset.py), which the issue
// timed: 3.5 MB took 15-40 s to assess and 256 s to table. Refused now, at once, naming the limit.
TEST(CliLimits, AGeneratedRulesetPastTheByteLimitIsRefusedNamingIt) {
  fs::path file = TempFile("generated.json", "");
  std::string generate =
      "python3 '" + std::string(COUVERTURE_SOURCE_DIR) +
      "/tests/bench/generate_ruleset.py' 700 64 --mode structured --decisions 16 > '" +
      file.string() + "'";
  ASSERT_EQ(std::system(generate.c_str()), 0);
  CliRun run = Cli("check --rules " + file.string());
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.err.find("is larger than the limit for a ruleset (1048576 bytes)"),
            std::string::npos)
      << run.err;
}

// 16 decisions of 20 rows over 64 questions (119 KB) took 5 s to load in the browser: its flow ran
// to 30 642 nodes and each state re-read all 320 rows. Its flow stops within the limits now, and
// says which one stopped it.
TEST(CliLimits, ManyDecisionsBuildAFlowWithinItsLimits) {
  fs::path file = TempFile("generated.json", "");
  std::string generate =
      "python3 '" + std::string(COUVERTURE_SOURCE_DIR) +
      "/tests/bench/generate_ruleset.py' 20 64 --mode structured --decisions 16 > '" +
      file.string() + "'";
  ASSERT_EQ(std::system(generate.c_str()), 0);
  CliRun run = Cli("check --json --rules " + file.string());
  nlohmann::json report = nlohmann::json::parse(run.out);
  // Nodes still being built when the limit is reached are finished: one per level at most.
  EXPECT_LE(report["summary"]["flow_nodes"].get<int>(), 10000 + 64 + 1);
  bool said = false;
  for (const auto& finding : report["findings"]) {
    std::string message = finding["message"];
    said = said || message.rfind("the question flow stopped at its work limit", 0) == 0 ||
           message.rfind("the question flow stopped at its node limit", 0) == 0;
  }
  EXPECT_TRUE(said) << run.out.substr(0, 2000);
}

TEST(CliHardening, ManyKeysAreRefusedByCountAndLongKeysAreNotEchoed) {
  std::string many = "{";
  for (int i = 0; i < 200; ++i) many += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":1";
  CliRun run = Cli("assess", many + "}");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.err, "couverture: answers: more than 128 answers (the limit)\n");
  CliRun key = Cli("assess", "{\"" + std::string(8000, 'k') + "\": 1}");
  EXPECT_EQ(key.status, 1);
  EXPECT_LT(key.err.size(), 200u) << key.err;
  EXPECT_NE(key.err.find("…"), std::string::npos);
}

TEST(CliHardening, TerminalEscapesInARulesetAreShownNotSent) {
  nlohmann::ordered_json rules = nlohmann::ordered_json::parse(Cli("rules").out);
  rules["version"] = "\x1b]0;pwned\x07\x1b[2J";
  rules["title"]["en"] = "Evil \u202e text";
  fs::path file = TempFile("evil.json", rules.dump());
  for (const std::string& command : {"check", "table", "graph"}) {
    CliRun run = Cli(command + " --rules " + file.string());
    EXPECT_EQ(run.out.find('\x1b'), std::string::npos) << command;
    EXPECT_EQ(run.out.find('\x07'), std::string::npos) << command;
    EXPECT_EQ(run.out.find("\u202e"), std::string::npos) << command;
    EXPECT_NE(run.out.find("u001b"), std::string::npos)
        << command << ": " << run.out.substr(0, 300);
  }
  CliRun check = Cli("check --strict --rules " + file.string());
  EXPECT_EQ(check.status, 1);
  EXPECT_NE(check.out.find("warning [control_character]"), std::string::npos) << check.out;
  EXPECT_NE(check.out.find("at /title/en"), std::string::npos);
}

TEST(CliHardening, OneExitStatusForUsageErrorsDocumentedInHelp) {
  EXPECT_EQ(Cli("").status, 2);
  EXPECT_EQ(Cli("frobnicate").status, 2);
  EXPECT_EQ(Cli("assess --colour").status, 2);
  EXPECT_EQ(Cli("table --lang").status, 2);
  EXPECT_EQ(Cli("check extra-file").status, 2);
  EXPECT_EQ(Cli("assess --date 2026-02-30").status, 2);
  CliRun help = Cli("--help");
  EXPECT_EQ(help.status, 0);
  EXPECT_NE(help.out.find("2 usage error"), std::string::npos) << help.out;
}

// The JSON conformance table through `couverture assess`: the same verdicts as the engine's
// readers (tests/core/json_conformance_test.cpp).
TEST(CliHardening, JsonConformanceTable) {
  nlohmann::ordered_json table = nlohmann::ordered_json::parse(
      ReadFile(fs::path(COUVERTURE_SOURCE_DIR) / "tests/conformance/json-documents.json"));
  int rows = 0;
  for (const auto& row : table["documents"]) {
    std::string bytes;
    if (row.contains("hex")) {
      std::string hex = row["hex"];
      for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
        bytes += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
      }
    } else {
      bytes = row["text"];
    }
    CliRun run = Cli("assess --date 2026-11-27 " + kPage, bytes);
    bool reader_error = false;
    for (const char* reader :
         {"malformed JSON", "number out of range", "duplicate key", "nests deeper than"}) {
      reader_error = reader_error || run.err.find(reader) != std::string::npos;
    }
    std::string name = row["name"];
    EXPECT_EQ(reader_error ? "reject" : "accept", row["verdict"].get<std::string>())
        << name << ": " << run.err;
    if (row["verdict"] == "reject") {
      EXPECT_NE(run.err.find(row["error"].get<std::string>()), std::string::npos)
          << name << ": " << run.err;
      EXPECT_EQ(Lines(run.err), 1) << name;
    }
    if (row.contains("expect")) {
      ASSERT_EQ(run.status, 0) << name << ": " << run.err;
      nlohmann::ordered_json result = nlohmann::ordered_json::parse(run.out);
      for (const auto& [field, value] : row["expect"].items())
        EXPECT_EQ(result[field], value) << name;
    }
    ++rows;
  }
  EXPECT_GE(rows, 50);
}

}  // namespace hardening
