// The coverage of a ruleset: every equivalence class of complete answers, as the paths of the
// question flow from its root to a leaf. The table, the scenarios, the diff and the verifier's
// counterexamples are all read from it.
#ifndef COUVERTURE_AUTHORING_COVERAGE_H_
#define COUVERTURE_AUTHORING_COVERAGE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "couverture/answers.h"
#include "couverture/ruleset.h"

namespace couverture::authoring {

// A flow DAG can stand for far more paths than it has nodes: listing stops here.
inline constexpr std::size_t kDefaultRowLimit = 10000;

// Which limit stopped an exploration, for messages: "node limit (10000 nodes)", or "work limit
// (2000000 evaluation steps)" (a flow's: flow.h; the diff's: diff.h).
std::string LimitReached(bool out_of_work, std::size_t node_limit, std::size_t work_limit);

// (question, class) pairs in the order the flow asks them.
using FlowPath = std::vector<std::pair<int, int>>;

// What a class gets from one decision.
inline constexpr int kGap = -1;            // the decision applies but no row does
inline constexpr int kNotApplicable = -2;  // the decision does not apply
inline constexpr int kNotSettled = -3;     // outside the coverage's decision, or not explored

struct CoverageRow {
  FlowPath path;
  std::vector<int> rules;  // per decision: the deciding row, or kGap, kNotApplicable, kNotSettled
  bool explored = true;    // false where a limit of the flow stopped exploration
};

struct Coverage {
  std::vector<CoverageRow> rows;  // depth first, classes in their natural order
  double total = 0;               // paths in the flow, listed or not
  bool flow_truncated = false;    // the flow itself stopped at a limit
  bool flow_out_of_work = false;  // that limit was its work, not its nodes
  bool rows_truncated = false;    // more paths than the row limit
};

// Every class of the whole flow, or of one decision's own flow (the questions that decision and
// those it refers to need).
Coverage EnumerateCoverage(const Ruleset& rules, std::optional<int> decision = std::nullopt,
                           std::size_t row_limit = kDefaultRowLimit);

// Answers standing for a path: each class's representative value.
Answers PathAnswers(const Ruleset& rules, const FlowPath& path);

// "Origin: Another country, Age: ≥ 29": the answers on a path, in language `lang`.
std::string PathText(const Ruleset& rules, const FlowPath& path, int lang = 0);

}  // namespace couverture::authoring

#endif  // COUVERTURE_AUTHORING_COVERAGE_H_
