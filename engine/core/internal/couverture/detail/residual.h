// What is still open where some questions are answered (internal): decision by decision, whether
// it applies and the rows not yet ruled out. The flow builder and the diff's joint exploration walk
// down from their first answers one answer at a time and key each point by it. An answer added
// never turns a true or false back (three-valued evaluation is monotone), so a point reads only the
// rows its parent left open: past the first questions, a few rows of each decision rather than all.
#ifndef COUVERTURE_CORE_RESIDUAL_H_
#define COUVERTURE_CORE_RESIDUAL_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "couverture/answers.h"
#include "couverture/detail/evaluate.h"
#include "couverture/detail/model.h"

namespace couverture::detail {

struct Residual {
  std::vector<DecisionState> states;  // per decision: whether it applies, and where it stands
  std::vector<int> rows;  // open rows, decision after decision in Residuals' order: row * 4 + truth
  std::vector<int> end;   // per decision: where its rows end in `rows`
  std::string key;        // see Residuals::Key
};

class Residuals {
 public:
  // For the decisions in `focus` and every decision their conditions test.
  Residuals(const Model& model, std::uint64_t focus);

  bool InFocus(std::size_t decision) const { return (focus_ >> decision) & 1u; }

  // Before any answer: every row open, nothing known.
  void Start(Residual& at) const;

  // `at` under `answers`, which add to those of `parent`'s point. Returns the work it took, where
  // the time of an exploration goes: a step per decision settled, per row read and per test in it.
  std::size_t Settle(const Answers& answers, const Residual& parent, Residual& at) const;

  // Sets at.key to what the rest of an exploration depends on: for each decision, whether it
  // applies (with the truths of the tests that tell, while unknown), and its open rows with the
  // truths of the tests of those still unknown. Rows already false or behind a certain row, and
  // two answers in the same class, make no difference.
  void Key(const Answers& answers, Residual& at) const;

  // The question a decision waits for at `at`, or -1 once it is settled.
  int Pending(int decision, const Answers& answers, const Residual& at) const;

 private:
  void Order(int decision, std::vector<char>& seen);
  void AppendTruths(const std::vector<int>& tests, const Answers& answers, const Residual& at,
                    std::string& key) const;

  const Model& model_;
  std::uint64_t focus_;
  std::vector<int> order_;  // the decisions in focus, each after the decisions it tests
  std::vector<std::vector<int>> applies_tests_;            // per decision
  std::vector<std::vector<std::vector<int>>> rule_tests_;  // per decision, per rule
};

}  // namespace couverture::detail

#endif  // COUVERTURE_CORE_RESIDUAL_H_
