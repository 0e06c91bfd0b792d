// Why a decision is what it is, row by row in table order: the "why" and "why not" of a result.
#ifndef COUVERTURE_CORE_EXPLAIN_H_
#define COUVERTURE_CORE_EXPLAIN_H_

#include <cstdint>
#include <vector>

#include "couverture/answers.h"
#include "couverture/assess.h"
#include "couverture/detail/model.h"

namespace couverture::detail {

enum class Verdict : std::uint8_t { kNotApplicable, kPending, kDecides, kOverridden };

struct Reason {
  int rule = -1;  // -1: the decision's own condition (whether it applies)
  Verdict verdict = Verdict::kNotApplicable;
  int test = -1;  // kNotApplicable: the test that ruled it out; kPending: the one it waits for
};

std::vector<Reason> Explain(const Model& model, int decision, const Answers& answers,
                            const DecisionAssessment& assessment);

}  // namespace couverture::detail

#endif  // COUVERTURE_CORE_EXPLAIN_H_
