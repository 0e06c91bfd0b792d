#include "catalog.h"

#include <algorithm>
#include <optional>
#include <string>

#include "couverture/detail/classes.h"
#include "couverture/detail/parameter_texts.h"

namespace couverture::detail {
namespace {

// A result needs every parameter's value at its date: the first one without is the error.
std::optional<Error> MissingParameter(const Model& model,
                                      const std::vector<std::optional<std::string>>& values,
                                      const Date& date) {
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (values[i]) continue;
    const Parameter& p = model.parameters[i];
    return Error{p.path, "no value on " + date.iso() + ": its first period starts on " +
                             p.periods.front().from};
  }
  return std::nullopt;
}

class Builder {
 public:
  Builder(const Model& model, Catalog& catalog) : model_(model), catalog_(catalog) {}

  void Build() {
    const Phrases& p = model_.phrases;
    catalog_.not_applicable = Text(p.not_applicable);
    catalog_.pending = Text(p.pending);
    catalog_.overridden = Text(p.overridden);
    for (std::size_t q = 0; q < model_.questions.size(); ++q) {
      const Question& question = model_.questions[q];
      catalog_.question_ids.push_back(question.id);
      catalog_.question_shorts.push_back(Text(question.short_label));
      catalog_.units.push_back(question.unit ? Text(*question.unit) : "");
      std::vector<std::string> labels;
      if (question.type == QuestionType::kChoice || question.type == QuestionType::kBoolean) {
        for (std::size_t c = 0; c < model_.classes[q].representative.size(); ++c) {
          labels.push_back(
              ClassLabel(model_, static_cast<int>(q), static_cast<int>(c), catalog_.lang));
        }
      }
      catalog_.answer_labels.push_back(std::move(labels));
    }
    for (const Decision& d : model_.decisions) catalog_.decisions.push_back(BuildDecision(d));
    for (const Citation& c : model_.citations) {
      catalog_.citation_ids.push_back(c.id);
      catalog_.citation_entries.push_back(CitationEntry(c));
    }
  }

 private:
  std::string Text(const detail::Text& text) const { return Fill(model_, catalog_, text); }

  Json OptionalText(const std::optional<detail::Text>& text) const {
    return text ? Json(Text(*text)) : Json(nullptr);
  }

  Json CitationId(int citation) const {
    return citation >= 0 ? Json(model_.citations[citation].id) : Json(nullptr);
  }

  Json NeedValue(const Need& need) const {
    Json j = Json::object();
    Put(j, "text", Text(need.text));
    Put(j, "source", CitationId(need.citation));
    return j;
  }

  // {id, text, source}, and for steps and documents {when, needs, deadline}.
  Json Item(const detail::Item& item, bool checklist) const {
    Json j = Json::object();
    Put(j, "id", item.id);
    Put(j, "text", OptionalText(item.text));
    Put(j, "source", CitationId(item.citation));
    if (checklist) {
      Put(j, "when",
          item.when == When::kUnstated ? Json(nullptr)
                                       : Json(kWhenNames[static_cast<std::size_t>(item.when)]));
      Json needs = Json::array();
      for (const Need& need : item.needs) needs.push_back(NeedValue(need));
      Put(j, "needs", std::move(needs));
      Put(j, "deadline", item.deadline ? NeedValue(*item.deadline) : Json(nullptr));
    }
    return j;
  }

  DecisionCatalog BuildDecision(const Decision& d) const {
    DecisionCatalog out;
    out.id = d.id;
    out.title = Text(d.title);
    out.intro = Text(d.intro ? *d.intro : model_.phrases.order);
    for (const detail::Item& status : d.statuses) {
      out.status_ids.push_back(status.id);
      out.status_titles.push_back(status.title ? Text(*status.title) : status.id);
      out.status_tones.push_back(status.tone.empty() ? Json(nullptr) : Json(status.tone));
      Json headline = Json::object();
      Put(headline, "title", OptionalText(status.title));
      Put(headline, "text", OptionalText(status.text));
      out.headlines.push_back(std::move(headline));
    }
    for (const detail::Item& extra : d.extras) {
      out.extra_ids.push_back(extra.id);
      out.extra_notes.push_back(OptionalText(extra.title));
    }
    for (const Rule& rule : d.rules) {
      out.rule_ids.push_back(rule.id);
      out.rule_titles.push_back(Text(rule.title));
      out.rule_because.push_back(Text(rule.because));
    }
    for (int kind = 0; kind < kListKinds; ++kind) {
      for (const detail::Item& item : d.items[kind]) {
        out.items[kind].push_back(Item(item, kind == kSteps || kind == kDocuments));
      }
    }
    return out;
  }

  // {section, quote, original?} and, in format 2, where it comes from and on what basis.
  Json CitationEntry(const Citation& c) const {
    Json j = Json::object();
    Put(j, "section", Text(c.section));
    Put(j, "quote", c.quote[catalog_.lang]);
    const Source* source = c.source >= 0 ? &model_.sources[c.source] : nullptr;
    int original = source ? model_.LanguageIndex(source->language) : -1;
    if (original >= 0 && original != catalog_.lang) Put(j, "original", c.quote[original]);
    if (model_.meta.format == 2 && source) {
      Json s = Json::object();
      Put(s, "id", source->id);
      Put(s, "title", source->title);
      Put(s, "url", source->url.empty() ? Json(nullptr) : Json(source->url));
      Put(s, "language", source->language);
      Put(s, "checked", source->checked);
      Put(s, "publisher", source->publisher.empty() ? Json(nullptr) : Json(source->publisher));
      Put(j, "source", std::move(s));
      const char* basis = BasisName(c.basis);
      Put(j, "basis", *basis ? Json(basis) : Json(nullptr));
      const std::optional<detail::Text>& note =
          c.basis == Basis::kUniversity  ? model_.phrases.university
          : c.basis == Basis::kInference ? model_.phrases.inference
                                         : std::nullopt;
      Put(j, "note", OptionalText(note));
    }
    return j;
  }

  const Model& model_;
  Catalog& catalog_;
};

}  // namespace

Result<Catalog> MakeCatalog(const Model& model, int lang, const Date& date) {
  std::vector<std::optional<std::string>> parameters = ParameterTextsAt(model, lang, date.iso());
  if (std::optional<Error> missing = MissingParameter(model, parameters, date)) return *missing;
  Catalog catalog;
  catalog.lang = lang;
  catalog.date = date.iso();
  catalog.parameters = std::move(parameters);
  catalog.notice =
      model.meta.notice ? Json(Fill(model, catalog, *model.meta.notice)) : Json(nullptr);
  Builder(model, catalog).Build();
  return catalog;
}

std::string Fill(const Model& model, const Catalog& catalog, const Text& text) {
  return FillParameters(model, catalog.parameters, text[catalog.lang]);
}

}  // namespace couverture::detail
