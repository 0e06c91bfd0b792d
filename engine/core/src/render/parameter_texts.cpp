#include "couverture/detail/parameter_texts.h"

#include <string_view>

#include "couverture/detail/number_format.h"
#include "text_fill.h"

namespace couverture::detail {

std::vector<std::optional<std::string>> ParameterTextsAt(const Model& model, int lang,
                                                         const std::string& date) {
  std::vector<std::optional<std::string>> texts;
  for (const Parameter& p : model.parameters) {
    const Period* current = nullptr;
    for (const Period& period : p.periods) {
      if (period.from <= date) current = &period;
    }
    if (!current) {
      texts.emplace_back();
      continue;
    }
    std::string text = FormatValue(current->value, p.style, p.currency, model.number_formats[lang]);
    if (current->note) text += " (" + (*current->note)[lang] + ")";
    texts.push_back(std::move(text));
  }
  return texts;
}

std::string FillParameters(const Model& model,
                           const std::vector<std::optional<std::string>>& values,
                           const std::string& text) {
  if (values.empty() || text.find('{') == std::string::npos) return text;
  return FillPlaceholders(text, [&](std::string_view name) -> const std::string* {
    int index = model.ParameterIndex(name);
    return index < 0 || !values[index] ? nullptr : &*values[index];
  });
}

}  // namespace couverture::detail
