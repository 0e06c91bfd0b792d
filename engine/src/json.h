// A small JSON value with an exception-free parser and a writer. The engine owns its JSON rather
// than using a general library: rulesets and answers are small, errors must carry paths, lines
// and columns without exceptions, and the WebAssembly build should not carry a general JSON
// library's code nor libc's long-double number conversions.
#ifndef COUVERTURE_JSON_H_
#define COUVERTURE_JSON_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "couverture/error.h"

namespace couverture {

class Json {
 public:
  enum class Type : std::uint8_t { kNull, kBoolean, kNumber, kString, kArray, kObject };
  using Member = std::pair<std::string, Json>;

  Json() = default;
  Json(std::nullptr_t) {}  // NOLINT: implicit, like the literals below
  Json(bool value) : type_(Type::kBoolean), boolean_(value) {}                            // NOLINT
  Json(double value) : type_(Type::kNumber), number_(value) {}                            // NOLINT
  Json(int value) : type_(Type::kNumber), number_(value) {}                               // NOLINT
  Json(std::size_t value) : type_(Type::kNumber), number_(static_cast<double>(value)) {}  // NOLINT
  Json(std::string value) : type_(Type::kString), string_(std::move(value)) {}            // NOLINT
  Json(const char* value) : type_(Type::kString), string_(value) {}                       // NOLINT
  Json(std::string_view value) : type_(Type::kString), string_(value) {}                  // NOLINT
  Json(const std::vector<std::string>& values);                                           // NOLINT
  static Json Object();
  static Json Array();

  Type type() const { return type_; }
  bool is_null() const { return type_ == Type::kNull; }
  bool is_boolean() const { return type_ == Type::kBoolean; }
  bool is_number() const { return type_ == Type::kNumber; }
  bool is_integer() const;  // a number without a fractional part
  bool is_string() const { return type_ == Type::kString; }
  bool is_array() const { return type_ == Type::kArray; }
  bool is_object() const { return type_ == Type::kObject; }

  // Check the type first: these return the held value, or a neutral one for another type.
  bool boolean() const { return boolean_; }
  double number() const { return number_; }
  const std::string& string() const { return string_; }
  const std::vector<Json>& elements() const { return elements_; }
  const std::vector<Member>& members() const { return members_; }

  std::size_t size() const { return is_array() ? elements_.size() : members_.size(); }
  bool empty() const { return size() == 0; }
  const Json& operator[](std::size_t index) const { return elements_[index]; }
  const Json* Find(std::string_view key) const;  // nullptr when absent or not an object
  bool Contains(std::string_view key) const { return Find(key) != nullptr; }

  // Writing: an object member (added at the end when new), or an array element.
  Json& operator[](std::string_view key);
  void push_back(Json value);

  // Compact when indent < 0, else one member or element per line. Strings stay UTF-8.
  std::string Dump(int indent = -1) const;

 private:
  Type type_ = Type::kNull;
  bool boolean_ = false;
  double number_ = 0;
  std::string string_;
  std::vector<Json> elements_;
  std::vector<Member> members_;
};

// Parses `text`. Malformed input gives one error: its line and column, or for a duplicate key
// the JSON pointer of the key. Nesting is limited, so hostile input cannot exhaust the stack.
Result<Json> ParseJson(std::string_view text);

// The shortest decimal that reads back as `value` for the numbers rulesets use ("2.5", "29",
// "0.1"); `decimal` is the decimal separator.
std::string FormatDecimal(double value, char decimal = '.');

}  // namespace couverture

#endif  // COUVERTURE_JSON_H_
