// The texts two rulesets give the same things (a status, a row, a question, a citation... matched
// by id), compared as students read them: in one language, with parameters filled at a date.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "couverture/detail/json_document.h"
#include "couverture/detail/parameter_texts.h"
#include "diff_parts.h"

namespace couverture::authoring {
namespace {

using detail::Model;
using detail::Text;

// One side's texts in its language. A parameter with no value at the date keeps its placeholder:
// the diff still compares what it can.
class TextReader {
 public:
  TextReader(const Model& model, int lang, const std::string& date)
      : model_(model),
        lang_(lang),
        values_(date.empty() ? std::vector<std::optional<std::string>>()
                             : detail::ParameterTextsAt(model, lang, date)) {}

  std::string Read(const Text& text) const {
    return detail::FillParameters(model_, values_, text[lang_]);
  }

  std::optional<std::string> Read(const std::optional<Text>& text) const {
    return text ? std::optional<std::string>(Read(*text)) : std::nullopt;
  }

 private:
  const Model& model_;
  int lang_;
  std::vector<std::optional<std::string>> values_;  // per parameter; empty when no date
};

template <typename T>
const T* FindById(const std::vector<T>& items, const std::string& id) {
  for (const T& item : items) {
    if (item.id == id) return &item;
  }
  return nullptr;
}

class Comparer {
 public:
  Comparer(const DiffSides& sides, const std::vector<DiffOptions::RenamedOption>& renamed,
           const std::string& date)
      : sides_(sides),
        renamed_(renamed),
        old_(sides.old_model, sides.old_lang, date),
        new_(sides.new_model, sides.new_lang, date) {}

  void Run(const std::vector<DecisionPair>& pairs) {
    const Model& o = sides_.old_model;
    const Model& n = sides_.new_model;
    Field("", "", "title", o.meta.title, n.meta.title);
    ComparePhrases(o.phrases, n.phrases);
    for (const detail::Question& q : n.questions) {
      if (const detail::Question* old_q = FindById(o.questions, q.id)) CompareQuestion(*old_q, q);
    }
    for (const DecisionPair& p : pairs) {
      CompareDecision(o.decisions[p.old_decision], n.decisions[p.new_decision]);
    }
    for (const detail::Citation& c : n.citations) {
      const detail::Citation* old_c = FindById(o.citations, c.id);
      if (!old_c) continue;
      Field(old_c->path, c.path, "section", old_c->section, c.section);
      Field(old_c->path, c.path, "quote", old_c->quote, c.quote);
    }
  }

  std::vector<TextChange> changes;

 private:
  void ComparePhrases(const detail::Phrases& o, const detail::Phrases& n) {
    Field("/phrases", "/phrases", "yes", o.yes, n.yes);
    Field("/phrases", "/phrases", "no", o.no, n.no);
    Field("/phrases", "/phrases", "not_applicable", o.not_applicable, n.not_applicable);
    Field("/phrases", "/phrases", "overridden", o.overridden, n.overridden);
    Field("/phrases", "/phrases", "pending", o.pending, n.pending);
    Field("/phrases", "/phrases", "order", o.order, n.order);
    Field("/phrases", "/phrases", "university", o.university, n.university);
    Field("/phrases", "/phrases", "inference", o.inference, n.inference);
  }

  void CompareQuestion(const detail::Question& o, const detail::Question& n) {
    Field(o.path, n.path, "label", o.label, n.label);
    Field(o.path, n.path, "short", o.short_label, n.short_label);
    Field(o.path, n.path, "help", o.help, n.help);
    Field(o.path, n.path, "unit", o.unit, n.unit);
    Field(o.path, n.path, "invalid", o.invalid, n.invalid);
    // Options paired as the outcomes are: by id, or through --renamed-option.
    const std::vector<int> old_of_new = PairOptions(o, n, renamed_).old_of_new;
    for (std::size_t i = 0; i < n.options.size(); ++i) {
      int j = old_of_new[i];
      if (j < 0) continue;
      Field(detail::JoinPath(o.path + "/options", static_cast<std::size_t>(j)),
            detail::JoinPath(n.path + "/options", i), "label", o.options[j].label,
            n.options[i].label);
    }
  }

  void CompareDecision(const detail::Decision& o, const detail::Decision& n) {
    // Format 1's single decision has no texts of its own: its title is the ruleset's.
    if (!o.path.empty() && !n.path.empty()) {
      Field(o.path, n.path, "title", o.title, n.title);
      Field(o.path, n.path, "intro", o.intro, n.intro);
    }
    CompareItems(o.statuses, n.statuses);
    CompareItems(o.extras, n.extras);
    for (int kind = 0; kind < kListKinds; ++kind) CompareItems(o.items[kind], n.items[kind]);
    for (const detail::Rule& rule : n.rules) {
      const detail::Rule* old_rule = FindById(o.rules, rule.id);
      if (!old_rule) continue;
      Field(old_rule->path, rule.path, "title", old_rule->title, rule.title);
      Field(old_rule->path, rule.path, "because", old_rule->because, rule.because);
    }
  }

  void CompareItems(const std::vector<detail::Item>& o, const std::vector<detail::Item>& n) {
    for (const detail::Item& item : n) {
      const detail::Item* old_item = FindById(o, item.id);
      if (!old_item) continue;
      Field(old_item->path, item.path, "title", old_item->title, item.title);
      Field(old_item->path, item.path, "text", old_item->text, item.text);
    }
  }

  void Field(const std::string& old_owner, const std::string& new_owner, std::string_view field,
             const Text& o, const Text& n) {
    Record(old_owner, new_owner, field, old_.Read(o), new_.Read(n));
  }

  void Field(const std::string& old_owner, const std::string& new_owner, std::string_view field,
             const std::optional<Text>& o, const std::optional<Text>& n) {
    Record(old_owner, new_owner, field, old_.Read(o), new_.Read(n));
  }

  void Record(const std::string& old_owner, const std::string& new_owner, std::string_view field,
              std::optional<std::string> o, std::optional<std::string> n) {
    if (o == n) return;
    std::string path = detail::JoinPath(new_owner, field);
    std::string old_path = detail::JoinPath(old_owner, field);
    changes.push_back({path, old_path == path ? "" : old_path, std::move(o), std::move(n)});
  }

  const DiffSides& sides_;
  const std::vector<DiffOptions::RenamedOption>& renamed_;
  TextReader old_, new_;
};

}  // namespace

std::vector<TextChange> CompareTexts(const DiffSides& sides, const std::vector<DecisionPair>& pairs,
                                     const std::vector<DiffOptions::RenamedOption>& renamed,
                                     const std::string& date) {
  Comparer comparer(sides, renamed, date);
  comparer.Run(pairs);
  return std::move(comparer.changes);
}

}  // namespace couverture::authoring
