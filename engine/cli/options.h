// Command-line options shared by the subcommands.
#ifndef COUVERTURE_CLI_OPTIONS_H_
#define COUVERTURE_CLI_OPTIONS_H_

#include <optional>
#include <string>
#include <vector>

#include "couverture/error.h"

namespace couverture::cli {

struct Options {
  std::optional<std::string> rules;  // --rules FILE
  std::optional<std::string> lang;   // --lang CODE
  bool json = false;                 // --json
  bool strict = false;               // --strict
  bool csv = false;                  // --csv
  std::optional<std::string> out;    // --out DIR
  std::vector<std::string> files;    // positional arguments
};

// `allowed` lists the flags the subcommand takes, e.g. {"--rules", "--lang"}.
Result<Options> ParseOptions(const std::vector<std::string>& args,
                             const std::vector<std::string>& allowed);

}  // namespace couverture::cli

#endif  // COUVERTURE_CLI_OPTIONS_H_
