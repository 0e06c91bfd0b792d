// Helpers for reading untrusted JSON: paths for error messages and type names.
#ifndef COUVERTURE_JSON_READER_H_
#define COUVERTURE_JSON_READER_H_

#include <string>
#include <string_view>

#include "json.h"

namespace couverture {

// Appends one RFC 6901 reference token, escaping '~' and '/'.
std::string JoinPath(const std::string& path, std::string_view token);
std::string JoinPath(const std::string& path, std::size_t index);

// "\"value\"" for messages, cut to its first 60 characters: a message names what it was given
// without repeating a page of it.
std::string Quoted(std::string_view text);

// Describes a JSON value's type for messages: "a string", "an array", "null"...
std::string TypeName(const Json& value);

}  // namespace couverture

#endif  // COUVERTURE_JSON_READER_H_
