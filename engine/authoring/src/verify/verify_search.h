// Searching the equivalence classes for answers that meet a set of goals (internal).
#ifndef COUVERTURE_AUTHORING_VERIFY_SEARCH_H_
#define COUVERTURE_AUTHORING_VERIFY_SEARCH_H_

#include <cstddef>
#include <vector>

#include "couverture/answers.h"
#include "couverture/detail/model.h"

namespace couverture::authoring {

// A condition that must come out true (`holds`) or false; -1 stands for "always".
struct Goal {
  int condition = -1;
  bool holds = true;
};

enum class SearchOutcome { kFound, kImpossible, kGaveUp };

struct SearchResult {
  SearchOutcome outcome = SearchOutcome::kImpossible;
  Answers answers;  // kFound: answers (one class each, partial) under which every goal is met
};

// Depth first over the classes of the questions the goals test, pruning as soon as a goal is
// settled the wrong way. Each goal evaluated costs steps of `budget`, one and one per test in its
// condition (a wide condition takes as much longer); when they run out it gives up.
SearchResult FindAnswers(const detail::Model& model, const std::vector<Goal>& goals,
                         const Answers& from, std::size_t& budget);

}  // namespace couverture::authoring

#endif  // COUVERTURE_AUTHORING_VERIFY_SEARCH_H_
