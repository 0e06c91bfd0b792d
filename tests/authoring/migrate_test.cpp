// `migrate` rewrites a format 1 ruleset as format 2 without changing any outcome: the default
// ruleset's whole scenario corpus gives the same results, field for field, before and after (the
// migrated citations only gain where they come from).
#include "couverture/authoring/migrate.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "model_access.h"

namespace couverture::authoring {
namespace {

namespace fs = std::filesystem;
using nlohmann::ordered_json;

TEST(Migrate, TheUniversityPageRulesetDecidesTheSameInFormat2) {
  Result<std::string> migrated = MigrateToFormat2(testing_model::UniversityPageJson());
  ASSERT_TRUE(migrated.ok()) << Summarize(migrated.errors());
  Ruleset after = testing_model::Load(migrated.value());
  EXPECT_EQ(after.format(), 2);
  EXPECT_EQ(after.decision_id(0), "main");
  int compared = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(COUVERTURE_SOURCE_DIR) /
                                                  "tests/scenarios/university-page")) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    ordered_json scenario = ordered_json::parse(text.str());
    if (scenario["expect"].contains("error")) continue;
    for (const char* lang : {"en", "fr"}) {
      ordered_json old = testing_model::ResultOf(testing_model::UniversityPage(),
                                                 scenario["answers"].dump(), lang);
      ordered_json now = testing_model::ResultOf(after, scenario["answers"].dump(), lang);
      for (const auto& [field, value] : old.items()) {
        if (field == "sources") {
          for (const auto& [id, source] : value.items()) {
            for (const auto& [key, v] : source.items()) {
              EXPECT_EQ(now["sources"][id][key], v) << entry.path() << " " << id << "." << key;
            }
          }
          continue;
        }
        EXPECT_EQ(now[field], value) << entry.path() << " field " << field;
      }
      ++compared;
    }
  }
  EXPECT_GE(compared, 60);
}

TEST(Migrate, Format2ComesBackAsItIsAndBrokenRulesetsAreRefused) {
  Result<std::string> twice =
      MigrateToFormat2(MigrateToFormat2(testing_model::UniversityPageJson()).value());
  ASSERT_TRUE(twice.ok());
  EXPECT_EQ(twice.value(), MigrateToFormat2(testing_model::UniversityPageJson()).value());
  Result<std::string> broken = MigrateToFormat2("{\"format\": 1}");
  ASSERT_FALSE(broken.ok());
  EXPECT_EQ(broken.errors().front().path, "/languages");  // the first of what it misses
}

}  // namespace
}  // namespace couverture::authoring
