// What both embind surfaces (bindings.cpp for the widget, studio_bindings.cpp for the studio)
// share. Their calls return errors as values (an empty string or false) and JavaScript reads the
// last failure from LastError (error(), errorPath(), errorMessage()), because a C++ exception
// escaping embind reaches JavaScript as a bare number; wasm/errors.js turns it into an Error.
#ifndef COUVERTURE_WASM_BINDING_HELPERS_H_
#define COUVERTURE_WASM_BINDING_HELPERS_H_

#include <string>
#include <string_view>
#include <utility>

#include "couverture/error.h"
#include "couverture/ruleset.h"

namespace couverture::wasm {

class LastError {
 public:
  // Always false, so that a call can `return Fail(...)`.
  bool Fail(const Errors& errors) {
    error_ = Summarize(errors);
    path_ = errors.empty() ? std::string() : errors.front().path;
    message_ = errors.empty() ? error_ : Printable(errors.front().message);
    return false;
  }
  bool Fail(std::string message) { return Fail(Errors{Error{"", std::move(message)}}); }
  void Clear() { error_.clear(); }

  // The one-line summary, and the first error's JSON pointer and message, so that the page can
  // put the message next to the field it names.
  const std::string& error() const { return error_; }
  const std::string& error_path() const { return path_; }
  const std::string& error_message() const { return message_; }

 private:
  std::string error_, path_, message_;
};

// The message for a date argument that is not YYYY-MM-DD (cut short: it may be anything).
inline std::string NotADate(std::string_view date) {
  return "date \"" + Printable(date.substr(0, 32)) + "\" is not a date of the form YYYY-MM-DD";
}

// A ruleset's declared language tags, one per line (tags hold no line breaks).
inline std::string LanguageLines(const Ruleset& rules) {
  std::string tags;
  for (const std::string& tag : rules.languages()) tags += tag + "\n";
  return tags;
}

}  // namespace couverture::wasm

#endif  // COUVERTURE_WASM_BINDING_HELPERS_H_
