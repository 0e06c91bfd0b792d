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

// A layer's notes as findings: its warnings (a base of another version) count as warnings, and
// every override is listed, so that a review sees each national row the university replaced.
struct LayerFinding {
  const char* severity;
  const LayerNote* note;
};
std::vector<LayerFinding> LayerFindings(const Composition& composition) {
  std::vector<LayerFinding> findings;
  for (const LayerNote& w : composition.warnings) findings.push_back({"warning", &w});
  for (const LayerNote& o : composition.overrides) findings.push_back({"info", &o});
  return findings;
}

std::string WithLayerFindings(const std::string& report, const std::vector<LayerFinding>& notes,
                              const std::string& layer) {
  using Json = nlohmann::ordered_json;
  Json json = Json::parse(report, nullptr, false);
  if (json.is_discarded() || !json.is_object()) return report;
  Json findings = Json::array();
  for (const LayerFinding& f : notes) {
    findings.push_back({{"severity", f.severity},
                        {"kind", f.note->kind},
                        {"message", f.note->message},
                        {"path", f.note->path},
                        {"layer", layer},
                        {"answers", nullptr}});
    Json& summary = json["summary"];
    const char* key = std::string(f.severity) == "warning" ? "warnings" : "info";
    if (summary.is_object() && summary[key].is_number_unsigned()) {
      summary[key] = summary[key].get_ref<const Json::number_unsigned_t&>() + 1;
    }
  }
  for (Json& f : json["findings"]) findings.push_back(std::move(f));
  json["findings"] = std::move(findings);
  return json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace

int CheckCommand(const Args& args, Output& out) {
  Result<Options> options =
      ParseOptions(args, {"--rules", "--layer", "--json", "--strict", "--date"});
  if (!options.ok()) return Fail(Summarize(options.errors()), kUsage);
  const Options& o = options.value();
  if (!o.files.empty()) return Fail("check takes no file: use --rules FILE", kUsage);
  Result<Date> today = DateOption(o.date);
  if (!today.ok()) return Fail(Summarize(today.errors()), kUsage);
  Composition composition;
  Result<Ruleset> rules = LoadRulesFile(o.rules, o.layer, &composition);
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
  std::vector<LayerFinding> notes = LayerFindings(composition);
  std::string layer = o.layer ? *o.layer : "";
  if (o.json) {
    out.Print(WithLayerFindings(authoring::VerificationJson(rules.value(), result, 2) + "\n", notes,
                                layer));
  } else {
    std::string text;
    for (const LayerFinding& f : notes) {
      text += std::string(f.severity) + " [" + f.note->kind + "] " + Printable(f.note->message) +
              "\n  at " + f.note->path + " in " + Printable(layer) + "\n";
    }
    out.Print(text + authoring::VerificationText(rules.value(), result));
  }
  if (out.Finish() != 0) return kFailure;
  std::size_t errors = result.Count(authoring::Severity::kError);
  std::size_t warnings = result.Count(authoring::Severity::kWarning) + composition.warnings.size();
  if (errors > 0) return Fail("check: " + std::to_string(errors) + " error(s)");
  if (o.strict && warnings > 0) {
    return Fail("check --strict: " + std::to_string(warnings) + " warning(s)");
  }
  return 0;
}

}  // namespace couverture::cli
