// The flow as Graphviz DOT. Each DAG node is drawn once; the classes of an answer that lead to
// the same node share one edge, so "Quebec, Another country" reads as one branch.
#include "couverture/authoring/graph.h"

#include <optional>
#include <string>
#include <vector>

#include "couverture/detail/classes.h"
#include "couverture/detail/model.h"
#include "couverture/detail/parameter_texts.h"
#include "dot_label.h"

namespace couverture::authoring {
namespace {

using detail::FlowNode;
using detail::Model;

// A ruleset's texts in the drawing's language, with the parameters' values at its date (a
// parameter without one then keeps its placeholder: a draft for next year still draws).
struct Texts {
  const Model& model;
  int lang;
  std::vector<std::optional<std::string>> values;
  std::string operator()(const detail::Text& text) const { return (*this)(text[lang]); }
  std::string operator()(const std::string& text) const {
    return detail::FillParameters(model, values, text);
  }
};

// Pastel fills by the headline decision's status, so leaves with the same status share a colour.
constexpr const char* kFills[] = {"#d4edda", "#d1ecf1", "#fff3cd", "#e2e3f3", "#f8d7da", "#e8e8e8"};

std::string Id(int node) { return "n" + std::to_string(node); }

std::string LeafLabel(const Model& model, const FlowNode& n, const Texts& read) {
  if (model.decisions.size() == 1) {
    const detail::Decision& d = model.decisions.front();
    const detail::NodeDecision& s = n.decisions.front();
    const detail::Item& status = d.statuses[s.status];
    return read(d.rules[s.rule].title) + "\n\u2192 " +
           (status.title ? read(*status.title) : status.id);
  }
  std::string label;
  for (std::size_t i = 0; i < model.decisions.size(); ++i) {
    const detail::Decision& d = model.decisions[i];
    const detail::NodeDecision& s = n.decisions[i];
    std::string outcome = "\u2014";
    if (s.applies == Applies::kYes && s.rule < 0) outcome = "GAP: no row applies";
    if (s.rule >= 0) {
      const detail::Item& status = d.statuses[s.status];
      outcome = status.title ? read(*status.title) : status.id;
    }
    label += (label.empty() ? "" : "\n") + read(d.title) + ": " + outcome;
  }
  return label;
}

std::string NodeLine(const Model& model, const FlowNode& n, int node, const Texts& read) {
  if (n.question >= 0) {
    const detail::Question& q = model.questions[n.question];
    return "  " + Id(node) + " [label=" + DotLabel(read(q.short_label)) +
           ", shape=box, style=rounded];\n";
  }
  if (!n.explored) {
    return "  " + Id(node) + " [label=\"not explored\\n(" +
           (model.flow.out_of_work ? "work" : "node") + " limit)\", shape=note, style=dashed];\n";
  }
  const detail::NodeDecision& head = n.decisions.front();
  if (model.decisions.size() == 1 && head.rule < 0) {
    return "  " + Id(node) +
           " [label=\"GAP: no row applies\", shape=octagon, style=filled, "
           "fillcolor=\"#f5b7b1\"];\n";
  }
  std::size_t fills = sizeof kFills / sizeof kFills[0];
  const char* fill =
      head.status >= 0 ? kFills[static_cast<std::size_t>(head.status) % fills] : "#f5b7b1";
  return "  " + Id(node) + " [label=" + DotLabel(LeafLabel(model, n, read)) +
         ", shape=box, style=filled, fillcolor=\"" + fill + "\"];\n";
}

}  // namespace

std::string FlowDot(const Ruleset& rules, int lang, const Date& date) {
  const Model& model = detail::ModelOf(rules);
  const Texts read{model, lang, detail::ParameterTextsAt(model, lang, date.iso())};
  const detail::Flow& flow = model.flow;
  std::string out = "digraph flow {\n";
  out += "  graph [label=" +
         DotLabel(read(model.meta.title) + " (" + model.meta.id + " " + model.meta.version + ")") +
         ", labelloc=t, fontname=\"Helvetica\"];\n";
  out += "  node [fontname=\"Helvetica\", fontsize=11];\n";
  out += "  edge [fontname=\"Helvetica\", fontsize=10];\n";
  if (flow.root < 0) return out + "}\n";
  std::vector<bool> seen(flow.nodes.size(), false);
  std::vector<int> order = {flow.root};
  seen[flow.root] = true;
  // Breadth first, so the file reads in the order a student is asked.
  for (std::size_t i = 0; i < order.size(); ++i) {
    for (int child : flow.nodes[order[i]].children) {
      if (!seen[child]) {
        seen[child] = true;
        order.push_back(child);
      }
    }
  }
  for (int node : order) out += NodeLine(model, flow.nodes[node], node, read);
  for (int node : order) {
    const FlowNode& n = flow.nodes[node];
    std::vector<bool> drawn(n.children.size(), false);
    for (std::size_t c = 0; c < n.children.size(); ++c) {
      if (drawn[c]) continue;
      std::string label;
      for (std::size_t d = c; d < n.children.size(); ++d) {
        if (n.children[d] != n.children[c]) continue;
        drawn[d] = true;
        label += (label.empty() ? "" : "\n") +
                 read(detail::ClassLabel(model, n.question, static_cast<int>(d), lang));
      }
      out += "  " + Id(node) + " -> " + Id(n.children[c]) + " [label=" + DotLabel(label) + "];\n";
    }
  }
  return out + "}\n";
}

}  // namespace couverture::authoring
