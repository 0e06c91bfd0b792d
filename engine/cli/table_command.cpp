// `couverture table`: the coverage matrix, Markdown by default, CSV with --csv.
#include <iostream>

#include "commands.h"
#include "couverture/coverage.h"
#include "couverture/table.h"
#include "input.h"
#include "options.h"

namespace couverture::cli {

int TableCommand(const Args& args) {
  Result<RulesetCommand> start = StartRulesetCommand(args, "table", {"--rules", "--lang", "--csv"});
  if (!start.ok()) return Fail(Summarize(start.errors()));
  const auto& [o, rules, lang] = start.value();
  Coverage coverage = EnumerateCoverage(rules, rules.flow);
  std::cout << (o.csv ? CoverageCsv(rules, coverage, lang)
                      : CoverageMarkdown(rules, coverage, lang));
  return 0;
}

}  // namespace couverture::cli
