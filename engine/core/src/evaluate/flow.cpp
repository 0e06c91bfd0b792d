// The question flow: ask the question the first unsettled decision (headline first) waits for,
// branch on each class of its answer, and recurse until every decision is settled. Two memo
// tables keep it small: states with the same residual tables share a node, and subtrees of the
// same shape are stored once (so a question whose branches all lead to the same subtree is never
// asked: it cannot change any decision).
#include "couverture/detail/flow.h"

#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "couverture/detail/residual.h"

namespace couverture::detail {
namespace {

// A leaf's "rule" for a decision that does not apply, and for one the flow does not settle.
constexpr int kNotApplicable = -2;
constexpr int kOutOfFocus = -3;

// The first number of a node's shape, which Intern keys nodes by: an inner node's question
// (>= 0), or one of these. The rest is the children, or each decision's row at a leaf.
constexpr int kLeafShape = -1;
constexpr int kUnexploredShape = -2;

class FlowBuilder {
 public:
  FlowBuilder(const Model& model, const FlowLimits& limits, std::uint64_t focus)
      : model_(model), limits_(limits), residuals_(model, focus) {}

  Flow Run(const Answers& from) {
    // One Residual per depth, reused from node to node: a node answers one more question than its
    // parent, so there are at most as many levels as questions.
    at_.resize(model_.questions.size() + 2);
    residuals_.Start(at_.front());
    flow_.root = Build(from, 1);
    return std::move(flow_);
  }

 private:
  int Build(const Answers& answers, std::size_t depth) {
    if (flow_.nodes.size() >= limits_.nodes || work_ > limits_.work) {
      flow_.truncated = true;
      flow_.out_of_work = flow_.out_of_work || work_ > limits_.work;
      return Intern({kUnexploredShape}, [this](FlowNode& n) {
        n.explored = false;
        n.decisions.assign(model_.decisions.size(), NodeDecision{});
      });
    }
    Residual& at = at_[depth];
    work_ += residuals_.Settle(answers, at_[depth - 1], at);
    residuals_.Key(answers, at);
    auto known = by_state_.find(at.key);
    if (known != by_state_.end()) return known->second;

    // Every decision's row at a leaf: its deciding row, -1 for a gap, kNotApplicable, kOutOfFocus.
    std::vector<int> rows;
    int question = -1;
    for (std::size_t d = 0; d < model_.decisions.size() && question < 0; ++d) {
      if (!residuals_.InFocus(d)) {
        rows.push_back(kOutOfFocus);
        continue;
      }
      question = residuals_.Pending(static_cast<int>(d), answers, at);
      const DecisionState& state = at.states[d];
      rows.push_back(state.applies == Truth::kFalse ? kNotApplicable : state.first.rule);
    }
    int node;
    if (question < 0) {
      node = Leaf(rows);
    } else {
      std::vector<int> children;
      for (double value : model_.classes[question].representative) {
        Answers next = answers;
        next.Set(question, value);
        children.push_back(Build(next, depth + 1));
      }
      bool useless = std::all_of(children.begin(), children.end(),
                                 [&](int child) { return child == children.front(); });
      node = useless ? children.front() : Inner(question, std::move(children));
    }
    by_state_.emplace(at.key, node);
    return node;
  }

  template <typename Fill>
  int Intern(const std::vector<int>& shape_ids, Fill fill) {
    // Keyed as bytes, like by_state_: one map type is less WebAssembly code than two.
    std::string shape(reinterpret_cast<const char*>(shape_ids.data()),
                      shape_ids.size() * sizeof(int));
    auto known = by_shape_.find(shape);
    if (known != by_shape_.end()) return known->second;
    FlowNode node;
    fill(node);
    flow_.nodes.push_back(std::move(node));
    order_.emplace_back();
    int index = static_cast<int>(flow_.nodes.size() - 1);
    by_shape_.emplace(std::move(shape), index);
    return index;
  }

  int Leaf(const std::vector<int>& rows) {
    std::vector<int> shape = rows;
    shape.insert(shape.begin(), kLeafShape);
    return Intern(shape, [&](FlowNode& n) {
      for (std::size_t d = 0; d < rows.size(); ++d) {
        const Decision& decision = model_.decisions[d];
        NodeDecision s;
        if (rows[d] == kOutOfFocus) {
          n.decisions.push_back(s);
          continue;
        }
        s.complete = true;
        s.applies = rows[d] == kNotApplicable ? Applies::kNo : Applies::kYes;
        if (rows[d] >= 0) {
          const Outcome& outcome = decision.outcomes[decision.rules[rows[d]].outcome];
          s.rule = rows[d];
          s.outcome = decision.rules[rows[d]].outcome;
          s.status = outcome.status;
          s.extra = outcome.extra;
          for (int kind = 0; kind < kListKinds; ++kind) {
            for (int item : outcome.lists[kind]) s.certain[kind] |= std::uint64_t{1} << item;
          }
        }
        n.decisions.push_back(s);
      }
    });
  }

  int Inner(int question, std::vector<int> children) {
    std::vector<int> shape = children;
    shape.insert(shape.begin(), question);
    int index = Intern(std::move(shape), [&](FlowNode& n) {
      n.question = question;
      n.children = children;
      n.decisions = flow_.nodes[children.front()].decisions;
      n.below = std::uint64_t{1} << question;
      for (int c : children) {
        const FlowNode& child = flow_.nodes[c];
        for (std::size_t d = 0; d < n.decisions.size(); ++d) {
          NodeDecision& s = n.decisions[d];
          const NodeDecision& t = child.decisions[d];
          s.complete = s.complete && t.complete && t.rule == s.rule && t.applies == s.applies;
          if (t.applies != s.applies) s.applies = Applies::kUnknown;
          if (t.status != s.status) s.status = -1;
          if (t.extra != s.extra) s.extra = -1;
          for (int kind = 0; kind < kListKinds; ++kind) s.certain[kind] &= t.certain[kind];
          if (s.outcome < 0) s.outcome = t.outcome;
        }
        n.below |= child.below;
        n.explored = n.explored && child.explored;
      }
      for (NodeDecision& s : n.decisions) {
        if (!s.complete) s.rule = -1;
      }
    });
    if (order_[index].empty()) {  // a new node: a shared one already has its order
      order_[index] = NextOrder(question, flow_.nodes[index].children);
      for (const auto& [q, depth] : order_[index]) flow_.nodes[index].next.push_back(q);
    }
    return index;
  }

  // Breadth first: a question asked right away comes before one asked only on some branches.
  std::vector<std::pair<int, int>> NextOrder(int question, const std::vector<int>& children) const {
    std::vector<std::pair<int, int>> order = {{question, 0}};
    for (int c : children) {
      for (const std::pair<int, int>& below : order_[c]) {
        auto seen = std::find_if(order.begin(), order.end(), [&](const std::pair<int, int>& e) {
          return e.first == below.first;
        });
        if (seen == order.end()) {
          order.emplace_back(below.first, below.second + 1);
        } else {
          seen->second = std::min(seen->second, below.second + 1);
        }
      }
    }
    // By depth, keeping first-seen order within a depth. Lists are short, and a bucket pass keeps
    // std::stable_sort's code out of the WebAssembly build.
    std::vector<std::pair<int, int>> sorted;
    for (int depth = 0; sorted.size() < order.size(); ++depth) {
      for (const std::pair<int, int>& entry : order) {
        if (entry.second == depth) sorted.push_back(entry);
      }
    }
    return sorted;
  }

  const Model& model_;
  FlowLimits limits_;
  Residuals residuals_;
  std::vector<Residual> at_;  // per depth
  std::size_t work_ = 0;      // Residuals::Settle's units
  Flow flow_;
  std::map<std::string, int> by_state_;  // a hash table would cost code size, not time
  std::map<std::string, int> by_shape_;
  std::vector<std::vector<std::pair<int, int>>> order_;  // per node: (question, depth) of `next`
};

// The decisions a condition tests, as a mask.
std::uint64_t DecisionsTested(const Model& model, int condition) {
  if (condition < 0) return 0;
  const Condition& c = model.conditions[condition];
  if (c.kind == Condition::Kind::kTest) {
    int d = model.tests[c.test].decision;
    return d < 0 ? 0 : std::uint64_t{1} << d;
  }
  std::uint64_t mask = 0;
  for (int child : c.children) mask |= DecisionsTested(model, child);
  return mask;
}

}  // namespace

Flow BuildFlow(const Model& model, const Answers& from, const FlowLimits& limits,
               std::uint64_t focus) {
  return FlowBuilder(model, limits, focus).Run(from);
}

std::uint64_t WithDependencies(const Model& model, std::uint64_t focus) {
  std::size_t count = model.decisions.size();
  std::uint64_t all = focus & ((count >= 64 ? 0 : std::uint64_t{1} << count) - 1);
  for (std::uint64_t before = 0; before != all;) {
    before = all;
    for (std::size_t d = 0; d < count; ++d) {
      if (!((before >> d) & 1u)) continue;
      all |= DecisionsTested(model, model.decisions[d].applies);
      for (const Rule& rule : model.decisions[d].rules)
        all |= DecisionsTested(model, rule.condition);
    }
  }
  return all;
}

}  // namespace couverture::detail
