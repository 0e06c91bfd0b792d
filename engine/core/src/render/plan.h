// What a result adds to the catalog for a given set of answers: which texts it selects, and the
// explanation's sentences (the only texts built per result).
#ifndef COUVERTURE_CORE_PLAN_H_
#define COUVERTURE_CORE_PLAN_H_

#include <array>
#include <string>
#include <vector>

#include "catalog.h"
#include "couverture/answers.h"
#include "couverture/assess.h"
#include "couverture/detail/json_document.h"
#include "couverture/detail/model.h"
#include "evaluate/explain.h"

namespace couverture::detail {

struct RowPlan {
  int rule = -1;  // -1: the decision's own condition
  Verdict verdict = Verdict::kNotApplicable;
  std::string text;
  int citation = -1;
};

struct DecisionPlan {
  Applies applies = Applies::kUnknown;
  bool complete = false;
  int status = -1, rule = -1, extra = -1;
  std::array<std::vector<int>, kListKinds> items;  // in the order the outcome lists them
  std::vector<RowPlan> rows;
};

struct Plan {
  bool complete = false;
  bool approximate = false;
  std::vector<DecisionPlan> decisions;
  std::vector<int> next, asked;
  std::vector<int> cited;  // citations in the order the result first refers to them
};

// With `holes`, a numeric answer's display text ("30 years") is left as a hole in the sentences
// (couverture/result.h: ResultTemplateJson), so that the plan serves every answer set of the same
// classes.
Plan MakePlan(const Model& model, const Catalog& catalog, const Answers& answers,
              const Assessment& assessment, bool holes = false);

// What a plan depends on: which questions are answered and the class of each answer, as
// hexadecimal text (three bytes per answer: the question's number, its class's low and high
// byte). Two answer sets with the same key get the same plan, but for the numeric answers in
// its holes.
std::string PlanKey(const Model& model, const Answers& answers);

// {"4": "30 years"}: what fills the holes, by question number: the display text of each numeric
// answer (couverture/result.h).
std::string HolesJson(const Model& model, const Catalog& catalog, const Answers& answers);

// The result (engine/README.md#the-result-format); a plan made with holes gives the result
// template.
Json ResultValue(const Model& model, const Catalog& catalog, const Plan& plan);

}  // namespace couverture::detail

#endif  // COUVERTURE_CORE_PLAN_H_
