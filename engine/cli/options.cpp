#include "options.h"

#include <algorithm>

namespace couverture::cli {

Result<Options> ParseOptions(const std::vector<std::string>& args,
                             const std::vector<std::string>& allowed) {
  Options options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string arg = args[i];
    if (arg == "-" || arg.rfind("-", 0) != 0) {
      options.files.push_back(arg);
      continue;
    }
    std::optional<std::string> inline_value;
    if (std::size_t eq = arg.find('='); eq != std::string::npos) {
      inline_value = arg.substr(eq + 1);
      arg = arg.substr(0, eq);
    }
    if (std::find(allowed.begin(), allowed.end(), arg) == allowed.end()) {
      return Error{"", "unknown option " + Printable(arg.substr(0, 64))};
    }
    bool takes_value = arg == "--rules" || arg == "--layer" || arg == "--lang" || arg == "--out" ||
                       arg == "--date" || arg == "--compare" || arg == "--renamed-option";
    if (!takes_value) {
      if (inline_value) return Error{"", arg + " takes no value"};
      if (arg == "--json") options.json = true;
      if (arg == "--strict") options.strict = true;
      if (arg == "--csv") options.csv = true;
      continue;
    }
    if (!inline_value) {
      if (i + 1 >= args.size()) return Error{"", arg + " needs a value"};
      inline_value = args[++i];
    }
    if (arg == "--rules") options.rules = inline_value;
    if (arg == "--layer") options.layer = inline_value;
    if (arg == "--lang") options.lang = inline_value;
    if (arg == "--out") options.out = inline_value;
    if (arg == "--date") options.date = inline_value;
    if (arg == "--compare") options.compare.push_back(*inline_value);
    if (arg == "--renamed-option") options.renamed_options.push_back(*inline_value);
  }
  return options;
}

}  // namespace couverture::cli
