// Kleene's three-valued logic over partial answers: a test on an unanswered question is unknown,
// and a decision is known once its first candidate row is certain.
#ifndef COUVERTURE_CORE_EVALUATE_H_
#define COUVERTURE_CORE_EVALUATE_H_

#include <cstdint>

#include "couverture/answers.h"
#include "model.h"

namespace couverture::detail {

enum class Truth : std::uint8_t { kFalse, kTrue, kUnknown };

// A test on a question's answer (test.question >= 0).
Truth EvaluateAnswerTest(const Test& test, const Answers& answers);
Truth EvaluateTest(const Model& model, const Test& test, const Answers& answers);
Truth Evaluate(const Model& model, int condition, const Answers& answers);

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

// The test that makes `condition` evaluate to `truth` (the first one, reading left to right): for
// a false `all`, its first false part; for an unknown one, its first unknown part. -1 for "always".
int Witness(const Model& model, int condition, Truth truth, const Answers& answers);

// The question to ask to settle an unknown condition, or an unsettled decision: its witness, or
// for a decision test, the question the other decision waits for.
int QuestionFor(const Model& model, int condition, const Answers& answers);
int QuestionForDecision(const Model& model, int decision, const Answers& answers);

}  // namespace couverture::detail

#endif  // COUVERTURE_CORE_EVALUATE_H_
