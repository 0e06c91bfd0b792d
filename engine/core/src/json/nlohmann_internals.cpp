#include "nlohmann_internals.h"

#include <nlohmann/json.hpp>

static_assert(NLOHMANN_JSON_VERSION_MAJOR == 3 && NLOHMANN_JSON_VERSION_MINOR == 11 &&
                  NLOHMANN_JSON_VERSION_PATCH == 2,
              "engine/core uses internals of nlohmann/json 3.11.2 "
              "(engine/core/src/json/nlohmann_internals.h): "
              "check them against this release first");

namespace couverture::detail {
namespace {

// nlohmann/json's messages name grammar tokens; these say the same in the words of the rest of
// the engine's messages.
std::string Simplify(std::string message) {
  std::size_t last_read = message.find("; last read:");
  if (last_read != std::string::npos) message.erase(last_read);  // it would echo the input
  struct Rewrite {
    const char* starts;
    const char* says;
  };
  static constexpr Rewrite kRewrites[] = {
      {"invalid string: ill-formed UTF-8", "invalid UTF-8"},
      {"invalid string: control character", "control character in a string (escape it)"},
      {"invalid string: surrogate", "invalid \\u escape (lone surrogate)"},
      {"invalid string: '\\u'", "invalid \\u escape"},
      {"invalid string: missing closing quote", "unterminated string"},
      {"invalid string: forbidden character after backslash", "invalid escape"},
      {"invalid number", "invalid number"},
      {"invalid literal", "invalid literal"},
      {"expected end of input", "unexpected characters after the JSON value"},
  };
  for (const Rewrite& r : kRewrites) {
    if (message.rfind(r.starts, 0) == 0) return r.says;
  }
  for (const char* list : {"expected '[', '{', or a literal", "expected string literal"}) {
    std::size_t at = message.find(list);
    if (at == std::string::npos) continue;
    bool key = list[9] == 's';
    message.replace(at, std::string(list).size(),
                    key ? "expected a key in double quotes" : "expected a value");
  }
  bool trailing = message.find("unexpected number literal") != std::string::npos ||
                  message.find("; expected end of input") != std::string::npos;
  return trailing ? "unexpected characters after the JSON value" : message;
}

}  // namespace

char* ShortestDigits(char* first, char* last, double value) {
  return nlohmann::detail::to_chars(first, last, value);
}

std::string ParseErrorText(const std::string& what) {
  std::size_t dash = what.find(" - ");
  return Simplify(dash == std::string::npos ? what : what.substr(dash + 3));
}

}  // namespace couverture::detail
