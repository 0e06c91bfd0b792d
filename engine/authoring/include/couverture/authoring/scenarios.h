// Scenario files that freeze a ruleset's current behaviour: one per equivalence class of the
// combined flow, in the format of tests/scenarios/.
#ifndef COUVERTURE_AUTHORING_SCENARIOS_H_
#define COUVERTURE_AUTHORING_SCENARIOS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "couverture/authoring/coverage.h"
#include "couverture/ruleset.h"

namespace couverture::authoring {

// Scenario files written at most: a folder of them is reviewed by people and read by a test suite.
inline constexpr std::size_t kScenarioLimit = 2000;

struct ScenarioFile {
  std::string name;  // file name, e.g. "003-quebec_exchange.json"
  std::string json;  // {"name", "answers", "lang", "expect": {...}}
};

// The expectations come from the flow's leaves, not from Assess(), so re-assessing the answers
// checks the two against each other. Leaves the node limit left unexplored get no file.
// `date` goes into each file when the ruleset has dated parameters.
std::vector<ScenarioFile> Scenarios(const Ruleset& rules, const Coverage& coverage, int lang,
                                    const std::string& date = "");

}  // namespace couverture::authoring

#endif  // COUVERTURE_AUTHORING_SCENARIOS_H_
