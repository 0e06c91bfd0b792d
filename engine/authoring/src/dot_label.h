// Graphviz labels (internal), shared by the flow drawings (graph.cpp, flow_focus.cpp).
#ifndef COUVERTURE_AUTHORING_DOT_LABEL_H_
#define COUVERTURE_AUTHORING_DOT_LABEL_H_

#include <string>

namespace couverture::authoring {

// A quoted label that Graphviz draws as exactly the text: it reads \ sequences (\n, \N...) and,
// in every label, HTML character references (&#x3C; is drawn as <), so a & is written &amp;.
std::string DotLabel(const std::string& text);

}  // namespace couverture::authoring

#endif  // COUVERTURE_AUTHORING_DOT_LABEL_H_
