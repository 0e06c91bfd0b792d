// The question flow: evaluating the rule table over partial answers, class by class.
#ifndef COUVERTURE_FLOW_H_
#define COUVERTURE_FLOW_H_

#include <cstddef>
#include <string>

#include "couverture/answers.h"
#include "couverture/ruleset.h"

namespace couverture {

// Past this many distinct nodes BuildFlow stops and marks the flow truncated, so an oversized
// ruleset degrades to row-by-row evaluation instead of exhausting memory or time.
inline constexpr std::size_t kDefaultNodeLimit = 50000;

// Explores every class of every question that can still change the outcome, from `from`.
// Needs `rules.classes`; ignores `rules.flow`.
Flow BuildFlow(const Ruleset& rules, const Answers& from,
               std::size_t node_limit = kDefaultNodeLimit);

// The class an answer falls in.
int ClassOf(const Ruleset& rules, int question, double value);

// "≤ 28", "≥ 29", "Quebec", "Yes": a class as people read it, in language `lang`.
std::string ClassLabel(const Ruleset& rules, int question, int cls, int lang);

// Three-valued truth of a condition over partial answers.
enum class Truth : std::uint8_t { kFalse, kTrue, kUnknown };
Truth Evaluate(const Ruleset& rules, int condition, const Answers& answers);
Truth EvaluateTest(const Test& test, const Answers& answers);

}  // namespace couverture

#endif  // COUVERTURE_FLOW_H_
