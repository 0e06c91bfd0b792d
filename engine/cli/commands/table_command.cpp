// `couverture table`: the coverage matrix, Markdown by default, CSV with --csv.
#include "commands.h"
#include "couverture/authoring/table.h"

namespace couverture::cli {

int TableCommand(const Args& args, Output& out) {
  auto start = StartCommand(args, {"--rules", "--lang", "--csv"}, /*takes_files=*/false);
  if (auto* error = std::get_if<StartError>(&start)) return Fail(*error);
  const auto& [options, rules, lang] = std::get<Start>(start);
  out.Print(options.csv ? authoring::CoverageCsv(rules, lang)
                        : authoring::CoverageMarkdown(rules, lang));
  return out.Finish();
}

}  // namespace couverture::cli
