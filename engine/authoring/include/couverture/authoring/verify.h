// The ruleset verifier: proves properties of a whole ruleset by reasoning over every equivalence
// class of answers, and reports what it finds as values. Pure: the caller passes today's date.
#ifndef COUVERTURE_AUTHORING_VERIFY_H_
#define COUVERTURE_AUTHORING_VERIFY_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "couverture/ruleset.h"

namespace couverture::authoring {

enum class Severity : std::uint8_t { kError, kWarning, kInfo };

// "error", "warning", "info".
const char* SeverityName(Severity severity);

struct Finding {
  Severity severity = Severity::kInfo;
  std::string kind;     // "gap", "precedence", "dead_rule"...: see engine/README.md
  std::string message;  // in English: the verifier speaks to the ruleset's author
  std::string path;     // JSON pointer into the ruleset; "" for the ruleset as a whole
  // A counterexample: the answers as a JSON object, ready to paste into `couverture assess`.
  std::optional<std::string> answers;
};

struct VerifyOptions {
  // ISO date (YYYY-MM-DD) that validity and review dates are compared with; "" skips them.
  std::string today;
  // 0 reuses the ruleset's own flow (built at load); otherwise the flow is rebuilt with this many
  // nodes at most.
  std::size_t node_limit = 0;
  // Condition evaluations that all the row-by-row searches (dead rows, precedence) may make
  // together: about a second here. Past it, what was not decided is reported, not computed.
  std::size_t search_budget = 100000000;
};

struct Verification {
  std::vector<Finding> findings;  // errors first, then warnings, then information
  std::size_t flow_nodes = 0;     // distinct nodes of the question flow
  std::size_t flow_leaves = 0;    // distinct leaves (every decision settled)
  double classes = 0;             // equivalence classes covered: root-to-leaf paths of the flow
  std::size_t search_steps = 0;   // the row-by-row searches' steps (verify_search.h)
  bool covered = true;            // false when a limit left something unverified

  std::size_t Count(Severity severity) const;
};

Verification Verify(const Ruleset& rules, const VerifyOptions& options);

// Readable report: one block per finding, then a summary line.
std::string VerificationText(const Ruleset& rules, const Verification& verification);

// {"ruleset", "version", "summary": {...}, "findings": [{severity, kind, message, path, answers}]}.
std::string VerificationJson(const Ruleset& rules, const Verification& verification,
                             int indent = -1);

}  // namespace couverture::authoring

#endif  // COUVERTURE_AUTHORING_VERIFY_H_
