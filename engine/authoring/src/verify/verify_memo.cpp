#include "verify_memo.h"

#include "couverture/detail/three_valued.h"

namespace couverture::authoring {
namespace {

using detail::Decision;
using detail::DecisionState;
using detail::Model;
using detail::Truth;

// Decision states from the memo: the core's three-valued evaluation (three_valued.h) asks here
// where a decision stands, and a state known at this node, or settled at an ancestor, is not read
// again.
struct Remembered {
  DecisionMemo& memo;

  DecisionState Of(const Model& model, int decision, const Answers& answers) const {
    if (const DecisionState* here = memo.Here(decision)) return *here;
    const DecisionState* above = memo.Above(decision);
    DecisionState state =
        above && above->settled() ? *above : ReadOn(model, decision, above, answers);
    memo.Remember(decision, state);
    return state;
  }

  // The state of a decision not settled at the ancestor that read it (`above`, or nullptr when
  // none did): a known `applies` is kept, and rows are read from the first one not false there.
  DecisionState ReadOn(const Model& model, int decision, const DecisionState* above,
                       const Answers& answers) const {
    const Decision& d = model.decisions[decision];
    DecisionState state;
    state.applies = above && above->applies != Truth::kUnknown
                        ? above->applies
                        : detail::EvaluateWith(*this, model, d.applies, answers);
    if (state.applies == Truth::kFalse) return state;
    std::size_t row = 0;
    if (above) row = above->first.rule < 0 ? d.rules.size() : above->first.rule;
    state.first = detail::FirstCandidateWith(*this, model, decision, row, answers);
    return state;
  }
};

}  // namespace

DecisionMemo::DecisionMemo(const Model& model)
    : decisions_(model.decisions.size() > 1 ? model.decisions.size() : 0) {
  // Each level answers one more question: room for them all at once (none for a single decision),
  // filled only as deep as the search goes.
  levels_.reserve(Index(static_cast<int>(model.questions.size()) + 1, 0));
}

void DecisionMemo::Forget() {
  // Deeper levels keep their stale states: shrinking at every node took 8% of a check's time.
  std::size_t end = Index(depth_ + 1, 0);
  if (levels_.size() < end) levels_.resize(end);
  for (std::size_t i = Index(depth_, 0); i < end; ++i) levels_[i].known = false;
}

const DecisionState* DecisionMemo::Here(int decision) const {
  const Entry& entry = levels_[Index(depth_, decision)];
  return entry.known ? &entry.state : nullptr;
}

const DecisionState* DecisionMemo::Above(int decision) const {
  for (int depth = depth_ - 1; depth >= 0; --depth) {
    const Entry& entry = levels_[Index(depth, decision)];
    if (entry.known) return &entry.state;
  }
  return nullptr;
}

void DecisionMemo::Remember(int decision, const DecisionState& state) {
  Entry& entry = levels_[Index(depth_, decision)];
  entry.known = true;
  entry.state = state;
}

Truth MemoEvaluate(const Model& model, int condition, const Answers& answers, DecisionMemo& memo) {
  return detail::EvaluateWith(Remembered{memo}, model, condition, answers);
}

int MemoQuestionFor(const Model& model, int condition, const Answers& answers, DecisionMemo& memo) {
  return detail::QuestionForWith(Remembered{memo}, model, condition, answers);
}

}  // namespace couverture::authoring
