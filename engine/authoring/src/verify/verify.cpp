// The verifier: the flow-based checks, then the row-by-row searches, then texts, evidence and
// dates.
#include "couverture/authoring/verify.h"

#include <algorithm>

#include "couverture/detail/flow.h"
#include "verify_checks.h"

namespace couverture::authoring {

const char* SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "info";
  }
  return "";
}

std::size_t Verification::Count(Severity severity) const {
  return static_cast<std::size_t>(std::count_if(
      findings.begin(), findings.end(), [&](const Finding& f) { return f.severity == severity; }));
}

Verification Verify(const Ruleset& rules, const VerifyOptions& options) {
  const detail::Model& model = detail::ModelOf(rules);
  Verification out;
  detail::Flow rebuilt;
  if (options.node_limit > 0)
    rebuilt = detail::BuildFlow(model, Answers{}, {options.node_limit, limits::kFlowWork});
  const detail::Flow& flow = options.node_limit > 0 ? rebuilt : model.flow;
  FlowFacts facts = CheckFlow(rules, flow, out);
  std::vector<std::vector<bool>> live = CheckRows(rules, facts, options, out);
  CheckTexts(rules, live, out);
  CheckEvidence(rules, out);
  CheckDates(rules, options.today, out);
  std::stable_sort(out.findings.begin(), out.findings.end(),
                   [](const Finding& a, const Finding& b) { return a.severity < b.severity; });
  return out;
}

}  // namespace couverture::authoring
