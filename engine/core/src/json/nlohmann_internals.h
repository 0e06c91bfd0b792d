// Everything the engine uses of nlohmann/json beyond its documented interface, in one place
// (nlohmann_internals.cpp, the only file that reaches into it), checked there against the release
// it was written for (Debian 12's 3.11.2). Why each is here, and what it saves or costs, is in
// wasm/shims/README.md ("Library internals the engine relies on"):
// - ShortestDigits: nlohmann::detail::to_chars, the shortest round-trip digits of a double. The
//   C++17 std::to_chars for double is missing from Emscripten 3.1.6's libc++, and printf's "%.17g"
//   is not the shortest (and would bring musl's floating-point printf back into the widget).
// - ParseErrorText: the texts of its parse errors (the " - " before the message, the "; last
//   read:" it cuts), rewritten in the engine's words; tests/conformance/json-documents.json checks
//   each of them, natively and in the browser.
// Another release may rename the first or reword the second: check both, then update the version
// in nlohmann_internals.cpp.
#ifndef COUVERTURE_CORE_NLOHMANN_INTERNALS_H_
#define COUVERTURE_CORE_NLOHMANN_INTERNALS_H_

#include <string>

namespace couverture::detail {

// Writes the shortest decimal digits that read back as `value` into [first, last) (grisu2, as
// nlohmann/json's serializer writes numbers: "1e+300", "0.1", "-5") and returns their end.
char* ShortestDigits(char* first, char* last, double value);

// A parse error's message (nlohmann/json's what()) in the words of the rest of the engine's
// messages: "control character in a string (escape it)", "expected a value".
std::string ParseErrorText(const std::string& what);

}  // namespace couverture::detail

#endif  // COUVERTURE_CORE_NLOHMANN_INTERNALS_H_
