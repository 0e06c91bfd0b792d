// The question flow as Graphviz DOT: questions as nodes, answers as edges, the outcome of every
// decision at the leaves.
#ifndef COUVERTURE_AUTHORING_GRAPH_H_
#define COUVERTURE_AUTHORING_GRAPH_H_

#include <string>

#include "couverture/date.h"
#include "couverture/ruleset.h"

namespace couverture::authoring {

// Shared subtrees are drawn once, so the drawing has as many nodes as the flow. Texts read as on
// `date`: a parameter ({cvec_amount}) shows its value then, as language `lang` writes it, and
// keeps its placeholder if its first period starts later.
std::string FlowDot(const Ruleset& rules, int lang, const Date& date);

}  // namespace couverture::authoring

#endif  // COUVERTURE_AUTHORING_GRAPH_H_
