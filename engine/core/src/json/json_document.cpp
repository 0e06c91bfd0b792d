#include "couverture/detail/json_document.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "nlohmann_internals.h"
#include "utf8.h"

namespace couverture::detail {
namespace {

// Builds the document from nlohmann/json's SAX events, which come with everything the engine
// promises beyond the grammar: duplicate keys, depth and number range.
class Builder final : public JsonEvents {
 public:
  Builder(std::string_view text, const JsonLimits& limits) : text_(text), limits_(limits) {}

  bool null() override { return Add(Json(nullptr)); }
  bool boolean(bool value) override { return Add(Json(value)); }
  bool number_integer(std::int64_t value) override { return Add(Json(value)); }
  bool number_unsigned(std::uint64_t value) override { return Add(Json(value)); }
  bool number_float(double value, const std::string& text) override {
    if (OutOfRange(value, text)) {
      return Fail(Path(), "number out of range: " + Quoted(text));
    }
    return Add(Json(value));
  }
  bool string(std::string& value) override { return Add(Json(std::move(value))); }
  bool binary(Json::binary_t&) override { return true; }  // JSON text has none

  bool start_object(std::size_t) override { return Open(Json::object()); }
  bool start_array(std::size_t) override { return Open(Json::array()); }
  bool end_object() override { return Close(); }
  bool end_array() override { return Close(); }

  bool key(std::string& key) override {
    if (!keys_.back().emplace(key, 0).second) {
      return Fail(JoinPath(ContainerPath(), key), "duplicate key " + Quoted(key));
    }
    key_ = std::move(key);
    return true;
  }

  bool parse_error(std::size_t position, const std::string& token,
                   const nlohmann::detail::exception& error) override {
    errors_.push_back(IsNumberOverflow(error)
                          ? Error{Path(), "number out of range: " + Quoted(token)}
                          : Error{"", MalformedJson(text_, position, error)});
    return false;
  }

  Result<Json> Finish(bool parsed) {
    if (!errors_.empty()) return errors_;
    if (!parsed) return Error{"", "malformed JSON"};
    return std::move(root_);
  }

 private:
  // The path of the innermost open container (each open container is the last element of the
  // one around it).
  std::string ContainerPath() const {
    std::string path;
    for (std::size_t i = 1; i < open_.size(); ++i) {
      const Json& parent = *open_[i - 1];
      path = parent.is_array() ? JoinPath(path, Elements(parent).size() - 1)
                               : JoinPath(path, Members(parent).back().first);
    }
    return path;
  }

  // The path of the value about to be added.
  std::string Path() const {
    if (open_.empty()) return "";
    const Json& container = *open_.back();
    return container.is_array() ? JoinPath(ContainerPath(), Elements(container).size())
                                : JoinPath(ContainerPath(), key_);
  }

  bool Fail(std::string path, std::string message) {
    errors_.push_back({std::move(path), std::move(message)});
    return false;
  }

  // Adds a value to the open container (objects without nlohmann's own key lookup, which is
  // linear in an ordered_json: key() has checked the key already); returns where it went.
  Json* Place(Json&& value) {
    if (open_.empty()) {
      root_ = std::move(value);
      return &root_;
    }
    Json& container = *open_.back();
    if (container.is_array()) {
      auto* array = container.get_ptr<Json::array_t*>();
      array->push_back(std::move(value));
      return &array->back();
    }
    auto* object = container.get_ptr<Json::object_t*>();
    object->Json::object_t::Container::emplace_back(std::move(key_), std::move(value));
    return &object->back().second;
  }

  bool Add(Json&& value) {
    Place(std::move(value));
    return true;
  }

  bool Open(Json&& container) {
    if (static_cast<int>(open_.size()) >= limits_.depth) {
      return Fail(Path(), "nests deeper than " + std::to_string(limits_.depth) + " levels");
    }
    open_.push_back(Place(std::move(container)));
    keys_.emplace_back();
    return true;
  }

  bool Close() {
    open_.pop_back();
    keys_.pop_back();
    return true;
  }

  std::string_view text_;
  const JsonLimits& limits_;
  Json root_;
  std::vector<Json*> open_;                       // the containers being filled, outermost first
  std::vector<std::map<std::string, int>> keys_;  // keys seen in each (a map, as in flow.cpp)
  std::string key_;                               // the key of the next member
  Errors errors_;
};

// "line 4, column 1"; `position` is the count of bytes read, the last of them the one that did
// not fit.
std::string Position(std::string_view text, std::size_t position) {
  LineColumn at = Locate(text, position == 0 ? 0 : std::min(position - 1, text.size()));
  return "line " + std::to_string(at.line) + ", column " + std::to_string(at.column);
}

}  // namespace

LineColumn Locate(std::string_view text, std::size_t offset) {
  LineColumn at;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++at.line;
      at.column = 1;
    } else if (!ContinuationByte(text[i])) {
      ++at.column;
    }
  }
  return at;
}

bool SaxParse(std::string_view text, JsonEvents& events) {
  return Json::sax_parse(text.begin(), text.end(), &events, Json::input_format_t::json,
                         /*strict=*/true, /*ignore_comments=*/false);
}

std::optional<Error> ContentAfterNul(std::string_view text) {
  std::size_t nul = text.find('\0');
  if (nul == std::string_view::npos) return std::nullopt;
  return Error{"", "malformed JSON at " + Position(text, nul + 1) +
                       ": unexpected characters after the JSON value"};
}

std::string MalformedJson(std::string_view text, std::size_t position,
                          const nlohmann::detail::exception& error) {
  return "malformed JSON at " + Position(text, position) + ": " + ParseErrorText(error.what());
}

bool IsNumberOverflow(const nlohmann::detail::exception& error) { return error.id == 406; }

bool OutOfRange(double value, const std::string& text) {
  // strtod rounds 1e999 to infinity and 1e-400 to zero: both would silently change the value.
  bool underflow = value == 0 && text.find_first_of("123456789") < text.find_first_of("eE");
  return !std::isfinite(value) || underflow;
}

Result<Json> ParseJson(std::string_view text, const JsonLimits& limits) {
  if (text.size() > limits.bytes) {
    return Error{"", std::string(limits.what) + " too large: " + std::to_string(text.size()) +
                         " bytes, the limit is " + std::to_string(limits.bytes)};
  }
  Builder builder(text, limits);
  Result<Json> document = builder.Finish(SaxParse(text, builder));
  if (std::optional<Error> nul = document.ok() ? ContentAfterNul(text) : std::nullopt) return *nul;
  return document;
}

void Put(Json& object, std::string_view key, Json value) {
  if (auto* members = object.get_ptr<Json::object_t*>()) {
    members->Json::object_t::Container::emplace_back(std::string(key), std::move(value));
  }
}

std::string Dump(const Json& value, int indent) {
  return value.dump(indent, ' ', /*ensure_ascii=*/false, Json::error_handler_t::replace);
}

Json NumberJson(double value) {
  if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 9007199254740992.0) {
    return Json(static_cast<std::int64_t>(value));
  }
  return Json(value);
}

Json TextOrNull(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

Json StringsJson(const std::vector<std::string>& strings) {
  Json out = Json::array();
  for (const std::string& s : strings) out.push_back(s);
  return out;
}

const Json* Member(const Json& object, std::string_view key) {
  for (const auto& [name, value] : Members(object)) {
    if (name == key) return &value;
  }
  return nullptr;
}

const Json::object_t& Members(const Json& object) {
  static const Json::object_t kNone;
  const auto* members = object.get_ptr<const Json::object_t*>();
  return members ? *members : kNone;
}

const Json::array_t& Elements(const Json& array) {
  static const Json::array_t kNone;
  const auto* elements = array.get_ptr<const Json::array_t*>();
  return elements ? *elements : kNone;
}

const std::string& StringOf(const Json& value) {
  static const std::string kNone;
  const auto* string = value.get_ptr<const Json::string_t*>();
  return string ? *string : kNone;
}

double NumberOf(const Json& value) {
  if (const auto* f = value.get_ptr<const Json::number_float_t*>()) return *f;
  if (const auto* i = value.get_ptr<const Json::number_integer_t*>())
    return static_cast<double>(*i);
  if (const auto* u = value.get_ptr<const Json::number_unsigned_t*>())
    return static_cast<double>(*u);
  return 0;
}

bool BooleanOf(const Json& value) {
  const auto* boolean = value.get_ptr<const Json::boolean_t*>();
  return boolean && *boolean;
}

bool IsInteger(const Json& value) {
  if (!value.is_number()) return false;
  double number = NumberOf(value);
  return std::isfinite(number) && number == std::floor(number);
}

std::string JoinPath(const std::string& path, std::string_view token) {
  std::string out = path + "/";
  for (char c : token) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

std::string JoinPath(const std::string& path, std::size_t index) {
  return path + "/" + std::to_string(index);
}

std::string Quoted(std::string_view text) {
  constexpr std::size_t kShown = 40;  // characters
  std::string escaped;
  std::size_t shown = 0, i = 0;
  for (; i < text.size() && shown < kShown; ++i) {
    char c = text[i];
    if (!ContinuationByte(c)) ++shown;
    if (c == '"' || c == '\\') escaped += '\\';
    escaped += c;
  }
  while (i < text.size() && ContinuationByte(text[i])) escaped += text[i++];
  return "\"" + Printable(escaped) + (i < text.size() ? "…\"" : "\"");
}

std::string TypeName(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::object: return "an object";
    case Json::value_t::array: return "an array";
    case Json::value_t::string: return "a string";
    case Json::value_t::boolean: return "a boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float: return "a number";
    default: return "a value";
  }
}

}  // namespace couverture::detail
