// Row by row: which rows can never decide, and which pairs of rows overlap so that their order
// decides the outcome. Both are searches over the classes of the questions the rows test.
#include <string>
#include <vector>

#include "couverture/coverage.h"
#include "verify_checks.h"
#include "verify_search.h"

namespace couverture {
namespace {

std::string RuleName(const Ruleset& rules, int rule) {
  return "row " + std::to_string(rule) + " \"" + rules.rules[rule].id + "\"";
}

std::string RulePath(int rule) { return "/rules/" + std::to_string(rule); }

class RowChecker {
 public:
  RowChecker(const Ruleset& rules, const VerifyOptions& options, Verification& out)
      : rules_(rules), budget_(options.search_budget), out_(out) {}

  // Goals for "row `rule` is the first that applies", plus `extra`.
  std::vector<Goal> FirstMatch(int rule, std::vector<Goal> extra = {}) const {
    std::vector<Goal> goals = {{rules_.rules[rule].condition, true}};
    goals.insert(goals.end(), extra.begin(), extra.end());
    for (int earlier = 0; earlier < rule; ++earlier) {
      goals.push_back({rules_.rules[earlier].condition, false});
    }
    return goals;
  }

  SearchResult Find(const std::vector<Goal>& goals) {
    std::size_t before = budget_;
    SearchResult result = FindAnswers(rules_, goals, Answers{}, budget_);
    out_.search_steps += before - budget_;
    return result;
  }

  std::vector<bool> Run(const FlowFacts& facts) {
    std::size_t n = rules_.rules.size();
    std::vector<bool> live = facts.decides;
    for (std::size_t r = 0; r < n; ++r) {
      if (!live[r]) live[r] = CheckDead(static_cast<int>(r), facts.complete);
    }
    for (std::size_t r = 0; r < n; ++r) {
      if (!live[r]) continue;
      for (std::size_t s = r + 1; s < n; ++s) {
        CheckPrecedence(static_cast<int>(r), static_cast<int>(s));
      }
    }
    if (undecided_rows_ > 0 || undecided_pairs_ > 0) {
      out_.covered = false;
      out_.findings.push_back(
          {Severity::kWarning, "incomplete",
           "the search budget (" + std::to_string(out_.search_steps) + " steps) ran out: " +
               std::to_string(undecided_rows_) + " rows could not be shown to decide and " +
               std::to_string(undecided_pairs_) + " pairs of rows could not be checked for overlap",
           "/rules", std::nullopt});
    }
    return live;
  }

 private:
  // A row the flow never reached: dead for sure when the flow is complete, and otherwise dead
  // if no answers make it the first to apply. Returns whether it can decide.
  bool CheckDead(int rule, bool flow_complete) {
    if (!flow_complete) {
      SearchResult first = Find(FirstMatch(rule));
      if (first.outcome == SearchOutcome::kFound) return true;
      if (first.outcome == SearchOutcome::kGaveUp) {
        ++undecided_rows_;
        return true;  // not proven dead: say nothing about it but the budget
      }
    }
    SearchResult alone = Find({{rules_.rules[rule].condition, true}});
    if (alone.outcome == SearchOutcome::kImpossible) {
      out_.findings.push_back(
          {Severity::kWarning, "dead_rule",
           RuleName(rules_, rule) + " can never apply: its conditions contradict each other",
           RulePath(rule) + "/when", std::nullopt});
      return false;
    }
    std::string masks;
    for (int earlier = 0; earlier < rule; ++earlier) {
      SearchResult both =
          Find({{rules_.rules[rule].condition, true}, {rules_.rules[earlier].condition, true}});
      if (both.outcome == SearchOutcome::kImpossible) continue;
      masks += (masks.empty() ? "" : ", ") + std::string("\"") + rules_.rules[earlier].id + "\"";
    }
    std::optional<std::string> example;
    if (alone.outcome == SearchOutcome::kFound) example = AnswersJson(rules_, alone.answers);
    out_.findings.push_back({Severity::kWarning, "dead_rule",
                             RuleName(rules_, rule) +
                                 " never decides: whenever it applies, an earlier row applies " +
                                 "first (" + masks + "). Move it up, or remove it",
                             RulePath(rule), example});
    return false;
  }

  void CheckPrecedence(int rule, int later) {
    const Rule& r = rules_.rules[rule];
    const Rule& s = rules_.rules[later];
    // A row without "when" is the default: every row above it takes precedence by design.
    if (s.condition < 0 || r.outcome == s.outcome) return;
    SearchResult overlap = Find({{r.condition, true}, {s.condition, true}});
    if (overlap.outcome == SearchOutcome::kImpossible) return;
    SearchResult decided = overlap.outcome == SearchOutcome::kFound
                               ? Find(FirstMatch(rule, {{s.condition, true}}))
                               : overlap;
    if (decided.outcome == SearchOutcome::kGaveUp) {
      ++undecided_pairs_;
      return;
    }
    if (decided.outcome == SearchOutcome::kImpossible) return;
    const Outcome& won = rules_.outcomes[r.outcome];
    const Outcome& lost = rules_.outcomes[s.outcome];
    std::string what = won.status != lost.status
                           ? "status \"" + rules_.statuses[won.status].id + "\", not \"" +
                                 rules_.statuses[lost.status].id + "\""
                           : "the same status with other details";
    out_.findings.push_back({Severity::kInfo, "precedence",
                             RuleName(rules_, rule) + " and " + RuleName(rules_, later) +
                                 " both apply; the first decides: " + what,
                             RulePath(later), AnswersJson(rules_, decided.answers)});
  }

  const Ruleset& rules_;
  std::size_t budget_;
  Verification& out_;
  int undecided_rows_ = 0;
  int undecided_pairs_ = 0;
};

}  // namespace

std::vector<bool> CheckRows(const Ruleset& rules, const FlowFacts& facts,
                            const VerifyOptions& options, Verification& out) {
  return RowChecker(rules, options, out).Run(facts);
}

}  // namespace couverture
