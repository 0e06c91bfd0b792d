// Assessing partial answers: for every decision, what is already settled; and the questions that
// can still change some decision, the one to ask now first.
#ifndef COUVERTURE_ASSESS_H_
#define COUVERTURE_ASSESS_H_

#include <array>
#include <cstdint>
#include <optional>

#include "couverture/answers.h"
#include "couverture/limits.h"
#include "couverture/ruleset.h"
#include "couverture/vocabulary.h"  // ListKind, Applies

namespace couverture {

// Question indexes in order, without allocation.
class QuestionList {
 public:
  QuestionList() {}  // NOLINT: ids_ past size_ are never read, so they are left uninitialised
  void push_back(int question) { ids_[size_++] = static_cast<std::uint8_t>(question); }
  int size() const { return size_; }
  bool empty() const { return size_ == 0; }
  int operator[](int i) const { return ids_[i]; }
  const std::uint8_t* begin() const { return ids_.data(); }
  const std::uint8_t* end() const { return ids_.data() + size_; }

 private:
  int size_ = 0;
  std::array<std::uint8_t, limits::kQuestions> ids_;
};

namespace detail {
struct AssessmentWriter;
}

// One decision, as far as the answers settle it. Indexes refer to the decision's own outcome
// texts; what later answers could still change is left out.
class DecisionAssessment {
 public:
  Applies applies() const { return applies_; }
  bool complete() const { return complete_; }  // no later answer changes this decision
  // Given as soon as every possible outcome agrees on it.
  std::optional<int> status() const { return Index(status_); }
  std::optional<int> extra() const { return Index(extra_); }  // format 1's extra_insurance
  std::optional<int> rule() const { return Index(rule_); }    // once complete; none for a gap
  // Orders the items: the decided outcome, or a possible one.
  std::optional<int> outcome() const { return Index(outcome_); }
  // Items (a bit per index) that every still-possible outcome lists.
  std::uint64_t items(ListKind kind) const { return items_[kind]; }

 private:
  friend struct detail::AssessmentWriter;
  static std::optional<int> Index(std::int16_t i) {
    return i < 0 ? std::nullopt : std::optional<int>(i);
  }
  // Left unset by default: Assess() sets every field of the decisions a ruleset has, and an
  // assessment of a one-decision ruleset must not pay for the fifteen it has not.
  Applies applies_;
  bool complete_;
  std::int16_t status_, extra_, rule_, outcome_;
  std::array<std::uint64_t, kListKinds> items_;
};

class Assessment {
 public:
  bool complete = false;     // every decision is settled: `next` is empty
  bool approximate = false;  // the flow was cut short here: settled parts are sound, not exact
  QuestionList next;   // unanswered questions that can still change a decision, ask next[0] now
  QuestionList asked;  // answered questions the flow used, in the order it asks them

  int decision_count() const { return decision_count_; }
  const DecisionAssessment& decision(int index) const { return decisions_[index]; }

 private:
  friend struct detail::AssessmentWriter;
  int decision_count_ = 0;
  std::array<DecisionAssessment, limits::kDecisions> decisions_;
};

// Allocation-free when the answers follow the flow (as the widget's do).
Assessment Assess(const Ruleset& rules, const Answers& answers);

}  // namespace couverture

#endif  // COUVERTURE_ASSESS_H_
