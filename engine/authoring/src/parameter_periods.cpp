#include "couverture/authoring/parameter_periods.h"

#include <string>
#include <utility>

#include "couverture/detail/json_document.h"
#include "couverture/detail/model.h"
#include "couverture/detail/number_format.h"
#include "place_names.h"
#include "studio_json.h"

namespace couverture::authoring {
namespace {

using detail::Json;
using detail::Model;

const char* StyleName(detail::NumberStyle style) {
  switch (style) {
    case detail::NumberStyle::kAmount: return "amount";
    case detail::NumberStyle::kPercent: return "percent";
    case detail::NumberStyle::kNumber: break;
  }
  return "number";
}

// The texts that name the parameter, "{id}", in any language.
Json ShownIn(const Model& model, const std::string& id, int lang, StaffLanguage staff) {
  std::string mark = "{" + id + "}";
  Json out = Json::array();
  auto names = [&](const detail::Text& text) {
    for (const std::string& t : text) {
      if (t.find(mark) != std::string::npos) return true;
    }
    return false;
  };
  auto add = [&](const std::string& path) {
    out.push_back(Json::object({{"path", path}, {"name", PlaceName(model, path, lang, staff)}}));
  };
  auto item = [&](const detail::Item& i) {
    if ((i.title && names(*i.title)) || (i.text && names(*i.text))) add(i.path);
  };
  for (const detail::Question& q : model.questions) {
    if (names(q.label) || (q.help && names(*q.help))) add(q.path);
  }
  for (const detail::Decision& d : model.decisions) {
    for (const detail::Rule& r : d.rules) {
      if (names(r.title) || names(r.because)) add(r.path);
    }
    for (const detail::Item& i : d.statuses) item(i);
    for (const detail::Item& i : d.extras) item(i);
    for (int kind = 0; kind < kListKinds; ++kind) {
      for (const detail::Item& i : d.items[kind]) item(i);
    }
  }
  return out;
}

}  // namespace

std::string ParameterPeriodsJson(const Ruleset& rules, int lang, StaffLanguage staff) {
  const Model& model = detail::ModelOf(rules);
  const detail::NumberFormat& format = model.number_formats[lang];
  Json parameters = Json::array();
  for (const detail::Parameter& p : model.parameters) {
    Json periods = Json::array();
    for (std::size_t i = 0; i < p.periods.size(); ++i) {
      const detail::Period& period = p.periods[i];
      Json j = Json::object();
      detail::Put(j, "from", period.from);
      detail::Put(j, "until", i + 1 < p.periods.size() ? p.periods[i + 1].from : std::string());
      detail::Put(j, "value",
                  period.carried_forward ? Json(nullptr) : detail::NumberJson(period.value));
      detail::Put(j, "shown", detail::FormatValue(period.value, p.style, p.currency, format));
      detail::Put(j, "carried_forward", period.carried_forward);
      detail::Put(j, "label", OptionalText(period.label, lang));
      detail::Put(j, "note", OptionalText(period.note, lang));
      detail::Put(j, "citation",
                  period.citation >= 0 ? Json(model.citations[period.citation].id) : Json(nullptr));
      detail::Put(j, "path", period.path);
      periods.push_back(std::move(j));
    }
    Json j = Json::object();
    detail::Put(j, "id", p.id);
    detail::Put(j, "path", p.path);
    detail::Put(j, "type", StyleName(p.style));
    detail::Put(j, "currency", p.currency);
    detail::Put(j, "shown_in", ShownIn(model, p.id, lang, staff));
    detail::Put(j, "periods", std::move(periods));
    parameters.push_back(std::move(j));
  }
  Json citations = CitationList(model, lang);
  Json sources = Json::array();
  for (const detail::Source& s : model.sources) {
    Json j = Json::object();
    detail::Put(j, "id", s.id);
    detail::Put(j, "title", s.title);
    detail::Put(j, "url", s.url);
    detail::Put(j, "publisher", s.publisher);
    detail::Put(j, "language", s.language);
    detail::Put(j, "checked", s.checked);
    detail::Put(j, "path", s.path);
    sources.push_back(std::move(j));
  }
  Json out = Json::object();
  detail::Put(out, "parameters", std::move(parameters));
  detail::Put(out, "citations", std::move(citations));
  detail::Put(out, "sources", std::move(sources));
  return detail::Dump(out);
}

}  // namespace couverture::authoring
