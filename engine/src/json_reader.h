// Reading untrusted JSON without exceptions: the wasm build may compile nlohmann/json with
// JSON_NOEXCEPTION, where any throwing call aborts. Everything here checks types before reading.
#ifndef COUVERTURE_JSON_READER_H_
#define COUVERTURE_JSON_READER_H_

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "couverture/error.h"

namespace couverture {

// Keeps object keys in document order: rule conditions are read left to right.
using Json = nlohmann::ordered_json;

// Parses `text`; malformed input gives one error naming the line and column.
Result<Json> ParseJson(std::string_view text);

// Appends one RFC 6901 reference token, escaping '~' and '/'.
std::string JoinPath(const std::string& path, std::string_view token);
std::string JoinPath(const std::string& path, std::size_t index);

// Describes a JSON value's type for messages: "a string", "an array", "null"...
std::string TypeName(const Json& value);

}  // namespace couverture

#endif  // COUVERTURE_JSON_READER_H_
