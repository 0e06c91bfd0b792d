#include "rule_walk.h"

namespace couverture {

FirstCandidate FindFirstCandidate(const Ruleset& rules, const Answers& answers) {
  for (std::size_t i = 0; i < rules.rules.size(); ++i) {
    Truth t = Evaluate(rules, rules.rules[i].condition, answers);
    if (t != Truth::kFalse) return {static_cast<int>(i), t == Truth::kTrue};
  }
  return {};
}

int Witness(const Ruleset& rules, int condition, Truth truth, const Answers& answers) {
  if (condition < 0) return -1;
  const Condition& c = rules.conditions[condition];
  if (c.kind == Condition::Kind::kTest) return c.test;
  if (c.kind == Condition::Kind::kNot) {
    Truth inner =
        truth == Truth::kUnknown ? truth : (truth == Truth::kTrue ? Truth::kFalse : Truth::kTrue);
    return Witness(rules, c.children.front(), inner, answers);
  }
  // A part with the same truth as the whole explains it; for a true `all` or a false `any`
  // every part does, and the first is as good as any.
  for (int child : c.children) {
    if (Evaluate(rules, child, answers) == truth) return Witness(rules, child, truth, answers);
  }
  return -1;
}

}  // namespace couverture
