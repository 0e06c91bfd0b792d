// Kleene's three-valued logic over partial answers: a test on an unanswered question is unknown,
// and a decision is known once its first candidate row is certain.
#ifndef COUVERTURE_CORE_EVALUATE_H_
#define COUVERTURE_CORE_EVALUATE_H_

#include <cstdint>
#include <vector>

#include "couverture/answers.h"
#include "couverture/detail/model.h"

namespace couverture::detail {

enum class Truth : std::uint8_t { kFalse, kTrue, kUnknown };

// A test on a question's answer (test.question >= 0).
Truth EvaluateAnswerTest(const Test& test, const Answers& answers);

// The first row of a decision that is not false, and whether it is certainly true. rule == -1:
// no row can match any more, a gap in the table.
struct FirstCandidate {
  int rule = -1;
  bool certain = false;
};
FirstCandidate FindFirstCandidate(const Model& model, int decision, const Answers& answers);

// Where a decision stands: whether it applies, and (when it does) its first candidate row.
struct DecisionState {
  Truth applies = Truth::kUnknown;
  FirstCandidate first;
  bool settled() const {
    return applies == Truth::kFalse ||
           (applies == Truth::kTrue && (first.rule < 0 || first.certain));
  }
};
DecisionState StateOf(const Model& model, int decision, const Answers& answers);

// Where the evaluations below learn how another decision stands, for a decision test: its rows read
// again each time (no `settled`: a result evaluates each condition about once, so there is nothing
// worth remembering), or the states already settled where the answers stand, one per decision (the
// flow's residual tables, residual.h). One type for both, so that the widget's module holds one
// copy of three_valued.h's evaluation.
struct DecisionStates {
  const std::vector<DecisionState>* settled = nullptr;
  DecisionState Of(const Model& model, int decision, const Answers& answers) const;
};

Truth EvaluateTest(const Model& model, const Test& test, const Answers& answers,
                   DecisionStates states = {});
Truth Evaluate(const Model& model, int condition, const Answers& answers,
               DecisionStates states = {});

// The test that makes `condition` evaluate to `truth` (the first one, reading left to right): for
// a false `all`, its first false part; for an unknown one, its first unknown part. -1 for "always".
int Witness(const Model& model, int condition, Truth truth, const Answers& answers);

// The question to ask to settle an unknown condition, or an unsettled decision: its witness, or
// for a decision test, the question the other decision waits for.
int QuestionFor(const Model& model, int condition, const Answers& answers);
int QuestionForDecision(const Model& model, int decision, const Answers& answers,
                        DecisionStates states = {});

}  // namespace couverture::detail

#endif  // COUVERTURE_CORE_EVALUATE_H_
