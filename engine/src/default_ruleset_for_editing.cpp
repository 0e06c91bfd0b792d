#include "couverture/ruleset.h"
#include "json.h"

namespace couverture {

std::string DefaultRulesetForEditing() {
  // The compiled-in text always parses: the build embeds the file the tests load.
  Result<Json> parsed = ParseJson(DefaultRulesetJson());
  return parsed.ok() ? parsed.value().Dump(2) + "\n" : std::string(DefaultRulesetJson());
}

}  // namespace couverture
