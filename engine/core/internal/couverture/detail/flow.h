// The question flow: from a set of answers, the decisions' tables read over every class of every
// question that can still change one of them, shared as a DAG.
#ifndef COUVERTURE_CORE_FLOW_H_
#define COUVERTURE_CORE_FLOW_H_

#include <cstddef>
#include <cstdint>

#include "couverture/answers.h"
#include "couverture/detail/model.h"
#include "couverture/limits.h"

namespace couverture::detail {

// Every decision, or those a focus mask selects (bit d for decision d).
inline constexpr std::uint64_t kAllDecisions = ~std::uint64_t{0};

// How far an exploration may go: distinct nodes kept (memory), and work (time: a step per decision
// settled, per row read and per test in it, at each state explored; see residual.h).
struct FlowLimits {
  std::size_t nodes;
  std::size_t work;
};
inline constexpr FlowLimits kLoadFlow = {limits::kFlowNodes, limits::kFlowWork};
inline constexpr FlowLimits kLiveFlow = {limits::kLiveFlowNodes, limits::kLiveFlowWork};

// Explores from `from`. Past a limit it stops and marks the unexplored branches, so that an
// oversized ruleset degrades to row-by-row evaluation instead of exhausting memory or time. With a
// `focus`, only those decisions (and the ones their conditions refer to) are settled, for a table
// of one decision. Needs `model.classes`; ignores `model.flow`.
Flow BuildFlow(const Model& model, const Answers& from, const FlowLimits& limits = kLoadFlow,
               std::uint64_t focus = kAllDecisions);

// The decisions in `focus` and every decision their conditions refer to, transitively.
std::uint64_t WithDependencies(const Model& model, std::uint64_t focus);

}  // namespace couverture::detail

#endif  // COUVERTURE_CORE_FLOW_H_
