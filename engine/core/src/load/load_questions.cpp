// The questions: their ids, types, domains and texts.
#include <cmath>

#include "couverture/limits.h"
#include "load_context.h"

namespace couverture::detail {
namespace {

void ReadOptions(LoadContext& c, const Json& json, const std::string& path, Question& q) {
  const Json* options = c.ReadArray(json, path, "options");
  if (!options) return;
  std::string options_path = JoinPath(path, "options");
  if (Elements(*options).size() < 2) c.Fail(options_path, "a choice needs at least two options");
  if (!c.WithinLimit(Elements(*options).size(), limits::kOptions, options_path, "options")) return;
  for (std::size_t i = 0; i < Elements(*options).size(); ++i) {
    const Json& option = Elements(*options)[i];
    std::string option_path = JoinPath(options_path, i);
    if (!option.is_object()) {
      c.Fail(option_path, "expected an object, got " + TypeName(option));
      continue;
    }
    c.CheckKeys(option, option_path, {"id", "label"});
    Option o{c.ReadId(option, option_path, "id"), c.ReadText(option, option_path, "label")};
    for (const Option& other : q.options) {
      if (!o.id.empty() && other.id == o.id) {
        c.Fail(JoinPath(option_path, "id"), "duplicate option id " + Quoted(o.id));
      }
    }
    q.options.push_back(std::move(o));
  }
}

void ReadQuestion(LoadContext& c, const Json& json, const std::string& path) {
  if (!json.is_object()) return c.Fail(path, "expected an object, got " + TypeName(json));
  c.CheckKeys(json, path,
              {"id", "type", "label", "short", "help", "unit", "invalid", "options", "min", "max"});
  Question q;
  q.path = path;
  q.id = c.ReadId(json, path, "id");
  if (q.id == "all" || q.id == "any" || q.id == "not" || q.id == "decision") {
    c.Fail(JoinPath(path, "id"), Quoted(q.id) + " is reserved for conditions");
  } else if (!q.id.empty() && c.model.QuestionIndex(q.id) >= 0) {
    c.Fail(JoinPath(path, "id"), "duplicate question id " + Quoted(q.id));
  }
  std::string type = c.ReadString(json, path, "type");
  if (type == "choice") {
    q.type = QuestionType::kChoice;
  } else if (type == "boolean") {
    q.type = QuestionType::kBoolean;
  } else if (type == "integer") {
    q.type = QuestionType::kInteger;
  } else if (type == "number") {
    q.type = QuestionType::kNumber;
  } else if (!type.empty()) {
    c.Fail(JoinPath(path, "type"),
           Quoted(type) + " is not a question type (choice, boolean, integer, number)");
  }
  q.label = c.ReadText(json, path, "label");
  q.short_label = c.ReadText(json, path, "short");
  q.help = c.ReadOptionalText(json, path, "help");
  q.unit = c.ReadOptionalText(json, path, "unit");
  q.invalid = c.ReadOptionalText(json, path, "invalid");
  bool numeric = q.type == QuestionType::kInteger || q.type == QuestionType::kNumber;
  if (q.type == QuestionType::kChoice) {
    ReadOptions(c, json, path, q);
  } else if (Member(json, "options")) {
    c.Fail(JoinPath(path, "options"), "only choice questions have options");
  }
  for (const char* bound : {"min", "max"}) {
    const Json* value = c.Optional(json, bound);
    if (!value) continue;
    std::string bound_path = JoinPath(path, bound);
    if (!numeric) {
      c.Fail(bound_path, "only integer and number questions have a range");
    } else if (!value->is_number()) {
      c.Fail(bound_path, "expected a number, got " + TypeName(*value));
    } else if (q.type == QuestionType::kInteger && !IsInteger(*value)) {
      c.Fail(bound_path, "expected an integer");
    } else {
      (std::string_view(bound) == "min" ? q.min : q.max) = NumberOf(*value);
    }
  }
  if (q.min && q.max && *q.min > *q.max) c.Fail(JoinPath(path, "max"), "is below min");
  c.model.questions.push_back(std::move(q));
}

}  // namespace

void ReadQuestions(LoadContext& c, const Json& root) {
  const Json* questions = c.ReadArray(root, "", "questions");
  if (!questions) return;
  if (Elements(*questions).empty()) c.Fail("/questions", "declare at least one question");
  if (!c.WithinLimit(Elements(*questions).size(), limits::kQuestions, "/questions", "questions")) {
    return;
  }
  for (std::size_t i = 0; i < Elements(*questions).size(); ++i) {
    ReadQuestion(c, Elements(*questions)[i], JoinPath("/questions", i));
  }
}

}  // namespace couverture::detail
