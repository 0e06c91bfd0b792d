#include "evaluate.h"

#include "three_valued.h"

namespace couverture::detail {
namespace {

// The runtime's decision states: read again at each decision test. A result evaluates each
// condition about once, so there is nothing worth remembering (the verifier's search is another
// matter: see engine/authoring/src/verify_memo.h).
struct ReadEachTime {
  DecisionState Of(const Model& model, int decision, const Answers& answers) const {
    DecisionState state;
    state.applies = EvaluateWith(*this, model, model.decisions[decision].applies, answers);
    if (state.applies != Truth::kFalse) {
      state.first = FirstCandidateWith(*this, model, decision, 0, answers);
    }
    return state;
  }
};

}  // namespace

Truth EvaluateAnswerTest(const Test& test, const Answers& answers) {
  if (!answers.Has(test.question)) return Truth::kUnknown;
  double v = answers.Get(test.question);
  bool holds = false;
  switch (test.op) {
    case Op::kEq: holds = v == test.value; break;
    case Op::kNe: holds = v != test.value; break;
    case Op::kIn: holds = (test.set >> static_cast<int>(v)) & 1u; break;
    case Op::kLt: holds = v < test.value; break;
    case Op::kLe: holds = v <= test.value; break;
    case Op::kGt: holds = v > test.value; break;
    case Op::kGe: holds = v >= test.value; break;
  }
  return holds ? Truth::kTrue : Truth::kFalse;
}

Truth EvaluateTest(const Model& model, const Test& test, const Answers& answers) {
  return EvaluateTestWith(ReadEachTime(), model, test, answers);
}

Truth Evaluate(const Model& model, int condition, const Answers& answers) {
  return EvaluateWith(ReadEachTime(), model, condition, answers);
}

FirstCandidate FindFirstCandidate(const Model& model, int decision, const Answers& answers) {
  return FirstCandidateWith(ReadEachTime(), model, decision, 0, answers);
}

DecisionState StateOf(const Model& model, int decision, const Answers& answers) {
  return ReadEachTime().Of(model, decision, answers);
}

int Witness(const Model& model, int condition, Truth truth, const Answers& answers) {
  return WitnessWith(ReadEachTime(), model, condition, truth, answers);
}

int QuestionFor(const Model& model, int condition, const Answers& answers) {
  return QuestionForWith(ReadEachTime(), model, condition, answers);
}

int QuestionForDecision(const Model& model, int decision, const Answers& answers) {
  return QuestionForDecisionWith(ReadEachTime(), model, decision, answers);
}

}  // namespace couverture::detail
