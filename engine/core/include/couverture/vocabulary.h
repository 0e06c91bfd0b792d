// The words the core and the authoring library share about a ruleset's outcomes: the lists an
// outcome names and whether a decision applies. Included by every level (the model, assessments,
// the authoring tools), so it includes nothing of the engine.
#ifndef COUVERTURE_VOCABULARY_H_
#define COUVERTURE_VOCABULARY_H_

#include <array>
#include <cstdint>

namespace couverture {

// The lists a row's outcome names, in the order results print them.
enum ListKind : int { kDocuments, kAlternatives, kSteps, kAdvice, kListKinds };
inline constexpr std::array<const char*, kListKinds> kListNames = {"documents", "alternatives",
                                                                   "steps", "advice"};

// Whether a decision applies to this student (a decision may apply only under a condition).
enum class Applies : std::uint8_t { kYes, kNo, kUnknown };

}  // namespace couverture

#endif  // COUVERTURE_VOCABULARY_H_
