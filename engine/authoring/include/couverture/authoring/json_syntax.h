// Malformed JSON in plain words: the engine's load error ("malformed JSON at line 353, column 9:
// unexpected '{'") says where the reader stopped, which is often the line after the mistake. This
// reads the text up to there and names the mistake and where to fix it: "A comma is missing at
// the end of line 352."
#ifndef COUVERTURE_AUTHORING_JSON_SYNTAX_H_
#define COUVERTURE_AUTHORING_JSON_SYNTAX_H_

#include <optional>
#include <string>
#include <string_view>

#include "couverture/authoring/staff_words.h"

namespace couverture::authoring {

struct JsonSyntaxHint {
  // "missing_comma", "trailing_comma", "extra_comma", "unclosed", "mismatched_close",
  // "extra_close", "missing_colon", "missing_value", "unquoted_name", "single_quotes", "comment",
  // "unknown_word", "bad_number", "unclosed_text", "line_break_in_text", "bad_escape",
  // "content_after_end", "empty", or "other".
  std::string kind;
  // Where to fix it, 1-based, columns in characters as the engine counts them: the end of the
  // line a comma is missing from, the comma too many, the bracket never closed...
  int line = 1;
  int column = 1;
  std::string text;  // one or two plain sentences
};

// `message` is a load error of the engine; nullopt unless it is malformed JSON.
std::optional<JsonSyntaxHint> ExplainJsonSyntax(std::string_view text, std::string_view message,
                                                StaffLanguage lang);

}  // namespace couverture::authoring

#endif  // COUVERTURE_AUTHORING_JSON_SYNTAX_H_
