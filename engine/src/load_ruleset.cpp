// Validation and compilation of a ruleset. Each reader checks the JSON type before it reads,
// reports every problem with its path and carries on, so an author sees all the mistakes at once.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "classes.h"
#include "couverture/flow.h"
#include "couverture/ruleset.h"
#include "json_reader.h"

namespace couverture {
namespace {

constexpr int kMaxConditionDepth = 32;

bool IsIdentifier(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-';
  });
}

bool IsLanguageTag(std::string_view tag) {
  if (tag.size() < 2 || tag.size() > 12) return false;
  return std::all_of(tag.begin(), tag.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
  });
}

bool IsIsoDate(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (date[i] < '0' || date[i] > '9') return false;
  }
  int month = (date[5] - '0') * 10 + (date[6] - '0');
  int day = (date[8] - '0') * 10 + (date[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

class Loader {
 public:
  Errors errors;
  Ruleset rules;

  void Load(const Json& root) {
    if (!root.is_object())
      return Fail("", "a ruleset must be a JSON object, got " + TypeName(root));
    CheckKeys(
        root, "",
        {"format", "id", "version", "title", "languages", "source", "valid_from", "valid_until",
         "review_by", "phrases", "questions", "rules", "outcomes", "citations"});
    if (const Json* format = Required(root, "", "format")) {
      if (!format->is_integer() || format->number() != 1) {
        Fail("/format", "only format 1 is supported");
      }
    }
    ReadLanguages(root);
    if (rules.languages.empty()) return;  // every text depends on them
    rules.meta.id = ReadId(root, "", "id");
    rules.meta.version = ReadString(root, "", "version", /*required=*/false);
    rules.meta.title = ReadText(root, "", "title");
    ReadSource(root);
    rules.meta.valid_from = ReadDate(root, "", "valid_from");
    rules.meta.valid_until = ReadDate(root, "", "valid_until");
    rules.meta.review_by = ReadDate(root, "", "review_by");
    ReadPhrases(root);
    ReadCitations(root);
    ReadQuestions(root);
    ReadOutcomeTexts(root);
    ReadRules(root);
    if (rules.meta.valid_from && rules.meta.valid_until &&
        *rules.meta.valid_from > *rules.meta.valid_until) {
      Fail("/valid_until", "is before valid_from");
    }
  }

 private:
  void Fail(std::string path, std::string message) {
    errors.push_back({std::move(path), std::move(message)});
  }

  // Keys starting with '$' are left to editors and authors ("$schema", "$comment").
  void CheckKeys(const Json& object, const std::string& path,
                 std::initializer_list<std::string_view> allowed) {
    for (const auto& [key, value] : object.members()) {
      if (!key.empty() && key[0] == '$') continue;
      if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
        Fail(JoinPath(path, key), "unknown field " + Quoted(key));
      }
    }
  }

  const Json* Required(const Json& object, const std::string& path, std::string_view key) {
    const Json* value = object.Find(key);
    if (!value) Fail(JoinPath(path, key), "is missing");
    return value;
  }

  const Json* Optional(const Json& object, std::string_view key) {
    const Json* value = object.Find(key);
    return value && !value->is_null() ? value : nullptr;
  }

  std::string ReadString(const Json& object, const std::string& path, std::string_view key,
                         bool required = true) {
    const Json* value = required ? Required(object, path, key) : Optional(object, key);
    if (!value) return "";
    if (!value->is_string()) {
      Fail(JoinPath(path, key), "expected a string, got " + TypeName(*value));
      return "";
    }
    return value->string();
  }

  std::string ReadId(const Json& object, const std::string& path, std::string_view key) {
    std::string id = ReadString(object, path, key);
    if (!id.empty() && !IsIdentifier(id)) {
      Fail(JoinPath(path, key),
           Quoted(id) + " is not a valid id (letters, digits, '_' and '-', at most 64)");
    }
    return id;
  }

  std::optional<std::string> ReadDate(const Json& object, const std::string& path,
                                      std::string_view key) {
    if (!Optional(object, key)) return std::nullopt;
    std::string date = ReadString(object, path, key);
    if (date.empty()) return std::nullopt;
    if (!IsIsoDate(date)) {
      Fail(JoinPath(path, key), Quoted(date) + " is not a date of the form YYYY-MM-DD");
      return std::nullopt;
    }
    return date;
  }

  // A text is an object with one non-empty string per declared language.
  Text ReadTextValue(const Json& value, const std::string& path) {
    Text text(rules.languages.size());
    if (!value.is_object()) {
      Fail(path, "expected an object of texts by language, got " + TypeName(value));
      return text;
    }
    for (const auto& [lang, string] : value.members()) {
      int index = rules.LanguageIndex(lang);
      if (index < 0) {
        Fail(JoinPath(path, lang), "language " + Quoted(lang) + " is not declared in /languages");
      } else if (!string.is_string() || string.string().empty()) {
        Fail(JoinPath(path, lang), "expected a non-empty string");
      } else {
        text[index] = string.string();
      }
    }
    for (std::size_t i = 0; i < rules.languages.size(); ++i) {
      if (!value.Contains(rules.languages[i])) {
        Fail(JoinPath(path, rules.languages[i]),
             "missing the " + Quoted(rules.languages[i]) + " text");
      }
    }
    return text;
  }

  Text ReadText(const Json& object, const std::string& path, std::string_view key) {
    const Json* value = Required(object, path, key);
    return value ? ReadTextValue(*value, JoinPath(path, key)) : Text(rules.languages.size());
  }

  std::optional<Text> ReadOptionalText(const Json& object, const std::string& path,
                                       std::string_view key) {
    const Json* value = Optional(object, key);
    if (!value) return std::nullopt;
    return ReadTextValue(*value, JoinPath(path, key));
  }

  const Json* ReadArray(const Json& object, const std::string& path, std::string_view key) {
    const Json* value = Required(object, path, key);
    if (value && !value->is_array()) {
      Fail(JoinPath(path, key), "expected an array, got " + TypeName(*value));
      return nullptr;
    }
    return value;
  }

  const Json* ReadObject(const Json& object, const std::string& path, std::string_view key,
                         bool required = true) {
    const Json* value = required ? Required(object, path, key) : Optional(object, key);
    if (value && !value->is_object()) {
      Fail(JoinPath(path, key), "expected an object, got " + TypeName(*value));
      return nullptr;
    }
    return value;
  }

  void ReadLanguages(const Json& root) {
    const Json* languages = ReadArray(root, "", "languages");
    if (!languages) return;
    if (languages->empty()) Fail("/languages", "declare at least one language");
    for (std::size_t i = 0; i < languages->size(); ++i) {
      const Json& lang = (*languages)[i];
      std::string path = JoinPath("/languages", i);
      if (!lang.is_string() || !IsLanguageTag(lang.string())) {
        Fail(path, "expected a language tag such as \"en\"");
      } else if (rules.LanguageIndex(lang.string()) >= 0) {
        Fail(path, "duplicate language " + Quoted(lang.string()));
      } else {
        rules.languages.push_back(lang.string());
      }
    }
  }

  void ReadSource(const Json& root) {
    const Json* source = ReadObject(root, "", "source");
    if (!source) return;
    CheckKeys(*source, "/source", {"title", "url", "language", "checked"});
    rules.meta.source_title = ReadString(*source, "/source", "title");
    rules.meta.source_url = ReadString(*source, "/source", "url", /*required=*/false);
    rules.meta.source_language = ReadString(*source, "/source", "language");
    if (!rules.meta.source_language.empty() &&
        rules.LanguageIndex(rules.meta.source_language) < 0) {
      Fail("/source/language",
           "language " + Quoted(rules.meta.source_language) + " is not declared in /languages");
    }
    std::optional<std::string> checked = ReadDate(*source, "/source", "checked");
    if (!Optional(*source, "checked")) Fail("/source/checked", "is missing");
    rules.meta.source_checked = checked.value_or("");
  }

  void ReadPhrases(const Json& root) {
    const Json* phrases = ReadObject(root, "", "phrases");
    if (!phrases) return;
    CheckKeys(*phrases, "/phrases",
              {"yes", "no", "not_applicable", "overridden", "pending", "order"});
    Phrases& p = rules.phrases;
    p.yes = ReadText(*phrases, "/phrases", "yes");
    p.no = ReadText(*phrases, "/phrases", "no");
    p.not_applicable = ReadText(*phrases, "/phrases", "not_applicable");
    p.overridden = ReadText(*phrases, "/phrases", "overridden");
    p.pending = ReadText(*phrases, "/phrases", "pending");
    p.order = ReadText(*phrases, "/phrases", "order");
  }

  void ReadCitations(const Json& root) {
    const Json* citations = ReadObject(root, "", "citations");
    if (!citations) return;
    for (const auto& [id, citation] : citations->members()) {
      std::string path = JoinPath("/citations", id);
      if (!IsIdentifier(id)) Fail(path, Quoted(id) + " is not a valid id");
      if (!citation.is_object()) {
        Fail(path, "expected an object, got " + TypeName(citation));
        continue;
      }
      CheckKeys(citation, path, {"section", "quote"});
      rules.citations.push_back(
          {id, ReadText(citation, path, "section"), ReadText(citation, path, "quote")});
    }
  }

  int CitationIndex(const Json& object, const std::string& path, bool required) {
    std::string id = ReadString(object, path, "source", required);
    if (id.empty()) return -1;
    for (std::size_t i = 0; i < rules.citations.size(); ++i) {
      if (rules.citations[i].id == id) return static_cast<int>(i);
    }
    Fail(JoinPath(path, "source"), "unknown citation " + Quoted(id) + " (see /citations)");
    return -1;
  }

  void ReadQuestions(const Json& root) {
    const Json* questions = ReadArray(root, "", "questions");
    if (!questions) return;
    if (questions->empty()) Fail("/questions", "declare at least one question");
    if (questions->size() > static_cast<std::size_t>(kMaxQuestions)) {
      Fail("/questions", "at most " + std::to_string(kMaxQuestions) + " questions are supported");
      return;
    }
    for (std::size_t i = 0; i < questions->size(); ++i) {
      ReadQuestion((*questions)[i], JoinPath("/questions", i));
    }
  }

  void ReadQuestion(const Json& json, const std::string& path) {
    if (!json.is_object()) return Fail(path, "expected an object, got " + TypeName(json));
    CheckKeys(json, path,
              {"id", "type", "label", "short", "help", "unit", "invalid", "options", "min", "max"});
    Question q;
    q.id = ReadId(json, path, "id");
    if (q.id == "all" || q.id == "any" || q.id == "not") {
      Fail(JoinPath(path, "id"), Quoted(q.id) + " is reserved for conditions");
    } else if (!q.id.empty() && rules.QuestionIndex(q.id) >= 0) {
      Fail(JoinPath(path, "id"), "duplicate question id " + Quoted(q.id));
    }
    std::string type = ReadString(json, path, "type");
    if (type == "choice") {
      q.type = QuestionType::kChoice;
    } else if (type == "boolean") {
      q.type = QuestionType::kBoolean;
    } else if (type == "integer") {
      q.type = QuestionType::kInteger;
    } else if (type == "number") {
      q.type = QuestionType::kNumber;
    } else if (!type.empty()) {
      Fail(JoinPath(path, "type"),
           Quoted(type) + " is not a question type (choice, boolean, integer, number)");
    }
    q.label = ReadText(json, path, "label");
    q.short_label = ReadText(json, path, "short");
    q.help = ReadOptionalText(json, path, "help");
    q.unit = ReadOptionalText(json, path, "unit");
    q.invalid = ReadOptionalText(json, path, "invalid");
    bool numeric = q.type == QuestionType::kInteger || q.type == QuestionType::kNumber;
    if (q.type == QuestionType::kChoice) {
      ReadOptions(json, path, q);
    } else if (json.Contains("options")) {
      Fail(JoinPath(path, "options"), "only choice questions have options");
    }
    for (const char* bound : {"min", "max"}) {
      const Json* value = Optional(json, bound);
      if (!value) continue;
      std::string bound_path = JoinPath(path, bound);
      if (!numeric) {
        Fail(bound_path, "only integer and number questions have a range");
      } else if (!value->is_number() || !std::isfinite(value->number())) {
        Fail(bound_path, "expected a number, got " + TypeName(*value));
      } else if (q.type == QuestionType::kInteger &&
                 value->number() != std::floor(value->number())) {
        Fail(bound_path, "expected an integer");
      } else {
        (std::string_view(bound) == "min" ? q.min : q.max) = value->number();
      }
    }
    if (q.min && q.max && *q.min > *q.max) Fail(JoinPath(path, "max"), "is below min");
    rules.questions.push_back(std::move(q));
  }

  void ReadOptions(const Json& json, const std::string& path, Question& q) {
    const Json* options = ReadArray(json, path, "options");
    if (!options) return;
    std::string options_path = JoinPath(path, "options");
    if (options->size() < 2) Fail(options_path, "a choice needs at least two options");
    if (options->size() > static_cast<std::size_t>(kMaxOptions)) {
      return Fail(options_path, "at most " + std::to_string(kMaxOptions) + " options");
    }
    for (std::size_t i = 0; i < options->size(); ++i) {
      const Json& option = (*options)[i];
      std::string option_path = JoinPath(options_path, i);
      if (!option.is_object()) {
        Fail(option_path, "expected an object, got " + TypeName(option));
        continue;
      }
      CheckKeys(option, option_path, {"id", "label"});
      Option o{ReadId(option, option_path, "id"), ReadText(option, option_path, "label")};
      for (const Option& other : q.options) {
        if (!o.id.empty() && other.id == o.id) {
          Fail(JoinPath(option_path, "id"), "duplicate option id " + Quoted(o.id));
        }
      }
      q.options.push_back(std::move(o));
    }
  }

  // outcomes.status, outcomes.documents...: objects of id -> {title?, text?, source?}.
  std::vector<Item> ReadItems(const Json& outcomes, std::string_view kind, bool needs_title,
                              bool needs_text, bool cites) {
    std::vector<Item> items;
    const Json* group = ReadObject(outcomes, "/outcomes", kind, /*required=*/false);
    if (!group) return items;
    std::string group_path = JoinPath("/outcomes", kind);
    for (const auto& [id, json] : group->members()) {
      std::string path = JoinPath(group_path, id);
      if (!IsIdentifier(id)) Fail(path, Quoted(id) + " is not a valid id");
      if (!json.is_object()) {
        Fail(path, "expected an object, got " + TypeName(json));
        continue;
      }
      if (cites) {
        CheckKeys(json, path, {"title", "text", "source"});
      } else {
        CheckKeys(json, path, {"title", "text"});
      }
      Item item;
      item.id = id;
      item.title =
          needs_title ? ReadText(json, path, "title") : ReadOptionalText(json, path, "title");
      item.text = needs_text ? ReadText(json, path, "text") : ReadOptionalText(json, path, "text");
      if (cites) item.source = CitationIndex(json, path, /*required=*/false);
      items.push_back(std::move(item));
    }
    if (items.size() > static_cast<std::size_t>(kMaxOptions)) {
      Fail(group_path, "at most " + std::to_string(kMaxOptions) + " entries");
    }
    return items;
  }

  void ReadOutcomeTexts(const Json& root) {
    const Json* outcomes = ReadObject(root, "", "outcomes");
    if (!outcomes) return;
    CheckKeys(*outcomes, "/outcomes",
              {"status", "documents", "alternatives", "steps", "advice", "extra_insurance"});
    rules.statuses = ReadItems(*outcomes, "status", true, false, false);
    if (rules.statuses.empty()) Fail("/outcomes/status", "declare at least one status");
    rules.extra_insurance = ReadItems(*outcomes, "extra_insurance", true, false, false);
    for (int kind = 0; kind < kListKinds; ++kind) {
      rules.items[kind] = ReadItems(*outcomes, kListNames[kind], false, true, true);
    }
  }

  static int IndexOf(const std::vector<Item>& items, std::string_view id) {
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (items[i].id == id) return static_cast<int>(i);
    }
    return -1;
  }

  void ReadRules(const Json& root) {
    const Json* rows = ReadArray(root, "", "rules");
    if (!rows) return;
    if (rows->empty()) Fail("/rules", "declare at least one rule");
    for (std::size_t i = 0; i < rows->size(); ++i) {
      ReadRule((*rows)[i], JoinPath("/rules", i));
    }
  }

  void ReadRule(const Json& json, const std::string& path) {
    if (!json.is_object()) return Fail(path, "expected an object, got " + TypeName(json));
    CheckKeys(json, path, {"id", "title", "when", "then", "because", "source"});
    Rule rule;
    rule.id = ReadId(json, path, "id");
    for (const Rule& other : rules.rules) {
      if (!rule.id.empty() && other.id == rule.id) {
        Fail(JoinPath(path, "id"), "duplicate rule id " + Quoted(rule.id));
      }
    }
    rule.title = ReadText(json, path, "title");
    rule.because = ReadText(json, path, "because");
    rule.source = CitationIndex(json, path, /*required=*/false);
    if (const Json* when = Optional(json, "when")) {
      rule.condition = ReadCondition(*when, JoinPath(path, "when"), 0);
    }
    rule.outcome = ReadThen(json, path);
    rules.rules.push_back(std::move(rule));
  }

  int ReadThen(const Json& json, const std::string& path) {
    const Json* then = ReadObject(json, path, "then");
    if (!then) return 0;
    std::string then_path = JoinPath(path, "then");
    CheckKeys(*then, then_path,
              {"status", "documents", "alternatives", "steps", "advice", "extra_insurance"});
    Outcome outcome;
    std::string status = ReadString(*then, then_path, "status");
    outcome.status = IndexOf(rules.statuses, status);
    if (!status.empty() && outcome.status < 0) {
      Fail(JoinPath(then_path, "status"),
           "unknown status " + Quoted(status) + " (see /outcomes/status)");
    }
    std::string extra = ReadString(*then, then_path, "extra_insurance", /*required=*/false);
    if (!extra.empty()) {
      outcome.extra_insurance = IndexOf(rules.extra_insurance, extra);
      if (outcome.extra_insurance < 0) {
        Fail(JoinPath(then_path, "extra_insurance"),
             "unknown value " + Quoted(extra) + " (see /outcomes/extra_insurance)");
      }
    }
    for (int kind = 0; kind < kListKinds; ++kind) {
      const Json* list = Optional(*then, kListNames[kind]);
      if (!list) continue;
      std::string list_path = JoinPath(then_path, kListNames[kind]);
      if (!list->is_array()) {
        Fail(list_path, "expected an array of ids, got " + TypeName(*list));
        continue;
      }
      for (std::size_t i = 0; i < list->size(); ++i) {
        const Json& id = (*list)[i];
        int index = id.is_string() ? IndexOf(rules.items[kind], id.string()) : -1;
        if (!id.is_string()) {
          Fail(JoinPath(list_path, i), "expected an id, got " + TypeName(id));
        } else if (index < 0) {
          Fail(JoinPath(list_path, i), "unknown " + std::string(kListNames[kind]) + " entry " +
                                           Quoted(id.string()) + " (see /outcomes/" +
                                           kListNames[kind] + ")");
        } else if (std::find(outcome.lists[kind].begin(), outcome.lists[kind].end(), index) !=
                   outcome.lists[kind].end()) {
          Fail(JoinPath(list_path, i), "listed twice");
        } else {
          outcome.lists[kind].push_back(index);
        }
      }
    }
    auto same = std::find(rules.outcomes.begin(), rules.outcomes.end(), outcome);
    if (same != rules.outcomes.end()) return static_cast<int>(same - rules.outcomes.begin());
    rules.outcomes.push_back(std::move(outcome));
    return static_cast<int>(rules.outcomes.size() - 1);
  }

  int AddCondition(Condition condition) {
    rules.conditions.push_back(std::move(condition));
    return static_cast<int>(rules.conditions.size() - 1);
  }

  int Combine(Condition::Kind kind, std::vector<int> children) {
    if (children.size() == 1 && kind != Condition::Kind::kNot) return children.front();
    Condition c;
    c.kind = kind;
    c.children = std::move(children);
    return AddCondition(std::move(c));
  }

  // {"origin": "quebec", "age": {">": 28}, "any": [...], "not": {...}}: every key must hold.
  int ReadCondition(const Json& json, const std::string& path, int depth) {
    if (depth > kMaxConditionDepth) {
      Fail(path, "conditions nest deeper than " + std::to_string(kMaxConditionDepth) + " levels");
      return -1;
    }
    if (!json.is_object() || json.empty()) {
      Fail(path, "expected a non-empty object of tests, got " +
                     (json.is_object() ? std::string("an empty object") : TypeName(json)));
      return -1;
    }
    std::vector<int> all;
    for (const auto& [key, value] : json.members()) {
      std::string key_path = JoinPath(path, key);
      int child = -1;
      if (key == "all" || key == "any") {
        child = ReadConditionList(value, key_path, depth,
                                  key == "all" ? Condition::Kind::kAll : Condition::Kind::kAny);
      } else if (key == "not") {
        int inner = ReadCondition(value, key_path, depth + 1);
        if (inner >= 0) child = Combine(Condition::Kind::kNot, {inner});
      } else if (!key.empty() && key[0] == '$') {
        continue;
      } else {
        child = ReadTests(key, value, key_path);
      }
      if (child >= 0) all.push_back(child);
    }
    if (all.empty()) return -1;
    return Combine(Condition::Kind::kAll, std::move(all));
  }

  int ReadConditionList(const Json& json, const std::string& path, int depth,
                        Condition::Kind kind) {
    if (!json.is_array() || json.empty()) {
      Fail(path, "expected a non-empty array of conditions");
      return -1;
    }
    std::vector<int> children;
    for (std::size_t i = 0; i < json.size(); ++i) {
      int child = ReadCondition(json[i], JoinPath(path, i), depth + 1);
      if (child >= 0) children.push_back(child);
    }
    if (children.size() != json.size()) return -1;
    return Combine(kind, std::move(children));
  }

  int AddTest(Test test) {
    rules.tests.push_back(std::move(test));
    Condition c;
    c.test = static_cast<int>(rules.tests.size() - 1);
    return AddCondition(std::move(c));
  }

  // The tests on one question: a bare value (equality), an array of options, or operators.
  int ReadTests(const std::string& id, const Json& json, const std::string& path) {
    int question = rules.QuestionIndex(id);
    if (question < 0) {
      Fail(path, "unknown question " + Quoted(id) + " (see /questions)");
      return -1;
    }
    const Question& q = rules.questions[question];
    if (!json.is_object()) {
      Op op = json.is_array() ? Op::kIn : Op::kEq;
      return ReadOperand(question, op, json, path);
    }
    if (json.empty()) {
      Fail(path, "expected a value or an object of operators (eq, ne, in, <, <=, >, >=)");
      return -1;
    }
    std::vector<int> tests;
    for (const auto& [name, operand] : json.members()) {
      std::string op_path = JoinPath(path, name);
      static const std::map<std::string, Op, std::less<>> kOps = {
          {"eq", Op::kEq}, {"ne", Op::kNe}, {"in", Op::kIn}, {"<", Op::kLt},
          {"<=", Op::kLe}, {">", Op::kGt},  {">=", Op::kGe}};
      auto op = kOps.find(name);
      if (op == kOps.end()) {
        Fail(op_path, "unknown operator " + Quoted(name) + " (eq, ne, in, <, <=, >, >=)");
        continue;
      }
      bool ordered = op->second != Op::kEq && op->second != Op::kNe && op->second != Op::kIn;
      bool numeric = q.type == QuestionType::kInteger || q.type == QuestionType::kNumber;
      if (ordered && !numeric) {
        Fail(op_path, Quoted(name) + " compares numbers, but " + Quoted(id) + " is not a number");
        continue;
      }
      if (op->second == Op::kIn && q.type != QuestionType::kChoice) {
        Fail(op_path, "\"in\" lists options, but " + Quoted(id) + " is not a choice");
        continue;
      }
      int test = ReadOperand(question, op->second, operand, op_path);
      if (test >= 0) tests.push_back(test);
    }
    if (tests.empty()) return -1;
    return Combine(Condition::Kind::kAll, std::move(tests));
  }

  std::optional<double> ReadConstant(const Question& q, const Json& value,
                                     const std::string& path) {
    switch (q.type) {
      case QuestionType::kChoice: {
        if (!value.is_string()) {
          Fail(path, "expected an option id of " + Quoted(q.id) + ", got " + TypeName(value));
          return std::nullopt;
        }
        for (std::size_t i = 0; i < q.options.size(); ++i) {
          if (q.options[i].id == value.string()) return static_cast<double>(i);
        }
        Fail(path, Quoted(value.string()) + " is not an option of " + Quoted(q.id));
        return std::nullopt;
      }
      case QuestionType::kBoolean:
        if (!value.is_boolean()) {
          Fail(path, "expected true or false, got " + TypeName(value));
          return std::nullopt;
        }
        return value.boolean() ? 1.0 : 0.0;
      case QuestionType::kInteger:
      case QuestionType::kNumber:
        if (!value.is_number() || !std::isfinite(value.number())) {
          Fail(path, "expected a number, got " + TypeName(value));
          return std::nullopt;
        }
        return value.number();
    }
    return std::nullopt;
  }

  int ReadOperand(int question, Op op, const Json& operand, const std::string& path) {
    const Question& q = rules.questions[question];
    Test test;
    test.question = question;
    test.op = op;
    test.path = path;
    if (op == Op::kIn) {
      if (q.type != QuestionType::kChoice) {
        Fail(path, "a list of values only applies to choice questions");
        return -1;
      }
      if (!operand.is_array() || operand.empty()) {
        Fail(path, "expected a non-empty array of option ids");
        return -1;
      }
      bool ok = true;
      for (std::size_t i = 0; i < operand.size(); ++i) {
        std::optional<double> option = ReadConstant(q, operand[i], JoinPath(path, i));
        if (option) {
          test.options |= std::uint64_t{1} << static_cast<int>(*option);
        } else {
          ok = false;
        }
      }
      return ok ? AddTest(std::move(test)) : -1;
    }
    std::optional<double> value = ReadConstant(q, operand, path);
    if (!value) return -1;
    test.value = *value;
    return AddTest(std::move(test));
  }
};

}  // namespace

int Ruleset::QuestionIndex(std::string_view id) const {
  for (std::size_t i = 0; i < questions.size(); ++i) {
    if (questions[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

int Ruleset::LanguageIndex(std::string_view lang) const {
  for (std::size_t i = 0; i < languages.size(); ++i) {
    if (languages[i] == lang) return static_cast<int>(i);
  }
  return -1;
}

Result<Ruleset> LoadRuleset(std::string_view json) {
  Result<Json> parsed = ParseJson(json);
  if (!parsed.ok()) return parsed.errors();
  Loader loader;
  loader.Load(parsed.value());
  if (!loader.errors.empty()) return std::move(loader.errors);
  Ruleset rules = std::move(loader.rules);
  rules.classes = ComputeClasses(rules);
  rules.flow = BuildFlow(rules, Answers{});
  return rules;
}

}  // namespace couverture
