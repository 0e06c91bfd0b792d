#include "verify_memo.h"

namespace couverture::authoring {
namespace {

using detail::Condition;
using detail::Decision;
using detail::DecisionState;
using detail::Model;
using detail::Truth;

// The core's Evaluate, Witness, StateOf and QuestionFor (engine/core/src/evaluate.cpp), with
// decision states taken from the memo: keep the two in step.
class MemoEvaluator {
 public:
  MemoEvaluator(const Model& model, const Answers& answers, DecisionMemo& memo)
      : model_(model), answers_(answers), memo_(memo) {}

  Truth Evaluate(int condition) {
    if (condition < 0) return Truth::kTrue;
    const Condition& c = model_.conditions[condition];
    switch (c.kind) {
      case Condition::Kind::kTest: {
        const detail::Test& test = model_.tests[c.test];
        if (test.question >= 0) return detail::EvaluateTest(model_, test, answers_);
        return EvaluateDecisionTest(test);
      }
      case Condition::Kind::kNot: {
        Truth inner = Evaluate(c.children.front());
        if (inner == Truth::kUnknown) return inner;
        return inner == Truth::kTrue ? Truth::kFalse : Truth::kTrue;
      }
      case Condition::Kind::kAll:
      case Condition::Kind::kAny: {
        Truth decisive = c.kind == Condition::Kind::kAll ? Truth::kFalse : Truth::kTrue;
        Truth result = c.kind == Condition::Kind::kAll ? Truth::kTrue : Truth::kFalse;
        for (int child : c.children) {
          Truth t = Evaluate(child);
          if (t == decisive) return decisive;
          if (t == Truth::kUnknown) result = Truth::kUnknown;
        }
        return result;
      }
    }
    return Truth::kUnknown;
  }

  int QuestionFor(int condition) {
    int test = Witness(condition, Truth::kUnknown);
    if (test < 0) return -1;
    const detail::Test& t = model_.tests[test];
    return t.question >= 0 ? t.question : QuestionForDecision(t.decision);
  }

 private:
  // Out of line: inlined into Evaluate, it made every call costlier, answer tests included (the
  // random 70 × 30 × 3 benchmark, mostly answer tests, was checked 10% slower).
  [[gnu::noinline]] Truth EvaluateDecisionTest(const detail::Test& test) {
    DecisionState state = StateOf(test.decision);
    if (state.applies == Truth::kFalse) return Truth::kFalse;
    if (!state.settled()) return Truth::kUnknown;
    if (state.first.rule < 0) return Truth::kFalse;
    const Decision& d = model_.decisions[test.decision];
    int status = d.outcomes[d.rules[state.first.rule].outcome].status;
    return (test.set >> status) & 1u ? Truth::kTrue : Truth::kFalse;
  }

  DecisionState StateOf(int decision) {
    if (const DecisionState* here = memo_.Here(decision)) return *here;
    const DecisionState* above = memo_.Above(decision);
    DecisionState state = above && above->settled() ? *above : ReadOn(decision, above);
    memo_.Remember(decision, state);
    return state;
  }

  // The state of a decision not settled at the ancestor that read it (`above`, or nullptr when
  // none did): a known `applies` is kept, and rows are read from the first one not false there.
  DecisionState ReadOn(int decision, const DecisionState* above) {
    const Decision& d = model_.decisions[decision];
    DecisionState state;
    state.applies =
        above && above->applies != Truth::kUnknown ? above->applies : Evaluate(d.applies);
    if (state.applies == Truth::kFalse) return state;
    std::size_t row = 0;
    if (above) row = above->first.rule < 0 ? d.rules.size() : above->first.rule;
    for (; row < d.rules.size(); ++row) {
      Truth t = Evaluate(d.rules[row].condition);
      if (t != Truth::kFalse) {
        state.first = {static_cast<int>(row), t == Truth::kTrue};
        break;
      }
    }
    return state;
  }

  int Witness(int condition, Truth truth) {
    if (condition < 0) return -1;
    const Condition& c = model_.conditions[condition];
    if (c.kind == Condition::Kind::kTest) return c.test;
    if (c.kind == Condition::Kind::kNot) {
      Truth inner =
          truth == Truth::kUnknown ? truth : (truth == Truth::kTrue ? Truth::kFalse : Truth::kTrue);
      return Witness(c.children.front(), inner);
    }
    for (int child : c.children) {
      if (Evaluate(child) == truth) return Witness(child, truth);
    }
    return -1;
  }

  int QuestionForDecision(int decision) {
    DecisionState state = StateOf(decision);
    if (state.applies == Truth::kUnknown) return QuestionFor(model_.decisions[decision].applies);
    if (state.settled()) return -1;
    return QuestionFor(model_.decisions[decision].rules[state.first.rule].condition);
  }

  const Model& model_;
  const Answers& answers_;
  DecisionMemo& memo_;
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
  return MemoEvaluator(model, answers, memo).Evaluate(condition);
}

int MemoQuestionFor(const Model& model, int condition, const Answers& answers, DecisionMemo& memo) {
  return MemoEvaluator(model, answers, memo).QuestionFor(condition);
}

}  // namespace couverture::authoring
