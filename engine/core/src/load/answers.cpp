// Answers from JSON (read event by event with nlohmann/json's SAX parser, straight into the fixed
// array: no document is built) and from replay links.
#include "couverture/answers.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "couverture/detail/json_document.h"
#include "couverture/detail/model.h"
#include "couverture/detail/number_format.h"
#include "json/utf8.h"

namespace couverture {
namespace {

using detail::JoinPath;
using detail::Json;
using detail::Model;
using detail::Question;
using detail::QuestionType;
using detail::Quoted;
using detail::ValidUtf8;

std::string English(double value) { return detail::FormatNumber(value, detail::NumberFormat{}); }

std::string Range(const Question& q) {
  if (q.min && q.max) return " from " + English(*q.min) + " to " + English(*q.max);
  if (q.min) return " of at least " + English(*q.min);
  if (q.max) return " of at most " + English(*q.max);
  return "";
}

// What a question accepts, for messages: "one of eu_eea, quebec, other", "an integer from 0 to
// 120".
std::string Expected(const Question& q) {
  switch (q.type) {
    case QuestionType::kChoice: {
      std::string list;
      for (const detail::Option& o : q.options) list += (list.empty() ? "" : ", ") + o.id;
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
  if (std::holds_alternative<double>(value)) return English(std::get<double>(value));
  if (std::holds_alternative<std::string>(value)) return Quoted(std::get<std::string>(value));
  return "null";
}

Error UnknownQuestion(std::string_view id) {
  return Error{JoinPath("", id), "unknown question " + Quoted(id)};
}

// Checks `value` against question `q` (number `index`) and stores it; null clears the answer.
std::optional<Error> Validate(const Question& q, int index, const AnswerValue& value,
                              Answers& answers) {
  if (std::holds_alternative<std::monostate>(value)) {
    answers.Clear(index);
    return std::nullopt;
  }
  auto wrong = [&] {
    return Error{JoinPath("", q.id), "expected " + Expected(q) + ", got " + Describe(value)};
  };
  switch (q.type) {
    case QuestionType::kChoice: {
      if (!std::holds_alternative<std::string>(value)) return wrong();
      int option = q.OptionIndex(std::get<std::string>(value));
      if (option < 0) return wrong();
      answers.Set(index, static_cast<double>(option));
      return std::nullopt;
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
        return Error{JoinPath("", q.id),
                     Describe(value) + " is out of range: expected " + Expected(q)};
      }
      answers.Set(index, v);
      return std::nullopt;
    }
  }
  return wrong();
}

// Reads {"origin": "quebec", "age": 29} from SAX events. Values that are objects or arrays are
// errors; their contents are skipped, counting depth only.
class AnswersReader final : public detail::JsonEvents {
 public:
  AnswersReader(const Ruleset& rules, std::string_view text) : rules_(rules), text_(text) {}

  bool null() override { return Value(std::monostate{}); }
  bool boolean(bool value) override { return Value(value); }
  bool number_integer(std::int64_t value) override { return Value(static_cast<double>(value)); }
  bool number_unsigned(std::uint64_t value) override { return Value(static_cast<double>(value)); }
  bool number_float(double value, const std::string& text) override {
    if (IsAnswer() && detail::OutOfRange(value, text)) {
      errors_.push_back({JoinPath("", key_), "number out of range: " + Quoted(text)});
      return true;
    }
    return Value(value);
  }
  bool string(std::string& value) override {
    if (IsAnswer() && value.size() > limits::kAnswerStringBytes) {
      errors_.push_back({JoinPath("", key_),
                         "longer than " + std::to_string(limits::kAnswerStringBytes) + " bytes"});
      return true;
    }
    return Value(std::move(value));
  }
  bool binary(Json::binary_t&) override { return true; }

  bool start_object(std::size_t) override { return Open("an object"); }
  bool start_array(std::size_t) override { return Open("an array"); }
  bool end_object() override { return Close(); }
  bool end_array() override { return Close(); }

  bool key(std::string& key) override {
    if (depth_ != 1 || ignore_) return true;
    if (++keys_ > limits::kAnswerKeys) {
      malformed_ =
          Error{"", "more than " + std::to_string(limits::kAnswerKeys) + " answers (the limit)"};
      return false;
    }
    key_ = std::move(key);
    // Answers to known questions are told apart by index; other keys are errors anyway, and are
    // compared with the few seen before only to name a duplicate as such.
    question_ = detail::ModelOf(rules_).QuestionIndex(key_);
    if (question_ >= 0) {
      std::uint64_t bit = std::uint64_t{1} << question_;
      duplicate_ = (seen_ & bit) != 0;
      seen_ |= bit;
    } else {
      duplicate_ = std::find(unknown_.begin(), unknown_.end(), key_) != unknown_.end();
      if (!duplicate_) unknown_.push_back(key_);
    }
    if (duplicate_) {
      // Like any document's: a reader's error, which stops reading.
      malformed_ = Error{JoinPath("", key_), "duplicate key " + Quoted(key_)};
      return false;
    }
    return true;
  }

  bool parse_error(std::size_t position, const std::string& token,
                   const nlohmann::detail::exception& error) override {
    malformed_ =
        detail::IsNumberOverflow(error)
            ? Error{depth_ == 1 ? JoinPath("", key_) : "", "number out of range: " + Quoted(token)}
            : Error{"", detail::MalformedJson(text_, position, error)};
    return false;
  }

  Result<Answers> Finish(bool parsed) {
    if (malformed_) return *malformed_;
    if (!errors_.empty()) return std::move(errors_);
    if (!parsed) return Error{"", "malformed JSON"};
    return answers_;
  }

 private:
  // A value of the answers object itself (not the document, not inside a nested value).
  bool IsAnswer() const { return depth_ == 1 && !ignore_ && !duplicate_; }

  bool Value(AnswerValue value, const char* container = nullptr) {
    if (ignore_) return true;
    if (depth_ == 0) {
      errors_.push_back({"", "answers must be a JSON object keyed by question id, got " +
                                 std::string(container ? container : TypeOf(value))});
      ignore_ = true;
      return true;
    }
    if (!IsAnswer()) return true;
    if (question_ < 0) {
      errors_.push_back(UnknownQuestion(key_));
      return true;
    }
    const Question& q = detail::ModelOf(rules_).questions[question_];
    if (container) {
      errors_.push_back({JoinPath("", key_), "expected " + Expected(q) + ", got " + container});
      return true;
    }
    if (std::optional<Error> error = Validate(q, question_, value, answers_)) {
      errors_.push_back(std::move(*error));
    }
    return true;
  }

  static const char* TypeOf(const AnswerValue& value) {
    if (std::holds_alternative<bool>(value)) return "a boolean";
    if (std::holds_alternative<double>(value)) return "a number";
    if (std::holds_alternative<std::string>(value)) return "a string";
    return "null";
  }

  bool Open(const char* kind) {
    if (depth_ >= limits::kJsonDepth) {
      malformed_ = Error{"", "nests deeper than " + std::to_string(limits::kJsonDepth) + " levels"};
      return false;
    }
    bool object = kind[3] == 'o';  // "an object"
    if (depth_ == 0 && object) {
      depth_ = 1;
      return true;
    }
    Value(std::monostate{}, kind);
    ++depth_;
    return true;
  }

  bool Close() {
    --depth_;
    return true;
  }

  const Ruleset& rules_;
  std::string_view text_;
  Answers answers_;
  Errors errors_;
  std::optional<Error> malformed_;
  std::string key_;
  int question_ = -1;       // the current key's question, -1 when unknown
  std::uint64_t seen_ = 0;  // questions answered so far
  std::vector<std::string> unknown_;
  int depth_ = 0;
  std::size_t keys_ = 0;
  bool duplicate_ = false;
  bool ignore_ = false;  // the document is not an object: nothing in it is an answer
};

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// application/x-www-form-urlencoded, as URLSearchParams writes it; nullopt on a malformed escape.
std::optional<std::string> FormDecode(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '+') {
      out += ' ';
    } else if (text[i] == '%') {
      if (i + 2 >= text.size()) return std::nullopt;
      int high = HexDigit(text[i + 1]);
      int low = HexDigit(text[i + 2]);
      if (high < 0 || low < 0) return std::nullopt;
      out += static_cast<char>(high * 16 + low);
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string FormEncode(std::string_view text) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (char c : text) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 c == '-' || c == '_' || c == '.' || c == '*';
    if (plain) {
      out += c;
    } else {
      unsigned char u = static_cast<unsigned char>(c);
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 0xF];
    }
  }
  return out;
}

}  // namespace

std::optional<Error> SetAnswer(const Ruleset& rules, std::string_view question_id,
                               const AnswerValue& value, Answers& answers) {
  const Model& model = detail::ModelOf(rules);
  int index = model.QuestionIndex(question_id);
  if (index < 0) return UnknownQuestion(question_id);
  return Validate(model.questions[index], index, value, answers);
}

std::optional<Error> SetAnswerAt(const Ruleset& rules, int question, double value,
                                 Answers& answers) {
  const Model& model = detail::ModelOf(rules);
  if (question < 0 || question >= static_cast<int>(model.questions.size())) {
    return Error{"", "no question number " + std::to_string(question)};
  }
  const Question& q = model.questions[question];
  switch (q.type) {
    case QuestionType::kChoice:
      if (value >= 0 && value < static_cast<double>(q.options.size()) &&
          value == std::floor(value)) {
        return Validate(q, question, q.options[static_cast<std::size_t>(value)].id, answers);
      }
      return Error{JoinPath("", q.id),
                   "expected " + Expected(q) + ", got option number " + English(value)};
    case QuestionType::kBoolean:
      if (value == 0 || value == 1) return Validate(q, question, value == 1, answers);
      return Error{JoinPath("", q.id), "expected true or false, got " + English(value)};
    case QuestionType::kInteger:
    case QuestionType::kNumber: return Validate(q, question, value, answers);
  }
  return std::nullopt;
}

Result<Answers> ParseAnswers(const Ruleset& rules, std::string_view json) {
  if (json.size() > limits::kAnswersBytes) {
    return Error{"", "answers too large: " + std::to_string(json.size()) + " bytes, the limit is " +
                         std::to_string(limits::kAnswersBytes)};
  }
  AnswersReader reader(rules, json);
  Result<Answers> answers = reader.Finish(detail::SaxParse(json, reader));
  if (std::optional<Error> nul = answers.ok() ? detail::ContentAfterNul(json) : std::nullopt) {
    return *nul;
  }
  return answers;
}

std::string AnswersJson(const Ruleset& rules, const Answers& answers, int indent) {
  const Model& model = detail::ModelOf(rules);
  Json out = Json::object();
  for (std::size_t i = 0; i < model.questions.size(); ++i) {
    int q = static_cast<int>(i);
    if (!answers.Has(q)) continue;
    const Question& question = model.questions[i];
    double v = answers.Get(q);
    switch (question.type) {
      case QuestionType::kChoice:
        detail::Put(out, question.id, question.options[static_cast<std::size_t>(v)].id);
        break;
      case QuestionType::kBoolean: detail::Put(out, question.id, v != 0); break;
      case QuestionType::kInteger:
      case QuestionType::kNumber: detail::Put(out, question.id, detail::NumberJson(v)); break;
    }
  }
  return detail::Dump(out, indent);
}

Result<Answers> ParseLinkAnswers(const Ruleset& rules, std::string_view query) {
  if (query.size() > limits::kLinkBytes) {
    return Error{"", "the link is too long: " + std::to_string(query.size()) +
                         " bytes, the limit is " + std::to_string(limits::kLinkBytes)};
  }
  const Model& model = detail::ModelOf(rules);
  Answers answers;
  Errors errors;
  std::uint64_t seen = 0;
  std::size_t keys = 0;
  for (std::size_t start = 0; start <= query.size();) {
    std::size_t end = query.find('&', start);
    if (end == std::string_view::npos) end = query.size();
    std::string_view part = query.substr(start, end - start);
    start = end + 1;
    if (part.empty()) continue;
    if (++keys > limits::kLinkKeys) {
      return Error{"", "the link has more than " + std::to_string(limits::kLinkKeys) +
                           " answers (the limit)"};
    }
    std::size_t equals = part.find('=');
    std::optional<std::string> key = FormDecode(part.substr(0, equals));
    std::optional<std::string> text =
        FormDecode(equals == std::string_view::npos ? std::string_view() : part.substr(equals + 1));
    if (!key || !text || !ValidUtf8(*key) || !ValidUtf8(*text)) {
      errors.push_back({"", "malformed link part " + Quoted(part)});
      continue;
    }
    int index = model.QuestionIndex(*key);
    if (index < 0) {
      errors.push_back(UnknownQuestion(*key));
      continue;
    }
    std::uint64_t bit = std::uint64_t{1} << index;
    if (seen & bit) {
      errors.push_back({JoinPath("", *key), "given twice"});
      continue;
    }
    seen |= bit;
    const Question& q = model.questions[index];
    AnswerValue value = *text;
    if (q.type == QuestionType::kBoolean && (*text == "true" || *text == "false")) {
      value = *text == "true";
    } else if (q.type == QuestionType::kInteger || q.type == QuestionType::kNumber) {
      // The number's text as JSON writes numbers: what LinkQuery writes, read by nlohmann/json.
      Result<Json> number = detail::ParseJson(*text, {64, 1, "number"});
      if (number.ok() && number.value().is_number()) value = detail::NumberOf(number.value());
    }
    if (std::optional<Error> error = SetAnswer(rules, *key, value, answers)) {
      errors.push_back(std::move(*error));
    }
  }
  if (!errors.empty()) return errors;
  return answers;
}

std::string LinkQuery(const Ruleset& rules, const Answers& answers) {
  const Model& model = detail::ModelOf(rules);
  std::string query;
  for (std::size_t i = 0; i < model.questions.size(); ++i) {
    int q = static_cast<int>(i);
    if (!answers.Has(q)) continue;
    const Question& question = model.questions[i];
    double v = answers.Get(q);
    std::string text;
    switch (question.type) {
      case QuestionType::kChoice: text = question.options[static_cast<std::size_t>(v)].id; break;
      case QuestionType::kBoolean: text = v != 0 ? "true" : "false"; break;
      case QuestionType::kInteger:
      case QuestionType::kNumber: text = detail::Dump(detail::NumberJson(v)); break;
    }
    query += (query.empty() ? "" : "&") + FormEncode(question.id) + "=" + FormEncode(text);
  }
  return query;
}

}  // namespace couverture
