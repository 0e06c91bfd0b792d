// Checks on what the rows refer to: outcome texts and citations nobody shows, rows and items
// that cite no source, questions no row reads.
#include <array>
#include <string>
#include <vector>

#include "verify_checks.h"

namespace couverture {
namespace {

// Per item: used by some row that can decide (2), only by dead rows (1), by none (0).
struct Usage {
  std::vector<int> statuses, extra;
  std::array<std::vector<int>, kListKinds> lists;
  std::vector<int> citations;
};

void Mark(std::vector<int>& uses, int index, int level) {
  if (index >= 0 && uses[index] < level) uses[index] = level;
}

Usage CountUses(const Ruleset& rules, const std::vector<bool>& live) {
  Usage u;
  u.statuses.assign(rules.statuses.size(), 0);
  u.extra.assign(rules.extra_insurance.size(), 0);
  u.citations.assign(rules.citations.size(), 0);
  for (int kind = 0; kind < kListKinds; ++kind) u.lists[kind].assign(rules.items[kind].size(), 0);
  for (std::size_t r = 0; r < rules.rules.size(); ++r) {
    int level = live[r] ? 2 : 1;
    const Rule& rule = rules.rules[r];
    const Outcome& o = rules.outcomes[rule.outcome];
    Mark(u.statuses, o.status, level);
    Mark(u.extra, o.extra_insurance, level);
    Mark(u.citations, rule.source, level);
    for (int kind = 0; kind < kListKinds; ++kind) {
      for (int item : o.lists[kind]) {
        Mark(u.lists[kind], item, level);
        Mark(u.citations, rules.items[kind][item].source, level);
      }
    }
  }
  return u;
}

void ReportUnused(const std::vector<Item>& items, const std::vector<int>& uses,
                  const std::string& group, Verification& out) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (uses[i] == 2) continue;
    out.findings.push_back({Severity::kWarning, "unused_text",
                            group + " \"" + items[i].id + "\" is never shown: " +
                                (uses[i] == 1 ? "only dead rows use it" : "no row uses it"),
                            "/outcomes/" + group + "/" + items[i].id, std::nullopt});
  }
}

}  // namespace

std::string QuestionName(const Ruleset& rules, int question) {
  const Question& q = rules.questions[question];
  return "\u201c" + q.short_label.front() + "\u201d (" + q.id + ")";
}

void CheckTexts(const Ruleset& rules, const std::vector<bool>& live, Verification& out) {
  Usage u = CountUses(rules, live);
  ReportUnused(rules.statuses, u.statuses, "status", out);
  ReportUnused(rules.extra_insurance, u.extra, "extra_insurance", out);
  for (int kind = 0; kind < kListKinds; ++kind) {
    ReportUnused(rules.items[kind], u.lists[kind], kListNames[kind], out);
  }
  for (std::size_t c = 0; c < rules.citations.size(); ++c) {
    if (u.citations[c] == 2) continue;
    out.findings.push_back(
        {Severity::kWarning, "unused_citation",
         "citation \"" + rules.citations[c].id + "\" is never shown: " +
             (u.citations[c] == 1 ? "only dead rows cite it" : "no row or item cites it"),
         "/citations/" + rules.citations[c].id, std::nullopt});
  }
  for (std::size_t r = 0; r < rules.rules.size(); ++r) {
    if (rules.rules[r].source >= 0) continue;
    out.findings.push_back(
        {Severity::kWarning, "missing_citation",
         "row \"" + rules.rules[r].id +
             "\" has no \"source\": its explanation cannot say where the rule comes from",
         "/rules/" + std::to_string(r), std::nullopt});
  }
  for (int kind = 0; kind < kListKinds; ++kind) {
    for (const Item& item : rules.items[kind]) {
      if (item.source >= 0) continue;
      out.findings.push_back({Severity::kWarning, "missing_citation",
                              std::string(kListNames[kind]) + " \"" + item.id +
                                  "\" has no \"source\": a student cannot check where it comes "
                                  "from",
                              "/outcomes/" + std::string(kListNames[kind]) + "/" + item.id,
                              std::nullopt});
    }
  }
  std::vector<bool> referenced(rules.questions.size(), false);
  for (const Test& test : rules.tests) referenced[test.question] = true;
  for (std::size_t q = 0; q < rules.questions.size(); ++q) {
    if (referenced[q]) continue;
    out.findings.push_back({Severity::kWarning, "unreferenced_question",
                            "no row tests " + QuestionName(rules, static_cast<int>(q)) +
                                ": it is never asked. Remove it, or use it in a row",
                            "/questions/" + std::to_string(q), std::nullopt});
  }
}

void CheckDates(const Ruleset& rules, const std::string& today, Verification& out) {
  if (today.empty()) return;
  const Metadata& m = rules.meta;
  // ISO dates compare as strings.
  if (m.valid_until && *m.valid_until < today) {
    out.findings.push_back({Severity::kWarning, "expired",
                            "the ruleset was valid until " + *m.valid_until + " (today is " +
                                today + "): check the source again and update the dates",
                            "/valid_until", std::nullopt});
  }
  if (m.valid_from && *m.valid_from > today) {
    out.findings.push_back(
        {Severity::kWarning, "not_yet_valid",
         "the ruleset is valid from " + *m.valid_from + " only (today is " + today + ")",
         "/valid_from", std::nullopt});
  }
  if (m.review_by && *m.review_by < today) {
    out.findings.push_back({Severity::kWarning, "review_due",
                            "the ruleset was due for review by " + *m.review_by + " (today is " +
                                today + "): check it against the source",
                            "/review_by", std::nullopt});
  }
}

}  // namespace couverture
