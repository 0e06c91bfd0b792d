// Errors are values: every fallible call returns Result<T>, never throws across the API.
#ifndef COUVERTURE_ERROR_H_
#define COUVERTURE_ERROR_H_

#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace couverture {

// One problem, located by an RFC 6901 JSON pointer ("/rules/3/when/age"; "" is the document root).
struct Error {
  std::string path;
  std::string message;

  // "/rules/3/when/age: unknown question \"agee\"", or just the message at the root.
  std::string ToString() const;
};

using Errors = std::vector<Error>;

// The first error, plus how many more there are: the one readable line a CLI or a JS Error shows.
std::string Summarize(const Errors& errors);

// `text` safe to show on a terminal or in a page: C0 and C1 control characters (but line breaks
// and tabs when `keep_layout`), DEL and the bidirectional overrides and isolates (U+202A-U+202E,
// U+2066-U+2069) written as \u001b, so that a text can neither send terminal commands nor
// reorder or hide what follows it; each byte that is not part of well-formed UTF-8 (overlong forms
// and surrogates included) as \xff, so that the text is valid UTF-8 whatever it was given.
std::string Printable(std::string_view text, bool keep_layout = false);

template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}              // NOLINT: implicit by design
  Result(Errors errors) : state_(std::move(errors)) {}       // NOLINT
  Result(Error error) : state_(Errors{std::move(error)}) {}  // NOLINT

  bool ok() const { return std::holds_alternative<T>(state_); }
  const T& value() const& { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  const Errors& errors() const { return std::get<Errors>(state_); }

 private:
  std::variant<T, Errors> state_;
};

}  // namespace couverture

#endif  // COUVERTURE_ERROR_H_
