// Scenario files that freeze a ruleset's current behaviour: one per equivalence class, in the
// format of tests/scenarios/.
#ifndef COUVERTURE_SCENARIOS_H_
#define COUVERTURE_SCENARIOS_H_

#include <string>
#include <vector>

#include "couverture/coverage.h"
#include "couverture/ruleset.h"

namespace couverture {

struct ScenarioFile {
  std::string name;  // file name, e.g. "003-quebec_exchange.json"
  std::string json;  // {"name", "answers", "lang", "expect": {...}}
};

// The expectations come from the flow's leaves, not from Assess(), so re-assessing the answers
// checks the two against each other. Leaves the node limit left unexplored get no file.
std::vector<ScenarioFile> Scenarios(const Ruleset& rules, const Coverage& coverage, int lang);

}  // namespace couverture

#endif  // COUVERTURE_SCENARIOS_H_
