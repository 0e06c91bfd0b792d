// The question flow as Graphviz DOT: questions as nodes, answers as edges, outcomes as leaves.
#ifndef COUVERTURE_GRAPH_H_
#define COUVERTURE_GRAPH_H_

#include <string>

#include "couverture/ruleset.h"

namespace couverture {

// Shared subtrees are drawn once, so the drawing has as many nodes as the flow.
std::string FlowDot(const Ruleset& rules, const Flow& flow, int lang);

}  // namespace couverture

#endif  // COUVERTURE_GRAPH_H_
