#include <iostream>

#include "commands.h"
#include "input.h"
#include "options.h"

namespace couverture::cli {

int CheckCommand(const Args& args) {
  Result<Options> options = ParseOptions(args, {"--rules"});
  if (!options.ok()) return Fail(Summarize(options.errors()));
  if (!options.value().files.empty()) return Fail("check takes no file: use --rules FILE");
  Result<Ruleset> rules = LoadRulesOption(options.value().rules);
  if (!rules.ok()) {
    for (const Error& e : rules.errors()) std::cerr << "error: " << e.ToString() << "\n";
    return Fail("ruleset: " + std::to_string(rules.errors().size()) + " error(s)");
  }
  std::cout << "ok: " << rules.value().meta.id << " (" << rules.value().rules.size() << " rules, "
            << rules.value().questions.size() << " questions)\n";
  return 0;
}

}  // namespace couverture::cli
