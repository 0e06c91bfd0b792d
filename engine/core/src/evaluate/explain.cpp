#include "explain.h"

#include "couverture/detail/evaluate.h"

namespace couverture::detail {

std::vector<Reason> Explain(const Model& model, int decision, const Answers& answers,
                            const DecisionAssessment& assessment) {
  std::vector<Reason> reasons;
  const Decision& d = model.decisions[decision];
  Truth applies = Evaluate(model, d.applies, answers);
  if (applies != Truth::kTrue) {
    bool no = applies == Truth::kFalse;
    reasons.push_back({-1, no ? Verdict::kNotApplicable : Verdict::kPending,
                       Witness(model, d.applies, applies, answers)});
    if (no) return reasons;
  }
  int decider = assessment.rule().value_or(-1);  // set only once the decision is complete
  for (std::size_t i = 0; i < d.rules.size(); ++i) {
    const Rule& rule = d.rules[i];
    int index = static_cast<int>(i);
    Truth truth = Evaluate(model, rule.condition, answers);
    if (decider >= 0 && index > decider) {
      // Precedence at work: a later row the answers satisfy too, with a different outcome. The
      // unconditional fallback always "applies" and says nothing.
      if (truth == Truth::kTrue && rule.condition >= 0 &&
          rule.outcome != d.rules[decider].outcome) {
        reasons.push_back({index, Verdict::kOverridden, -1});
      }
      continue;
    }
    if (index == decider) {
      reasons.push_back({index, Verdict::kDecides, -1});
      continue;
    }
    if (truth == Truth::kTrue) break;  // open outcome: rows below this one cannot decide
    reasons.push_back({index, truth == Truth::kFalse ? Verdict::kNotApplicable : Verdict::kPending,
                       Witness(model, rule.condition, truth, answers)});
  }
  return reasons;
}

}  // namespace couverture::detail
