// Command-line options shared by the subcommands.
#ifndef COUVERTURE_CLI_OPTIONS_H_
#define COUVERTURE_CLI_OPTIONS_H_

#include <optional>
#include <string>
#include <vector>

#include "couverture/error.h"

namespace couverture::cli {

struct Options {
  std::optional<std::string> rules;          // --rules FILE
  std::optional<std::string> layer;          // --layer FILE: a layer over the rules
  std::optional<std::string> lang;           // --lang CODE
  std::optional<std::string> date;           // --date YYYY-MM-DD
  std::optional<std::string> out;            // --out DIR
  std::vector<std::string> compare;          // --compare OLD=NEW, repeatable
  std::vector<std::string> renamed_options;  // --renamed-option QUESTION.OLD=NEW, repeatable
  bool json = false;                         // --json
  bool strict = false;                       // --strict
  bool csv = false;                          // --csv
  std::vector<std::string> files;            // positional arguments
};

// `allowed` lists the flags the subcommand takes, e.g. {"--rules", "--lang"}. Errors are usage
// errors (exit status 2).
Result<Options> ParseOptions(const std::vector<std::string>& args,
                             const std::vector<std::string>& allowed);

}  // namespace couverture::cli

#endif  // COUVERTURE_CLI_OPTIONS_H_
