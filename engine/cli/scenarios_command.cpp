// `couverture scenarios`: one scenario file per equivalence class, in --out DIR (default
// ./scenarios), to freeze today's behaviour before editing a ruleset.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "commands.h"
#include "couverture/authoring/coverage.h"
#include "couverture/authoring/scenarios.h"

namespace couverture::cli {

int ScenariosCommand(const Args& args, Output& out) {
  auto start = StartCommand(args, {"--rules", "--lang", "--out", "--date"}, /*takes_files=*/false);
  if (auto* error = std::get_if<StartError>(&start)) return Fail(*error);
  const auto& [options, rules, lang] = std::get<Start>(start);
  Result<Date> date = DateOption(options.date);
  if (!date.ok()) return Fail(Summarize(date.errors()), kUsage);
  authoring::Coverage coverage = authoring::EnumerateCoverage(rules);
  std::vector<authoring::ScenarioFile> files =
      authoring::Scenarios(rules, coverage, lang, options.date ? date.value().iso() : "");

  std::filesystem::path dir = options.out.value_or("scenarios");
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error) return Fail("cannot create " + Printable(dir.string()) + ": " + error.message());
  for (const authoring::ScenarioFile& file : files) {
    std::filesystem::path path = dir / file.name;
    std::ofstream stream(path, std::ios::binary | std::ios::trunc);
    stream << file.json;
    if (!stream.flush()) return Fail("cannot write " + Printable(path.string()));
  }
  out.Print("wrote " + std::to_string(files.size()) + " scenarios to " + Printable(dir.string()) +
            "\n");
  if (coverage.rows_truncated || coverage.flow_truncated) {
    char total[32];
    std::snprintf(total, sizeof total, "%.0f", coverage.total);
    std::fprintf(stderr,
                 "couverture: warning: the ruleset has %s classes and the flow or row limit was "
                 "reached: not every class has a scenario\n",
                 total);
  }
  return out.Finish();
}

}  // namespace couverture::cli
