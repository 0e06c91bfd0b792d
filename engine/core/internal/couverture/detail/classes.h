// Cutting question domains into equivalence classes: the answers the rules cannot tell apart.
#ifndef COUVERTURE_CORE_CLASSES_H_
#define COUVERTURE_CORE_CLASSES_H_

#include <string>
#include <vector>

#include "couverture/detail/model.h"

namespace couverture::detail {

// One Classes per question, from the constants its tests compare with.
std::vector<Classes> ComputeClasses(const Model& model);

// The class an answer falls in.
int ClassOf(const Model& model, int question, double value);

// "≤ 28", "≥ 29", "Quebec", "Yes": a class as people read it, in language `lang`.
std::string ClassLabel(const Model& model, int question, int cls, int lang);

// An answer as people read it: its option's label, Yes/No, or the number with its unit.
std::string AnswerLabel(const Model& model, int question, double value, int lang);

}  // namespace couverture::detail

#endif  // COUVERTURE_CORE_CLASSES_H_
