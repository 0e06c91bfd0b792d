// nlohmann/json converts a number with a fraction or an exponent with strtod, on a token its
// lexer has already checked against JSON's number grammar. musl's strtod computes in long
// double, which on wasm32 is a 128-bit software float: it links code (__divtf3, __multf3,
// __addtf3, fmodl, scalbnl…) that nothing else in this module uses. The JavaScript engine that
// runs the module already converts decimal text to a double, Number(), so strtod goes there (see
// README.md here for the bytes saved). ECMAScript lets an engine round a number of
// more than 20 significant digits either way; V8, SpiderMonkey and JavaScriptCore round
// correctly, and a property test checks V8 in exact arithmetic (tests/web/conformance.test.mjs,
// which also runs the conformance table through the API beside the native CLI). It reads what
// JSON's grammar allows, plus strtod's leading white space and '+', and converts nothing where no
// number starts the text, as strtod does. What strtod reads beyond that ("inf", "nan",
// hexadecimal) it does not handle: it stops the module with the text in the message
// (shim_abort.h).
#include <emscripten.h>

#include "shim_abort.h"

// Returns the value and writes how many bytes it read to *consumed (0: no number there; -1: a
// number strtod would read and this does not).
// (No backslash in the JavaScript: EM_JS passes its text through the preprocessor.)
// clang-format off
EM_JS(double, couverture_parse_decimal, (const char* text, int* consumed), {
  text >>>= 0;  // addresses past 2 GB arrive as negative numbers
  consumed >>>= 0;
  let start = text;
  while (HEAPU8[start] === 32 || (HEAPU8[start] >= 9 && HEAPU8[start] <= 13)) ++start;
  let candidate = "";
  for (let at = start; HEAPU8[at] > 32 && HEAPU8[at] < 127; ++at) {
    candidate += String.fromCharCode(HEAPU8[at]);
  }
  const match = /^[+-]?(?:[0-9]+[.]?[0-9]*|[.][0-9]+)(?:[eE][+-]?[0-9]+)?/.exec(candidate);
  const other = /^[+-]?(?:inf|nan|0x[0-9a-f.])/i.test(candidate);
  HEAP32[consumed >> 2] = other ? -1 : match ? start - text + match[0].length : 0;
  return match && !other ? Number(match[0]) : 0;
});
// clang-format on

extern "C" double strtod(const char* text, char** end) {
  int consumed = 0;
  const double value = couverture_parse_decimal(text, &consumed);
  if (consumed < 0)
    couverture_shim_abort("strtod in wasm/shims reads decimal numbers only, not: ", text);
  if (end != nullptr) *end = const_cast<char*>(text + consumed);
  return value;
}

// libc++ keeps std::stof and std::stold in the object file that also holds std::to_string, and
// their references to strtof and strtold would link musl's strtod back in. Nothing in the
// module calls them (link-time optimization drops them); they go through the same conversion.
extern "C" float strtof(const char* text, char** end) {
  return static_cast<float>(strtod(text, end));
}
extern "C" long double strtold(const char* text, char** end) { return strtod(text, end); }
