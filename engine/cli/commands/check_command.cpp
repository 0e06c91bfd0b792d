// `couverture check`: validates a ruleset, then verifies it. Today's date comes from the clock
// here (or --date), so that the engine itself stays pure.
#include <cstdio>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "couverture/authoring/json_syntax.h"
#include "couverture/authoring/verify.h"
#include "couverture/limits.h"
#include "input.h"

namespace couverture::cli {
namespace {

// Load errors in the verifier's JSON shape, so tools read one format either way.
std::string LoadErrorsJson(const Errors& errors) {
  using Json = nlohmann::ordered_json;
  Json findings = Json::array();
  for (const Error& e : errors) {
    findings.push_back({{"severity", "error"},
                        {"kind", "invalid"},
                        {"message", e.message},
                        {"path", e.path},
                        {"answers", nullptr}});
  }
  Json summary = {{"errors", errors.size()}, {"warnings", 0}, {"info", 0}};
  Json report = {{"ruleset", nullptr}, {"summary", summary}, {"findings", findings}};
  return report.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace

int CheckCommand(const Args& args, Output& out) {
  Result<Options> options = ParseOptions(args, {"--rules", "--json", "--strict", "--date"});
  if (!options.ok()) return Fail(Summarize(options.errors()), kUsage);
  const Options& o = options.value();
  if (!o.files.empty()) return Fail("check takes no file: use --rules FILE", kUsage);
  Result<Date> today = DateOption(o.date);
  if (!today.ok()) return Fail(Summarize(today.errors()), kUsage);
  Result<Ruleset> rules = LoadRulesFile(o.rules);
  if (!rules.ok()) {
    if (o.json) {
      out.Print(LoadErrorsJson(rules.errors()));
    } else {
      for (const Error& e : rules.errors()) {
        std::fprintf(stderr, "error: %s\n", e.ToString().c_str());
        // Malformed JSON in plain words, at the place to fix: often the line before the one the
        // reader stopped at ("A comma is missing at the end of line 352").
        if (e.message.rfind("malformed JSON", 0) != 0 || !o.rules) continue;
        Result<std::string> text = ReadInput(*o.rules, limits::kRulesetBytes, "a ruleset");
        std::optional<authoring::JsonSyntaxHint> hint =
            text.ok() ? authoring::ExplainJsonSyntax(text.value(), e.message,
                                                     authoring::StaffLanguage::kEnglish)
                      : std::nullopt;
        if (hint) std::fprintf(stderr, "  %s\n", Printable(hint->text).c_str());
      }
    }
    if (out.Finish() != 0) return kFailure;
    return Fail("ruleset: " + std::to_string(rules.errors().size()) + " error(s)");
  }
  authoring::VerifyOptions verify;
  verify.today = today.value().iso();
  authoring::Verification result = authoring::Verify(rules.value(), verify);
  out.Print(o.json ? authoring::VerificationJson(rules.value(), result, 2) + "\n"
                   : authoring::VerificationText(rules.value(), result));
  if (out.Finish() != 0) return kFailure;
  std::size_t errors = result.Count(authoring::Severity::kError);
  std::size_t warnings = result.Count(authoring::Severity::kWarning);
  if (errors > 0) return Fail("check: " + std::to_string(errors) + " error(s)");
  if (o.strict && warnings > 0) {
    return Fail("check --strict: " + std::to_string(warnings) + " warning(s)");
  }
  return 0;
}

}  // namespace couverture::cli
