# cmake -DINPUT=ruleset.json -DOUTPUT=file.cpp -P embed_ruleset.cmake
# The text ships inside the WebAssembly module, so its layout goes: line breaks and indentation
# (JSON strings cannot hold a raw line break, so this is safe) and the spaces below. Hex bytes
# rather than a raw string literal: no delimiter can clash with the ruleset's text.
file(READ "${INPUT}" text)
string(REGEX REPLACE "\r?\n[ \t]*" "" text "${text}")
# The space after a key's colon and between array items goes too. Inside a string a quote is
# always escaped, so a quote not preceded by a backslash ends a string: what follows is structure.
string(REGEX REPLACE "([^\\])\": " "\\1\":" text "${text}")
string(REGEX REPLACE "([^\\])\", \"" "\\1\",\"" text "${text}")
# "$schema" is for editors of the file, not for the engine.
string(REGEX REPLACE "^{\"\\$schema\":\"[^\"]*\"," "{" text "${text}")
file(WRITE "${OUTPUT}.min" "${text}")
file(READ "${OUTPUT}.min" hex HEX)
file(REMOVE "${OUTPUT}.min")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
file(WRITE "${OUTPUT}" "// Generated from ${INPUT}; edit the JSON, not this file.
#include <string_view>
#include \"couverture/ruleset.h\"
namespace couverture {
namespace {
constexpr char kDefaultRuleset[] = {${bytes}};
}  // namespace
std::string_view DefaultRulesetJson() { return {kDefaultRuleset, sizeof kDefaultRuleset}; }
}  // namespace couverture
")
