#include <iostream>

#include "commands.h"
#include "couverture/ruleset.h"

namespace couverture::cli {

int RulesCommand(const Args& args) {
  if (!args.empty()) return Fail("rules takes no arguments");
  std::cout << DefaultRulesetForEditing();
  return 0;
}

}  // namespace couverture::cli
