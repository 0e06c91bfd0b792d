// ComposeRuleset: a base ruleset document and a layer document -> a plain ruleset document. The
// layer may only add (questions, decisions, items on national statuses or rows, sources,
// citations, a contact, languages), reword national texts, and override a national row's outcome
// with a reason and a citation of the university's page: it never deletes, reorders or changes a
// national condition. Every national thing is named by id, so that a layer survives a base that
// reorders; a name that no longer exists is an error with its path in the layer.
#include <algorithm>
#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "couverture/detail/json_document.h"
#include "couverture/layer.h"
#include "couverture/limits.h"
#include "layer_paths.h"
#include "load_context.h"

namespace couverture {
namespace detail {
namespace {

constexpr const char* kGroups[] = {"documents", "alternatives", "steps", "advice"};

Json* MutableMember(Json& object, std::string_view key) {
  if (!object.is_object()) return nullptr;
  auto it = object.find(std::string(key));
  return it == object.end() ? nullptr : &*it;
}

// The member `key` of `object`, created (as `empty`) if absent or not of that type.
Json& Ensure(Json& object, std::string_view key, Json empty) {
  Json* member = MutableMember(object, key);
  if (member && member->type() == empty.type()) return *member;
  if (member) {
    *member = std::move(empty);
    return *member;
  }
  Put(object, key, std::move(empty));
  return *MutableMember(object, key);
}

// Finds the element of an array whose "id" is `id`; its index through `index`.
Json* ElementById(Json* array, std::string_view id, std::size_t* index = nullptr) {
  if (!array || !array->is_array()) return nullptr;
  std::size_t i = 0;
  for (Json& element : *array) {
    const Json* own = Member(element, "id");
    if (own && own->is_string() && StringOf(*own) == id) {
      if (index) *index = i;
      return &element;
    }
    ++i;
  }
  return nullptr;
}

// Versions compare by dot-separated parts, numerically where both parts are numbers:
// "2026.9" < "2026.12".
int CompareVersions(std::string_view a, std::string_view b) {
  while (!a.empty() || !b.empty()) {
    std::string_view pa = a.substr(0, a.find('.')), pb = b.substr(0, b.find('.'));
    a = pa.size() < a.size() ? a.substr(pa.size() + 1) : std::string_view();
    b = pb.size() < b.size() ? b.substr(pb.size() + 1) : std::string_view();
    auto numeric = [](std::string_view s) {
      return !s.empty() && s.size() < 10 &&
             std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (numeric(pa) && numeric(pb)) {
      long x = 0, y = 0;
      for (char c : pa) x = x * 10 + (c - '0');
      for (char c : pb) y = y * 10 + (c - '0');
      if (x != y) return x < y ? -1 : 1;
    } else if (pa != pb) {
      return pa < pb ? -1 : 1;
    }
  }
  return 0;
}

std::string Joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

class Composer {
 public:
  Composer(Json base, const Json& layer) : base_(std::move(base)), layer_(layer) {}

  Result<Composition> Run() {
    if (!layer_.is_object()) {
      c_.Fail("", "a layer must be a JSON object, got " + TypeName(layer_));
      return std::move(c_.errors);
    }
    c_.CheckStringSizes(layer_, "");
    c_.CheckKeys(layer_, "",
                 {"layer", "id", "version", "base", "languages", "contact", "sources", "citations",
                  "questions", "decisions", "items", "texts", "overrides"});
    const Json* format = c_.Required(layer_, "", "layer");
    if (format && (!IsInteger(*format) || NumberOf(*format) != 1)) {
      c_.Fail("/layer", "layer format 1 is supported (engine/README.md, \"Layers\")");
    }
    id_ = c_.ReadId(layer_, "", "id");
    version_ = c_.ReadString(layer_, "", "version", /*required=*/false);
    if (!BaseMatches()) return std::move(c_.errors);
    Languages();
    Texts();
    Contact();
    Sources();
    Citations();
    Append("questions");
    Overrides();
    Items();
    CheckNationalTests();
    Append("decisions");
    MissingTranslations();
    if (!c_.errors.empty()) return std::move(c_.errors);
    const Json* base_version = Member(base_, "version");
    std::string version = base_version && base_version->is_string() ? StringOf(*base_version) : "";
    version += "+" + id_ + (version_.empty() ? "" : "-" + version_);
    if (Json* v = MutableMember(base_, "version")) {
      *v = version;
    } else {
      Put(base_, "version", version);
    }
    out_.ruleset = Dump(base_);
    return std::move(out_);
  }

 private:
  void Origin(std::string composed, std::string layer) {
    out_.origins.emplace_back(std::move(composed), std::move(layer));
  }

  // The base this layer was written for: its id must be the base's; a version outside the range
  // written for is a warning naming both.
  bool BaseMatches() {
    const Json* base = c_.ReadObject(layer_, "", "base");
    if (!base) return false;
    c_.CheckKeys(*base, "/base", {"id", "from", "to"});
    std::string want = c_.ReadId(*base, "/base", "id");
    if (!base_.is_object()) {
      c_.Fail("", "base: a ruleset must be a JSON object, got " + TypeName(base_));
      return false;
    }
    const Json* format = Member(base_, "format");
    if (!format || !IsInteger(*format) || NumberOf(*format) != 2) {
      c_.Fail("/base", "the base must be a format 2 ruleset (couverture migrate writes one)");
      return false;
    }
    const Json* id = Member(base_, "id");
    std::string have = id && id->is_string() ? StringOf(*id) : "";
    if (!want.empty() && want != have) {
      c_.Fail("/base/id", "this layer extends " + Quoted(want) + ", the base is " + Quoted(have));
      return false;
    }
    std::string from = c_.ReadString(*base, "/base", "from", /*required=*/false);
    std::string to = c_.ReadString(*base, "/base", "to", /*required=*/false);
    const Json* version = Member(base_, "version");
    std::string base_version = version && version->is_string() ? StringOf(*version) : "";
    bool before = !from.empty() && CompareVersions(base_version, from) < 0;
    bool after = !to.empty() && CompareVersions(base_version, to) > 0;
    if (before || after) {
      std::string range = from == to     ? from
                          : to.empty()   ? from + " and later"
                          : from.empty() ? "up to " + to
                                         : from + " to " + to;
      out_.warnings.push_back(
          {"base_version", "/base",
           "this layer was written for " + Quoted(have) + " " + range + ", the base is version " +
               (base_version.empty() ? std::string("(none)") : Quoted(base_version)) +
               ": review what changed (couverture diff --layer)"});
    }
    if (!c_.errors.empty()) return false;
    if (const Json* languages = Member(base_, "languages")) {
      for (const Json& lang : Elements(*languages)) base_languages_.push_back(StringOf(lang));
    }
    if (base_languages_.empty()) {
      c_.Fail("/languages", "base: declares no language");
      return false;
    }
    languages_ = base_languages_;
    return true;
  }

  void Languages() {
    const Json* languages = c_.ReadArray(layer_, "", "languages", /*required=*/false);
    if (!languages) return;
    Json& composed = Ensure(base_, "languages", Json::array());
    for (std::size_t i = 0; i < Elements(*languages).size(); ++i) {
      const Json& lang = Elements(*languages)[i];
      std::string path = JoinPath("/languages", i);
      if (!lang.is_string()) {
        c_.Fail(path, "expected a language tag, got " + TypeName(lang));
      } else if (std::find(languages_.begin(), languages_.end(), StringOf(lang)) !=
                 languages_.end()) {
        c_.Fail(path, "language " + Quoted(StringOf(lang)) + " is declared already");
      } else {
        Origin(JoinPath("/languages", composed.size()), path);
        composed.push_back(lang);
        languages_.push_back(StringOf(lang));
        added_languages_.push_back({StringOf(lang), path});
      }
    }
  }

  // The language a citation's source is written in: its quote in that language is the page's
  // own words, which no layer may reword.
  std::string QuoteLanguage(const std::string& citation_pointer) {
    const Json* citations = Member(base_, "citations");
    std::string id = citation_pointer.substr(std::string("/citations/").size());
    id = id.substr(0, id.find('/'));
    const Json* citation = citations ? Member(*citations, id) : nullptr;
    const Json* source = citation ? Member(*citation, "source") : nullptr;
    if (!source || !source->is_string()) return "";
    Json* sources = MutableMember(base_, "sources");
    const Json* found = ElementById(sources, StringOf(*source));
    const Json* language = found ? Member(*found, "language") : nullptr;
    return language && language->is_string() ? StringOf(*language) : "";
  }

  // Rewordings and translations: {"/decisions/health/rules/x/because": {"en": "...", "de": "..."}}.
  void Texts() {
    const Json* texts = c_.ReadObject(layer_, "", "texts", /*required=*/false);
    if (!texts) return;
    if (!c_.WithinLimit(Members(*texts).size(), limits::kLayerTexts, "/texts", "texts")) return;
    for (const auto& [name, text] : Members(*texts)) {
      if (!name.empty() && name[0] == '$') continue;
      std::string path = JoinPath("/texts", name);
      if (!text.is_object()) {
        c_.Fail(path, "expected a text (an object keyed by language), got " + TypeName(text));
        continue;
      }
      std::optional<Found> found = FindByIdPath(base_, name);
      if (!found) {
        c_.Fail(path, "the base has no text at " + Quoted(name) +
                          " (name rows, statuses, items and questions by their ids)");
        continue;
      }
      if (!LooksLikeText(*found->value, base_languages_)) {
        c_.Fail(path, Quoted(name) + " is not a text of the base");
        continue;
      }
      bool quote = found->pointer.rfind("/citations/", 0) == 0 && found->pointer.size() > 6 &&
                   found->pointer.compare(found->pointer.size() - 6, 6, "/quote") == 0;
      std::string own = quote ? QuoteLanguage(found->pointer) : "";
      for (const auto& [lang, words] : Members(text)) {
        if (!lang.empty() && lang[0] == '$') continue;
        std::string at = JoinPath(path, lang);
        if (std::find(languages_.begin(), languages_.end(), lang) == languages_.end()) {
          c_.Fail(at, "language " + Quoted(lang) + " is not declared (the base's: " +
                          Joined(base_languages_) + "; add it to /languages)");
        } else if (!words.is_string()) {
          c_.Fail(at, "expected a string, got " + TypeName(words));
        } else if (lang == own) {
          c_.Fail(at, "a quote keeps the source's own words: translate it, never reword it");
        } else {
          Json& target = *found->value;
          if (Json* existing = MutableMember(target, lang)) {
            *existing = words;
          } else {
            Put(target, lang, words);
          }
          Origin(JoinPath(found->pointer, lang), at);
        }
      }
    }
  }

  void Contact() {
    const Json* contact = Member(layer_, "contact");
    if (!contact) return;
    if (Json* existing = MutableMember(base_, "contact")) {
      *existing = *contact;
    } else {
      Put(base_, "contact", *contact);
    }
    Origin("/contact", "/contact");
  }

  void Sources() {
    const Json* sources = c_.ReadArray(layer_, "", "sources", /*required=*/false);
    if (!sources) return;
    Json& composed = Ensure(base_, "sources", Json::array());
    for (std::size_t i = 0; i < Elements(*sources).size(); ++i) {
      const Json& source = Elements(*sources)[i];
      const Json* id = Member(source, "id");
      if (id && id->is_string()) layer_sources_.insert(StringOf(*id));
      Origin(JoinPath("/sources", composed.size()), JoinPath("/sources", i));
      composed.push_back(source);
    }
  }

  void Citations() {
    const Json* citations = c_.ReadObject(layer_, "", "citations", /*required=*/false);
    if (!citations) return;
    Json& composed = Ensure(base_, "citations", Json::object());
    for (const auto& [id, citation] : Members(*citations)) {
      if (!id.empty() && id[0] == '$') continue;
      std::string path = JoinPath("/citations", id);
      if (Member(composed, id)) {
        c_.Fail(path, "the base has a citation " + Quoted(id) + " already: choose another id");
        continue;
      }
      Put(composed, id, citation);
      Origin(path, path);
    }
  }

  // Questions and decisions the layer adds go after the base's: national ones keep their order.
  void Append(const char* key) {
    const Json* added = c_.ReadArray(layer_, "", key, /*required=*/false);
    if (!added) return;
    Json& composed = Ensure(base_, key, Json::array());
    std::string root = std::string("/") + key;
    for (std::size_t i = 0; i < Elements(*added).size(); ++i) {
      Origin(JoinPath(root, composed.size()), JoinPath(root, i));
      composed.push_back(Elements(*added)[i]);
    }
  }

  // A national decision by the id a layer names it with, or an error at `path`.
  Json* NationalDecision(const Json& entry, const std::string& path, std::size_t* index) {
    const Json* id = c_.Required(entry, path, "decision");
    if (!id) return nullptr;
    if (!id->is_string()) {
      c_.Fail(JoinPath(path, "decision"), "expected a decision id, got " + TypeName(*id));
      return nullptr;
    }
    Json* decision = ElementById(MutableMember(base_, "decisions"), StringOf(*id), index);
    if (!decision) {
      c_.Fail(JoinPath(path, "decision"), "the base has no decision " + Quoted(StringOf(*id)));
    }
    return decision;
  }

  // A national row's outcome replaced: only with a reason and a citation, of basis "university",
  // of a source the layer adds with publisher "university".
  void Overrides() {
    const Json* overrides = c_.ReadArray(layer_, "", "overrides", /*required=*/false);
    if (!overrides) return;
    if (!c_.WithinLimit(Elements(*overrides).size(), limits::kLayerOverrides, "/overrides",
                        "overrides")) {
      return;
    }
    std::set<std::string> done;
    for (std::size_t i = 0; i < Elements(*overrides).size(); ++i) {
      const Json& entry = Elements(*overrides)[i];
      std::string path = JoinPath("/overrides", i);
      if (!entry.is_object()) {
        c_.Fail(path, "expected an object, got " + TypeName(entry));
        continue;
      }
      c_.CheckKeys(entry, path, {"decision", "row", "then", "reason", "source"});
      const Json* then = c_.Required(entry, path, "then");
      const Json* reason = Member(entry, "reason");
      if (!reason) {
        c_.Fail(JoinPath(path, "reason"),
                "an override needs a reason: a text saying why the university's rule differs");
      }
      const Json* source = Member(entry, "source");
      std::string citation = source && source->is_string() ? StringOf(*source) : "";
      if (citation.empty()) {
        c_.Fail(JoinPath(path, "source"),
                "an override needs a source: a citation of the university's own page");
      } else if (!UniversityCitation(citation, JoinPath(path, "source"))) {
        citation.clear();
      }
      std::size_t d = 0;
      Json* decision = NationalDecision(entry, path, &d);
      const Json* row_id = c_.Required(entry, path, "row");
      if (!decision || !row_id) continue;
      std::size_t r = 0;
      Json* row = ElementById(MutableMember(*decision, "rules"), StringOf(*row_id), &r);
      if (!row) {
        c_.Fail(JoinPath(path, "row"), "decision " + Quoted(StringOf(*Member(*decision, "id"))) +
                                           " of the base has no row " + Quoted(StringOf(*row_id)));
        continue;
      }
      std::string row_path = "/decisions/" + std::to_string(d) + "/rules/" + std::to_string(r);
      if (!done.insert(row_path).second) {
        c_.Fail(JoinPath(path, "row"), "this row is overridden already");
        continue;
      }
      if (!then || !reason || citation.empty()) continue;
      Ensure(*row, "then", Json::object()) = *then;
      Ensure(*row, "because", Json::object()) = *reason;
      Ensure(*row, "source", Json("")) = citation;
      Origin(row_path + "/then", path + "/then");
      Origin(row_path + "/because", path + "/reason");
      Origin(row_path + "/source", path + "/source");
      const Json* title = Member(*reason, languages_.front());
      out_.overrides.push_back(
          {"override", path,
           "row " + Quoted(StringOf(*row_id)) + " of decision " +
               Quoted(StringOf(*Member(*decision, "id"))) +
               " decides the university's outcome, not the national one" +
               (title && title->is_string() ? ": " + Quoted(StringOf(*title)) : std::string())});
    }
  }

  bool UniversityCitation(const std::string& id, const std::string& path) {
    const Json* citations = Member(layer_, "citations");
    const Json* citation = citations ? Member(*citations, id) : nullptr;
    if (!citation) {
      c_.Fail(path, "the layer has no citation " + Quoted(id) +
                        ": an override cites the university's own page, in the layer's citations");
      return false;
    }
    const Json* basis = Member(*citation, "basis");
    const Json* source = Member(*citation, "source");
    if (!basis || StringOf(*basis) != "university") {
      c_.Fail(path, "citation " + Quoted(id) + " must have basis \"university\" to override a row");
      return false;
    }
    Json* sources = MutableMember(base_, "sources");
    const Json* page = source ? ElementById(sources, StringOf(*source)) : nullptr;
    const Json* publisher = page ? Member(*page, "publisher") : nullptr;
    if (!page || !layer_sources_.count(StringOf(*source)) || !publisher ||
        StringOf(*publisher) != "university") {
      c_.Fail(path, "citation " + Quoted(id) +
                        " must quote a source the layer adds, with publisher \"university\"");
      return false;
    }
    return true;
  }

  // Items added to a national decision, on every row that settles on one of `statuses` (as
  // composed: after overrides) or on the named `rows`, after the items the row lists.
  void Items() {
    const Json* items = c_.ReadArray(layer_, "", "items", /*required=*/false);
    if (!items) return;
    if (!c_.WithinLimit(Elements(*items).size(), limits::kLayerItems, "/items", "items")) return;
    for (std::size_t i = 0; i < Elements(*items).size(); ++i) {
      const Json& entry = Elements(*items)[i];
      std::string path = JoinPath("/items", i);
      if (!entry.is_object()) {
        c_.Fail(path, "expected an object, got " + TypeName(entry));
        continue;
      }
      c_.CheckKeys(entry, path,
                   {"decision", "group", "id", "text", "title", "source", "statuses", "rows"});
      std::size_t d = 0;
      Json* decision = NationalDecision(entry, path, &d);
      std::string group = c_.ReadString(entry, path, "group");
      std::string id = c_.ReadId(entry, path, "id");
      if (!group.empty() &&
          std::find(std::begin(kGroups), std::end(kGroups), group) == std::end(kGroups)) {
        c_.Fail(JoinPath(path, "group"),
                "expected \"documents\", \"alternatives\", \"steps\" or \"advice\"");
        continue;
      }
      const Json* statuses = Member(entry, "statuses");
      const Json* rows = Member(entry, "rows");
      if (!statuses == !rows) {
        c_.Fail(path, "give either \"statuses\" or \"rows\": where the item is listed");
        continue;
      }
      const char* by = statuses ? "statuses" : "rows";
      const Json& names = statuses ? *statuses : *rows;
      if (!names.is_array() || Elements(names).empty()) {
        c_.Fail(JoinPath(path, by), "expected a non-empty array of ids");
        continue;
      }
      if (!decision || group.empty() || id.empty()) continue;
      std::string decision_path = "/decisions/" + std::to_string(d);
      Json& outcomes = Ensure(*decision, "outcomes", Json::object());
      Json& texts = Ensure(outcomes, group, Json::object());
      if (Member(texts, id)) {
        c_.Fail(JoinPath(path, "id"), "decision " + Quoted(StringOf(*Member(*decision, "id"))) +
                                          " has " + group + " " + Quoted(id) + " already");
        continue;
      }
      std::vector<Json*> targets;
      bool named_all = true;
      Json* rules = MutableMember(*decision, "rules");
      const Json* status_texts = Member(outcomes, "status");
      for (std::size_t n = 0; n < Elements(names).size(); ++n) {
        const Json& name = Elements(names)[n];
        std::string at = JoinPath(JoinPath(path, by), n);
        std::string wanted = StringOf(name);
        if (statuses && !(status_texts && Member(*status_texts, wanted))) {
          c_.Fail(at, "decision " + Quoted(StringOf(*Member(*decision, "id"))) +
                          " of the base has no status " + Quoted(wanted));
          named_all = false;
          continue;
        }
        bool any = false;
        std::size_t r = 0;
        Json none = Json::array();
        for (Json& row : rules && rules->is_array() ? *rules : none) {
          const Json* then = Member(row, "then");
          const Json* status = then ? Member(*then, "status") : nullptr;
          const Json* row_id = Member(row, "id");
          bool match = statuses ? status && StringOf(*status) == wanted
                                : row_id && StringOf(*row_id) == wanted;
          if (match) {
            any = true;
            if (std::find(targets.begin(), targets.end(), &row) == targets.end()) {
              targets.push_back(&row);
              Origin(decision_path + "/rules/" + std::to_string(r) + "/then/" + group, path);
            }
          }
          ++r;
        }
        if (rows && !any) {
          c_.Fail(at, "decision " + Quoted(StringOf(*Member(*decision, "id"))) +
                          " of the base has no row " + Quoted(wanted));
          named_all = false;
        }
      }
      if (!named_all) continue;
      Json item = Json::object();
      for (const char* key : {"title", "text", "source"}) {
        if (const Json* value = Member(entry, key)) Put(item, key, *value);
      }
      Origin(decision_path + "/outcomes/" + group + "/" + id, path);
      Put(texts, id, std::move(item));
      for (Json* row : targets) {
        Json& then = Ensure(*row, "then", Json::object());
        Ensure(then, group, Json::array()).push_back(id);
      }
    }
  }

  // The layer's decisions test national decisions and questions by id: each status and option
  // they name must still exist in the base, or each such test is an error here, with its path,
  // beside the layer's other lost references (the loader would not run to find them).
  void CheckNationalTests() {
    const Json* decisions = Member(layer_, "decisions");
    if (!decisions) return;
    for (std::size_t d = 0; d < Elements(*decisions).size(); ++d) {
      const Json& decision = Elements(*decisions)[d];
      std::string path = JoinPath("/decisions", d);
      if (const Json* applies = Member(decision, "applies")) {
        CheckCondition(*applies, JoinPath(path, "applies"), 0);
      }
      const Json* rules = Member(decision, "rules");
      for (std::size_t r = 0; rules && r < Elements(*rules).size(); ++r) {
        if (const Json* when = Member(Elements(*rules)[r], "when")) {
          CheckCondition(*when, JoinPath(JoinPath(JoinPath(path, "rules"), r), "when"), 0);
        }
      }
    }
  }

  void CheckCondition(const Json& condition, const std::string& path, int depth) {
    if (depth > limits::kConditionDepth) return;  // the loader says so
    for (const auto& [name, value] : Members(condition)) {
      const std::string& key = name;  // a lambda cannot capture a structured binding
      std::string at = JoinPath(path, key);
      if (key == "all" || key == "any") {
        for (std::size_t i = 0; i < Elements(value).size(); ++i) {
          CheckCondition(Elements(value)[i], JoinPath(at, i), depth + 1);
        }
      } else if (key == "not") {
        CheckCondition(value, at, depth + 1);
      } else if (key == "decision") {
        for (const auto& [decision_id, statuses] : Members(value)) {
          const std::string& id = decision_id;  // a lambda cannot capture a structured binding
          Json* national = ElementById(MutableMember(base_, "decisions"), id);
          const Json* outcomes = national ? Member(*national, "outcomes") : nullptr;
          const Json* known = outcomes ? Member(*outcomes, "status") : nullptr;
          if (!known) continue;  // a local decision, or none: the loader checks
          auto check = [&](const Json& status, const std::string& where) {
            if (status.is_string() && !Member(*known, StringOf(status))) {
              c_.Fail(where, "decision " + Quoted(id) + " of the base has no status " +
                                 Quoted(StringOf(status)));
            }
          };
          if (statuses.is_string()) check(statuses, JoinPath(at, id));
          for (std::size_t i = 0; i < Elements(statuses).size(); ++i) {
            check(Elements(statuses)[i], JoinPath(JoinPath(at, id), i));
          }
        }
      } else if (!key.empty() && key[0] != '$') {
        Json* question = ElementById(MutableMember(base_, "questions"), key);
        const Json* options = question ? Member(*question, "options") : nullptr;
        if (!options) continue;
        auto check = [&](const Json& option, const std::string& where) {
          if (option.is_string() && !ElementById(const_cast<Json*>(options), StringOf(option))) {
            c_.Fail(where, "question " + Quoted(key) + " of the base has no option " +
                               Quoted(StringOf(option)));
          }
        };
        if (value.is_string()) check(value, at);
        for (std::size_t i = 0; i < Elements(value).size(); ++i) {
          check(Elements(value)[i], JoinPath(at, i));
        }
        for (const auto& [op, operand] : Members(value)) {
          if (operand.is_string()) check(operand, JoinPath(at, op));
          for (std::size_t i = 0; i < Elements(operand).size(); ++i) {
            check(Elements(operand)[i], JoinPath(JoinPath(at, op), i));
          }
        }
      }
    }
  }

  // A language the layer adds needs every national text in it.
  void MissingTranslations() {
    if (added_languages_.empty() || !c_.errors.empty()) return;
    std::set<std::string> replaced;  // texts the layer wrote whole, which the loader checks
    for (const auto& [composed, layer] : out_.origins) {
      if (layer.rfind("/texts/", 0) != 0) replaced.insert(composed);
    }
    ForEachText(
        base_, base_languages_,
        [&](const std::string& pointer) { return replaced.count(pointer) > 0; },
        [&](const std::string&, const std::string& id_path, const Json& text) {
          for (const auto& [lang, path] : added_languages_) {
            if (!Member(text, lang)) {
              c_.Fail(path, "no " + Quoted(lang) + " text for " + id_path + " (add it to /texts)");
            }
          }
        });
  }

  Json base_;
  const Json& layer_;
  LoadContext c_;
  Composition out_;
  std::string id_, version_;
  std::vector<std::string> base_languages_, languages_;
  std::vector<std::pair<std::string, std::string>> added_languages_;  // tag, path in the layer
  std::set<std::string> layer_sources_;
};

}  // namespace
}  // namespace detail

Result<Composition> ComposeRuleset(std::string_view base_json, std::string_view layer_json) {
  using detail::Json;
  Result<Json> base =
      detail::ParseJson(base_json, {limits::kRulesetBytes, limits::kJsonDepth, "ruleset"});
  if (!base.ok()) {
    Errors errors;
    for (const Error& e : base.errors()) errors.push_back({e.path, "base: " + e.message});
    return errors;
  }
  Result<Json> layer =
      detail::ParseJson(layer_json, {limits::kLayerBytes, limits::kJsonDepth, "layer"});
  if (!layer.ok()) return layer.errors();
  return detail::Composer(std::move(base).value(), layer.value()).Run();
}

Result<Ruleset> LoadComposition(const Composition& composition) {
  Result<Ruleset> loaded = LoadRuleset(composition.ruleset);
  if (loaded.ok()) return loaded;
  Errors errors;
  for (const Error& e : loaded.errors()) {
    if (std::optional<std::string> path = detail::ToLayerPath(composition.origins, e.path)) {
      errors.push_back({*path, e.message});
    } else {
      errors.push_back({e.path, "base: " + e.message});
    }
  }
  return errors;
}

Result<LayeredRuleset> LoadLayered(std::string_view base_json, std::string_view layer_json) {
  Result<Composition> composed = ComposeRuleset(base_json, layer_json);
  if (!composed.ok()) return composed.errors();
  Result<Ruleset> loaded = LoadComposition(composed.value());
  if (!loaded.ok()) return loaded.errors();
  return LayeredRuleset{std::move(loaded).value(), std::move(composed).value()};
}

std::string LayerNotesJson(const Composition& composition) {
  using detail::Json;
  auto list = [](const std::vector<LayerNote>& notes) {
    Json out = Json::array();
    for (const LayerNote& note : notes) {
      Json one = Json::object();
      detail::Put(one, "kind", note.kind);
      detail::Put(one, "path", note.path);
      detail::Put(one, "message", note.message);
      out.push_back(std::move(one));
    }
    return out;
  };
  Json notes = Json::object();
  detail::Put(notes, "warnings", list(composition.warnings));
  detail::Put(notes, "overrides", list(composition.overrides));
  return detail::Dump(notes);
}

}  // namespace couverture
