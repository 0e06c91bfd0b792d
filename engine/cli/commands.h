// The subcommands of `couverture`. Each returns the process exit status and writes errors to
// stderr as single lines.
#ifndef COUVERTURE_CLI_COMMANDS_H_
#define COUVERTURE_CLI_COMMANDS_H_

#include <string>
#include <vector>

namespace couverture::cli {

using Args = std::vector<std::string>;

int AssessCommand(const Args& args);
int CheckCommand(const Args& args);
int RulesCommand(const Args& args);
int TableCommand(const Args& args);
int GraphCommand(const Args& args);
int ScenariosCommand(const Args& args);

// Prints "couverture: <message>" on stderr and returns the exit status for bad input.
int Fail(const std::string& message);

}  // namespace couverture::cli

#endif  // COUVERTURE_CLI_COMMANDS_H_
