// The subcommands of `couverture`. Each writes its output through `out` and returns the exit
// status: 0 done, 1 a failure (bad input, findings, a failed write), 2 a usage error. Errors go to
// stderr as single lines.
#ifndef COUVERTURE_CLI_COMMANDS_H_
#define COUVERTURE_CLI_COMMANDS_H_

#include <string>
#include <variant>
#include <vector>

#include "input.h"
#include "output.h"

namespace couverture::cli {

using Args = std::vector<std::string>;

int AssessCommand(const Args& args, Output& out);
int CheckCommand(const Args& args, Output& out);
int RulesCommand(const Args& args, Output& out);
int TableCommand(const Args& args, Output& out);
int GraphCommand(const Args& args, Output& out);
int ScenariosCommand(const Args& args, Output& out);
int MigrateCommand(const Args& args, Output& out);
int ComposeCommand(const Args& args, Output& out);
// Exits as diff(1) does: 0 no outcome differs, 1 some does, 2 trouble.
int DiffCommand(const Args& args, Output& out);
// `sources`: the evidence map. `sources check`: exits 0 nothing drifted, 1 something did, 2
// trouble.
int SourcesCommand(const Args& args, Output& out);

inline constexpr int kFailure = 1;
inline constexpr int kUsage = 2;

// Prints "couverture: <message>" on stderr and returns `status`.
int Fail(const std::string& message, int status = kFailure);

// The exit status for a command that could not start.
int Fail(const StartError& error);

}  // namespace couverture::cli

#endif  // COUVERTURE_CLI_COMMANDS_H_
