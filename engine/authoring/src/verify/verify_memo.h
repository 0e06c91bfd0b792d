// Three-valued evaluation for the verifier's search, remembering decision states (internal).
// detail::Evaluate reads a decision test's decision again each time: its `applies`, then its rows
// until one is not false. A search node evaluates every goal, and with several decisions many of
// them test the same decision, so that decision was read again for each goal, each decision test
// and each question chosen. Both evaluate with the core's three_valued.h; only where decision
// states come from differs, so the widget's module keeps its plain evaluation.
#ifndef COUVERTURE_AUTHORING_VERIFY_MEMO_H_
#define COUVERTURE_AUTHORING_VERIFY_MEMO_H_

#include <cstddef>
#include <vector>

#include "couverture/answers.h"
#include "couverture/detail/evaluate.h"
#include "couverture/detail/model.h"

namespace couverture::authoring {

// The states of decisions found at each node of a depth-first search, from the root down to the
// current node. Each node's answers are its parent's plus one more, and three-valued evaluation
// never takes back a true or false when answers are added: a decision settled above stays as it
// is, and the rows found false above stay false, so a node reads on from its ancestor's state.
class DecisionMemo {
 public:
  explicit DecisionMemo(const detail::Model& model);

  // The search is now at a node `depth` levels below the root (0: the root itself), whose answers
  // are those of the node it last entered at depth - 1 plus one more; what was known at `depth`
  // and below is forgotten.
  void Enter(int depth) {
    depth_ = depth;
    if (!empty()) Forget();
  }

  // The decision's state at the current node, or nullptr when it was not read there yet.
  const detail::DecisionState* Here(int decision) const;
  // Its state at the nearest ancestor that read it, or nullptr.
  const detail::DecisionState* Above(int decision) const;
  void Remember(int decision, const detail::DecisionState& state);

  // A ruleset of one decision has no decision test (it would test itself): nothing to remember,
  // and the plain evaluation is used.
  bool empty() const { return decisions_ == 0; }

 private:
  struct Entry {
    bool known = false;
    detail::DecisionState state;
  };

  void Forget();  // the states at depth_

  std::size_t Index(int depth, int decision) const {
    return static_cast<std::size_t>(depth) * decisions_ + static_cast<std::size_t>(decision);
  }

  std::size_t decisions_;  // 0 for a single decision
  int depth_ = 0;
  // Depth-major, decisions_ entries per level; those past depth_ are stale, and never read.
  std::vector<Entry> levels_;
};

// detail::Evaluate and detail::QuestionFor under the answers of the memo's current node. Inline,
// as Enter is, so that a single decision's search pays only for the test of empty(): its nodes
// often cost one goal, and a call into the memo per node and goal was measurable (structured
// 800 × 60 checked 15% slower).
detail::Truth MemoEvaluate(const detail::Model& model, int condition, const Answers& answers,
                           DecisionMemo& memo);
int MemoQuestionFor(const detail::Model& model, int condition, const Answers& answers,
                    DecisionMemo& memo);

inline detail::Truth Evaluate(const detail::Model& model, int condition, const Answers& answers,
                              DecisionMemo& memo) {
  return memo.empty() ? detail::Evaluate(model, condition, answers)
                      : MemoEvaluate(model, condition, answers, memo);
}

inline int QuestionFor(const detail::Model& model, int condition, const Answers& answers,
                       DecisionMemo& memo) {
  return memo.empty() ? detail::QuestionFor(model, condition, answers)
                      : MemoQuestionFor(model, condition, answers, memo);
}

}  // namespace couverture::authoring

#endif  // COUVERTURE_AUTHORING_VERIFY_MEMO_H_
