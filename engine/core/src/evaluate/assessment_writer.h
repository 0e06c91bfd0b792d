// Filling an Assessment (internal): Assess() and its fallbacks set each decision in one go.
#ifndef COUVERTURE_CORE_ASSESSMENT_WRITER_H_
#define COUVERTURE_CORE_ASSESSMENT_WRITER_H_

#include <array>
#include <cstdint>

#include "couverture/assess.h"

namespace couverture::detail {

struct DecisionFacts {
  Applies applies = Applies::kUnknown;
  bool complete = false;
  int status = -1, extra = -1, rule = -1, outcome = -1;  // -1: none
  std::array<std::uint64_t, kListKinds> items{};
};

struct AssessmentWriter {
  static void SetDecisionCount(Assessment& a, int count) { a.decision_count_ = count; }
  static void Set(Assessment& a, int decision, const DecisionFacts& facts) {
    DecisionAssessment& d = a.decisions_[decision];
    d.applies_ = facts.applies;
    d.complete_ = facts.complete;
    d.status_ = static_cast<std::int16_t>(facts.status);
    d.extra_ = static_cast<std::int16_t>(facts.extra);
    d.rule_ = static_cast<std::int16_t>(facts.rule);
    d.outcome_ = static_cast<std::int16_t>(facts.outcome);
    d.items_ = facts.items;
  }
};

}  // namespace couverture::detail

#endif  // COUVERTURE_CORE_ASSESSMENT_WRITER_H_
