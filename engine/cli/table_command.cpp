// `couverture table`: the coverage matrix, Markdown by default, CSV with --csv.
#include <iostream>

#include "commands.h"
#include "couverture/coverage.h"
#include "couverture/table.h"
#include "input.h"
#include "options.h"

namespace couverture::cli {

int TableCommand(const Args& args) {
  Result<Options> options = ParseOptions(args, {"--rules", "--lang", "--csv"});
  if (!options.ok()) return Fail(Summarize(options.errors()));
  const Options& o = options.value();
  if (!o.files.empty()) return Fail("table takes no file: use --rules FILE");
  Result<Ruleset> rules = LoadRulesOption(o.rules);
  if (!rules.ok()) return Fail("ruleset: " + Summarize(rules.errors()));
  Result<int> lang = LanguageOption(rules.value(), o.lang);
  if (!lang.ok()) return Fail(Summarize(lang.errors()));
  Coverage coverage = EnumerateCoverage(rules.value(), rules.value().flow);
  std::cout << (o.csv ? CoverageCsv(rules.value(), coverage, lang.value())
                      : CoverageMarkdown(rules.value(), coverage, lang.value()));
  return 0;
}

}  // namespace couverture::cli
