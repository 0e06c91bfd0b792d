#include "couverture/detail/evaluate.h"

#include "couverture/detail/three_valued.h"

namespace couverture::detail {

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

DecisionState DecisionStates::Of(const Model& model, int decision, const Answers& answers) const {
  if (settled) return (*settled)[decision];
  DecisionState state;
  state.applies = EvaluateWith(*this, model, model.decisions[decision].applies, answers);
  if (state.applies != Truth::kFalse) {
    state.first = FirstCandidateWith(*this, model, decision, 0, answers);
  }
  return state;
}

Truth EvaluateTest(const Model& model, const Test& test, const Answers& answers,
                   DecisionStates states) {
  return EvaluateTestWith(states, model, test, answers);
}

Truth Evaluate(const Model& model, int condition, const Answers& answers, DecisionStates states) {
  return EvaluateWith(states, model, condition, answers);
}

FirstCandidate FindFirstCandidate(const Model& model, int decision, const Answers& answers) {
  return FirstCandidateWith(DecisionStates(), model, decision, 0, answers);
}

DecisionState StateOf(const Model& model, int decision, const Answers& answers) {
  return DecisionStates().Of(model, decision, answers);
}

int Witness(const Model& model, int condition, Truth truth, const Answers& answers) {
  return WitnessWith(DecisionStates(), model, condition, truth, answers);
}

int QuestionFor(const Model& model, int condition, const Answers& answers) {
  return QuestionForWith(DecisionStates(), model, condition, answers);
}

int QuestionForDecision(const Model& model, int decision, const Answers& answers,
                        DecisionStates states) {
  return QuestionForDecisionWith(states, model, decision, answers);
}

}  // namespace couverture::detail
