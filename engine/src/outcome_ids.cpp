#include "outcome_ids.h"

namespace couverture {

OutcomeIds RowOutcome(const Ruleset& rules, const CoverageRow& row) {
  OutcomeIds ids;
  if (row.rule < 0) return ids;
  ids.rule = rules.rules[row.rule].id;
  const Outcome& o = rules.outcomes[row.outcome];
  ids.status = rules.statuses[o.status].id;
  if (o.extra_insurance >= 0) ids.extra_insurance = rules.extra_insurance[o.extra_insurance].id;
  for (int kind = 0; kind < kListKinds; ++kind) {
    for (int item : o.lists[kind]) ids.lists[kind].push_back(rules.items[kind][item].id);
  }
  return ids;
}

}  // namespace couverture
