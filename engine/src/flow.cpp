// The question flow: from a set of answers, ask the first question of the first rule that may still
// match, branch on each class of its answer, and recurse until the first candidate rule is certain.
// Two memo tables keep it small: states with the same residual table share a node, and subtrees
// of the same shape are stored once (so a question whose branches all lead to the same subtree is
// never asked — it cannot change the outcome).
#include "couverture/flow.h"

#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "rule_walk.h"

namespace couverture {
namespace {

class FlowBuilder {
 public:
  FlowBuilder(const Ruleset& rules, std::size_t node_limit)
      : rules_(rules), node_limit_(node_limit), call_limit_(node_limit * 4) {
    rule_tests_.resize(rules.rules.size());
    for (std::size_t r = 0; r < rules.rules.size(); ++r) {
      CollectTests(rules.rules[r].condition, rule_tests_[r]);
    }
  }

  Flow Run(const Answers& from) {
    flow_.root = Build(from);
    return std::move(flow_);
  }

 private:
  void CollectTests(int condition, std::vector<int>& tests) const {
    if (condition < 0) return;
    const Condition& c = rules_.conditions[condition];
    if (c.kind == Condition::Kind::kTest) tests.push_back(c.test);
    for (int child : c.children) CollectTests(child, tests);
  }

  // What the rest of the flow depends on: the residual table, i.e. the rows read until the first
  // certain one, and for each row still open the truth of its tests. Rows already false or
  // behind a certain row, answered questions no open row reads, or two answers in the same class
  // make no difference (keying on every test instead multiplies the states of large tables).
  std::string StateKey(const Answers& answers) const {
    std::string key;
    for (std::size_t r = 0; r < rules_.rules.size(); ++r) {
      Truth truth = Evaluate(rules_, rules_.rules[r].condition, answers);
      key += static_cast<char>(truth);
      if (truth == Truth::kTrue) break;
      if (truth == Truth::kFalse) continue;
      for (int test : rule_tests_[r]) {
        key += static_cast<char>(EvaluateTest(rules_.tests[test], answers));
      }
    }
    return key;
  }

  int Build(const Answers& answers) {
    if (++calls_ > call_limit_ || flow_.nodes.size() >= node_limit_) {
      flow_.truncated = true;
      return Intern({-2}, [](FlowNode& n) { n.explored = false; });
    }
    std::string key = StateKey(answers);
    auto known = by_state_.find(key);
    if (known != by_state_.end()) return known->second;

    FirstCandidate first = FindFirstCandidate(rules_, answers);
    int node;
    if (first.rule < 0) {
      node = Intern({-1, -1, -1}, [](FlowNode&) {});  // a gap: no rule matches
    } else if (first.certain) {
      node = Leaf(first.rule);
    } else {
      int test = Witness(rules_, rules_.rules[first.rule].condition, Truth::kUnknown, answers);
      int question = rules_.tests[test].question;
      std::vector<int> children;
      for (double value : rules_.classes[question].representative) {
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

  int Leaf(int rule) {
    int outcome_index = rules_.rules[rule].outcome;
    return Intern({-1, rule, outcome_index}, [&](FlowNode& n) {
      const Outcome& outcome = rules_.outcomes[outcome_index];
      n.rule = rule;
      n.outcome = outcome_index;
      n.status = outcome.status;
      n.extra_insurance = outcome.extra_insurance;
      for (int kind = 0; kind < kListKinds; ++kind) {
        for (int item : outcome.lists[kind]) n.certain[kind] |= std::uint64_t{1} << item;
      }
    });
  }

  int Inner(int question, std::vector<int> children) {
    std::vector<int> shape = children;
    shape.insert(shape.begin(), question);
    int index = Intern(std::move(shape), [&](FlowNode& n) {
      n.question = question;
      n.children = children;
      const FlowNode& first = flow_.nodes[children.front()];
      n.status = first.status;
      n.extra_insurance = first.extra_insurance;
      n.certain = first.certain;
      n.below = std::uint64_t{1} << question;
      for (int c : children) {
        const FlowNode& child = flow_.nodes[c];
        if (child.status != n.status) n.status = -1;
        if (child.extra_insurance != n.extra_insurance) n.extra_insurance = -1;
        for (int kind = 0; kind < kListKinds; ++kind) n.certain[kind] &= child.certain[kind];
        if (n.outcome < 0) n.outcome = child.outcome;
        n.below |= child.below;
        n.explored = n.explored && child.explored;
      }
    });
    if (order_[index].empty()) {  // a new node: a shared one already has its order
      order_[index] = NextOrder(question, children);
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

  const Ruleset& rules_;
  std::size_t node_limit_;
  std::size_t call_limit_;
  std::size_t calls_ = 0;
  Flow flow_;
  std::map<std::string, int> by_state_;  // a hash table would cost code size, not time
  std::map<std::string, int> by_shape_;
  std::vector<std::vector<std::pair<int, int>>> order_;  // per node: (question, depth) of `next`
  std::vector<std::vector<int>> rule_tests_;             // per rule, the tests its condition reads
};

}  // namespace

Flow BuildFlow(const Ruleset& rules, const Answers& from, std::size_t node_limit) {
  return FlowBuilder(rules, node_limit).Run(from);
}

}  // namespace couverture
