// The question flow: from a set of answers, the decisions' tables read over every class of every
// question that can still change one of them, shared as a DAG.
#ifndef COUVERTURE_CORE_FLOW_H_
#define COUVERTURE_CORE_FLOW_H_

#include <cstddef>
#include <cstdint>

#include "couverture/answers.h"
#include "couverture/limits.h"
#include "model.h"

namespace couverture::detail {

// Every decision, or those a focus mask selects (bit d for decision d).
inline constexpr std::uint64_t kAllDecisions = ~std::uint64_t{0};

// Explores from `from`. Past `node_limit` distinct nodes it stops and marks the unexplored
// branches, so that an oversized ruleset degrades to row-by-row evaluation instead of exhausting
// memory or time. With a `focus`, only those decisions (and the ones their conditions refer to)
// are settled, for a table of one decision. Needs `model.classes`; ignores `model.flow`.
Flow BuildFlow(const Model& model, const Answers& from, std::size_t node_limit = limits::kFlowNodes,
               std::uint64_t focus = kAllDecisions);

// The decisions in `focus` and every decision their conditions refer to, transitively.
std::uint64_t WithDependencies(const Model& model, std::uint64_t focus);

}  // namespace couverture::detail

#endif  // COUVERTURE_CORE_FLOW_H_
