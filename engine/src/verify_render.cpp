// The verifier's report as text for people and as JSON for tools.
#include <cstdio>
#include <string>

#include "couverture/verify.h"
#include "json_reader.h"

namespace couverture {
namespace {

// "1 error", "2 errors"; "1 class", "3 classes".
std::string Count(double n, const char* one, const char* many) {
  char number[32];
  std::snprintf(number, sizeof number, "%.0f", n);
  return std::string(number) + " " + (n == 1 ? one : many);
}

std::string Summary(const Ruleset& rules, const Verification& v) {
  std::string line =
      rules.meta.id + " " + rules.meta.version + ": " +
      Count(static_cast<double>(v.Count(Severity::kError)), "error", "errors") + ", " +
      Count(static_cast<double>(v.Count(Severity::kWarning)), "warning", "warnings") + ", " +
      Count(static_cast<double>(v.Count(Severity::kInfo)), "note", "notes") + "; " +
      Count(static_cast<double>(rules.questions.size()), "question", "questions") + ", " +
      Count(static_cast<double>(rules.rules.size()), "row", "rows") + ", " +
      Count(v.classes, "class", "classes") +
      " of answers (flow: " + Count(static_cast<double>(v.flow_nodes), "node", "nodes") + ", " +
      Count(static_cast<double>(v.flow_leaves), "leaf", "leaves") + ")";
  if (!v.covered) line += "; NOT fully verified, see the \"incomplete\" warnings";
  return line;
}

}  // namespace

std::string VerificationText(const Ruleset& rules, const Verification& verification) {
  std::string text;
  for (const Finding& f : verification.findings) {
    text += std::string(SeverityName(f.severity)) + " [" + f.kind + "] " + f.message + "\n";
    if (!f.path.empty()) text += "  at " + f.path + "\n";
    if (f.answers) text += "  answers " + *f.answers + "\n";
  }
  return text + Summary(rules, verification) + "\n";
}

std::string VerificationJson(const Ruleset& rules, const Verification& v, int indent) {
  Json findings = Json::Array();
  for (const Finding& f : v.findings) {
    Json j = Json::Object();
    j["severity"] = SeverityName(f.severity);
    j["kind"] = f.kind;
    j["message"] = f.message;
    j["path"] = f.path;
    // The answers are the engine's own output, so they parse; null all the same if not.
    Result<Json> answers = f.answers ? ParseJson(*f.answers) : Result<Json>(Json(nullptr));
    j["answers"] = answers.ok() ? answers.value() : Json(nullptr);
    findings.push_back(std::move(j));
  }
  Json summary = Json::Object();
  summary["errors"] = v.Count(Severity::kError);
  summary["warnings"] = v.Count(Severity::kWarning);
  summary["info"] = v.Count(Severity::kInfo);
  summary["questions"] = rules.questions.size();
  summary["rules"] = rules.rules.size();
  summary["classes"] = v.classes;
  summary["flow_nodes"] = v.flow_nodes;
  summary["flow_leaves"] = v.flow_leaves;
  summary["search_steps"] = v.search_steps;
  summary["covered"] = v.covered;
  Json out = Json::Object();
  out["ruleset"] = rules.meta.id;
  out["version"] = rules.meta.version;
  out["summary"] = std::move(summary);
  out["findings"] = std::move(findings);
  return out.Dump(indent);
}

}  // namespace couverture
