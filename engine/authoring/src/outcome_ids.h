// Naming a class's outcome in one decision by ids, for the table, the scenarios and the diff
// (internal).
#ifndef COUVERTURE_AUTHORING_OUTCOME_IDS_H_
#define COUVERTURE_AUTHORING_OUTCOME_IDS_H_

#include <array>
#include <string>
#include <vector>

#include "couverture/authoring/coverage.h"
#include "couverture/detail/model.h"

namespace couverture::authoring {

// The ids of a decision's status, deciding row, extra note ("" when none) and lists, for a
// coverage row's entry (a row index, kGap or kNotApplicable).
struct OutcomeIds {
  bool applies = true;
  std::string status, rule, extra;
  std::array<std::vector<std::string>, kListKinds> lists;

  bool operator==(const OutcomeIds& o) const {
    return applies == o.applies && status == o.status && extra == o.extra && lists == o.lists;
  }
};

OutcomeIds DecisionOutcome(const detail::Model& model, int decision, int rule);

}  // namespace couverture::authoring

#endif  // COUVERTURE_AUTHORING_OUTCOME_IDS_H_
