// Reading files and rulesets for the CLI: all file I/O lives here, none in the engine.
#ifndef COUVERTURE_CLI_INPUT_H_
#define COUVERTURE_CLI_INPUT_H_

#include <optional>
#include <string>
#include <vector>

#include "couverture/error.h"
#include "couverture/ruleset.h"
#include "options.h"

namespace couverture::cli {

// The bytes of FILE, or of standard input for "-".
Result<std::string> ReadInput(const std::string& file);

// The ruleset in --rules FILE, or the compiled-in default. Errors name the file.
Result<Ruleset> LoadRulesOption(const std::optional<std::string>& file);

// The index of --lang in the ruleset's languages; its first language when not given.
Result<int> LanguageOption(const Ruleset& rules, const std::optional<std::string>& lang);

// What table, graph and scenarios start from: their options parsed (no positional file), the
// ruleset loaded and the language chosen; or the one line to fail with.
struct RulesetCommand {
  Options options;
  Ruleset rules;
  int lang = 0;
};
Result<RulesetCommand> StartRulesetCommand(const std::vector<std::string>& args,
                                           const std::string& name,
                                           const std::vector<std::string>& flags);

}  // namespace couverture::cli

#endif  // COUVERTURE_CLI_INPUT_H_
