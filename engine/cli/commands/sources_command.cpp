// `couverture sources`: the evidence map; `couverture sources check`: the pages fetched and every
// quote looked for. Exits as diff(1) does: 0 nothing drifted, 1 something did, 2 trouble (usage,
// an unreadable ruleset, snapshots or a ruleset that cannot be written).
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "commands.h"
#include "couverture/authoring/evidence.h"
#include "couverture/language.h"
#include "couverture/limits.h"
#include "couverture/sources/check.h"
#include "couverture/sources/checked_dates.h"

namespace couverture::cli {
namespace {

// The options only `sources check` takes, taken out before the shared parser sees the rest.
struct CheckFlags {
  std::optional<std::string> snapshots;
  bool update = false;
  long timeout = 30;
  long pause = 1000;
};

std::optional<long> Bounded(const std::string& text, long min, long max) {
  if (text.empty() || text.size() > 9 ||
      text.find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  long value = std::stol(text);
  if (value < min || value > max) return std::nullopt;
  return value;
}

// Returns a usage error, or "" with `rest` holding the other arguments.
std::string TakeCheckFlags(const Args& args, CheckFlags& flags, Args& rest) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string arg = args[i], value;
    bool inline_value = false;
    if (std::size_t eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string::npos) {
      value = arg.substr(eq + 1);
      arg = arg.substr(0, eq);
      inline_value = true;
    }
    if (arg == "--update") {
      if (inline_value) return "--update takes no value";
      flags.update = true;
      continue;
    }
    if (arg != "--snapshots" && arg != "--timeout" && arg != "--pause") {
      rest.push_back(args[i]);
      continue;
    }
    if (!inline_value) {
      if (i + 1 >= args.size()) return arg + " needs a value";
      value = args[++i];
    }
    if (arg == "--snapshots") {
      flags.snapshots = value;
    } else if (arg == "--timeout") {
      std::optional<long> seconds = Bounded(value, 1, 600);
      if (!seconds) return "--timeout takes whole seconds from 1 to 600";
      flags.timeout = *seconds;
    } else {
      std::optional<long> ms = Bounded(value, 0, 60000);
      if (!ms) return "--pause takes milliseconds from 0 to 60000";
      flags.pause = *ms;
    }
  }
  return "";
}

// Replaces `file` whole or not at all.
std::optional<std::string> WriteFileAtomically(const std::string& file, const std::string& text) {
  std::string temporary = file + ".couverture-tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << text;
    out.flush();
    if (!out) return "cannot write " + Printable(temporary);
  }
  std::error_code error;
  std::filesystem::rename(temporary, file, error);
  if (error) return "cannot replace " + Printable(file) + ": " + error.message();
  return std::nullopt;
}

struct Loaded {
  Ruleset rules;
  std::string text;  // "" for the compiled-in ruleset
};

std::variant<Loaded, std::string> Load(const Options& o) {
  std::string text;
  if (o.rules) {
    Result<std::string> read = ReadInput(*o.rules, limits::kRulesetBytes, "a ruleset");
    if (!read.ok()) return "ruleset: " + Summarize(read.errors());
    text = read.value();
  }
  Result<Ruleset> rules = LoadRuleset(o.rules ? std::string_view(text) : DefaultRulesetJson());
  if (!rules.ok()) {
    return "ruleset: " + Summarize(rules.errors()) +
           (o.rules ? " (in " + Printable(*o.rules) + ")" : "");
  }
  return Loaded{rules.value(), text};
}

int Map(const Args& args, Output& out) {
  auto start =
      StartCommand(args, {"--rules", "--layer", "--lang", "--json"}, /*takes_files=*/false);
  if (auto* error = std::get_if<StartError>(&start)) return Fail(*error);
  const auto& [options, rules, lang] = std::get<Start>(start);
  authoring::EvidenceMap map = authoring::MapEvidence(rules, lang);
  out.Print(options.json ? authoring::EvidenceJson(map) + "\n" : authoring::EvidenceText(map));
  return out.Finish();
}

int Check(const Args& args, Output& out) {
  CheckFlags flags;
  Args rest;
  if (std::string usage = TakeCheckFlags(args, flags, rest); !usage.empty()) {
    return Fail(usage, kUsage);
  }
  Result<Options> parsed = ParseOptions(rest, {"--rules", "--lang", "--json", "--date"});
  if (!parsed.ok()) return Fail(Summarize(parsed.errors()), kUsage);
  const Options& o = parsed.value();
  if (!o.files.empty()) {
    return Fail("unexpected argument " + Printable(o.files.front().substr(0, 64)) +
                    " (use --rules FILE for a ruleset)",
                kUsage);
  }
  if (flags.update && (!o.rules || !flags.snapshots)) {
    return Fail("--update needs --rules FILE (whose dates it sets) and --snapshots DIR", kUsage);
  }
  Result<Date> today = DateOption(o.date);
  if (!today.ok()) return Fail(Summarize(today.errors()), kUsage);
  auto loaded = Load(o);
  if (auto* error = std::get_if<std::string>(&loaded)) return Fail(*error, kUsage);
  const Loaded& ruleset = std::get<Loaded>(loaded);
  int lang = 0;
  if (o.lang) {
    Result<int> resolved = ResolveLanguage(ruleset.rules, *o.lang);
    if (!resolved.ok()) return Fail(Summarize(resolved.errors()), kUsage);
    lang = resolved.value();
  }

  sources::CheckOptions options;
  options.limits.timeout_seconds = flags.timeout;
  options.host_pause_ms = static_cast<int>(flags.pause);
  options.snapshots = flags.snapshots.value_or("");
  options.today = today.value().iso();
  sources::SourcesReport report =
      sources::CheckSources(authoring::MapEvidence(ruleset.rules, lang), options, sources::Fetch);

  if (flags.update) {
    // The ruleset's new text first: if its dates cannot be set, no snapshot is written either.
    std::vector<std::size_t> clean;
    for (const sources::SourceCheck& check : report.sources) {
      if (check.Clean()) clean.push_back(check.source);
    }
    std::string text = ruleset.text;
    if (!clean.empty()) {
      Result<std::string> dated = sources::SetCheckedDates(ruleset.text, clean, options.today);
      if (!dated.ok()) return Fail("ruleset: " + Summarize(dated.errors()), kUsage);
      if (!LoadRuleset(dated.value()).ok()) {
        return Fail("ruleset: setting the checked dates would break it; left as it was", kUsage);
      }
      text = dated.value();
    }
    Result<std::vector<std::size_t>> updated = sources::UpdateSnapshots(report, *flags.snapshots);
    if (!updated.ok()) return Fail(Summarize(updated.errors()), kUsage);
    if (text != ruleset.text) {
      if (auto error = WriteFileAtomically(*o.rules, text)) return Fail(*error, kUsage);
    }
  }

  out.Print(o.json ? sources::ReportJson(report) + "\n" : sources::ReportText(report));
  if (out.Finish() != 0) return kUsage;
  std::size_t problems = sources::Problems(report).size();
  if (problems == 0) return 0;
  return Fail("sources check: " + std::to_string(problems) + " problem(s)");
}

}  // namespace

int SourcesCommand(const Args& args, Output& out) {
  if (!args.empty() && args.front() == "check")
    return Check(Args(args.begin() + 1, args.end()), out);
  return Map(args, out);
}

}  // namespace couverture::cli
