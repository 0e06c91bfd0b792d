// Naming a coverage row's outcome by ids, for the table and the scenarios (private to the engine).
#ifndef COUVERTURE_OUTCOME_IDS_H_
#define COUVERTURE_OUTCOME_IDS_H_

#include <array>
#include <string>
#include <vector>

#include "couverture/coverage.h"
#include "couverture/ruleset.h"

namespace couverture {

// The ids of a row's status, rule, extra insurance ("" when none) and lists.
struct OutcomeIds {
  std::string status, rule, extra_insurance;
  std::array<std::vector<std::string>, kListKinds> lists;
};

OutcomeIds RowOutcome(const Ruleset& rules, const CoverageRow& row);

}  // namespace couverture

#endif  // COUVERTURE_OUTCOME_IDS_H_
