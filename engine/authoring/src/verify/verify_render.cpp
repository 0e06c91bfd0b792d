// The verifier's report as text for people and as JSON for tools.
#include <cstdio>
#include <string>

#include "couverture/authoring/verify.h"
#include "couverture/detail/json_document.h"
#include "couverture/detail/model.h"
#include "couverture/limits.h"

namespace couverture::authoring {
namespace {

// "1 error", "2 errors"; "1 class", "3 classes".
std::string Count(double n, const char* one, const char* many) {
  char number[32];
  std::snprintf(number, sizeof number, "%.0f", n);
  return std::string(number) + " " + (n == 1 ? one : many);
}

std::string Summary(const detail::Model& model, const Verification& v) {
  std::size_t rows = 0;
  for (const detail::Decision& d : model.decisions) rows += d.rules.size();
  std::string decisions =
      model.decisions.size() > 1
          ? Count(static_cast<double>(model.decisions.size()), "decision", "decisions") + ", "
          : "";
  std::string line =
      model.meta.id + " " + model.meta.version + ": " +
      Count(static_cast<double>(v.Count(Severity::kError)), "error", "errors") + ", " +
      Count(static_cast<double>(v.Count(Severity::kWarning)), "warning", "warnings") + ", " +
      Count(static_cast<double>(v.Count(Severity::kInfo)), "note", "notes") + "; " + decisions +
      Count(static_cast<double>(model.questions.size()), "question", "questions") + ", " +
      Count(static_cast<double>(rows), "row", "rows") + ", " +
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
    text +=
        std::string(SeverityName(f.severity)) + " [" + f.kind + "] " + Printable(f.message) + "\n";
    if (!f.path.empty()) text += "  at " + Printable(f.path) + "\n";
    if (f.answers) text += "  answers " + Printable(*f.answers) + "\n";
  }
  return text + Printable(Summary(detail::ModelOf(rules), verification)) + "\n";
}

std::string VerificationJson(const Ruleset& rules, const Verification& v, int indent) {
  using detail::Json;
  const detail::Model& model = detail::ModelOf(rules);
  Json findings = Json::array();
  for (const Finding& f : v.findings) {
    Json j = Json::object();
    j["severity"] = SeverityName(f.severity);
    j["kind"] = f.kind;
    j["message"] = f.message;
    j["path"] = f.path;
    // The answers are the engine's own output, so they parse; null all the same if not.
    Result<Json> answers =
        f.answers
            ? detail::ParseJson(*f.answers, {limits::kAnswersBytes, limits::kJsonDepth, "answers"})
            : Result<Json>(Json(nullptr));
    j["answers"] = answers.ok() ? answers.value() : Json(nullptr);
    findings.push_back(std::move(j));
  }
  std::size_t rows = 0;
  for (const detail::Decision& d : model.decisions) rows += d.rules.size();
  Json summary = Json::object();
  summary["errors"] = v.Count(Severity::kError);
  summary["warnings"] = v.Count(Severity::kWarning);
  summary["info"] = v.Count(Severity::kInfo);
  summary["decisions"] = model.decisions.size();
  summary["questions"] = model.questions.size();
  summary["rules"] = rows;
  summary["classes"] = detail::NumberJson(v.classes);
  summary["flow_nodes"] = v.flow_nodes;
  summary["flow_leaves"] = v.flow_leaves;
  summary["search_steps"] = v.search_steps;
  summary["covered"] = v.covered;
  Json out = Json::object();
  out["ruleset"] = model.meta.id;
  out["version"] = model.meta.version;
  out["summary"] = std::move(summary);
  out["findings"] = std::move(findings);
  return detail::Dump(out, indent);
}

}  // namespace couverture::authoring
