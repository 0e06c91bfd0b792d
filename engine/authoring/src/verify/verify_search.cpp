#include "verify_search.h"

#include "verify_memo.h"

namespace couverture::authoring {
namespace {

using detail::Truth;

class Searcher {
 public:
  Searcher(const detail::Model& model, const std::vector<Goal>& goals, std::size_t& budget)
      : model_(model), goals_(goals), budget_(budget), memo_(model) {
    for (const Goal& goal : goals) costs_.push_back(1 + Tests(goal.condition));
  }

  // `answers` extend those of the node above (depth - 1) by one answer.
  SearchOutcome Search(Answers& answers, int depth) {
    memo_.Enter(depth);
    int question = -1;
    for (std::size_t g = 0; g < goals_.size(); ++g) {
      const Goal& goal = goals_[g];
      if (budget_ < costs_[g]) {
        budget_ = 0;
        return SearchOutcome::kGaveUp;
      }
      budget_ -= costs_[g];
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
  std::size_t Tests(int condition) const {
    if (condition < 0) return 0;
    const detail::Condition& c = model_.conditions[condition];
    std::size_t tests = c.kind == detail::Condition::Kind::kTest ? 1 : 0;
    for (int child : c.children) tests += Tests(child);
    return tests;
  }

  const detail::Model& model_;
  const std::vector<Goal>& goals_;
  std::vector<std::size_t> costs_;  // per goal: evaluating it costs a step and one per test
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
