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

Result<std::string> ReadRulesText(const std::optional<std::string>& file) {
  if (!file) return std::string(DefaultRulesetJson());
  return ReadInput(*file, limits::kRulesetBytes, "a ruleset");
}

Result<Ruleset> LoadRulesFile(const std::optional<std::string>& file,
                              const std::optional<std::string>& layer, Composition* notes) {
  if (!layer) return LoadRulesFile(file);
  if (file == "-" && layer == "-") {
    return Error{"", "the rules and the layer cannot both be read from standard input"};
  }
  Result<std::string> base = ReadRulesText(file);
  if (!base.ok()) return base.errors();
  Result<std::string> text = ReadInput(*layer, limits::kLayerBytes, "a layer");
  if (!text.ok()) return text.errors();
  std::string where = " (in " + Printable(*layer) + " over " +
                      (file ? Printable(*file) : std::string("the built-in rules")) + ")";
  Result<LayeredRuleset> loaded = LoadLayered(base.value(), text.value());
  if (!loaded.ok()) {
    Errors errors = loaded.errors();
    for (Error& e : errors) e.message += where;
    return errors;
  }
  const Composition& composition = loaded.value().composition;
  if (notes) {
    *notes = composition;
  } else {
    for (const LayerNote& w : composition.warnings) {
      std::fprintf(stderr, "couverture: warning: %s: %s%s\n", w.path.c_str(),
                   Printable(w.message).c_str(), where.c_str());
    }
  }
  return std::move(loaded).value().ruleset;
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
  Result<Ruleset> rules = LoadRulesFile(options.value().rules, options.value().layer);
  if (!rules.ok()) {
    // A layer's errors are often several (references a new base no longer has): each on its line.
    if (options.value().layer && rules.errors().size() > 1) {
      for (const Error& e : rules.errors()) {
        std::fprintf(stderr, "error: %s\n", e.ToString().c_str());
      }
    }
    return StartError{"ruleset: " + Summarize(rules.errors())};
  }
  int lang = 0;
  if (options.value().lang) {
    Result<int> resolved = ResolveLanguage(rules.value(), *options.value().lang);
    if (!resolved.ok()) return StartError{Summarize(resolved.errors())};
    lang = resolved.value();
  }
  return Start{std::move(options).value(), std::move(rules).value(), lang};
}

}  // namespace couverture::cli
