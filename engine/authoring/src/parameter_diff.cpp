#include "couverture/authoring/parameter_diff.h"

#include <string>
#include <utility>
#include <vector>

#include "couverture/detail/model.h"
#include "couverture/detail/number_format.h"

namespace couverture::authoring {
namespace {

using detail::Model;

PeriodSide Side(const Model& model, const detail::Parameter& p, const detail::Period& period,
                int lang) {
  PeriodSide side;
  side.shown = detail::FormatValue(period.value, p.style, p.currency, model.number_formats[lang]);
  side.carried_forward = period.carried_forward;
  side.note = period.note ? (*period.note)[lang] : "";
  side.source = period.citation >= 0 ? model.citations[period.citation].id : "";
  return side;
}

const detail::Parameter* Find(const Model& model, const std::string& id) {
  int index = model.ParameterIndex(id);
  return index < 0 ? nullptr : &model.parameters[index];
}

}  // namespace

std::vector<ParameterChange> CompareParameters(const Ruleset& old_rules, const Ruleset& new_rules,
                                               int old_lang, int new_lang) {
  const Model& o = detail::ModelOf(old_rules);
  const Model& n = detail::ModelOf(new_rules);
  std::vector<ParameterChange> changes;
  for (const detail::Parameter& np : n.parameters) {
    const detail::Parameter* op = Find(o, np.id);
    if (!op) {
      changes.push_back({np.id, "added", "", np.path, std::nullopt, std::nullopt, {}});
      continue;
    }
    if (op->style != np.style || op->currency != np.currency) {
      changes.push_back({np.id, "type", "", np.path, std::nullopt, std::nullopt, {}});
    }
    // Periods matched by start date, both lists being in date order.
    std::size_t i = 0, j = 0;
    while (i < op->periods.size() || j < np.periods.size()) {
      const detail::Period* a = i < op->periods.size() ? &op->periods[i] : nullptr;
      const detail::Period* b = j < np.periods.size() ? &np.periods[j] : nullptr;
      if (b && (!a || b->from < a->from)) {
        changes.push_back(
            {np.id, "period_added", b->from, b->path, std::nullopt, Side(n, np, *b, new_lang), {}});
        ++j;
        continue;
      }
      if (a && (!b || a->from < b->from)) {
        changes.push_back({np.id,
                           "period_removed",
                           a->from,
                           a->path,
                           Side(o, *op, *a, old_lang),
                           std::nullopt,
                           {}});
        ++i;
        continue;
      }
      PeriodSide before = Side(o, *op, *a, old_lang), after = Side(n, np, *b, new_lang);
      std::vector<std::string> fields;
      if (before.shown != after.shown) fields.push_back("value");
      if (before.carried_forward != after.carried_forward) fields.push_back("carried_forward");
      if (before.note != after.note) fields.push_back("note");
      if (before.source != after.source) fields.push_back("source");
      if (!fields.empty()) {
        changes.push_back({np.id, "period_changed", b->from, b->path, std::move(before),
                           std::move(after), std::move(fields)});
      }
      ++i;
      ++j;
    }
  }
  for (const detail::Parameter& op : o.parameters) {
    if (!Find(n, op.id)) {
      changes.push_back({op.id, "removed", "", op.path, std::nullopt, std::nullopt, {}});
    }
  }
  return changes;
}

}  // namespace couverture::authoring
