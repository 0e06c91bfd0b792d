# cmake -DINPUT=ruleset.json -DOUTPUT=file.cpp -P embed_ruleset.cmake
# The text ships inside the library, compacted (compact_ruleset.cmake). Hex bytes rather than a
# raw string literal: no delimiter can clash with the ruleset's text.
include("${CMAKE_CURRENT_LIST_DIR}/compact_ruleset.cmake")
file(READ "${INPUT}" text)
compact_ruleset("${text}" text)
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
