// Row by row: which rows can never decide, and which pairs of rows overlap so that their order
// decides the outcome. Both are searches over the classes of the questions the rows test, under
// the condition that the decision applies.
#include <string>
#include <vector>

#include "verify_checks.h"
#include "verify_search.h"

namespace couverture::authoring {
namespace {

using detail::Decision;
using detail::Model;

class RowChecker {
 public:
  RowChecker(const Ruleset& rules, const VerifyOptions& options, Verification& out)
      : rules_(rules), model_(detail::ModelOf(rules)), budget_(options.search_budget), out_(out) {}

  std::vector<std::vector<bool>> Run(const FlowFacts& facts) {
    std::vector<std::vector<bool>> live = facts.decides;
    for (std::size_t d = 0; d < model_.decisions.size(); ++d) {
      decision_ = static_cast<int>(d);
      std::size_t n = model_.decisions[d].rules.size();
      for (std::size_t r = 0; r < n; ++r) {
        if (!live[d][r]) live[d][r] = CheckDead(static_cast<int>(r), facts.complete);
      }
      for (std::size_t r = 0; r < n; ++r) {
        if (!live[d][r]) continue;
        for (std::size_t s = r + 1; s < n; ++s) {
          CheckPrecedence(static_cast<int>(r), static_cast<int>(s));
        }
      }
    }
    if (undecided_rows_ > 0 || undecided_pairs_ > 0) {
      out_.covered = false;
      out_.findings.push_back(
          {Severity::kWarning, "incomplete",
           "the search budget (" + std::to_string(out_.search_steps) + " steps) ran out: " +
               std::to_string(undecided_rows_) + " rows could not be shown to decide and " +
               std::to_string(undecided_pairs_) + " pairs of rows could not be checked for overlap",
           model_.decisions.size() > 1 ? "/decisions" : "/rules", std::nullopt});
    }
    return live;
  }

 private:
  const Decision& decision() const { return model_.decisions[decision_]; }
  int Condition(int rule) const { return decision().rules[rule].condition; }

  // Goals for "the decision applies and `rule` holds", plus `extra`.
  std::vector<Goal> Holds(int rule, std::vector<Goal> extra = {}) const {
    std::vector<Goal> goals = {{Condition(rule), true}};
    if (decision().applies >= 0) goals.push_back({decision().applies, true});
    goals.insert(goals.end(), extra.begin(), extra.end());
    return goals;
  }

  // Goals for "row `rule` is the first that applies", plus `extra`.
  std::vector<Goal> FirstMatch(int rule, std::vector<Goal> extra = {}) const {
    std::vector<Goal> goals = Holds(rule, std::move(extra));
    for (int earlier = 0; earlier < rule; ++earlier) goals.push_back({Condition(earlier), false});
    return goals;
  }

  SearchResult Find(const std::vector<Goal>& goals) {
    std::size_t before = budget_;
    SearchResult result = FindAnswers(model_, goals, Answers{}, budget_);
    out_.search_steps += before - budget_;
    return result;
  }

  std::string RulePath(int rule) const { return decision().rules[rule].path; }

  // A row the flow never reached: dead for sure when the flow is complete, and otherwise dead
  // if no answers make it the first to apply. Returns whether it can decide.
  bool CheckDead(int rule, bool flow_complete) {
    // Once the budget is spent, every search gives up at once: count the row, and build no goals
    // (a row's goals name every row above it).
    if (budget_ == 0) {
      ++undecided_rows_;
      return true;
    }
    if (!flow_complete) {
      SearchResult first = Find(FirstMatch(rule));
      if (first.outcome == SearchOutcome::kFound) return true;
      if (first.outcome == SearchOutcome::kGaveUp) {
        ++undecided_rows_;
        return true;  // not proven dead: say nothing about it but the budget
      }
    }
    SearchResult alone = Find(Holds(rule));
    if (alone.outcome == SearchOutcome::kImpossible) {
      std::string why = decision().applies < 0
                            ? "its conditions contradict each other"
                            : "its conditions contradict each other or the decision's \"applies\"";
      out_.findings.push_back({Severity::kWarning, "dead_rule",
                               RowName(model_, decision_, rule) + " can never apply: " + why,
                               RulePath(rule) + "/when", std::nullopt});
      return false;
    }
    std::string masks;
    for (int earlier = 0; earlier < rule; ++earlier) {
      SearchResult both = Find(Holds(rule, {{Condition(earlier), true}}));
      if (both.outcome == SearchOutcome::kImpossible) continue;
      if (both.outcome == SearchOutcome::kGaveUp) {
        masks += masks.empty() ? "…" : ", …";
        break;
      }
      masks +=
          (masks.empty() ? "" : ", ") + std::string("\"") + decision().rules[earlier].id + "\"";
    }
    std::optional<std::string> example;
    if (alone.outcome == SearchOutcome::kFound) example = AnswersJson(rules_, alone.answers);
    out_.findings.push_back({Severity::kWarning, "dead_rule",
                             RowName(model_, decision_, rule) +
                                 " never decides: whenever it applies, an earlier row applies " +
                                 "first (" + masks + "). Move it up, or remove it",
                             RulePath(rule), example});
    return false;
  }

  void CheckPrecedence(int rule, int later) {
    const detail::Rule& r = decision().rules[rule];
    const detail::Rule& s = decision().rules[later];
    // A row without "when" is the default: every row above it takes precedence by design.
    if (s.condition < 0 || r.outcome == s.outcome) return;
    if (budget_ == 0) {
      ++undecided_pairs_;
      return;
    }
    SearchResult overlap = Find(Holds(rule, {{s.condition, true}}));
    if (overlap.outcome == SearchOutcome::kImpossible) return;
    SearchResult decided = overlap.outcome == SearchOutcome::kFound
                               ? Find(FirstMatch(rule, {{s.condition, true}}))
                               : overlap;
    if (decided.outcome == SearchOutcome::kGaveUp) {
      ++undecided_pairs_;
      return;
    }
    if (decided.outcome == SearchOutcome::kImpossible) return;
    const detail::Outcome& won = decision().outcomes[r.outcome];
    const detail::Outcome& lost = decision().outcomes[s.outcome];
    std::string what = won.status != lost.status
                           ? "status \"" + decision().statuses[won.status].id + "\", not \"" +
                                 decision().statuses[lost.status].id + "\""
                           : "the same status with other details";
    out_.findings.push_back({Severity::kInfo, "precedence",
                             RowName(model_, decision_, rule) + " and " +
                                 RowName(model_, decision_, later) +
                                 " both apply; the first decides: " + what,
                             RulePath(later), AnswersJson(rules_, decided.answers)});
  }

  const Ruleset& rules_;
  const Model& model_;
  std::size_t budget_;
  Verification& out_;
  int decision_ = 0;
  int undecided_rows_ = 0;
  int undecided_pairs_ = 0;
};

}  // namespace

std::string RowName(const Model& model, int decision, int row) {
  std::string name =
      "row " + std::to_string(row) + " \"" + model.decisions[decision].rules[row].id + "\"";
  if (model.decisions.size() > 1) name += " of decision \"" + model.decisions[decision].id + "\"";
  return name;
}

std::vector<std::vector<bool>> CheckRows(const Ruleset& rules, const FlowFacts& facts,
                                         const VerifyOptions& options, Verification& out) {
  return RowChecker(rules, options, out).Run(facts);
}

}  // namespace couverture::authoring
