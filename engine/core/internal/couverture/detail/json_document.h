// Reading JSON with nlohmann/json, strictly (RFC 8259): invalid UTF-8, control characters in
// strings, lone surrogates, trailing content, numbers out of double range, duplicate keys and
// nesting past a limit are all errors; a syntax error names its line and column.
//
// The WebAssembly module is built without exceptions, where nlohmann/json's throw sites abort.
// So the engine only calls the parts that cannot throw: SAX parsing (errors come back as events),
// type tests before every read, and dump() with invalid UTF-8 replaced rather than refused. Reads
// of parsed documents go through the neutral reads below; the fuzzer, built without exceptions
// too, would stop on any abort.
#ifndef COUVERTURE_CORE_JSON_DOCUMENT_H_
#define COUVERTURE_CORE_JSON_DOCUMENT_H_

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "couverture/error.h"

namespace couverture::detail {

// Objects keep their keys in document order: messages and outputs follow the author's order.
using Json = nlohmann::ordered_json;

// Every reader handles nlohmann/json's SAX events through this interface and parses through
// SaxParse, because nlohmann/json instantiates its parser once per handler type: so the
// WebAssembly module holds one parser, not one per reader.
using JsonEvents = Json::json_sax_t;
bool SaxParse(std::string_view text, JsonEvents& events);

// nlohmann/json's lexer takes a NUL byte for the end of the input, as in a C string, so a value
// followed by "\0" and anything else parses as the value alone. A NUL inside the value is an
// error already (in a string, a control character; elsewhere, an early end): one in a text that
// parsed is content after the value, which RFC 8259 refuses. Readers check it once parsed.
std::optional<Error> ContentAfterNul(std::string_view text);

// Where byte `offset` of `text` is, as the engine's messages and the studio's hints say it: lines
// from 1, columns from 1 counting characters (UTF-8 sequences), not bytes.
struct LineColumn {
  int line = 1, column = 1;
};
LineColumn Locate(std::string_view text, std::size_t offset);

struct JsonLimits {
  std::size_t bytes;
  int depth;
  std::string_view what;  // "ruleset", "answers": names the document in the size error
};

// The document, or one error: a syntax error at its line and column, or a path (/a/b) for a
// duplicate key, an out-of-range number or nesting past the limit.
Result<Json> ParseJson(std::string_view text, const JsonLimits& limits);

// Reads that cannot fail: each returns a neutral value for another type, so callers test the
// type first (is_string(), is_number()...) to tell the two apart.
const Json* Member(const Json& object, std::string_view key);  // nullptr: absent, or no object
const Json::object_t& Members(const Json& object);             // empty for another type
const Json::array_t& Elements(const Json& array);              // empty for another type
const std::string& StringOf(const Json& value);                // "" for another type
double NumberOf(const Json& value);                            // 0 for another type
bool BooleanOf(const Json& value);                             // false for another type
bool IsInteger(const Json& value);                             // a number without a fractional part

// "malformed JSON at line 4, column 1: unexpected '}'; expected a value", from nlohmann/json's
// SAX parse_error event (the byte position of the character that did not fit).
std::string MalformedJson(std::string_view text, std::size_t position,
                          const nlohmann::detail::exception& error);

// A number nlohmann/json read as a double that is not what the text says: the text overflowed to
// infinity or underflowed to zero. nlohmann/json reports the first as a parse error itself.
bool OutOfRange(double value, const std::string& text);
bool IsNumberOverflow(const nlohmann::detail::exception& error);

// Sets `object[key] = value` for a key the object does not have yet (every key the engine writes
// is distinct by construction), without nlohmann/json's key lookup: one out-of-line function
// instead of that lookup inlined at every member the engine writes.
void Put(Json& object, std::string_view key, Json value);

// Serialized compactly (indent < 0) or indented; never fails (invalid UTF-8 cannot be in it, and
// would be replaced if it were).
std::string Dump(const Json& value, int indent = -1);

// A number as JSON carries it best: an integer when it is one (29, not 29.0).
Json NumberJson(double value);

// A text, or null for an empty one (an id, address or note that is not there).
Json TextOrNull(const std::string& text);

// Strings as a JSON array.
Json StringsJson(const std::vector<std::string>& strings);

// Appends one RFC 6901 reference token, escaping '~' and '/'.
std::string JoinPath(const std::string& path, std::string_view token);
std::string JoinPath(const std::string& path, std::size_t index);

// A value someone gave, for a message: quoted, cut to a short excerpt on a character boundary,
// with control and bidirectional-override characters escaped, so that a message can neither
// repeat a page of hostile text nor reorder or hide what follows it.
std::string Quoted(std::string_view text);

// Describes a JSON value's type for messages: "a string", "an array", "null"...
std::string TypeName(const Json& value);

}  // namespace couverture::detail

#endif  // COUVERTURE_CORE_JSON_DOCUMENT_H_
