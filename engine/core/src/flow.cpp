// The question flow: ask the question the first unsettled decision (headline first) waits for,
// branch on each class of its answer, and recurse until every decision is settled. Two memo
// tables keep it small: states with the same residual tables share a node, and subtrees of the
// same shape are stored once (so a question whose branches all lead to the same subtree is never
// asked: it cannot change any decision).
#include "flow.h"

#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "evaluate.h"

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
  FlowBuilder(const Model& model, std::size_t node_limit, std::uint64_t focus)
      : model_(model),
        node_limit_(node_limit),
        call_limit_(node_limit * 4),
        focus_(WithDependencies(model, focus)) {
    for (const Decision& d : model.decisions) {
      std::vector<int> applies;
      CollectTests(d.applies, applies);
      applies_tests_.push_back(std::move(applies));
      std::vector<std::vector<int>> rows;
      for (const Rule& rule : d.rules) {
        rows.emplace_back();
        CollectTests(rule.condition, rows.back());
      }
      rule_tests_.push_back(std::move(rows));
    }
  }

  Flow Run(const Answers& from) {
    flow_.root = Build(from);
    return std::move(flow_);
  }

 private:
  void CollectTests(int condition, std::vector<int>& tests) const {
    if (condition < 0) return;
    const Condition& c = model_.conditions[condition];
    if (c.kind == Condition::Kind::kTest) tests.push_back(c.test);
    for (int child : c.children) CollectTests(child, tests);
  }

  void AppendTruths(const std::vector<int>& tests, const Answers& answers, std::string& key) const {
    for (int test : tests) {
      key += static_cast<char>(EvaluateTest(model_, model_.tests[test], answers));
    }
  }

  // What the rest of the flow depends on: for each decision, whether it applies (and the truth of
  // the tests that tell, while unknown), and its residual table: the rows read until the first
  // certain one, with the truth of each test of the rows still open. Rows already false or behind
  // a certain row, or two answers in the same class, make no difference.
  std::string StateKey(const Answers& answers) const {
    std::string key;
    for (std::size_t d = 0; d < model_.decisions.size(); ++d) {
      if (!InFocus(d)) continue;
      const Decision& decision = model_.decisions[d];
      Truth applies = Evaluate(model_, decision.applies, answers);
      key += static_cast<char>(applies);
      if (applies == Truth::kUnknown) AppendTruths(applies_tests_[d], answers, key);
      for (std::size_t r = 0; r < decision.rules.size(); ++r) {
        Truth truth = Evaluate(model_, decision.rules[r].condition, answers);
        key += static_cast<char>(truth);
        if (truth == Truth::kTrue) break;
        if (truth == Truth::kFalse) continue;
        AppendTruths(rule_tests_[d][r], answers, key);
      }
      key += '|';
    }
    return key;
  }

  int Build(const Answers& answers) {
    if (++calls_ > call_limit_ || flow_.nodes.size() >= node_limit_) {
      flow_.truncated = true;
      return Intern({kUnexploredShape}, [this](FlowNode& n) {
        n.explored = false;
        n.decisions.assign(model_.decisions.size(), NodeDecision{});
      });
    }
    std::string key = StateKey(answers);
    auto known = by_state_.find(key);
    if (known != by_state_.end()) return known->second;

    // Every decision's row at a leaf: its deciding row, -1 for a gap, kNotApplicable, kOutOfFocus.
    std::vector<int> rows;
    int question = -1;
    for (std::size_t d = 0; d < model_.decisions.size(); ++d) {
      if (!InFocus(d)) {
        rows.push_back(kOutOfFocus);
        continue;
      }
      DecisionState state = StateOf(model_, static_cast<int>(d), answers);
      if (!state.settled()) question = QuestionForDecision(model_, static_cast<int>(d), answers);
      if (question >= 0) break;
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
        children.push_back(Build(next));
      }
      bool useless = std::all_of(children.begin(), children.end(),
                                 [&](int child) { return child == children.front(); });
      node = useless ? children.front() : Inner(question, std::move(children));
    }
    by_state_.emplace(std::move(key), node);
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

  bool InFocus(std::size_t decision) const { return (focus_ >> decision) & 1u; }

  const Model& model_;
  std::size_t node_limit_;
  std::size_t call_limit_;
  std::size_t calls_ = 0;
  std::uint64_t focus_;
  Flow flow_;
  std::map<std::string, int> by_state_;  // a hash table would cost code size, not time
  std::map<std::string, int> by_shape_;
  std::vector<std::vector<std::pair<int, int>>> order_;    // per node: (question, depth) of `next`
  std::vector<std::vector<int>> applies_tests_;            // per decision
  std::vector<std::vector<std::vector<int>>> rule_tests_;  // per decision, per rule
};

bool Mentions(const Model& model, int condition, const Test& test) {
  if (condition < 0) return false;
  const Condition& c = model.conditions[condition];
  if (c.kind == Condition::Kind::kTest) return &model.tests[c.test] == &test;
  for (int child : c.children) {
    if (Mentions(model, child, test)) return true;
  }
  return false;
}

bool Mentions(const Model& model, const Decision& decision, const Test& test) {
  if (Mentions(model, decision.applies, test)) return true;
  for (const Rule& rule : decision.rules) {
    if (Mentions(model, rule.condition, test)) return true;
  }
  return false;
}

}  // namespace

Flow BuildFlow(const Model& model, const Answers& from, std::size_t node_limit,
               std::uint64_t focus) {
  return FlowBuilder(model, node_limit, focus).Run(from);
}

std::uint64_t WithDependencies(const Model& model, std::uint64_t focus) {
  std::uint64_t all =
      focus & ((model.decisions.size() >= 64 ? 0 : std::uint64_t{1} << model.decisions.size()) - 1);
  for (bool grew = true; grew;) {
    grew = false;
    for (const Test& test : model.tests) {
      if (test.decision < 0 || ((all >> test.decision) & 1u)) continue;
      // A decision test in a condition of a decision in focus brings its decision in.
      for (std::size_t d = 0; d < model.decisions.size(); ++d) {
        if (((all >> d) & 1u) && Mentions(model, model.decisions[d], test)) {
          all |= std::uint64_t{1} << test.decision;
          grew = true;
          break;
        }
      }
    }
  }
  return all;
}

}  // namespace couverture::detail
