// What a student does, across every decision: one checklist in the order of doing, each
// decision's headline, and what is good to know, each thing said once
// (engine/README.md#the-result-format).
#ifndef COUVERTURE_CORE_CHECKLIST_H_
#define COUVERTURE_CORE_CHECKLIST_H_

#include "catalog.h"
#include "couverture/detail/json_document.h"
#include "couverture/detail/model.h"
#include "plan.h"

namespace couverture::detail {

// Adds `checklist`, `headlines` and `good_to_know` to a result.
void PutChecklist(Json& out, const Model& model, const Catalog& catalog, const Plan& plan);

}  // namespace couverture::detail

#endif  // COUVERTURE_CORE_CHECKLIST_H_
