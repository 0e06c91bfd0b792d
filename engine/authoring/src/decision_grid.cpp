#include "couverture/authoring/decision_grid.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "condition_words.h"
#include "couverture/detail/json_document.h"
#include "couverture/detail/model.h"
#include "place_names.h"
#include "studio_json.h"

namespace couverture::authoring {
namespace {

using detail::Json;
using detail::Model;

// The key of `when` a test is written under: the token after "<row>/when/".
std::string KeyOf(const std::string& test_path, const std::string& when_path) {
  if (test_path.compare(0, when_path.size() + 1, when_path + "/") != 0) return "";
  std::vector<std::string> tokens = PointerTokens(test_path.substr(when_path.size()));
  return tokens.empty() ? "" : tokens.front();
}

// One key of a row's `when` and the conditions written under it.
struct KeyPart {
  std::string key;
  std::vector<int> conditions;
};

std::vector<KeyPart> KeyParts(const Model& model, const detail::Rule& rule) {
  std::vector<KeyPart> parts;
  if (rule.condition < 0) return parts;
  const detail::Condition& top = model.conditions[rule.condition];
  std::vector<int> children =
      top.kind == detail::Condition::Kind::kAll ? top.children : std::vector<int>{rule.condition};
  std::string when = rule.path + "/when";
  for (int child : children) {
    std::vector<int> tests = TestsOf(model, child);
    std::string key = tests.empty() ? "" : KeyOf(model.tests[tests.front()].path, when);
    if (parts.empty() || parts.back().key != key) parts.push_back({key, {}});
    parts.back().conditions.push_back(child);
  }
  return parts;
}

Json Row(const Model& model, const detail::Decision& d, const detail::Rule& rule, int lang,
         StaffLanguage staff, std::vector<std::string>& columns, bool& other) {
  Json row = Json::object();
  detail::Put(row, "id", rule.id);
  detail::Put(row, "title", rule.title[lang]);
  detail::Put(row, "because", rule.because[lang]);
  detail::Put(row, "path", rule.path);
  detail::Put(row, "default", rule.condition < 0);
  Json cells = Json::object();
  Json others = Json::array();
  std::string when = rule.path + "/when";
  for (const KeyPart& part : KeyParts(model, rule)) {
    int question = model.QuestionIndex(part.key);
    std::string path = detail::JoinPath(when, part.key);
    if (question >= 0) {
      std::vector<int> tests;
      for (int c : part.conditions) {
        std::vector<int> below = TestsOf(model, c);
        tests.insert(tests.end(), below.begin(), below.end());
      }
      Json cell = Json::object();
      detail::Put(cell, "text", TestsWords(model, tests, lang, staff));
      detail::Put(cell, "path", path);
      detail::Put(cells, part.key, std::move(cell));
      if (std::find(columns.begin(), columns.end(), part.key) == columns.end()) {
        columns.push_back(part.key);
      }
      continue;
    }
    std::string words;
    for (int c : part.conditions) {
      words += (words.empty() ? "" : (staff == StaffLanguage::kFrench ? " et " : " and ")) +
               ConditionWords(model, c, lang, staff);
    }
    others.push_back(Json::object({{"text", words}, {"path", part.key.empty() ? when : path}}));
    other = true;
  }
  detail::Put(row, "cells", std::move(cells));
  detail::Put(row, "other", std::move(others));
  const detail::Outcome& outcome = d.outcomes[rule.outcome];
  detail::Put(row, "status",
              outcome.status >= 0 ? Json(d.statuses[outcome.status].id) : Json(nullptr));
  Json lists = Json::object();
  for (int kind = 0; kind < kListKinds; ++kind) {
    Json ids = Json::array();
    for (int item : outcome.lists[kind]) ids.push_back(d.items[kind][item].id);
    detail::Put(lists, kListNames[kind], std::move(ids));
  }
  detail::Put(row, "lists", std::move(lists));
  detail::Put(row, "extra", outcome.extra >= 0 ? Json(d.extras[outcome.extra].id) : Json(nullptr));
  detail::Put(row, "citation",
              rule.citation >= 0 ? Json(model.citations[rule.citation].id) : Json(nullptr));
  return row;
}

Json Items(const std::vector<detail::Item>& items, int lang) {
  Json out = Json::array();
  for (const detail::Item& item : items) {
    Json j = Json::object();
    detail::Put(j, "id", item.id);
    detail::Put(j, "title", OptionalText(item.title, lang));
    detail::Put(j, "text", OptionalText(item.text, lang));
    detail::Put(j, "path", item.path);
    out.push_back(std::move(j));
  }
  return out;
}

Json Decision(const Model& model, const detail::Decision& d, int lang, StaffLanguage staff) {
  Json out = Json::object();
  detail::Put(out, "id", d.id);
  detail::Put(out, "title", d.title[lang]);
  detail::Put(out, "path", d.path);
  detail::Put(out, "applies",
              d.applies >= 0
                  ? Json::object({{"text", ConditionWords(model, d.applies, lang, staff)},
                                  {"path", d.path + "/applies"}})
                  : Json(nullptr));
  std::vector<std::string> columns;
  bool other = false;
  Json rows = Json::array();
  for (const detail::Rule& rule : d.rules) {
    rows.push_back(Row(model, d, rule, lang, staff, columns, other));
  }
  // Columns in the order of the questions, as a student is asked them.
  Json ordered = Json::array();
  for (const detail::Question& q : model.questions) {
    if (std::find(columns.begin(), columns.end(), q.id) != columns.end()) ordered.push_back(q.id);
  }
  detail::Put(out, "columns", std::move(ordered));
  detail::Put(out, "other", other);
  detail::Put(out, "rows", std::move(rows));
  detail::Put(out, "statuses", Items(d.statuses, lang));
  Json lists = Json::object();
  for (int kind = 0; kind < kListKinds; ++kind) {
    detail::Put(lists, kListNames[kind], Items(d.items[kind], lang));
  }
  detail::Put(out, "lists", std::move(lists));
  detail::Put(out, "extras", Items(d.extras, lang));
  return out;
}

const char* TypeName(detail::QuestionType type) {
  switch (type) {
    case detail::QuestionType::kChoice: return "choice";
    case detail::QuestionType::kBoolean: return "boolean";
    case detail::QuestionType::kInteger: return "integer";
    case detail::QuestionType::kNumber: break;
  }
  return "number";
}

}  // namespace

std::string DecisionGridJson(const Ruleset& rules, int lang, StaffLanguage staff) {
  const Model& model = detail::ModelOf(rules);
  Json decisions = Json::array();
  for (const detail::Decision& d : model.decisions)
    decisions.push_back(Decision(model, d, lang, staff));
  Json questions = Json::array();
  for (const detail::Question& q : model.questions) {
    Json j = Json::object();
    detail::Put(j, "id", q.id);
    detail::Put(j, "type", TypeName(q.type));
    detail::Put(j, "short", q.short_label[lang]);
    detail::Put(j, "label", q.label[lang]);
    Json options = Json::array();
    for (const detail::Option& o : q.options) {
      options.push_back(Json::object({{"id", o.id}, {"label", o.label[lang]}}));
    }
    detail::Put(j, "options", std::move(options));
    detail::Put(j, "min", q.min ? detail::NumberJson(*q.min) : Json(nullptr));
    detail::Put(j, "max", q.max ? detail::NumberJson(*q.max) : Json(nullptr));
    detail::Put(j, "path", q.path);
    questions.push_back(std::move(j));
  }
  Json citations = CitationList(model, lang);
  Json out = Json::object();
  detail::Put(out, "format", model.meta.format);
  detail::Put(out, "decisions", std::move(decisions));
  detail::Put(out, "questions", std::move(questions));
  detail::Put(out, "citations", std::move(citations));
  return detail::Dump(out);
}

}  // namespace couverture::authoring
