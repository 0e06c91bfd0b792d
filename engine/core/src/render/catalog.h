// A ruleset's texts in one language at one date, with parameters filled in: everything a result
// shows that does not depend on the answers, built once and shared by every result.
#ifndef COUVERTURE_CORE_CATALOG_H_
#define COUVERTURE_CORE_CATALOG_H_

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "couverture/date.h"
#include "couverture/detail/json_document.h"
#include "couverture/detail/model.h"
#include "couverture/error.h"

namespace couverture::detail {

// Strings are the texts; `Json` members are the JSON values a result shows as they are.
struct DecisionCatalog {
  std::string id, title, intro;
  std::vector<std::string> rule_ids, rule_titles, rule_because;
  std::vector<std::string> status_ids, status_titles;
  std::vector<Json> headlines;  // per status: {title, text}
  std::vector<std::string> extra_ids;
  std::vector<Json> extra_notes;                    // per extra: its note, or null
  std::array<std::vector<Json>, kListKinds> items;  // per item: {id, text, source}
};

struct Catalog {
  int lang = 0;
  std::string date;
  Json notice;  // the ruleset's notice in `lang`, or null
  // Each parameter's value at `date`, as `lang` writes it (all present: parameter_texts.h).
  std::vector<std::optional<std::string>> parameters;
  // The explanation's phrases with parameters filled in, and what they name: per question its
  // short name, its unit and (choices, booleans) the label of each class of its answers.
  std::string not_applicable, pending, overridden;
  std::vector<std::string> question_shorts, units;
  std::vector<std::vector<std::string>> answer_labels;
  std::vector<std::string> question_ids;
  std::vector<DecisionCatalog> decisions;
  std::vector<std::string> citation_ids;
  std::vector<Json> citation_entries;  // {section, quote, original?, source?, basis?, note?}
};

// Fails when a parameter has no value at `date`.
Result<Catalog> MakeCatalog(const Model& model, int lang, const Date& date);

// A text in the catalog's language, with the parameters' values at its date.
std::string Fill(const Model& model, const Catalog& catalog, const Text& text);

}  // namespace couverture::detail

#endif  // COUVERTURE_CORE_CATALOG_H_
