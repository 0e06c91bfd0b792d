// ResultRenderer: the catalog of a language and date, built once, and results built from it.
#include "couverture/result.h"

#include <memory>

#include "catalog.h"
#include "couverture/detail/json_document.h"
#include "couverture/detail/model.h"
#include "plan.h"

namespace couverture {
namespace {

using detail::Json;
using detail::Put;

const char* TypeName(detail::QuestionType type) {
  switch (type) {
    case detail::QuestionType::kChoice: return "choice";
    case detail::QuestionType::kBoolean: return "boolean";
    case detail::QuestionType::kInteger: return "integer";
    case detail::QuestionType::kNumber: return "number";
  }
  return "";
}

// {"id": ..., "label": ...}: an answer the widget offers.
Json Choice(Json id, const std::string& label) {
  Json choice = Json::object();
  Put(choice, "id", std::move(id));
  Put(choice, "label", label);
  return choice;
}

Json Optional(const detail::Model& model, const detail::Catalog& catalog,
              const std::optional<detail::Text>& text) {
  return text ? Json(detail::Fill(model, catalog, *text)) : Json(nullptr);
}

}  // namespace

Result<ResultRenderer> ResultRenderer::Make(const Ruleset& rules, int lang, const Date& date) {
  Result<detail::Catalog> catalog = detail::MakeCatalog(detail::ModelOf(rules), lang, date);
  if (!catalog.ok()) return catalog.errors();
  return ResultRenderer(rules, std::make_shared<const detail::Catalog>(std::move(catalog).value()));
}

std::string ResultRenderer::ResultJson(const Answers& answers, const Assessment& assessment,
                                       int indent) const {
  const detail::Model& model = detail::ModelOf(rules_);
  return detail::Dump(detail::ResultValue(model, *catalog_,
                                          detail::MakePlan(model, *catalog_, answers, assessment)),
                      indent);
}

std::string ResultRenderer::ResultTemplateJson(const Answers& answers) const {
  const detail::Model& model = detail::ModelOf(rules_);
  return detail::Dump(detail::ResultValue(
      model, *catalog_,
      detail::MakePlan(model, *catalog_, answers, Assess(rules_, answers), /*holes=*/true)));
}

std::string ResultRenderer::HolesJson(const Answers& answers) const {
  return detail::HolesJson(detail::ModelOf(rules_), *catalog_, answers);
}

std::string ResultRenderer::TemplateKey(const Answers& answers) const {
  return detail::PlanKey(detail::ModelOf(rules_), answers);
}

std::string ResultRenderer::QuestionsJson(int indent) const {
  const detail::Model& model = detail::ModelOf(rules_);
  const detail::Catalog& catalog = *catalog_;
  auto text = [&](const detail::Text& t) { return detail::Fill(model, catalog, t); };
  Json list = Json::array();
  for (const detail::Question& q : model.questions) {
    Json j = Json::object();
    Put(j, "id", q.id);
    Put(j, "type", TypeName(q.type));
    Put(j, "label", text(q.label));
    Put(j, "short", text(q.short_label));
    Put(j, "help", Optional(model, catalog, q.help));
    Put(j, "unit", Optional(model, catalog, q.unit));
    Put(j, "invalid", Optional(model, catalog, q.invalid));
    if (q.type == detail::QuestionType::kChoice) {
      Json options = Json::array();
      for (const detail::Option& o : q.options) options.push_back(Choice(o.id, text(o.label)));
      Put(j, "options", std::move(options));
    } else if (q.type == detail::QuestionType::kBoolean) {
      Json options = Json::array();
      options.push_back(Choice(true, text(model.phrases.yes)));
      options.push_back(Choice(false, text(model.phrases.no)));
      Put(j, "options", std::move(options));
    } else {
      Put(j, "min", q.min ? detail::NumberJson(*q.min) : Json(nullptr));
      Put(j, "max", q.max ? detail::NumberJson(*q.max) : Json(nullptr));
    }
    list.push_back(std::move(j));
  }
  return detail::Dump(list, indent);
}

std::string ResultRenderer::MetadataJson(int indent) const {
  const detail::Model& model = detail::ModelOf(rules_);
  const detail::Catalog& catalog = *catalog_;
  const detail::Metadata& m = model.meta;
  auto date = [](const std::optional<std::string>& d) { return d ? Json(*d) : Json(nullptr); };
  auto source_json = [](const detail::Source& s) {
    Json j = Json::object();
    Put(j, "id", s.id);
    Put(j, "title", s.title);
    Put(j, "url", s.url.empty() ? Json(nullptr) : Json(s.url));
    Put(j, "language", s.language);
    Put(j, "checked", s.checked);
    Put(j, "publisher", s.publisher.empty() ? Json(nullptr) : Json(s.publisher));
    return j;
  };
  Json j = Json::object();
  Put(j, "id", m.id);
  Put(j, "version", m.version);
  Put(j, "format", m.format);
  Put(j, "title", detail::Fill(model, catalog, m.title));
  Put(j, "notice", catalog.notice);
  Json languages = Json::array();
  for (const std::string& l : model.languages) languages.push_back(l);
  Put(j, "languages", std::move(languages));
  // The oldest date a source was checked: how current the rules are at worst.
  std::string checked;
  Json sources = Json::array();
  for (const detail::Source& s : model.sources) {
    if (checked.empty() || s.checked < checked) checked = s.checked;
    sources.push_back(source_json(s));
  }
  if (m.format == 1 && !model.sources.empty()) {  // its one source, as format 1 wrote it
    const detail::Source& s = model.sources.front();
    Json source = Json::object();
    Put(source, "title", s.title);
    Put(source, "url", s.url.empty() ? Json(nullptr) : Json(s.url));
    Put(source, "language", s.language);
    Put(source, "checked", s.checked);
    Put(j, "source", std::move(source));
  }
  Put(j, "sources", std::move(sources));
  Put(j, "checked", checked);
  Put(j, "valid_from", date(m.valid_from));
  Put(j, "valid_until", date(m.valid_until));
  Put(j, "review_by", date(m.review_by));
  Put(j, "date", catalog.date);
  Json decisions = Json::array();
  for (const detail::DecisionCatalog& d : catalog.decisions) {
    Json entry = Json::object();
    Put(entry, "id", d.id);
    Put(entry, "title", d.title);
    decisions.push_back(std::move(entry));
  }
  Put(j, "decisions", std::move(decisions));
  return detail::Dump(j, indent);
}

}  // namespace couverture
