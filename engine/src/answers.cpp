#include "couverture/answers.h"

#include <cmath>
#include <string>

#include "classes.h"
#include "json_reader.h"

namespace couverture {
namespace {

std::string Range(const Question& q) {
  std::string lang = "en";
  if (q.min && q.max) {
    return " from " + FormatNumber(*q.min, lang) + " to " + FormatNumber(*q.max, lang);
  }
  if (q.min) return " of at least " + FormatNumber(*q.min, lang);
  if (q.max) return " of at most " + FormatNumber(*q.max, lang);
  return "";
}

// What a question accepts, for messages: "one of eu_eea, quebec, other", "an integer from 0 to
// 120".
std::string Expected(const Question& q) {
  switch (q.type) {
    case QuestionType::kChoice: {
      std::string list;
      for (const Option& o : q.options) list += (list.empty() ? "" : ", ") + o.id;
      return "one of " + list;
    }
    case QuestionType::kBoolean: return "true or false";
    case QuestionType::kInteger: return "an integer" + Range(q);
    case QuestionType::kNumber: return "a number" + Range(q);
  }
  return "";
}

std::string Describe(const AnswerValue& value) {
  if (std::holds_alternative<bool>(value)) return std::get<bool>(value) ? "true" : "false";
  if (std::holds_alternative<double>(value)) return FormatNumber(std::get<double>(value), "en");
  if (std::holds_alternative<std::string>(value)) return Quoted(std::get<std::string>(value));
  return "null";
}

}  // namespace

std::optional<Error> SetAnswer(const Ruleset& rules, std::string_view question_id,
                               const AnswerValue& value, Answers& answers) {
  std::string path = JoinPath("", question_id);
  int index = rules.QuestionIndex(question_id);
  if (index < 0) return Error{path, "unknown question " + Quoted(question_id)};
  if (std::holds_alternative<std::monostate>(value)) {
    answers.Clear(index);
    return std::nullopt;
  }
  const Question& q = rules.questions[index];
  auto wrong = [&] { return Error{path, "expected " + Expected(q) + ", got " + Describe(value)}; };
  switch (q.type) {
    case QuestionType::kChoice: {
      if (!std::holds_alternative<std::string>(value)) return wrong();
      for (std::size_t i = 0; i < q.options.size(); ++i) {
        if (q.options[i].id == std::get<std::string>(value)) {
          answers.Set(index, static_cast<double>(i));
          return std::nullopt;
        }
      }
      return wrong();
    }
    case QuestionType::kBoolean:
      if (!std::holds_alternative<bool>(value)) return wrong();
      answers.Set(index, std::get<bool>(value) ? 1.0 : 0.0);
      return std::nullopt;
    case QuestionType::kInteger:
    case QuestionType::kNumber: {
      if (!std::holds_alternative<double>(value)) return wrong();
      double v = std::get<double>(value);
      if (!std::isfinite(v)) return wrong();
      if (q.type == QuestionType::kInteger && v != std::floor(v)) return wrong();
      if ((q.min && v < *q.min) || (q.max && v > *q.max)) {
        return Error{path, Describe(value) + " is out of range: expected " + Expected(q)};
      }
      answers.Set(index, v);
      return std::nullopt;
    }
  }
  return wrong();
}

Result<Answers> ParseAnswers(const Ruleset& rules, std::string_view json) {
  Result<Json> parsed = ParseJson(json);
  if (!parsed.ok()) return parsed.errors();
  const Json& object = parsed.value();
  if (!object.is_object()) {
    return Error{"", "answers must be a JSON object keyed by question id, got " + TypeName(object)};
  }
  Answers answers;
  Errors errors;
  for (const auto& [id, json_value] : object.members()) {
    AnswerValue value;
    if (json_value.is_boolean()) {
      value = json_value.boolean();
    } else if (json_value.is_number()) {
      value = json_value.number();
    } else if (json_value.is_string()) {
      value = json_value.string();
    } else if (!json_value.is_null()) {
      int index = rules.QuestionIndex(id);
      std::string expected = index < 0 ? "" : "expected " + Expected(rules.questions[index]) + ", ";
      errors.push_back({JoinPath("", id), index < 0 ? "unknown question " + Quoted(id)
                                                    : expected + "got " + TypeName(json_value)});
      continue;
    }
    if (std::optional<Error> error = SetAnswer(rules, id, value, answers)) {
      errors.push_back(std::move(*error));
    }
  }
  if (!errors.empty()) return errors;
  return answers;
}

}  // namespace couverture
