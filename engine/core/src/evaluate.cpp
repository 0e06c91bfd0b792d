#include "evaluate.h"

namespace couverture::detail {
namespace {

// A decision test holds when the decision applies and settles on one of the test's statuses; a
// decision that does not apply, or that no row decides, has no status.
Truth EvaluateDecisionTest(const Model& model, const Test& test, const Answers& answers) {
  DecisionState state = StateOf(model, test.decision, answers);
  if (state.applies == Truth::kFalse) return Truth::kFalse;
  if (!state.settled()) return Truth::kUnknown;
  if (state.first.rule < 0) return Truth::kFalse;
  const Decision& d = model.decisions[test.decision];
  int status = d.outcomes[d.rules[state.first.rule].outcome].status;
  return (test.set >> status) & 1u ? Truth::kTrue : Truth::kFalse;
}

}  // namespace

Truth EvaluateTest(const Model& model, const Test& test, const Answers& answers) {
  if (test.question < 0) return EvaluateDecisionTest(model, test, answers);
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

Truth Evaluate(const Model& model, int condition, const Answers& answers) {
  if (condition < 0) return Truth::kTrue;
  const Condition& c = model.conditions[condition];
  switch (c.kind) {
    case Condition::Kind::kTest: return EvaluateTest(model, model.tests[c.test], answers);
    case Condition::Kind::kNot: {
      Truth inner = Evaluate(model, c.children.front(), answers);
      if (inner == Truth::kUnknown) return inner;
      return inner == Truth::kTrue ? Truth::kFalse : Truth::kTrue;
    }
    case Condition::Kind::kAll:
    case Condition::Kind::kAny: {
      // all: false wins over unknown; any: true wins over unknown.
      Truth decisive = c.kind == Condition::Kind::kAll ? Truth::kFalse : Truth::kTrue;
      Truth result = c.kind == Condition::Kind::kAll ? Truth::kTrue : Truth::kFalse;
      for (int child : c.children) {
        Truth t = Evaluate(model, child, answers);
        if (t == decisive) return decisive;
        if (t == Truth::kUnknown) result = Truth::kUnknown;
      }
      return result;
    }
  }
  return Truth::kUnknown;
}

FirstCandidate FindFirstCandidate(const Model& model, int decision, const Answers& answers) {
  const std::vector<Rule>& rules = model.decisions[decision].rules;
  for (std::size_t i = 0; i < rules.size(); ++i) {
    Truth t = Evaluate(model, rules[i].condition, answers);
    if (t != Truth::kFalse) return {static_cast<int>(i), t == Truth::kTrue};
  }
  return {};
}

DecisionState StateOf(const Model& model, int decision, const Answers& answers) {
  DecisionState state;
  state.applies = Evaluate(model, model.decisions[decision].applies, answers);
  if (state.applies != Truth::kFalse) state.first = FindFirstCandidate(model, decision, answers);
  return state;
}

int Witness(const Model& model, int condition, Truth truth, const Answers& answers) {
  if (condition < 0) return -1;
  const Condition& c = model.conditions[condition];
  if (c.kind == Condition::Kind::kTest) return c.test;
  if (c.kind == Condition::Kind::kNot) {
    Truth inner =
        truth == Truth::kUnknown ? truth : (truth == Truth::kTrue ? Truth::kFalse : Truth::kTrue);
    return Witness(model, c.children.front(), inner, answers);
  }
  // A part with the same truth as the whole explains it; for a true `all` or a false `any`
  // every part does, and the first is as good as any.
  for (int child : c.children) {
    if (Evaluate(model, child, answers) == truth) return Witness(model, child, truth, answers);
  }
  return -1;
}

int QuestionFor(const Model& model, int condition, const Answers& answers) {
  int test = Witness(model, condition, Truth::kUnknown, answers);
  if (test < 0) return -1;
  const Test& t = model.tests[test];
  return t.question >= 0 ? t.question : QuestionForDecision(model, t.decision, answers);
}

int QuestionForDecision(const Model& model, int decision, const Answers& answers) {
  DecisionState state = StateOf(model, decision, answers);
  if (state.applies == Truth::kUnknown) {
    return QuestionFor(model, model.decisions[decision].applies, answers);
  }
  if (state.settled()) return -1;
  return QuestionFor(model, model.decisions[decision].rules[state.first.rule].condition, answers);
}

}  // namespace couverture::detail
