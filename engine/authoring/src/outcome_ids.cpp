#include "outcome_ids.h"

namespace couverture::authoring {

OutcomeIds DecisionOutcome(const detail::Model& model, int decision, int rule) {
  OutcomeIds ids;
  ids.applies = rule != kNotApplicable;
  if (rule < 0) return ids;
  const detail::Decision& d = model.decisions[decision];
  ids.rule = d.rules[rule].id;
  const detail::Outcome& o = d.outcomes[d.rules[rule].outcome];
  ids.status = d.statuses[o.status].id;
  if (o.extra >= 0) ids.extra = d.extras[o.extra].id;
  for (int kind = 0; kind < kListKinds; ++kind) {
    for (int item : o.lists[kind]) ids.lists[kind].push_back(d.items[kind][item].id);
  }
  return ids;
}

}  // namespace couverture::authoring
