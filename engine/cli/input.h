// Reading files and rulesets for the CLI: all file I/O lives here, none in the engine. Every read
// is capped at the engine's limit for what it holds, so /dev/zero is refused, not read forever.
#ifndef COUVERTURE_CLI_INPUT_H_
#define COUVERTURE_CLI_INPUT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "couverture/date.h"
#include "couverture/error.h"
#include "couverture/layer.h"
#include "couverture/ruleset.h"
#include "options.h"

namespace couverture::cli {

// The bytes of FILE, or of standard input for "-"; more than `limit` bytes is an error naming
// `what` ("answers", "a ruleset").
Result<std::string> ReadInput(const std::string& file, std::size_t limit, const char* what);

// The ruleset in FILE, or the compiled-in default. Errors name the file.
Result<Ruleset> LoadRulesFile(const std::optional<std::string>& file);

// The same with LAYER (--layer) composed over it, when given. The composition's notes go to
// `notes` when given (check lists them), else its warnings to stderr.
Result<Ruleset> LoadRulesFile(const std::optional<std::string>& file,
                              const std::optional<std::string>& layer,
                              Composition* notes = nullptr);

// A base's text: FILE's, or the compiled-in ruleset's.
Result<std::string> ReadRulesText(const std::optional<std::string>& file);

// Today on this machine's clock, or --date.
Result<Date> DateOption(const std::optional<std::string>& date);

// What every command starts from: its options parsed (usage errors apart, for exit status 2), the
// ruleset loaded and the language chosen.
struct Start {
  Options options;
  Ruleset rules;
  int lang = 0;
};
struct StartError {
  std::string message;
  bool usage = false;  // a usage error: exit status 2
};
std::variant<Start, StartError> StartCommand(const std::vector<std::string>& args,
                                             const std::vector<std::string>& flags,
                                             bool takes_files);

}  // namespace couverture::cli

#endif  // COUVERTURE_CLI_INPUT_H_
