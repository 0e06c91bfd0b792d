// Kleene's three-valued evaluation, written once for two ways of knowing where another decision
// stands (internal). The runtime reads that decision's rows again each time (evaluate.cpp); the
// verifier's search remembers decision states from one node to the next
// (engine/authoring/src/verify/verify_memo.cpp). `States` supplies them:
//   DecisionState Of(const Model& model, int decision, const Answers& answers) const
// reading rows, when it must, with EvaluateWith and FirstCandidateWith given itself.
#ifndef COUVERTURE_CORE_THREE_VALUED_H_
#define COUVERTURE_CORE_THREE_VALUED_H_

#include <cstddef>
#include <vector>

#include "couverture/answers.h"
#include "couverture/detail/evaluate.h"
#include "couverture/detail/model.h"

namespace couverture::detail {

template <typename States>
Truth EvaluateWith(const States& states, const Model& model, int condition, const Answers& answers);

// A decision test holds when the decision applies and settles on one of the test's statuses; a
// decision that does not apply, or that no row decides, has no status.
template <typename States>
Truth EvaluateTestWith(const States& states, const Model& model, const Test& test,
                       const Answers& answers) {
  if (test.question >= 0) return EvaluateAnswerTest(test, answers);
  DecisionState state = states.Of(model, test.decision, answers);
  if (state.applies == Truth::kFalse) return Truth::kFalse;
  if (!state.settled()) return Truth::kUnknown;
  if (state.first.rule < 0) return Truth::kFalse;
  const Decision& d = model.decisions[test.decision];
  int status = d.outcomes[d.rules[state.first.rule].outcome].status;
  return (test.set >> status) & 1u ? Truth::kTrue : Truth::kFalse;
}

template <typename States>
Truth EvaluateWith(const States& states, const Model& model, int condition,
                   const Answers& answers) {
  if (condition < 0) return Truth::kTrue;
  const Condition& c = model.conditions[condition];
  switch (c.kind) {
    case Condition::Kind::kTest:
      return EvaluateTestWith(states, model, model.tests[c.test], answers);
    case Condition::Kind::kNot: {
      Truth inner = EvaluateWith(states, model, c.children.front(), answers);
      if (inner == Truth::kUnknown) return inner;
      return inner == Truth::kTrue ? Truth::kFalse : Truth::kTrue;
    }
    case Condition::Kind::kAll:
    case Condition::Kind::kAny: {
      // all: false wins over unknown; any: true wins over unknown.
      Truth decisive = c.kind == Condition::Kind::kAll ? Truth::kFalse : Truth::kTrue;
      Truth result = c.kind == Condition::Kind::kAll ? Truth::kTrue : Truth::kFalse;
      for (int child : c.children) {
        Truth t = EvaluateWith(states, model, child, answers);
        if (t == decisive) return decisive;
        if (t == Truth::kUnknown) result = Truth::kUnknown;
      }
      return result;
    }
  }
  return Truth::kUnknown;
}

// The first row of `decision`, from `row` on, that is not false.
template <typename States>
FirstCandidate FirstCandidateWith(const States& states, const Model& model, int decision,
                                  std::size_t row, const Answers& answers) {
  const std::vector<Rule>& rules = model.decisions[decision].rules;
  for (; row < rules.size(); ++row) {
    Truth t = EvaluateWith(states, model, rules[row].condition, answers);
    if (t != Truth::kFalse) return {static_cast<int>(row), t == Truth::kTrue};
  }
  return {};
}

template <typename States>
int WitnessWith(const States& states, const Model& model, int condition, Truth truth,
                const Answers& answers) {
  if (condition < 0) return -1;
  const Condition& c = model.conditions[condition];
  if (c.kind == Condition::Kind::kTest) return c.test;
  if (c.kind == Condition::Kind::kNot) {
    Truth inner =
        truth == Truth::kUnknown ? truth : (truth == Truth::kTrue ? Truth::kFalse : Truth::kTrue);
    return WitnessWith(states, model, c.children.front(), inner, answers);
  }
  // A part with the same truth as the whole explains it; for a true `all` or a false `any`
  // every part does, and the first is as good as any.
  for (int child : c.children) {
    if (EvaluateWith(states, model, child, answers) == truth) {
      return WitnessWith(states, model, child, truth, answers);
    }
  }
  return -1;
}

template <typename States>
int QuestionForDecisionWith(const States& states, const Model& model, int decision,
                            const Answers& answers);

template <typename States>
int QuestionForWith(const States& states, const Model& model, int condition,
                    const Answers& answers) {
  int test = WitnessWith(states, model, condition, Truth::kUnknown, answers);
  if (test < 0) return -1;
  const Test& t = model.tests[test];
  return t.question >= 0 ? t.question : QuestionForDecisionWith(states, model, t.decision, answers);
}

template <typename States>
int QuestionForDecisionWith(const States& states, const Model& model, int decision,
                            const Answers& answers) {
  DecisionState state = states.Of(model, decision, answers);
  if (state.applies == Truth::kUnknown) {
    return QuestionForWith(states, model, model.decisions[decision].applies, answers);
  }
  if (state.settled()) return -1;
  return QuestionForWith(states, model, model.decisions[decision].rules[state.first.rule].condition,
                         answers);
}

}  // namespace couverture::detail

#endif  // COUVERTURE_CORE_THREE_VALUED_H_
