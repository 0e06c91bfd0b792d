// Checks on what the rows refer to: outcome texts, citations, sources and parameters nobody uses;
// rows and items that cite nothing; questions no row reads; what rests on an inference or on a
// university's page only; texts that hold invisible control characters.
#include <array>
#include <string>
#include <vector>

#include "verify_checks.h"

namespace couverture::authoring {
namespace {

using detail::Basis;
using detail::Decision;
using detail::Item;
using detail::Model;

// Per item: used by some row that can decide (2), only by dead rows (1), by none (0).
struct Usage {
  std::vector<int> statuses, extra;
  std::array<std::vector<int>, kListKinds> lists;
};

void Mark(std::vector<int>& uses, int index, int level) {
  if (index >= 0 && uses[index] < level) uses[index] = level;
}

void ReportUnused(const std::vector<Item>& items, const std::vector<int>& uses,
                  const std::string& group, Verification& out) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (uses[i] == 2) continue;
    out.findings.push_back({Severity::kWarning, "unused_text",
                            group + " \"" + items[i].id + "\" is never shown: " +
                                (uses[i] == 1 ? "only dead rows use it" : "no row uses it"),
                            items[i].path, std::nullopt});
  }
}

}  // namespace

std::string QuestionName(const Model& model, int question) {
  const detail::Question& q = model.questions[question];
  return "\u201c" + q.short_label.front() + "\u201d (" + q.id + ")";
}

void CheckTexts(const Ruleset& rules, const std::vector<std::vector<bool>>& live,
                Verification& out) {
  const Model& model = detail::ModelOf(rules);
  std::vector<int> citations(model.citations.size(), 0);
  for (std::size_t d = 0; d < model.decisions.size(); ++d) {
    const Decision& decision = model.decisions[d];
    Usage u;
    u.statuses.assign(decision.statuses.size(), 0);
    u.extra.assign(decision.extras.size(), 0);
    for (int kind = 0; kind < kListKinds; ++kind) {
      u.lists[kind].assign(decision.items[kind].size(), 0);
    }
    for (std::size_t r = 0; r < decision.rules.size(); ++r) {
      int level = live[d][r] ? 2 : 1;
      const detail::Rule& rule = decision.rules[r];
      const detail::Outcome& o = decision.outcomes[rule.outcome];
      Mark(u.statuses, o.status, level);
      Mark(u.extra, o.extra, level);
      Mark(citations, rule.citation, level);
      for (int kind = 0; kind < kListKinds; ++kind) {
        for (int item : o.lists[kind]) {
          Mark(u.lists[kind], item, level);
          Mark(citations, decision.items[kind][item].citation, level);
        }
      }
    }
    ReportUnused(decision.statuses, u.statuses, "status", out);
    ReportUnused(decision.extras, u.extra, "extra_insurance", out);
    for (int kind = 0; kind < kListKinds; ++kind) {
      ReportUnused(decision.items[kind], u.lists[kind], kListNames[kind], out);
    }
    for (const detail::Rule& rule : decision.rules) {
      if (rule.citation < 0) {
        out.findings.push_back(
            {Severity::kWarning, "missing_citation",
             "row \"" + rule.id +
                 "\" has no \"source\": its explanation cannot say where the rule "
                 "comes from",
             rule.path, std::nullopt});
        continue;
      }
      Basis basis = model.citations[rule.citation].basis;
      if (basis == Basis::kInference || basis == Basis::kUniversity) {
        out.findings.push_back({Severity::kInfo,
                                basis == Basis::kInference ? "inference" : "university_source",
                                "row \"" + rule.id + "\" rests on " +
                                    (basis == Basis::kInference ? "an inference from the sources"
                                                                : "a non-official page only") +
                                    " (citation \"" + model.citations[rule.citation].id +
                                    "\"): students are told so; confirm it when the sources change",
                                rule.path, std::nullopt});
      }
    }
    for (int kind = 0; kind < kListKinds; ++kind) {
      for (const Item& item : decision.items[kind]) {
        if (item.citation >= 0) continue;
        out.findings.push_back({Severity::kWarning, "missing_citation",
                                std::string(kListNames[kind]) + " \"" + item.id +
                                    "\" has no \"source\": a student cannot check where it comes "
                                    "from",
                                item.path, std::nullopt});
      }
    }
  }
  for (const detail::Parameter& p : model.parameters) {
    for (const detail::Period& period : p.periods) Mark(citations, period.citation, 2);
  }
  std::vector<bool> cited_sources(model.sources.size(), false);
  for (std::size_t c = 0; c < model.citations.size(); ++c) {
    if (citations[c] == 2 && model.citations[c].source >= 0) {
      cited_sources[model.citations[c].source] = true;
    }
    if (citations[c] == 2) continue;
    out.findings.push_back(
        {Severity::kWarning, "unused_citation",
         "citation \"" + model.citations[c].id + "\" is never shown: " +
             (citations[c] == 1 ? "only dead rows cite it" : "no row or item cites it"),
         model.citations[c].path, std::nullopt});
  }
  for (std::size_t s = 0; s < model.sources.size(); ++s) {
    if (cited_sources[s] || model.meta.format == 1) continue;
    out.findings.push_back({Severity::kWarning, "unused_source",
                            "source \"" + model.sources[s].id + "\" is cited by nothing shown",
                            model.sources[s].path, std::nullopt});
  }
  for (std::size_t p = 0; p < model.parameters.size(); ++p) {
    if (model.parameter_uses[p] > 0) continue;
    out.findings.push_back({Severity::kWarning, "unused_parameter",
                            "parameter \"" + model.parameters[p].id + "\" is named by no text ({" +
                                model.parameters[p].id + "})",
                            model.parameters[p].path, std::nullopt});
  }
  std::vector<bool> referenced(model.questions.size(), false);
  for (const detail::Test& test : model.tests) {
    if (test.question >= 0) referenced[test.question] = true;
  }
  for (std::size_t q = 0; q < model.questions.size(); ++q) {
    if (referenced[q]) continue;
    out.findings.push_back({Severity::kWarning, "unreferenced_question",
                            "no row tests " + QuestionName(model, static_cast<int>(q)) +
                                ": it is never asked. Remove it, or use it in a row",
                            model.questions[q].path, std::nullopt});
  }
  for (const std::string& path : model.suspicious_texts) {
    out.findings.push_back(
        {Severity::kWarning, "control_character",
         "this text holds a control character or a bidirectional override (U+202A-U+202E, "
         "U+2066-U+2069): it can display differently from what it says. Remove it",
         path, std::nullopt});
  }
}

}  // namespace couverture::authoring
