// `couverture migrate`: a format 1 ruleset (a file, standard input, or the compiled-in one)
// rewritten as format 2.
#include "commands.h"
#include "couverture/authoring/migrate.h"
#include "couverture/limits.h"

namespace couverture::cli {

int MigrateCommand(const Args& args, Output& out) {
  Result<Options> options = ParseOptions(args, {});
  if (!options.ok()) return Fail(Summarize(options.errors()), kUsage);
  if (options.value().files.size() > 1) return Fail("migrate takes one ruleset file", kUsage);
  std::string text(DefaultRulesetJson());
  if (!options.value().files.empty()) {
    Result<std::string> read =
        ReadInput(options.value().files.front(), limits::kRulesetBytes, "a ruleset");
    if (!read.ok()) return Fail(Summarize(read.errors()));
    text = read.value();
  }
  Result<std::string> migrated = authoring::MigrateToFormat2(text);
  if (!migrated.ok()) return Fail("ruleset: " + Summarize(migrated.errors()));
  out.Print(migrated.value());
  return out.Finish();
}

}  // namespace couverture::cli
