// `couverture sources` (the evidence map) on every shipped ruleset. What it must list is read from
// each ruleset's own JSON, never written here: the rulesets' sources and citations change.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <tuple>

#include "cli_run.h"

namespace couverture {
namespace {

namespace fs = std::filesystem;
using nlohmann::ordered_json;
using testing_cli::Cli;
using testing_cli::CliRun;
using testing_cli::ReadFile;

// (kind, decision or parameter, group or period start, id)
using Use = std::tuple<std::string, std::string, std::string, std::string>;

// What rests on each citation, by reading the ruleset: rows and outcome items citing it through
// `source`, and parameter periods citing it.
std::map<std::string, std::set<Use>> ExpectedUses(const ordered_json& rules) {
  std::map<std::string, std::set<Use>> uses;
  for (const auto& [id, citation] : rules["citations"].items()) uses[id];
  ordered_json decisions =
      rules["format"] == 1
          ? ordered_json::array(
                {{{"id", "main"}, {"rules", rules["rules"]}, {"outcomes", rules["outcomes"]}}})
          : rules["decisions"];
  for (const auto& decision : decisions) {
    std::string d = decision["id"];
    for (const auto& row : decision["rules"]) {
      if (row.contains("source")) uses[row["source"]].insert({"row", d, "", row["id"]});
    }
    for (const char* group : {"documents", "alternatives", "steps", "advice"}) {
      if (!decision["outcomes"].contains(group)) continue;
      for (const auto& [id, item] : decision["outcomes"][group].items()) {
        if (item.contains("source")) uses[item["source"]].insert({"item", d, group, id});
      }
    }
  }
  if (rules.contains("parameters")) {
    for (const auto& [id, parameter] : rules["parameters"].items()) {
      for (const auto& period : parameter["periods"]) {
        if (period.contains("source"))
          uses[period["source"]].insert({"period", id, period["from"], ""});
      }
    }
  }
  return uses;
}

std::vector<fs::path> ShippedRulesets() {
  std::vector<fs::path> files;
  for (const auto& entry :
       fs::directory_iterator(fs::path(COUVERTURE_SOURCE_DIR) / "engine/rulesets")) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST(EvidenceMap, ListsEverySourceAndCitationOfTheShippedRulesetsWithWhatRestsOnThem) {
  std::vector<fs::path> files = ShippedRulesets();
  ASSERT_GE(files.size(), 2u);
  for (const fs::path& file : files) {
    SCOPED_TRACE(file.string());
    ordered_json rules = ordered_json::parse(ReadFile(file));
    CliRun run = Cli("sources --json --rules '" + file.string() + "'");
    ASSERT_EQ(run.status, 0) << run.err;
    ordered_json map = ordered_json::parse(run.out);
    EXPECT_EQ(map["ruleset"], rules["id"]);

    // Every source, in order, with its address and date.
    ordered_json sources =
        rules["format"] == 1 ? ordered_json::array({rules["source"]}) : rules["sources"];
    ASSERT_EQ(map["sources"].size(), sources.size());
    std::map<std::string, std::string> source_of;  // citation -> source
    for (const auto& [id, citation] : rules["citations"].items()) {
      source_of[id] = rules["format"] == 1 ? "source" : citation["source"].get<std::string>();
    }
    std::map<std::string, std::set<Use>> expected = ExpectedUses(rules);
    std::set<std::string> listed;
    for (std::size_t s = 0; s < sources.size(); ++s) {
      const ordered_json& source = map["sources"][s];
      std::string id = rules["format"] == 1 ? "source" : sources[s]["id"].get<std::string>();
      EXPECT_EQ(source["id"], id);
      EXPECT_EQ(source["title"], sources[s]["title"]);
      EXPECT_EQ(source["checked"], sources[s]["checked"]);
      EXPECT_EQ(source["url"],
                sources[s].contains("url") ? sources[s]["url"] : ordered_json(nullptr));
      std::string language = sources[s]["language"];
      for (const auto& citation : source["citations"]) {
        std::string cid = citation["id"];
        SCOPED_TRACE(cid);
        listed.insert(cid);
        EXPECT_EQ(source_of[cid], id);  // listed under the source it cites
        EXPECT_EQ(citation["quote"], rules["citations"][cid]["quote"][language]);
        std::set<Use> uses;
        for (const auto& use : citation["uses"]) {
          std::string kind = use["kind"];
          if (kind == "period") {
            uses.insert({kind, use["parameter"], use["from"], ""});
            continue;
          }
          uses.insert({kind, use["decision"], kind == "item" ? use["group"].get<std::string>() : "",
                       use["id"]});
          // A shipped ruleset verifies clean: no dead row, so every row reaches some students.
          if (kind == "row") {
            EXPECT_GT(use["students"]["classes"].get<int>(), 0) << use["id"];
            EXPECT_TRUE(use["students"]["answers"].is_object());
          }
        }
        EXPECT_EQ(uses, expected[cid]);
      }
    }
    // Every citation, each exactly once.
    std::set<std::string> all;
    for (const auto& [id, citation] : rules["citations"].items()) all.insert(id);
    EXPECT_EQ(listed, all);
    std::size_t count = 0;
    for (const auto& source : map["sources"]) count += source["citations"].size();
    EXPECT_EQ(count, all.size());

    // The text lists the same: every source and citation id, and the counts in its first line.
    CliRun text = Cli("sources --rules '" + file.string() + "'");
    ASSERT_EQ(text.status, 0) << text.err;
    EXPECT_NE(text.out.find(std::to_string(sources.size()) +
                            (sources.size() == 1 ? " source, " : " sources, ") +
                            std::to_string(all.size()) + " citations\n"),
              std::string::npos)
        << text.out.substr(0, 200);
    for (const auto& source : map["sources"]) {
      EXPECT_NE(text.out.find("\n" + source["id"].get<std::string>() + ": "), std::string::npos);
    }
    for (const std::string& id : all) {
      EXPECT_NE(text.out.find("\n  " + id + " ("), std::string::npos) << id;
    }
  }
}

TEST(EvidenceMap, InFrenchAndForTheCompiledInRuleset) {
  fs::path file = fs::path(COUVERTURE_SOURCE_DIR) / "tests/rulesets/campus.json";
  CliRun french = Cli("sources --lang fr --rules '" + file.string() + "'");
  ASSERT_EQ(french.status, 0) << french.err;
  EXPECT_NE(french.out.find("fee: row pay: 1 class, e.g. Inscrit: Oui"), std::string::npos)
      << french.out;
  EXPECT_EQ(Cli("sources").status, 0);
  CliRun bad = Cli("sources --strict");
  EXPECT_EQ(bad.status, 2);
  EXPECT_EQ(bad.err, "couverture: unknown option --strict\n");
}

}  // namespace
}  // namespace couverture
