// `couverture diff OLD NEW`: the classes of answers whose outcome differs between two rulesets.
// Its exit status follows diff(1), not the other commands: 0 no outcome differs, 1 some does,
// 2 trouble (usage, an unreadable or invalid ruleset, an exploration cut short).
#include <cstdio>

#include "commands.h"
#include "couverture/authoring/diff.h"

namespace couverture::cli {
namespace {

constexpr int kSame = 0;
constexpr int kDiffers = 1;
constexpr int kTrouble = 2;

}  // namespace

int DiffCommand(const Args& args, Output& out) {
  Result<Options> parsed =
      ParseOptions(args, {"--json", "--lang", "--date", "--compare", "--renamed-option"});
  if (!parsed.ok()) return Fail(Summarize(parsed.errors()), kTrouble);
  const Options& options = parsed.value();
  if (options.files.size() != 2) {
    return Fail("diff takes two rulesets: couverture diff OLD NEW", kTrouble);
  }
  if (options.files[0] == "-" && options.files[1] == "-") {
    return Fail("diff reads at most one ruleset from standard input", kTrouble);
  }
  Result<Date> date = DateOption(options.date);
  if (!date.ok()) return Fail(Summarize(date.errors()), kTrouble);
  Result<Ruleset> old_rules = LoadRulesFile(options.files[0]);
  if (!old_rules.ok()) return Fail("old ruleset: " + Summarize(old_rules.errors()), kTrouble);
  Result<Ruleset> new_rules = LoadRulesFile(options.files[1]);
  if (!new_rules.ok()) return Fail("new ruleset: " + Summarize(new_rules.errors()), kTrouble);

  authoring::DiffOptions diff_options;
  diff_options.lang = options.lang.value_or("");
  diff_options.date = date.value().iso();
  for (const std::string& pair : options.compare) {
    std::size_t eq = pair.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == pair.size()) {
      return Fail("--compare takes OLD=NEW, two decision ids: got \"" +
                      Printable(pair.substr(0, 64)) + "\"",
                  kTrouble);
    }
    diff_options.compare.emplace_back(pair.substr(0, eq), pair.substr(eq + 1));
  }
  for (const std::string& rename : options.renamed_options) {
    // Ids hold letters, digits, '_' and '-': the first '.' and the '=' after it split the three.
    std::size_t dot = rename.find('.');
    std::size_t eq = dot == std::string::npos ? dot : rename.find('=', dot);
    if (eq == std::string::npos || dot == 0 || eq == dot + 1 || eq + 1 == rename.size()) {
      return Fail(
          "--renamed-option takes QUESTION.OLD=NEW, a question id and two option ids: got \"" +
              Printable(rename.substr(0, 64)) + "\"",
          kTrouble);
    }
    diff_options.renamed_options.push_back(
        {rename.substr(0, dot), rename.substr(dot + 1, eq - dot - 1), rename.substr(eq + 1)});
  }
  Result<authoring::RulesetDiff> diff =
      authoring::Diff(old_rules.value(), new_rules.value(), diff_options);
  if (!diff.ok()) return Fail(Summarize(diff.errors()), kTrouble);
  const authoring::RulesetDiff& d = diff.value();
  out.Print(options.json ? authoring::DiffJson(d, 2) + "\n" : authoring::DiffMarkdown(d));
  if (out.Finish() != 0) return kTrouble;
  if (d.truncated) {
    // A difference found stands; "no difference" would not: what was not compared may differ.
    if (!d.OutcomesDiffer()) {
      return Fail("diff: the exploration reached its " + authoring::DiffLimitReached(d) +
                      ": not every class was compared",
                  kTrouble);
    }
    std::fprintf(stderr,
                 "couverture: warning: the exploration reached its %s: not every class was "
                 "compared\n",
                 authoring::DiffLimitReached(d).c_str());
  }
  return d.OutcomesDiffer() ? kDiffers : kSame;
}

}  // namespace couverture::cli
