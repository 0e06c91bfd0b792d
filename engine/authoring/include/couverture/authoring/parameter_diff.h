// How two rulesets' dated values differ (part of `diff`): values added or removed, and periods
// added, removed or changed, matched by their start date. A new amount is a change of students'
// texts only from its date, which the texts diff sees at one date; this lists it whatever the
// date.
#ifndef COUVERTURE_AUTHORING_PARAMETER_DIFF_H_
#define COUVERTURE_AUTHORING_PARAMETER_DIFF_H_

#include <optional>
#include <string>
#include <vector>

#include "couverture/ruleset.h"

namespace couverture::authoring {

// One period of one side: its value as the compared language writes it.
struct PeriodSide {
  std::string shown;  // "€105"
  bool carried_forward = false;
  std::string note;    // "" when none
  std::string source;  // the citation id, "" when none
};

struct ParameterChange {
  std::string parameter;
  // "added", "removed" (the whole value), "type" (its type or currency), "period_added",
  // "period_removed", "period_changed".
  std::string change;
  std::string from;  // periods: the start date
  std::string path;  // in the new ruleset, or the old one for what was removed
  std::optional<PeriodSide> old_period, new_period;
  std::vector<std::string> fields;  // period_changed: "value", "carried_forward", "note", "source"
};

// Texts in each side's language `old_lang`, `new_lang` (indexes).
std::vector<ParameterChange> CompareParameters(const Ruleset& old_rules, const Ruleset& new_rules,
                                               int old_lang, int new_lang);

}  // namespace couverture::authoring

#endif  // COUVERTURE_AUTHORING_PARAMETER_DIFF_H_
