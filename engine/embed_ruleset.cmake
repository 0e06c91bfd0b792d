# cmake -DINPUT=ruleset.json -DOUTPUT=file.cpp -P embed_ruleset.cmake
# Hex bytes rather than a raw string literal: no delimiter can clash with the ruleset's text.
file(READ "${INPUT}" hex HEX)
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
