// Dates: the ruleset's validity and review dates against today, and its parameters against its
// validity period.
#include <string>

#include "verify_checks.h"

namespace couverture::authoring {

void CheckDates(const Ruleset& rules, const std::string& today, Verification& out) {
  const detail::Model& model = detail::ModelOf(rules);
  const detail::Metadata& m = model.meta;
  for (const detail::Parameter& p : model.parameters) {
    const std::string& first = p.periods.front().from;
    if (!m.valid_from) {
      out.findings.push_back(
          {Severity::kError, "parameter_gap",
           "\"" + p.id + "\" has no value before " + first +
               ", and the ruleset does not say from when it is valid: set valid_from",
           p.path + "/periods/0/from", std::nullopt});
    } else if (*m.valid_from < first) {
      out.findings.push_back({Severity::kError, "parameter_gap",
                              "\"" + p.id + "\" has no value before " + first +
                                  ", but the ruleset is valid from " + *m.valid_from,
                              p.path + "/periods/0/from", std::nullopt});
    }
    for (const detail::Period& period : p.periods) {
      if (!period.carried_forward) continue;
      out.findings.push_back({Severity::kInfo, "carried_forward",
                              "\"" + p.id + "\" carries the previous value forward from " +
                                  period.from +
                                  " (the next one is not published): review it once it is",
                              period.path, std::nullopt});
    }
  }
  if (today.empty()) return;
  // ISO dates compare as strings.
  if (m.valid_until && *m.valid_until < today) {
    out.findings.push_back({Severity::kWarning, "expired",
                            "the ruleset was valid until " + *m.valid_until + " (today is " +
                                today + "): check the sources again and update the dates",
                            "/valid_until", std::nullopt});
  }
  if (m.valid_from && *m.valid_from > today) {
    out.findings.push_back(
        {Severity::kWarning, "not_yet_valid",
         "the ruleset is valid from " + *m.valid_from + " only (today is " + today + ")",
         "/valid_from", std::nullopt});
  }
  if (m.review_by && *m.review_by < today) {
    out.findings.push_back({Severity::kWarning, "review_due",
                            "the ruleset was due for review by " + *m.review_by + " (today is " +
                                today + "): check it against the sources",
                            "/review_by", std::nullopt});
  }
}

}  // namespace couverture::authoring
