// Parameters as students read them: each one's value at a date in a language's number format,
// filled into texts where they name it ({cvec_amount}).
#ifndef COUVERTURE_CORE_PARAMETER_TEXTS_H_
#define COUVERTURE_CORE_PARAMETER_TEXTS_H_

#include <optional>
#include <string>
#include <vector>

#include "couverture/detail/model.h"

namespace couverture::detail {

// Per parameter, its value on `date` (YYYY-MM-DD) as language `lang` writes it; a value carried
// forward says so: "€105 (the 2025-26 amount: …)". nullopt for a parameter whose first period
// starts later.
std::vector<std::optional<std::string>> ParameterTextsAt(const Model& model, int lang,
                                                         const std::string& date);

// `text` with each {parameter} that has a value in `values` replaced by it; the others kept.
std::string FillParameters(const Model& model,
                           const std::vector<std::optional<std::string>>& values,
                           const std::string& text);

}  // namespace couverture::detail

#endif  // COUVERTURE_CORE_PARAMETER_TEXTS_H_
