// Pieces of the JSON the studio's views read that more than one view writes (internal): the
// decision grid (decision_grid.cpp) and the parameters' periods (parameter_periods.cpp) both list
// the citations, so that a view can show where each value's evidence comes from.
#ifndef COUVERTURE_AUTHORING_STUDIO_JSON_H_
#define COUVERTURE_AUTHORING_STUDIO_JSON_H_

#include <optional>

#include "couverture/detail/json_document.h"
#include "couverture/detail/model.h"

namespace couverture::authoring {

// A text in the ruleset's language `lang`, or null when the ruleset has none.
detail::Json OptionalText(const std::optional<detail::Text>& text, int lang);

// Every citation: [{id, section, source, basis, path}], `section` in the ruleset's language
// `lang`, `source` the source's id (null when the citation names none).
detail::Json CitationList(const detail::Model& model, int lang);

}  // namespace couverture::authoring

#endif  // COUVERTURE_AUTHORING_STUDIO_JSON_H_
