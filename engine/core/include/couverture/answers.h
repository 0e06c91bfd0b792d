// A student's answers, possibly partial: a fixed array indexed by question, so that assessing
// allocates nothing. They come from JSON (the CLI, the WebAssembly API) or from a replay link
// (the widget's #couverture:origin=other&age=30), both validated against the ruleset.
#ifndef COUVERTURE_ANSWERS_H_
#define COUVERTURE_ANSWERS_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "couverture/error.h"
#include "couverture/limits.h"
#include "couverture/ruleset.h"

namespace couverture {

// Choice answers are stored as option indexes and booleans as 0/1.
class Answers {
 public:
  bool Has(int question) const { return (known_ >> question) & 1u; }
  double Get(int question) const { return values_[question]; }
  void Set(int question, double value) {
    values_[question] = value;
    known_ |= std::uint64_t{1} << question;
  }
  void Clear(int question) { known_ &= ~(std::uint64_t{1} << question); }
  std::uint64_t known() const { return known_; }  // bit i: question i is answered

 private:
  std::array<double, limits::kQuestions> values_{};
  std::uint64_t known_ = 0;
};

// One answer as it arrives from an API edge, before validation. monostate means "unanswered".
using AnswerValue = std::variant<std::monostate, bool, double, std::string>;

// Validates one answer against its question and stores it. The error's path is "/<question id>".
// An answer to a question the flow does not ask is kept all the same: Assess() ignores it.
std::optional<Error> SetAnswer(const Ruleset& rules, std::string_view question_id,
                               const AnswerValue& value, Answers& answers);

// A JSON object keyed by question id; null stands for "unanswered". At most limits::kAnswersBytes
// and limits::kAnswerKeys; duplicate keys, unknown questions and wrong values are errors.
Result<Answers> ParseAnswers(const Ruleset& rules, std::string_view json);

// The same answers as JSON, in question order: {"origin": "quebec", "age": 29}.
std::string AnswersJson(const Ruleset& rules, const Answers& answers, int indent = -1);

// A replay link's query (what follows "#couverture:"): origin=other&age=30, form-encoded. At most
// limits::kLinkBytes and limits::kLinkKeys. Errors quote at most a short, escaped excerpt of what
// the link holds, since a link may come from anyone.
Result<Answers> ParseLinkAnswers(const Ruleset& rules, std::string_view query);

// The query for `answers`, in question order, for ParseLinkAnswers to read back.
std::string LinkQuery(const Ruleset& rules, const Answers& answers);

}  // namespace couverture

#endif  // COUVERTURE_ANSWERS_H_
