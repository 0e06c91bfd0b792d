// `couverture graph`: the question flow as Graphviz DOT (render with `dot -Tsvg`).
#include <iostream>

#include "commands.h"
#include "couverture/graph.h"
#include "input.h"
#include "options.h"

namespace couverture::cli {

int GraphCommand(const Args& args) {
  Result<Options> options = ParseOptions(args, {"--rules", "--lang"});
  if (!options.ok()) return Fail(Summarize(options.errors()));
  const Options& o = options.value();
  if (!o.files.empty()) return Fail("graph takes no file: use --rules FILE");
  Result<Ruleset> rules = LoadRulesOption(o.rules);
  if (!rules.ok()) return Fail("ruleset: " + Summarize(rules.errors()));
  Result<int> lang = LanguageOption(rules.value(), o.lang);
  if (!lang.ok()) return Fail(Summarize(lang.errors()));
  std::cout << FlowDot(rules.value(), rules.value().flow, lang.value());
  return 0;
}

}  // namespace couverture::cli
