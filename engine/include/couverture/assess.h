// Assessing partial answers: the settled parts of the outcome, and what to ask next.
#ifndef COUVERTURE_ASSESS_H_
#define COUVERTURE_ASSESS_H_

#include <array>
#include <cstdint>
#include <vector>

#include "couverture/answers.h"
#include "couverture/ruleset.h"

namespace couverture {

// Question indexes in order, without allocation.
struct QuestionList {
  int size = 0;
  std::array<std::uint8_t, kMaxQuestions> ids{};

  void push_back(int question) { ids[size++] = static_cast<std::uint8_t>(question); }
  const std::uint8_t* begin() const { return ids.data(); }
  const std::uint8_t* end() const { return ids.data() + size; }
};

// Everything here is certain given the answers: what later answers could change is left out.
struct Assessment {
  bool complete = false;     // the whole outcome is settled: nothing more to ask
  int status = -1;           // settled status, -1 while open
  int extra_insurance = -1;  // settled extra-insurance advice, -1 while open or not given
  int rule = -1;             // the deciding rule, once complete
  int outcome = -1;          // orders the lists below: the decided outcome, or a possible one
  std::array<std::uint64_t, kListKinds> items{};  // items (by index) every possible outcome has
  QuestionList next;  // unanswered questions that can still change the outcome, most decisive first
  QuestionList asked;        // answered questions the flow used, in the order it asks them
  bool approximate = false;  // the flow was truncated here: settled parts are sound, not exact
};

// Allocation-free when the answers follow the flow (as the widget's do).
Assessment Assess(const Ruleset& rules, const Answers& answers);

// Why the outcome is what it is, rule by rule in table order.
enum class Verdict : std::uint8_t { kNotApplicable, kPending, kDecides, kOverridden };
struct Reason {
  int rule = 0;
  Verdict verdict = Verdict::kNotApplicable;
  int question = -1;  // kNotApplicable: the answer that ruled it out; kPending: what it waits for
};
std::vector<Reason> Explain(const Ruleset& rules, const Answers& answers,
                            const Assessment& assessment);

}  // namespace couverture

#endif  // COUVERTURE_ASSESS_H_
