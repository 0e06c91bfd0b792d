// A ruleset's texts in one language at one date, with parameters filled in: everything a result
// shows that does not depend on the answers, built once and shared by every result.
#ifndef COUVERTURE_CORE_CATALOG_H_
#define COUVERTURE_CORE_CATALOG_H_

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "couverture/date.h"
#include "couverture/error.h"
#include "json_document.h"
#include "model.h"

namespace couverture::detail {

// Strings are the texts; `Json` members are JSON values, and `_json` strings are JSON texts that
// nlohmann/json serialized once, for results to be put together from (see plan.h).
struct DecisionCatalog {
  std::string id, title, intro;
  std::vector<std::string> rule_ids, rule_titles, rule_because;
  std::vector<std::string> status_ids, status_titles;
  std::vector<Json> headlines;  // per status: {title, text}
  std::vector<std::string> extra_ids;
  std::vector<Json> extra_notes;                    // per extra: its note, or null
  std::array<std::vector<Json>, kListKinds> items;  // per item: {id, text, source}

  std::string id_json, title_json, intro_json;
  std::vector<std::string> rule_ids_json, status_ids_json, headlines_json, extra_ids_json,
      extra_notes_json, rule_because_json;
  std::array<std::vector<std::string>, kListKinds> items_json;
  // Escaped for inside a JSON string, to fill the explanation's phrases with.
  std::string title_escaped;
  std::vector<std::string> rule_titles_escaped, status_titles_escaped;
};

struct Catalog {
  int lang = 0;
  std::string date;
  // Each parameter's value at `date`, as `lang` writes it (all present: parameter_texts.h).
  std::vector<std::optional<std::string>> parameters;
  // The explanation's phrases with parameters filled in.
  std::string not_applicable, pending, overridden;
  std::vector<std::string> question_ids;
  std::vector<DecisionCatalog> decisions;
  std::vector<std::string> citation_ids;
  std::vector<Json> citation_entries;  // {section, quote, original?, source?, basis?, note?}

  // {"ruleset":…,"version":…,"lang":…,"date":…, : how every result starts.
  std::string result_start;
  std::size_t result_size_hint = 0;  // enough for most results: what they reserve
  std::vector<std::string> question_ids_json, citation_ids_json, citation_entries_json;
  // Escaped for inside a JSON string: the phrases, and per question its short name, its unit and
  // (choices, booleans) the labels of its answers.
  std::string not_applicable_escaped, pending_escaped, overridden_escaped;
  std::vector<std::string> question_shorts_escaped, units_escaped;
  std::vector<std::vector<std::string>> answer_labels_escaped;
};

// Fails when a parameter has no value at `date`.
Result<Catalog> MakeCatalog(const Model& model, int lang, const Date& date);

// A text in the catalog's language, with the parameters' values at its date.
std::string Fill(const Model& model, const Catalog& catalog, const Text& text);

// `text` as it goes between the quotes of a JSON string, escaped by nlohmann/json.
std::string Escaped(const std::string& text);

}  // namespace couverture::detail

#endif  // COUVERTURE_CORE_CATALOG_H_
