// The coverage of a ruleset: every equivalence class of complete answers, as the paths of the
// question flow from its root to a leaf. The table, the scenarios and the verifier's
// counterexamples are all read from it.
#ifndef COUVERTURE_COVERAGE_H_
#define COUVERTURE_COVERAGE_H_

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "couverture/answers.h"
#include "couverture/ruleset.h"

namespace couverture {

// A flow DAG can stand for far more paths than it has nodes: listing stops here.
inline constexpr std::size_t kDefaultRowLimit = 10000;

// (question, class) pairs in the order the flow asks them.
using FlowPath = std::vector<std::pair<int, int>>;

struct CoverageRow {
  FlowPath path;
  int rule = -1;         // the deciding rule; -1 for a gap, or where exploration stopped
  int outcome = -1;      // its outcome
  bool explored = true;  // false where the flow's node limit stopped exploration
};

struct Coverage {
  std::vector<CoverageRow> rows;  // depth first, classes in their natural order
  double total = 0;               // paths in the flow, listed or not
  bool flow_truncated = false;    // the flow itself stopped at its node limit
  bool rows_truncated = false;    // more paths than the row limit
};

Coverage EnumerateCoverage(const Ruleset& rules, const Flow& flow,
                           std::size_t row_limit = kDefaultRowLimit);

// Answers standing for a path: each class's representative value.
Answers PathAnswers(const Ruleset& rules, const FlowPath& path);

// "Origin: Another country, Age: ≥ 29": the answers on a path, in language `lang`.
std::string PathText(const Ruleset& rules, const FlowPath& path, int lang = 0);

// {"origin": "quebec", "age": 29, "exchange_programme": true}, in question order: the form
// `couverture assess` reads.
std::string AnswersJson(const Ruleset& rules, const Answers& answers, int indent = -1);

}  // namespace couverture

#endif  // COUVERTURE_COVERAGE_H_
