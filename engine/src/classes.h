// Cutting question domains into equivalence classes (private to the engine).
#ifndef COUVERTURE_CLASSES_H_
#define COUVERTURE_CLASSES_H_

#include <string>
#include <vector>

#include "couverture/ruleset.h"

namespace couverture {

// One Classes per question, from the constants its tests compare with.
std::vector<Classes> ComputeClasses(const Ruleset& rules);

// "2.5" in English, "2,5" in French: the shortest form that reads back the same.
std::string FormatNumber(double value, const std::string& lang);

}  // namespace couverture

#endif  // COUVERTURE_CLASSES_H_
