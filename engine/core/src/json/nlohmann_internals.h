// What the engine uses of nlohmann/json beyond its documented interface, for the build to check
// against the release it was written for (Debian 12's 3.11.2; wasm/shims/README.md says why each
// is there and what it saves):
// - nlohmann::detail::to_chars, the shortest round-trip digits of a double (number_format.cpp):
//   the C++17 std::to_chars for double is missing from Emscripten 3.1.6's libc++, and printf's
//   "%.17g" is not the shortest;
// - the texts of its parse errors, which MalformedJson reads (the " - " before the message, the
//   "; last read:" it cuts) and Simplify rewrites in the engine's words (json_document.cpp);
//   tests/conformance/json-documents.json checks each of them, natively and in the browser.
// Another release may rename the first or reword the second: check both, then update this line.
#ifndef COUVERTURE_CORE_NLOHMANN_INTERNALS_H_
#define COUVERTURE_CORE_NLOHMANN_INTERNALS_H_

#include <nlohmann/json.hpp>

static_assert(NLOHMANN_JSON_VERSION_MAJOR == 3 && NLOHMANN_JSON_VERSION_MINOR == 11 &&
                  NLOHMANN_JSON_VERSION_PATCH == 2,
              "engine/core uses internals of nlohmann/json 3.11.2 "
              "(engine/core/src/json/nlohmann_internals.h): "
              "check them against this release first");

#endif  // COUVERTURE_CORE_NLOHMANN_INTERNALS_H_
