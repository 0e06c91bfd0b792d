#include "couverture/authoring/flow_focus.h"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "couverture/detail/classes.h"
#include "couverture/detail/model.h"
#include "couverture/detail/parameter_texts.h"
#include "dot_label.h"
#include "staff_text.h"

namespace couverture::authoring {
namespace {

using detail::FlowNode;
using detail::Model;

constexpr const char* kFills[] = {"#d4edda", "#d1ecf1", "#fff3cd", "#e2e3f3", "#f8d7da", "#e8e8e8"};
constexpr const char* kGapFill = "#f5b7b1";
constexpr const char* kNotApplicableFill = "#ffffff";

// One node of the drawing: a question with its branches, or a leaf.
struct Drawn {
  int node = -1;  // the flow node it stands for (the first met)
  int question = -1;
  std::vector<int> children;  // drawn nodes, one per class of `question`
  std::string label;
  std::string fill;  // leaves
};

class Projection {
 public:
  Projection(const Model& model, int lang, const std::string& date, int decision,
             StaffLanguage staff)
      : model_(model),
        lang_(lang),
        values_(detail::ParameterTextsAt(model, lang, date)),
        decision_(decision),
        staff_(staff) {}

  // The drawn node for a flow node, built once per flow node and merged with any drawn node of
  // the same shape.
  int Draw(int node) {
    auto known = memo_.find(node);
    if (known != memo_.end()) return known->second;
    const FlowNode& n = model_.flow.nodes[node];
    Drawn d;
    d.node = node;
    std::string key;
    if (!n.explored) {
      d.label = Pick(staff_, "not explored\n(limit)", "non exploré\n(limite)");
      d.fill = "#ffffff";
      key = "unexplored";
    } else if (Settled(n)) {
      Leaf(n, d);
      key = decision_ < 0 ? "leaf" + std::to_string(node) : "leaf:" + d.label;
    } else {
      d.question = n.question;
      for (int child : n.children) d.children.push_back(Draw(child));
      // One decision only: a question whose every answer leads to the same drawing is not asked
      // for it.
      bool same = decision_ >= 0;
      for (int c : d.children) same = same && c == d.children.front();
      if (same && !d.children.empty()) return memo_[node] = d.children.front();
      key = "q" + std::to_string(n.question);
      for (int c : d.children) key += "," + std::to_string(c);
      if (decision_ < 0) key = "n" + std::to_string(node);
      d.label = Read(model_.questions[n.question].short_label[lang_]);
    }
    auto shape = shapes_.find(key);
    if (shape != shapes_.end()) return memo_[node] = shape->second;
    drawn_.push_back(std::move(d));
    int id = static_cast<int>(drawn_.size() - 1);
    shapes_[key] = id;
    return memo_[node] = id;
  }

  const std::vector<Drawn>& drawn() const { return drawn_; }

  // The classes of a question that lead to one drawn child, as an edge's label.
  std::string EdgeLabel(const FlowNode& n, const Drawn& d, std::size_t child) const {
    std::string label;
    for (std::size_t c = 0; c < d.children.size(); ++c) {
      if (d.children[c] != d.children[child]) continue;
      label += (label.empty() ? "" : "\n") +
               Read(detail::ClassLabel(model_, n.question, static_cast<int>(c), lang_));
    }
    return label;
  }

  std::string Read(const std::string& text) const {
    return detail::FillParameters(model_, values_, text);
  }

 private:
  bool Settled(const FlowNode& n) const {
    if (n.question < 0) return true;
    if (decision_ < 0) return false;
    const detail::NodeDecision& s = n.decisions[decision_];
    return s.applies == Applies::kNo || (s.applies == Applies::kYes && s.complete);
  }

  std::string StatusTitle(const detail::Decision& d, int status) const {
    const detail::Item& item = d.statuses[status];
    return item.title ? Read((*item.title)[lang_]) : item.id;
  }

  void Leaf(const FlowNode& n, Drawn& d) const {
    std::size_t fills = sizeof kFills / sizeof kFills[0];
    if (decision_ < 0) {
      // Every decision's outcome, as FlowDot's leaves read.
      for (std::size_t i = 0; i < model_.decisions.size(); ++i) {
        const detail::Decision& decision = model_.decisions[i];
        const detail::NodeDecision& s = n.decisions[i];
        std::string outcome = "\u2014";
        if (s.applies == Applies::kYes && s.rule < 0)
          outcome = Pick(staff_, "GAP: no row applies", "LACUNE : aucune ligne ne s’applique");
        if (s.rule >= 0) outcome = StatusTitle(decision, s.status);
        d.label += (d.label.empty() ? "" : "\n") + Read(decision.title[lang_]) + ": " + outcome;
      }
      const detail::NodeDecision& head = n.decisions.front();
      d.fill = head.status >= 0 ? kFills[static_cast<std::size_t>(head.status) % fills] : kGapFill;
      return;
    }
    const detail::Decision& decision = model_.decisions[decision_];
    const detail::NodeDecision& s = n.decisions[decision_];
    if (s.applies == Applies::kNo) {
      d.label = Pick(staff_, "(does not apply)", "(ne s’applique pas)");
      d.fill = kNotApplicableFill;
    } else if (s.rule < 0) {
      d.label = Pick(staff_, "GAP: no row applies", "LACUNE : aucune ligne ne s’applique");
      d.fill = kGapFill;
    } else {
      d.label =
          Read(decision.rules[s.rule].title[lang_]) + "\n\u2192 " + StatusTitle(decision, s.status);
      d.fill = kFills[static_cast<std::size_t>(s.status) % fills];
    }
  }

  const Model& model_;
  int lang_;
  std::vector<std::optional<std::string>> values_;
  int decision_;
  StaffLanguage staff_;
  std::map<int, int> memo_;            // flow node → drawn node
  std::map<std::string, int> shapes_;  // a drawn node's shape → the drawn node
  std::vector<Drawn> drawn_;
};

}  // namespace

Result<FocusedFlow> FocusFlow(const Ruleset& rules, int lang, const Date& date,
                              const FlowFocus& focus, StaffLanguage staff) {
  const Model& model = detail::ModelOf(rules);
  const detail::Flow& flow = model.flow;
  if (focus.decision < -1 || focus.decision >= static_cast<int>(model.decisions.size())) {
    return Error{"", "no decision " + std::to_string(focus.decision) + " in this ruleset"};
  }
  int root = focus.root < 0 ? flow.root : focus.root;
  if (root >= static_cast<int>(flow.nodes.size())) {
    return Error{"", "no node " + std::to_string(focus.root) + " in this ruleset's flow"};
  }
  std::string title = model.meta.title[lang];
  if (focus.decision >= 0) title = model.decisions[focus.decision].title[lang];
  FocusedFlow out;
  // Left to right: a tree of a few questions and many outcomes reads down a page, where top to
  // bottom it would spread its leaves across tens of screens.
  out.dot = "digraph flow {\n  graph [label=" + DotLabel(title) +
            ", labelloc=t, rankdir=LR, fontname=\"Helvetica\"];\n"
            "  node [fontname=\"Helvetica\", fontsize=11];\n"
            "  edge [fontname=\"Helvetica\", fontsize=10];\n";
  if (root < 0) {
    out.dot += "}\n";
    return out;
  }
  Projection projection(model, lang, date.iso(), focus.decision, staff);
  int top = projection.Draw(root);
  const std::vector<Drawn>& drawn = projection.drawn();
  // Breadth first from the top, so the file reads in the order a student is asked.
  std::vector<int> order = {top};
  std::vector<bool> seen(drawn.size(), false);
  seen[top] = true;
  for (std::size_t i = 0; i < order.size(); ++i) {
    for (int child : drawn[order[i]].children) {
      if (!seen[child]) {
        seen[child] = true;
        order.push_back(child);
      }
    }
  }
  auto name = [&](int d) { return "n" + std::to_string(drawn[d].node); };
  for (int d : order) {
    const Drawn& node = drawn[d];
    if (node.question >= 0) {
      out.dot += "  " + name(d) + " [label=" + DotLabel(node.label) + ", id=\"q" +
                 std::to_string(node.node) + "\", shape=box, style=rounded];\n";
    } else {
      out.dot += "  " + name(d) + " [label=" + DotLabel(node.label) +
                 ", shape=box, style=filled, fillcolor=\"" + node.fill + "\"];\n";
    }
  }
  for (int d : order) {
    const Drawn& node = drawn[d];
    std::vector<bool> done(node.children.size(), false);
    for (std::size_t c = 0; c < node.children.size(); ++c) {
      if (done[c]) continue;
      for (std::size_t k = c; k < node.children.size(); ++k) {
        if (node.children[k] == node.children[c]) done[k] = true;
      }
      out.dot += "  " + name(d) + " -> " + name(node.children[c]) +
                 " [label=" + DotLabel(projection.EdgeLabel(flow.nodes[node.node], node, c)) +
                 "];\n";
      ++out.edges;
    }
  }
  out.nodes = order.size();
  out.dot += "}\n";
  return out;
}

}  // namespace couverture::authoring
