#include "verify_search.h"

#include "verify_memo.h"

namespace couverture::authoring {
namespace {

using detail::Truth;

class Searcher {
 public:
  Searcher(const detail::Model& model, const std::vector<Goal>& goals, std::size_t& budget)
      : model_(model), goals_(goals), budget_(budget), memo_(model) {}

  // `answers` extend those of the node above (depth - 1) by one answer.
  SearchOutcome Search(Answers& answers, int depth) {
    memo_.Enter(depth);
    int question = -1;
    for (const Goal& goal : goals_) {
      if (budget_ == 0) return SearchOutcome::kGaveUp;
      --budget_;
      Truth t = Evaluate(model_, goal.condition, answers, memo_);
      if (t == Truth::kUnknown) {
        // Branch on the goal met first, so that a contradiction shows up near the root.
        if (question < 0) question = QuestionFor(model_, goal.condition, answers, memo_);
      } else if ((t == Truth::kTrue) != goal.holds) {
        return SearchOutcome::kImpossible;
      }
    }
    if (question < 0) return SearchOutcome::kFound;
    bool gave_up = false;
    for (double value : model_.classes[question].representative) {
      answers.Set(question, value);
      SearchOutcome outcome = Search(answers, depth + 1);
      if (outcome == SearchOutcome::kFound) return outcome;
      gave_up = gave_up || outcome == SearchOutcome::kGaveUp;
    }
    answers.Clear(question);
    return gave_up ? SearchOutcome::kGaveUp : SearchOutcome::kImpossible;
  }

 private:
  const detail::Model& model_;
  const std::vector<Goal>& goals_;
  std::size_t& budget_;
  DecisionMemo memo_;
};

}  // namespace

SearchResult FindAnswers(const detail::Model& model, const std::vector<Goal>& goals,
                         const Answers& from, std::size_t& budget) {
  SearchResult result;
  result.answers = from;
  result.outcome = Searcher(model, goals, budget).Search(result.answers, 0);
  return result;
}

}  // namespace couverture::authoring
