#include "couverture/authoring/text_catalog.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "condition_words.h"
#include "couverture/detail/json_document.h"
#include "couverture/detail/model.h"
#include "place_names.h"

namespace couverture::authoring {
namespace {

using detail::Json;
using detail::Model;
using detail::Text;

struct Entry {
  std::string path, group, owner_path, field;
  const Text* text = nullptr;
  std::vector<std::string> uses;  // pointers of what uses it
  std::string parameter;          // a period's note: the parameter whose value it follows
};

class Catalog {
 public:
  explicit Catalog(const Model& model) : model_(model) { IndexRows(); }

  std::vector<Entry> Build() {
    const Model& m = model_;
    Add("", "title", "ruleset", m.meta.title);
    AddPhrases();
    for (const detail::Parameter& p : m.parameters) {
      for (const detail::Period& period : p.periods) {
        Add(period.path, "label", "parameters", period.label);
        std::size_t before = entries_.size();
        Add(period.path, "note", "parameters", period.note);
        if (entries_.size() > before) entries_.back().parameter = p.id;
      }
    }
    for (std::size_t q = 0; q < m.questions.size(); ++q) {
      const detail::Question& question = m.questions[q];
      std::vector<std::string> rows = RowsTesting(static_cast<int>(q), -1);
      for (const char* field : {"label", "short", "help", "unit", "invalid"}) {
        const std::optional<Text>* optional = nullptr;
        const Text* text = nullptr;
        std::string f = field;
        if (f == "label") text = &question.label;
        if (f == "short") text = &question.short_label;
        if (f == "help") optional = &question.help;
        if (f == "unit") optional = &question.unit;
        if (f == "invalid") optional = &question.invalid;
        if (optional && *optional) text = &**optional;
        if (text) Add(question.path, f, "questions", *text, rows);
      }
      for (std::size_t o = 0; o < question.options.size(); ++o) {
        Add(detail::JoinPath(question.path + "/options", o), "label", "questions",
            question.options[o].label, RowsTesting(static_cast<int>(q), static_cast<int>(o)));
      }
    }
    for (std::size_t d = 0; d < m.decisions.size(); ++d) AddDecision(static_cast<int>(d));
    for (std::size_t c = 0; c < m.citations.size(); ++c) {
      const detail::Citation& citation = m.citations[c];
      std::vector<std::string> uses = Citing(static_cast<int>(c));
      Add(citation.path, "section", "citations", citation.section, uses);
      Add(citation.path, "quote", "citations", citation.quote, uses);
    }
    // A note shows wherever a text names its dated value.
    for (Entry& e : entries_) {
      if (e.parameter.empty()) continue;
      std::string mark = "{" + e.parameter + "}";
      for (const Entry& other : entries_) {
        for (const std::string& t : *other.text) {
          if (t.find(mark) != std::string::npos) {
            e.uses.push_back(other.path);
            break;
          }
        }
      }
    }
    return std::move(entries_);
  }

 private:
  void Add(const std::string& owner, const std::string& field, const char* group, const Text& text,
           std::vector<std::string> uses = {}) {
    Entry e;
    e.owner_path = owner;
    e.field = field;
    e.path = detail::JoinPath(owner, field);
    e.group = group;
    e.text = &text;
    e.uses = std::move(uses);
    entries_.push_back(std::move(e));
  }

  void Add(const std::string& owner, const std::string& field, const char* group,
           const std::optional<Text>& text, std::vector<std::string> uses = {}) {
    if (text) Add(owner, field, group, *text, std::move(uses));
  }

  void AddPhrases() {
    const detail::Phrases& p = model_.phrases;
    Add("/phrases", "yes", "phrases", p.yes);
    Add("/phrases", "no", "phrases", p.no);
    Add("/phrases", "not_applicable", "phrases", p.not_applicable);
    Add("/phrases", "pending", "phrases", p.pending);
    Add("/phrases", "overridden", "phrases", p.overridden);
    Add("/phrases", "order", "phrases", p.order);
    Add("/phrases", "university", "phrases", p.university);
    Add("/phrases", "inference", "phrases", p.inference);
  }

  void AddDecision(int decision) {
    const detail::Decision& d = model_.decisions[decision];
    // Format 1's one decision is titled by the ruleset's own title.
    if (!d.path.empty()) {
      Add(d.path, "title", "decisions", d.title);
      Add(d.path, "intro", "decisions", d.intro);
    }
    for (const detail::Rule& rule : d.rules) {
      Add(rule.path, "title", "decisions", rule.title);
      Add(rule.path, "because", "decisions", rule.because);
    }
    auto items = [&](const std::vector<detail::Item>& list, int kind) {
      for (std::size_t i = 0; i < list.size(); ++i) {
        std::vector<std::string> uses = RowsListing(decision, kind, static_cast<int>(i));
        Add(list[i].path, "title", "decisions", list[i].title, uses);
        Add(list[i].path, "text", "decisions", list[i].text, uses);
      }
    };
    items(d.statuses, -1);
    items(d.extras, -2);
    for (int kind = 0; kind < kListKinds; ++kind) items(d.items[kind], kind);
  }

  // Each test's row, by the tests below each row's condition.
  void IndexRows() {
    test_rows_.assign(model_.tests.size(), "");
    for (const detail::Decision& d : model_.decisions) {
      for (const detail::Rule& rule : d.rules) {
        for (int t : TestsOf(model_, rule.condition)) test_rows_[t] = rule.path;
      }
    }
  }

  // Rows that test `question` (with `option` among the answers they name, when >= 0).
  std::vector<std::string> RowsTesting(int question, int option) const {
    std::vector<std::string> rows;
    for (std::size_t t = 0; t < model_.tests.size(); ++t) {
      const detail::Test& test = model_.tests[t];
      if (test.question != question || test_rows_[t].empty()) continue;
      if (option >= 0) {
        bool names = test.op == detail::Op::kIn ? ((test.set >> option) & 1u) != 0
                                                : test.value == static_cast<double>(option);
        if (!names) continue;
      }
      if (rows.empty() || rows.back() != test_rows_[t]) rows.push_back(test_rows_[t]);
    }
    return rows;
  }

  // Rows whose outcome lists an item: kind -1 a status, -2 an extra insurance.
  std::vector<std::string> RowsListing(int decision, int kind, int item) const {
    const detail::Decision& d = model_.decisions[decision];
    std::vector<std::string> rows;
    for (const detail::Rule& rule : d.rules) {
      const detail::Outcome& o = d.outcomes[rule.outcome];
      bool lists = kind == -1   ? o.status == item
                   : kind == -2 ? o.extra == item
                                : std::find(o.lists[kind].begin(), o.lists[kind].end(), item) !=
                                      o.lists[kind].end();
      if (lists) rows.push_back(rule.path);
    }
    return rows;
  }

  std::vector<std::string> Citing(int citation) const {
    std::vector<std::string> uses;
    for (const detail::Decision& d : model_.decisions) {
      for (const detail::Rule& rule : d.rules) {
        if (rule.citation == citation) uses.push_back(rule.path);
      }
      auto items = [&](const std::vector<detail::Item>& list) {
        for (const detail::Item& item : list) {
          if (item.citation == citation) uses.push_back(item.path);
        }
      };
      items(d.statuses);
      items(d.extras);
      for (int kind = 0; kind < kListKinds; ++kind) items(d.items[kind]);
    }
    for (const detail::Parameter& p : model_.parameters) {
      for (const detail::Period& period : p.periods) {
        if (period.citation == citation) uses.push_back(period.path);
      }
    }
    return uses;
  }

  const Model& model_;
  std::vector<std::string> test_rows_;
  std::vector<Entry> entries_;
};

}  // namespace

std::string TextCatalogJson(const Ruleset& rules, int lang, StaffLanguage staff) {
  const Model& model = detail::ModelOf(rules);
  Json texts = Json::array();
  for (const Entry& e : Catalog(model).Build()) {
    Json j = Json::object();
    detail::Put(j, "path", e.path);
    detail::Put(j, "group", e.group);
    detail::Put(j, "owner", PlaceName(model, e.owner_path, lang, staff));
    detail::Put(j, "owner_path", e.owner_path);
    detail::Put(j, "field", e.field);
    Json values = Json::object();
    for (std::size_t l = 0; l < model.languages.size(); ++l) {
      detail::Put(values, model.languages[l], (*e.text)[l]);
    }
    detail::Put(j, "texts", std::move(values));
    Json uses = Json::array();
    for (const std::string& path : e.uses) {
      uses.push_back(Json::object({{"path", path}, {"name", PlaceName(model, path, lang, staff)}}));
    }
    detail::Put(j, "uses", std::move(uses));
    texts.push_back(std::move(j));
  }
  Json languages = Json::array();
  for (const std::string& tag : model.languages) languages.push_back(tag);
  Json out = Json::object();
  detail::Put(out, "languages", std::move(languages));
  detail::Put(out, "texts", std::move(texts));
  return detail::Dump(out);
}

}  // namespace couverture::authoring
