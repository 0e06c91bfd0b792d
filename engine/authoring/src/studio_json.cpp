#include "studio_json.h"

#include <utility>

namespace couverture::authoring {

using detail::Json;

Json OptionalText(const std::optional<detail::Text>& text, int lang) {
  return text ? Json((*text)[lang]) : Json(nullptr);
}

Json CitationList(const detail::Model& model, int lang) {
  Json citations = Json::array();
  for (const detail::Citation& c : model.citations) {
    Json j = Json::object();
    detail::Put(j, "id", c.id);
    detail::Put(j, "section", c.section[lang]);
    detail::Put(j, "source", c.source >= 0 ? Json(model.sources[c.source].id) : Json(nullptr));
    detail::Put(j, "basis", detail::BasisName(c.basis));
    detail::Put(j, "path", c.path);
    citations.push_back(std::move(j));
  }
  return citations;
}

}  // namespace couverture::authoring
