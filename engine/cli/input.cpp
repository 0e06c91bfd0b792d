#include "input.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace couverture::cli {

Result<std::string> ReadInput(const std::string& file) {
  std::ostringstream bytes;
  if (file == "-") {
    bytes << std::cin.rdbuf();
    return bytes.str();
  }
  std::error_code ignored;
  if (std::filesystem::is_directory(file, ignored))
    return Error{"", "cannot read " + file + ": it is a directory"};
  std::ifstream in(file, std::ios::binary);
  if (!in) return Error{"", "cannot read " + file + ": " + std::strerror(errno)};
  bytes << in.rdbuf();
  if (in.bad()) return Error{"", "cannot read " + file};
  return bytes.str();
}

Result<Ruleset> LoadRulesOption(const std::optional<std::string>& file) {
  if (!file) return LoadRuleset(DefaultRulesetJson());
  Result<std::string> text = ReadInput(*file);
  if (!text.ok()) return text.errors();
  Result<Ruleset> rules = LoadRuleset(text.value());
  if (rules.ok()) return rules;
  Errors errors = rules.errors();
  for (Error& e : errors) e.message = e.message + " (in " + *file + ")";
  return errors;
}

Result<int> LanguageOption(const Ruleset& rules, const std::optional<std::string>& lang) {
  if (!lang) return 0;
  int index = rules.LanguageIndex(*lang);
  if (index >= 0) return index;
  std::string known;
  for (const std::string& l : rules.languages) known += (known.empty() ? "" : ", ") + l;
  return Error{"", "unknown language \"" + *lang + "\" (the ruleset has " + known + ")"};
}

Result<RulesetCommand> StartRulesetCommand(const std::vector<std::string>& args,
                                           const std::string& name,
                                           const std::vector<std::string>& flags) {
  Result<Options> options = ParseOptions(args, flags);
  if (!options.ok()) return options.errors();
  if (!options.value().files.empty()) {
    return Error{"", name + " takes no file: use --rules FILE"};
  }
  Result<Ruleset> rules = LoadRulesOption(options.value().rules);
  if (!rules.ok()) return Error{"", "ruleset: " + Summarize(rules.errors())};
  Result<int> lang = LanguageOption(rules.value(), options.value().lang);
  if (!lang.ok()) return lang.errors();
  return RulesetCommand{options.value(), std::move(rules).value(), lang.value()};
}

}  // namespace couverture::cli
