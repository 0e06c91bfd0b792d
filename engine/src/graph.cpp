// The flow as Graphviz DOT. Each DAG node is drawn once; the classes of an answer that lead to
// the same node share one edge, so "Quebec, Another country" reads as one branch.
#include "couverture/graph.h"

#include <string>
#include <vector>

#include "couverture/flow.h"

namespace couverture {
namespace {

// Pastel fills by status index, so leaves with the same status share a colour.
constexpr const char* kFills[] = {"#d4edda", "#d1ecf1", "#fff3cd", "#e2e3f3", "#f8d7da", "#e8e8e8"};

std::string Quote(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '\n') {
      out += "\\n";  // a line break in a Graphviz label
      continue;
    }
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::string Id(int node) { return "n" + std::to_string(node); }

std::string NodeLine(const Ruleset& rules, const FlowNode& n, int node, int lang) {
  if (n.question >= 0) {
    const Question& q = rules.questions[n.question];
    return "  " + Id(node) + " [label=" + Quote(q.short_label[lang]) +
           ", shape=box, style=rounded];\n";
  }
  if (!n.explored) {
    return "  " + Id(node) +
           " [label=\"not explored\\n(node limit)\", shape=note, style=dashed];\n";
  }
  if (n.rule < 0) {
    return "  " + Id(node) +
           " [label=\"GAP: no row applies\", shape=octagon, style=filled, "
           "fillcolor=\"#f5b7b1\"];\n";
  }
  const Rule& rule = rules.rules[n.rule];
  const Item& status = rules.statuses[n.status];
  std::string title = status.title ? (*status.title)[lang] : status.id;
  std::size_t fills = sizeof kFills / sizeof kFills[0];
  const char* fill = kFills[static_cast<std::size_t>(n.status) % fills];
  return "  " + Id(node) + " [label=" + Quote(rule.title[lang] + "\n\u2192 " + title) +
         ", shape=box, style=filled, fillcolor=\"" + fill + "\"];\n";
}

}  // namespace

std::string FlowDot(const Ruleset& rules, const Flow& flow, int lang) {
  std::string out = "digraph flow {\n";
  out += "  graph [label=" +
         Quote(rules.meta.title[lang] + " (" + rules.meta.id + " " + rules.meta.version + ")") +
         ", labelloc=t, fontname=\"Helvetica\"];\n";
  out += "  node [fontname=\"Helvetica\", fontsize=11];\n";
  out += "  edge [fontname=\"Helvetica\", fontsize=10];\n";
  if (flow.root < 0) return out + "}\n";
  std::vector<bool> seen(flow.nodes.size(), false);
  std::vector<int> order = {flow.root};
  seen[flow.root] = true;
  // Breadth first, so the file reads in the order a student is asked.
  for (std::size_t i = 0; i < order.size(); ++i) {
    const FlowNode& n = flow.nodes[order[i]];
    for (int child : n.children) {
      if (!seen[child]) {
        seen[child] = true;
        order.push_back(child);
      }
    }
  }
  for (int node : order) out += NodeLine(rules, flow.nodes[node], node, lang);
  for (int node : order) {
    const FlowNode& n = flow.nodes[node];
    std::vector<bool> drawn(n.children.size(), false);
    for (std::size_t c = 0; c < n.children.size(); ++c) {
      if (drawn[c]) continue;
      std::string label;
      for (std::size_t d = c; d < n.children.size(); ++d) {
        if (n.children[d] != n.children[c]) continue;
        drawn[d] = true;
        label +=
            (label.empty() ? "" : "\n") + ClassLabel(rules, n.question, static_cast<int>(d), lang);
      }
      out += "  " + Id(node) + " -> " + Id(n.children[c]) + " [label=" + Quote(label) + "];\n";
    }
  }
  return out + "}\n";
}

}  // namespace couverture
