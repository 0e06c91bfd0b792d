// Exploring both rulesets at once, as the flow builder explores one: ask the question the first
// unsettled decision waits for (on either side, each side evaluating its own rows), branch on each
// joint class of its answer, and stop where every decision both have is settled on both sides.
// States with the same residual tables on both sides share a node, and identical subtrees are
// stored once, so a question whose answers all lead to the same outcomes splits no class.
#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "couverture/detail/evaluate.h"
#include "couverture/detail/flow.h"
#include "couverture/detail/residual.h"
#include "diff_parts.h"
#include "outcome_ids.h"

namespace couverture::authoring {
namespace {

using detail::Model;
using detail::Truth;

std::uint64_t Mask(const std::vector<DecisionPair>& pairs, bool old_side) {
  std::uint64_t mask = 0;
  for (const DecisionPair& p : pairs) {
    mask |= std::uint64_t{1} << (old_side ? p.old_decision : p.new_decision);
  }
  return mask;
}

// The question a decision waits for, or -1 once it is settled (for the examples, read afresh).
int Pending(const Model& model, int decision, const Answers& answers) {
  if (detail::StateOf(model, decision, answers).settled()) return -1;
  return detail::QuestionForDecision(model, decision, answers);
}

// The joint question the first decision pair not settled on both sides waits for (the old side
// first), or -1 once every pair is settled.
int NextQuestion(const DiffSides& sides, const JointSpace& space,
                 const std::vector<DecisionPair>& pairs, const Answers& old_answers,
                 const Answers& new_answers) {
  for (const DecisionPair& p : pairs) {
    int q = Pending(sides.old_model, p.old_decision, old_answers);
    if (q >= 0) return space.of_old[q];
    q = Pending(sides.new_model, p.new_decision, new_answers);
    if (q >= 0) return space.of_new[q];
  }
  return -1;
}

// Sets a joint class's answer on each side that asks the question.
void Answer(const JointQuestion& q, int cls, Answers& old_answers, Answers& new_answers) {
  if (q.old_question >= 0) old_answers.Set(q.old_question, q.old_values[cls]);
  if (q.new_question >= 0) new_answers.Set(q.new_question, q.new_values[cls]);
}

// A settled decision's row: the deciding row, kGap or kNotApplicable.
int RowOf(const detail::DecisionState& state) {
  return state.applies == Truth::kFalse ? kNotApplicable : state.first.rule;
}

struct JointNode {
  int question = -1;  // a joint question; -1 for a leaf
  std::vector<int> children;
  std::vector<int> old_rows, new_rows;  // a leaf's, per decision pair
  bool explored = true;                 // false where the node limit stopped exploration
};

// One side of the exploration: what is open at each depth (residual.h).
struct Side {
  Side(const Model& model, std::uint64_t focus, std::size_t levels)
      : residuals(model, focus), at(levels) {
    residuals.Start(at.front());
  }
  detail::Residuals residuals;
  std::vector<detail::Residual> at;  // per depth
};

class Explorer {
 public:
  Explorer(const DiffSides& sides, const JointSpace& space, const std::vector<DecisionPair>& pairs,
           std::size_t node_limit, std::size_t work_limit)
      : sides_(sides),
        space_(space),
        pairs_(pairs),
        // Each level answers one more joint question.
        old_(sides.old_model, Mask(pairs, /*old_side=*/true), space.questions.size() + 2),
        new_(sides.new_model, Mask(pairs, /*old_side=*/false), space.questions.size() + 2),
        node_limit_(node_limit),
        work_limit_(work_limit) {}

  int Build(const Answers& old_answers, const Answers& new_answers, std::size_t depth) {
    if (nodes_.size() >= node_limit_ || work_ > work_limit_) {
      truncated_ = true;
      out_of_work_ = out_of_work_ || work_ > work_limit_;
      JointNode unexplored;
      unexplored.explored = false;
      return Intern({-2}, std::move(unexplored));
    }
    detail::Residual& old_at = old_.at[depth];
    detail::Residual& new_at = new_.at[depth];
    work_ += old_.residuals.Settle(old_answers, old_.at[depth - 1], old_at);
    work_ += new_.residuals.Settle(new_answers, new_.at[depth - 1], new_at);
    old_.residuals.Key(old_answers, old_at);
    new_.residuals.Key(new_answers, new_at);
    std::string key = old_at.key;
    key += '#';
    key += new_at.key;
    auto known = by_state_.find(key);
    if (known != by_state_.end()) return known->second;

    int question = -1;
    for (std::size_t p = 0; p < pairs_.size() && question < 0; ++p) {
      int q = old_.residuals.Pending(pairs_[p].old_decision, old_answers, old_at);
      if (q >= 0) {
        question = space_.of_old[q];
      } else if ((q = new_.residuals.Pending(pairs_[p].new_decision, new_answers, new_at)) >= 0) {
        question = space_.of_new[q];
      }
    }
    int node;
    if (question < 0) {
      node = Leaf(old_at, new_at);
    } else {
      const JointQuestion& q = space_.questions[question];
      std::vector<int> children;
      for (std::size_t c = 0; c < q.labels.size(); ++c) {
        Answers old_next = old_answers, new_next = new_answers;
        Answer(q, static_cast<int>(c), old_next, new_next);
        children.push_back(Build(old_next, new_next, depth + 1));
      }
      bool useless = std::all_of(children.begin(), children.end(),
                                 [&](int child) { return child == children.front(); });
      if (useless) {
        node = children.front();
      } else {
        std::vector<int> shape = children;
        shape.insert(shape.begin(), question);
        JointNode inner;
        inner.question = question;
        inner.children = std::move(children);
        node = Intern(shape, std::move(inner));
      }
    }
    by_state_.emplace(std::move(key), node);
    return node;
  }

  const std::vector<JointNode>& nodes() const { return nodes_; }
  bool truncated() const { return truncated_; }
  bool out_of_work() const { return out_of_work_; }

 private:
  int Leaf(const detail::Residual& old_at, const detail::Residual& new_at) {
    JointNode leaf;
    std::vector<int> shape = {-1};
    for (const DecisionPair& p : pairs_) {
      leaf.old_rows.push_back(RowOf(old_at.states[p.old_decision]));
      leaf.new_rows.push_back(RowOf(new_at.states[p.new_decision]));
    }
    shape.insert(shape.end(), leaf.old_rows.begin(), leaf.old_rows.end());
    shape.insert(shape.end(), leaf.new_rows.begin(), leaf.new_rows.end());
    return Intern(shape, std::move(leaf));
  }

  int Intern(const std::vector<int>& shape, JointNode node) {
    auto known = by_shape_.find(shape);
    if (known != by_shape_.end()) return known->second;
    nodes_.push_back(std::move(node));
    int index = static_cast<int>(nodes_.size() - 1);
    by_shape_.emplace(shape, index);
    return index;
  }

  const DiffSides& sides_;
  const JointSpace& space_;
  const std::vector<DecisionPair>& pairs_;
  Side old_, new_;
  std::size_t node_limit_, work_limit_, work_ = 0;
  bool truncated_ = false, out_of_work_ = false;
  std::vector<JointNode> nodes_;
  std::map<std::string, int> by_state_;
  std::map<std::vector<int>, int> by_shape_;
};

// Per node, the classes below it of each kind, and the decision pairs that differ below it.
struct Counts {
  double differing = 0, other_row = 0, compared = 0;
  std::uint64_t changed = 0;
};

Counts LeafCounts(const DiffSides& sides, const std::vector<DecisionPair>& pairs,
                  const JointNode& leaf) {
  Counts counts;
  if (!leaf.explored) return counts;
  counts.compared = 1;
  bool other_row = false;
  for (std::size_t p = 0; p < pairs.size(); ++p) {
    OutcomeIds o = DecisionOutcome(sides.old_model, pairs[p].old_decision, leaf.old_rows[p]);
    OutcomeIds n = DecisionOutcome(sides.new_model, pairs[p].new_decision, leaf.new_rows[p]);
    if (!(o == n)) counts.changed |= std::uint64_t{1} << p;
    other_row = other_row || o.rule != n.rule;
  }
  if (counts.changed != 0) {
    counts.differing = 1;
  } else if (other_row) {
    counts.other_row = 1;
  }
  return counts;
}

// Children are interned before their parents, so counting in index order is bottom-up.
std::vector<Counts> CountAll(const DiffSides& sides, const std::vector<DecisionPair>& pairs,
                             const std::vector<JointNode>& nodes) {
  std::vector<Counts> counts(nodes.size());
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const JointNode& n = nodes[i];
    if (n.question < 0) {
      counts[i] = LeafCounts(sides, pairs, n);
      continue;
    }
    for (int child : n.children) {
      counts[i].differing += counts[child].differing;
      counts[i].other_row += counts[child].other_row;
      counts[i].compared += counts[child].compared;
      counts[i].changed |= counts[child].changed;
    }
  }
  return counts;
}

void Collect(const std::vector<JointNode>& nodes, const std::vector<Counts>& counts, int node,
             FlowPath& path, std::size_t limit, std::vector<JointClass>& out) {
  const JointNode& n = nodes[node];
  if (n.question < 0) {
    out.push_back({path, Answers{}, Answers{}, n.old_rows, n.new_rows});
    return;
  }
  for (std::size_t c = 0; c < n.children.size() && out.size() < limit; ++c) {
    if (counts[n.children[c]].differing <= 0) continue;
    path.emplace_back(n.question, static_cast<int>(c));
    Collect(nodes, counts, n.children[c], path, limit, out);
    path.pop_back();
  }
}

// The answers on a class's path, completed with the first class of any question a decision still
// waits for: the exploration skipped it because every answer to it leads to the same outcomes,
// but assessing the example must not stop to ask it.
void ExampleAnswers(const DiffSides& sides, const JointSpace& space,
                    const std::vector<DecisionPair>& pairs, JointClass& found) {
  for (const auto& [question, cls] : found.path) {
    Answer(space.questions[question], cls, found.old_answers, found.new_answers);
  }
  // Each round answers one more question: as many rounds as there are questions at most.
  for (std::size_t round = 0; round < space.questions.size(); ++round) {
    int question = NextQuestion(sides, space, pairs, found.old_answers, found.new_answers);
    if (question < 0) return;
    Answer(space.questions[question], 0, found.old_answers, found.new_answers);
  }
}

}  // namespace

Exploration Explore(const DiffSides& sides, const JointSpace& space,
                    const std::vector<DecisionPair>& pairs, std::size_t node_limit,
                    std::size_t work_limit, std::size_t class_limit) {
  Explorer explorer(sides, space, pairs, node_limit, work_limit);
  int root = explorer.Build(Answers{}, Answers{}, 1);
  const std::vector<JointNode>& nodes = explorer.nodes();
  std::vector<Counts> counts = CountAll(sides, pairs, nodes);
  Exploration out;
  out.nodes = nodes.size();
  out.truncated = explorer.truncated();
  out.out_of_work = explorer.out_of_work();
  out.differing_total = counts[root].differing;
  out.other_row_total = counts[root].other_row;
  out.compared_total = counts[root].compared;
  out.changed_pairs = counts[root].changed;
  if (out.differing_total > 0 && class_limit > 0) {
    FlowPath path;
    Collect(nodes, counts, root, path, class_limit, out.differing);
    for (JointClass& found : out.differing) ExampleAnswers(sides, space, pairs, found);
  }
  return out;
}

}  // namespace couverture::authoring
