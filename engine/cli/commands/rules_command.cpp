// `couverture rules`: the compiled-in default ruleset, laid out for editing.
#include <nlohmann/json.hpp>

#include "commands.h"
#include "couverture/ruleset.h"

namespace couverture::cli {

int RulesCommand(const Args& args, Output& out) {
  if (!args.empty()) return Fail("rules takes no arguments", kUsage);
  // The embedded text is the shipped file without its layout; nlohmann/json lays it out again.
  nlohmann::ordered_json rules =
      nlohmann::ordered_json::parse(DefaultRulesetJson(), nullptr, false);
  out.Print(rules.is_discarded() ? std::string(DefaultRulesetJson())
                                 : rules.dump(2, ' ', false) + "\n");
  return out.Finish();
}

}  // namespace couverture::cli
