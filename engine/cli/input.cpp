#include "input.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <memory>

#include "couverture/language.h"
#include "couverture/limits.h"

namespace couverture::cli {

Result<std::string> ReadInput(const std::string& file, std::size_t limit, const char* what) {
  std::string name = file == "-" ? "standard input" : Printable(file);
  std::error_code ignored;
  if (file != "-" && std::filesystem::is_directory(file, ignored)) {
    return Error{"", "cannot read " + name + ": it is a directory"};
  }
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> owned(nullptr, std::fclose);
  std::FILE* in = stdin;
  if (file != "-") {
    owned.reset(std::fopen(file.c_str(), "rb"));
    if (!owned) return Error{"", "cannot read " + name + ": " + std::strerror(errno)};
    in = owned.get();
  }
  std::string bytes;
  char buffer[1 << 16];
  for (;;) {
    std::size_t read = std::fread(buffer, 1, sizeof buffer, in);
    bytes.append(buffer, read);
    if (bytes.size() > limit) {
      return Error{"", name + " is larger than the limit for " + std::string(what) + " (" +
                           std::to_string(limit) + " bytes)"};
    }
    if (read < sizeof buffer) break;
  }
  if (std::ferror(in)) return Error{"", "cannot read " + name + ": " + std::strerror(errno)};
  return bytes;
}

Result<Ruleset> LoadRulesFile(const std::optional<std::string>& file) {
  if (!file) return LoadRuleset(DefaultRulesetJson());
  Result<std::string> text = ReadInput(*file, limits::kRulesetBytes, "a ruleset");
  if (!text.ok()) return text.errors();
  Result<Ruleset> rules = LoadRuleset(text.value());
  if (rules.ok()) return rules;
  Errors errors = rules.errors();
  for (Error& e : errors) e.message += " (in " + Printable(*file) + ")";
  return errors;
}

Result<Date> DateOption(const std::optional<std::string>& date) {
  if (date) {
    if (std::optional<Date> parsed = Date::Parse(*date)) return *parsed;
    return Error{
        "", "--date " + Printable(date->substr(0, 32)) + " is not a date of the form YYYY-MM-DD"};
  }
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &local);
  return *Date::Parse(text);
}

std::variant<Start, StartError> StartCommand(const std::vector<std::string>& args,
                                             const std::vector<std::string>& flags,
                                             bool takes_files) {
  Result<Options> options = ParseOptions(args, flags);
  if (!options.ok()) return StartError{Summarize(options.errors()), true};
  if (!takes_files && !options.value().files.empty()) {
    return StartError{"unexpected argument " +
                          Printable(options.value().files.front().substr(0, 64)) +
                          " (use --rules FILE for a ruleset)",
                      true};
  }
  Result<Ruleset> rules = LoadRulesFile(options.value().rules);
  if (!rules.ok()) return StartError{"ruleset: " + Summarize(rules.errors())};
  int lang = 0;
  if (options.value().lang) {
    Result<int> resolved = ResolveLanguage(rules.value(), *options.value().lang);
    if (!resolved.ok()) return StartError{Summarize(resolved.errors())};
    lang = resolved.value();
  }
  return Start{std::move(options).value(), std::move(rules).value(), lang};
}

}  // namespace couverture::cli
