// Kleene's three-valued logic over partial answers: a test on an unanswered question is unknown.
#include "couverture/flow.h"

namespace couverture {

Truth EvaluateTest(const Test& test, const Answers& answers) {
  if (!answers.Has(test.question)) return Truth::kUnknown;
  double v = answers.Get(test.question);
  bool holds = false;
  switch (test.op) {
    case Op::kEq: holds = v == test.value; break;
    case Op::kNe: holds = v != test.value; break;
    case Op::kIn: holds = (test.options >> static_cast<int>(v)) & 1u; break;
    case Op::kLt: holds = v < test.value; break;
    case Op::kLe: holds = v <= test.value; break;
    case Op::kGt: holds = v > test.value; break;
    case Op::kGe: holds = v >= test.value; break;
  }
  return holds ? Truth::kTrue : Truth::kFalse;
}

Truth Evaluate(const Ruleset& rules, int condition, const Answers& answers) {
  if (condition < 0) return Truth::kTrue;
  const Condition& c = rules.conditions[condition];
  switch (c.kind) {
    case Condition::Kind::kTest: return EvaluateTest(rules.tests[c.test], answers);
    case Condition::Kind::kNot: {
      Truth inner = Evaluate(rules, c.children.front(), answers);
      if (inner == Truth::kUnknown) return inner;
      return inner == Truth::kTrue ? Truth::kFalse : Truth::kTrue;
    }
    case Condition::Kind::kAll:
    case Condition::Kind::kAny: {
      // all: false wins over unknown; any: true wins over unknown.
      Truth decisive = c.kind == Condition::Kind::kAll ? Truth::kFalse : Truth::kTrue;
      Truth result = c.kind == Condition::Kind::kAll ? Truth::kTrue : Truth::kFalse;
      for (int child : c.children) {
        Truth t = Evaluate(rules, child, answers);
        if (t == decisive) return decisive;
        if (t == Truth::kUnknown) result = Truth::kUnknown;
      }
      return result;
    }
  }
  return Truth::kUnknown;
}

}  // namespace couverture
