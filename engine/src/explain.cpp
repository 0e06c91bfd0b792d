// The explanation: the table read top to bottom, each rule with why it does or does not apply.
#include <vector>

#include "couverture/assess.h"
#include "rule_walk.h"

namespace couverture {

std::vector<Reason> Explain(const Ruleset& rules, const Answers& answers,
                            const Assessment& assessment) {
  std::vector<Reason> reasons;
  int decider = assessment.rule;
  for (std::size_t i = 0; i < rules.rules.size(); ++i) {
    const Rule& rule = rules.rules[i];
    int index = static_cast<int>(i);
    Truth truth = Evaluate(rules, rule.condition, answers);
    if (decider >= 0 && index > decider) {
      // Precedence at work: a later rule the answers satisfy too, with a different outcome.
      // The unconditional fallback always "applies" and says nothing.
      if (truth == Truth::kTrue && rule.condition >= 0 &&
          rule.outcome != rules.rules[decider].outcome) {
        reasons.push_back({index, Verdict::kOverridden, -1});
      }
      continue;
    }
    if (index == decider) {
      reasons.push_back({index, Verdict::kDecides, -1});
      continue;
    }
    if (truth == Truth::kTrue) break;  // open outcome: rules below this one cannot decide
    int test = Witness(rules, rule.condition, truth, answers);
    int question = test >= 0 ? rules.tests[test].question : -1;
    reasons.push_back(
        {index, truth == Truth::kFalse ? Verdict::kNotApplicable : Verdict::kPending, question});
  }
  return reasons;
}

}  // namespace couverture
