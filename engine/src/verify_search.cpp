#include "verify_search.h"

#include "couverture/flow.h"
#include "rule_walk.h"

namespace couverture {
namespace {

class Searcher {
 public:
  Searcher(const Ruleset& rules, const std::vector<Goal>& goals, std::size_t& budget)
      : rules_(rules), goals_(goals), budget_(budget) {}

  SearchOutcome Search(Answers& answers) {
    int question = -1;
    for (const Goal& goal : goals_) {
      if (budget_ == 0) return SearchOutcome::kGaveUp;
      --budget_;
      Truth t = Evaluate(rules_, goal.condition, answers);
      if (t == Truth::kUnknown) {
        // Branch on the goal met first, so that a contradiction shows up near the root.
        if (question < 0) {
          int test = Witness(rules_, goal.condition, Truth::kUnknown, answers);
          question = rules_.tests[test].question;
        }
      } else if ((t == Truth::kTrue) != goal.holds) {
        return SearchOutcome::kImpossible;
      }
    }
    if (question < 0) return SearchOutcome::kFound;
    bool gave_up = false;
    for (double value : rules_.classes[question].representative) {
      answers.Set(question, value);
      SearchOutcome outcome = Search(answers);
      if (outcome == SearchOutcome::kFound) return outcome;
      gave_up = gave_up || outcome == SearchOutcome::kGaveUp;
    }
    answers.Clear(question);
    return gave_up ? SearchOutcome::kGaveUp : SearchOutcome::kImpossible;
  }

 private:
  const Ruleset& rules_;
  const std::vector<Goal>& goals_;
  std::size_t& budget_;
};

}  // namespace

SearchResult FindAnswers(const Ruleset& rules, const std::vector<Goal>& goals, const Answers& from,
                         std::size_t& budget) {
  SearchResult result;
  result.answers = from;
  result.outcome = Searcher(rules, goals, budget).Search(result.answers);
  return result;
}

}  // namespace couverture
