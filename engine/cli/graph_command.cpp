// `couverture graph`: the question flow as Graphviz DOT (render with `dot -Tsvg`).
#include <iostream>

#include "commands.h"
#include "couverture/graph.h"
#include "input.h"
#include "options.h"

namespace couverture::cli {

int GraphCommand(const Args& args) {
  Result<RulesetCommand> start = StartRulesetCommand(args, "graph", {"--rules", "--lang"});
  if (!start.ok()) return Fail(Summarize(start.errors()));
  const auto& [o, rules, lang] = start.value();
  std::cout << FlowDot(rules, rules.flow, lang);
  return 0;
}

}  // namespace couverture::cli
