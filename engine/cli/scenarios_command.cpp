// `couverture scenarios`: one scenario file per equivalence class, in --out DIR (default
// ./scenarios), to freeze today's behaviour before editing a ruleset.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <system_error>

#include "commands.h"
#include "couverture/coverage.h"
#include "couverture/scenarios.h"
#include "input.h"
#include "options.h"

namespace couverture::cli {

int ScenariosCommand(const Args& args) {
  Result<RulesetCommand> start =
      StartRulesetCommand(args, "scenarios", {"--rules", "--lang", "--out"});
  if (!start.ok()) return Fail(Summarize(start.errors()));
  const auto& [o, rules, lang] = start.value();
  Coverage coverage = EnumerateCoverage(rules, rules.flow);
  std::vector<ScenarioFile> files = Scenarios(rules, coverage, lang);

  std::filesystem::path dir = o.out.value_or("scenarios");
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error) return Fail("cannot create " + dir.string() + ": " + error.message());
  for (const ScenarioFile& file : files) {
    std::filesystem::path path = dir / file.name;
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << file.json;
    if (!out.flush()) return Fail("cannot write " + path.string());
  }
  std::cout << "wrote " << files.size() << " scenarios to " << dir.string() << "\n";
  if (coverage.rows_truncated || coverage.flow_truncated) {
    char total[32];
    std::snprintf(total, sizeof total, "%.0f", coverage.total);
    std::cerr << "couverture: warning: the ruleset has " << total
              << " classes and the flow or row limit was reached: not every class has a "
                 "scenario\n";
  }
  return 0;
}

}  // namespace couverture::cli
