// One scenario per equivalence class: the class's representative answers and the outcome of the
// leaf the flow reaches, written so that `couverture assess` must agree with the flow.
#include "couverture/scenarios.h"

#include <cstdio>
#include <string>
#include <vector>

#include "json_reader.h"
#include "outcome_ids.h"

namespace couverture {
namespace {

Json IdOrNull(const std::string& id) { return id.empty() ? Json(nullptr) : Json(id); }

}  // namespace

std::vector<ScenarioFile> Scenarios(const Ruleset& rules, const Coverage& coverage, int lang) {
  std::vector<ScenarioFile> files;
  for (std::size_t i = 0; i < coverage.rows.size(); ++i) {
    const CoverageRow& row = coverage.rows[i];
    if (!row.explored) continue;
    OutcomeIds ids = RowOutcome(rules, row);
    std::string decided = row.rule >= 0 ? rules.rules[row.rule].title[lang] : "No row applies";
    std::string path = PathText(rules, row.path, lang);
    Json scenario = Json::Object();
    scenario["name"] = decided + (path.empty() ? "" : ": " + path);
    scenario["answers"] = ParseJson(AnswersJson(rules, PathAnswers(rules, row.path))).value();
    scenario["lang"] = rules.languages[lang];
    Json expect = Json::Object();
    expect["complete"] = true;
    expect["status"] = IdOrNull(ids.status);
    expect["rule"] = IdOrNull(ids.rule);
    for (int kind = 0; kind < kListKinds; ++kind) expect[kListNames[kind]] = ids.lists[kind];
    expect["extra_insurance"] = IdOrNull(ids.extra_insurance);
    expect["next"] = Json::Array();
    scenario["expect"] = std::move(expect);
    char number[32];
    std::snprintf(number, sizeof number, "%03zu", i + 1);
    files.push_back({std::string(number) + "-" + (ids.rule.empty() ? "gap" : ids.rule) + ".json",
                     scenario.Dump(2) + "\n"});
  }
  return files;
}

}  // namespace couverture
