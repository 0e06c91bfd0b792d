// The question flow as Graphviz DOT: questions as nodes, answers as edges, the outcome of every
// decision at the leaves.
#ifndef COUVERTURE_AUTHORING_GRAPH_H_
#define COUVERTURE_AUTHORING_GRAPH_H_

#include <string>

#include "couverture/ruleset.h"

namespace couverture::authoring {

// Shared subtrees are drawn once, so the drawing has as many nodes as the flow.
std::string FlowDot(const Ruleset& rules, int lang);

}  // namespace couverture::authoring

#endif  // COUVERTURE_AUTHORING_GRAPH_H_
