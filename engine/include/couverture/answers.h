// A student's answers, possibly partial, as a fixed array indexed by question.
#ifndef COUVERTURE_ANSWERS_H_
#define COUVERTURE_ANSWERS_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "couverture/error.h"
#include "couverture/ruleset.h"

namespace couverture {

// Choice answers are stored as option indexes and booleans as 0/1; `known` marks answered slots.
struct Answers {
  std::array<double, kMaxQuestions> values{};
  std::uint64_t known = 0;

  bool Has(int question) const { return (known >> question) & 1u; }
  double Get(int question) const { return values[question]; }
  void Set(int question, double value) {
    values[question] = value;
    known |= std::uint64_t{1} << question;
  }
  void Clear(int question) { known &= ~(std::uint64_t{1} << question); }
};

// One answer as it arrives from an API edge, before validation. monostate means "unanswered".
using AnswerValue = std::variant<std::monostate, bool, double, std::string>;

// Validates one answer against its question and stores it. The error's path is "/<question id>".
// An answer to a question that does not apply is stored all the same: Assess() ignores it.
std::optional<Error> SetAnswer(const Ruleset& rules, std::string_view question_id,
                               const AnswerValue& value, Answers& answers);

// Parses a JSON object keyed by question id; null stands for "unanswered".
Result<Answers> ParseAnswers(const Ruleset& rules, std::string_view json);

}  // namespace couverture

#endif  // COUVERTURE_ANSWERS_H_
