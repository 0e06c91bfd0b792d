#include "place_names.h"

#include <string>
#include <string_view>
#include <vector>

#include "staff_text.h"

namespace couverture::authoring {
namespace {

using detail::Model;

bool Index(const std::string& token, std::size_t& index) {
  if (token.empty() || token.size() > 9) return false;
  index = 0;
  for (char c : token) {
    if (c < '0' || c > '9') return false;
    index = index * 10 + static_cast<std::size_t>(c - '0');
  }
  return true;
}

struct Words {
  const char* en;
  const char* fr;
};

// The words for the fields and groups a place may end on.
const char* FieldWord(const std::string& field, StaffLanguage staff) {
  static constexpr struct {
    const char* field;
    Words words;
  } kFields[] = {
      {"when", {"conditions", "conditions"}},
      {"then", {"outcome", "résultat"}},
      {"because", {"why", "motif"}},
      {"title", {"title", "titre"}},
      {"source", {"source", "source"}},
      {"applies", {"when it applies", "quand elle s’applique"}},
      {"intro", {"introduction", "introduction"}},
      {"label", {"question", "question"}},
      {"short", {"short name", "nom court"}},
      {"help", {"help", "aide"}},
      {"unit", {"unit", "unité"}},
      {"invalid", {"error message", "message d’erreur"}},
      {"options", {"options", "options"}},
      {"text", {"text", "texte"}},
      {"note", {"note", "note"}},
      {"value", {"value", "valeur"}},
      {"from", {"start date", "date de début"}},
      {"section", {"section", "section"}},
      {"quote", {"quote", "citation"}},
      {"checked", {"checked date", "date de vérification"}},
      {"publisher", {"publisher", "éditeur"}},
      {"url", {"address", "adresse"}},
      {"status", {"outcome", "résultat"}},
      {"documents", {"document", "document"}},
      {"alternatives", {"alternative", "solution"}},
      {"steps", {"step", "étape"}},
      {"advice", {"advice", "conseil"}},
      {"extra_insurance", {"extra insurance", "assurance complémentaire"}},
      {"review_by", {"Review date", "Date de révision"}},
      {"valid_from", {"Valid from", "Valable à partir du"}},
      {"valid_until", {"Valid until", "Valable jusqu’au"}},
      {"version", {"Version", "Version"}},
      {"languages", {"Languages", "Langues"}},
      {"phrases", {"Explanation phrases", "Phrases des explications"}},
      {"number_formats", {"Number formats", "Formats des nombres"}},
      {"format", {"Format", "Format"}},
      {"id", {"id", "identifiant"}},
  };
  for (const auto& f : kFields) {
    if (field == f.field) return Pick(staff, f.words.en, f.words.fr);
  }
  return nullptr;
}

std::string Field(const std::string& field, StaffLanguage staff) {
  const char* word = FieldWord(field, staff);
  return word ? std::string(word) : StaffQuote(staff, field);
}

const detail::Item* FindItem(const detail::Decision& d, const std::string& group,
                             const std::string& id) {
  const std::vector<detail::Item>* items = nullptr;
  if (group == "status") items = &d.statuses;
  if (group == "extra_insurance") items = &d.extras;
  for (int kind = 0; kind < kListKinds; ++kind) {
    if (group == kListNames[kind]) items = &d.items[kind];
  }
  if (!items) return nullptr;
  for (const detail::Item& item : *items) {
    if (item.id == id) return &item;
  }
  return nullptr;
}

// The rest of a decision's place: a row, an outcome item, or a field of its own.
std::string DecisionPart(const Model& model, int decision, const std::vector<std::string>& t,
                         std::size_t at, int lang, StaffLanguage staff) {
  const detail::Decision& d = model.decisions[decision];
  std::size_t row = 0;
  if (at + 1 < t.size() && t[at] == "rules" && Index(t[at + 1], row) && row < d.rules.size()) {
    std::string out = RowWords(model, decision, static_cast<int>(row), lang, staff);
    if (at + 2 < t.size()) {
      out += ", " + Field(t[at + 2], staff);
      int question = at + 3 < t.size() && t[at + 2] == "when" ? model.QuestionIndex(t[at + 3]) : -1;
      if (question >= 0) out += " (" + model.questions[question].short_label[lang] + ")";
    }
    return out;
  }
  if (at < t.size() && t[at] == "rules") return Pick(staff, "its rows", "ses lignes");
  if (at + 1 < t.size() && t[at] == "outcomes") {
    std::string out = Field(t[at + 1], staff);
    if (at + 2 < t.size()) {
      const detail::Item* item = FindItem(d, t[at + 1], t[at + 2]);
      std::string name = item && item->title ? (*item->title)[lang] : t[at + 2];
      out += " " + StaffQuote(staff, name);
    }
    return out;
  }
  return at < t.size() ? Field(t[at], staff) : std::string();
}

}  // namespace

std::vector<std::string> PointerTokens(std::string_view pointer) {
  std::vector<std::string> tokens;
  if (pointer.empty()) return tokens;
  std::size_t at = pointer[0] == '/' ? 1 : 0;
  for (;;) {
    std::size_t end = pointer.find('/', at);
    std::string token(pointer.substr(at, end == std::string_view::npos ? end : end - at));
    std::string unescaped;
    for (std::size_t i = 0; i < token.size(); ++i) {
      if (token[i] == '~' && i + 1 < token.size() && (token[i + 1] == '0' || token[i + 1] == '1')) {
        unescaped += token[++i] == '0' ? '~' : '/';
      } else {
        unescaped += token[i];
      }
    }
    tokens.push_back(std::move(unescaped));
    if (end == std::string_view::npos) break;
    at = end + 1;
  }
  return tokens;
}

std::string RowWords(const Model& model, int decision, int row, int lang, StaffLanguage staff) {
  const detail::Rule& r = model.decisions[decision].rules[row];
  return Pick(staff, "row ", "ligne ") + std::to_string(row + 1) + " " +
         StaffQuote(staff, r.title[lang]);
}

bool RowOfPointer(const Model& model, std::string_view pointer, int& decision, int& row) {
  std::vector<std::string> t = PointerTokens(pointer);
  std::size_t d = 0, r = 0, at = 0;
  if (t.size() >= 2 && t[0] == "decisions" && Index(t[1], d) && model.meta.format == 2) {
    at = 2;
  } else {
    d = 0;
  }
  if (d >= model.decisions.size() || t.size() < at + 2 || t[at] != "rules" ||
      !Index(t[at + 1], r) || r >= model.decisions[d].rules.size()) {
    return false;
  }
  decision = static_cast<int>(d);
  row = static_cast<int>(r);
  return true;
}

std::string PlaceName(const Model& model, std::string_view pointer, int lang, StaffLanguage staff) {
  std::vector<std::string> t = PointerTokens(pointer);
  if (t.empty()) return Pick(staff, "The whole ruleset", "Tout le jeu de règles");
  std::size_t index = 0;
  const std::string& top = t[0];
  if (top == "decisions" && t.size() >= 2 && Index(t[1], index) && index < model.decisions.size()) {
    std::string out = StaffQuote(staff, model.decisions[index].title[lang]);
    std::string part = DecisionPart(model, static_cast<int>(index), t, 2, lang, staff);
    return part.empty() ? out : out + ", " + part;
  }
  if ((top == "rules" || top == "outcomes") && model.meta.format == 1) {
    std::string part = DecisionPart(model, 0, t, 0, lang, staff);
    if (!part.empty())
      part[0] = static_cast<char>(part[0] >= 'a' && part[0] <= 'z' ? part[0] - 32 : part[0]);
    return part;
  }
  if (top == "questions" && t.size() >= 2 && Index(t[1], index) && index < model.questions.size()) {
    const detail::Question& q = model.questions[index];
    std::string out =
        Pick(staff, "Question ", "Question ") + StaffQuote(staff, q.short_label[lang]);
    std::size_t option = 0;
    if (t.size() >= 4 && t[2] == "options" && Index(t[3], option) && option < q.options.size()) {
      return out + Pick(staff, ", option ", ", option ") +
             StaffQuote(staff, q.options[option].label[lang]);
    }
    return t.size() >= 3 ? out + ", " + Field(t[2], staff) : out;
  }
  if (top == "parameters" && t.size() >= 2) {
    std::string out = Pick(staff, "Dated value ", "Valeur datée ") + StaffQuote(staff, t[1]);
    int p = model.ParameterIndex(t[1]);
    std::size_t period = 0;
    if (p >= 0 && t.size() >= 4 && t[2] == "periods" && Index(t[3], period) &&
        period < model.parameters[p].periods.size()) {
      out += Pick(staff, ", period from ", ", période à partir du ") +
             model.parameters[p].periods[period].from;
      if (t.size() >= 5) out += ", " + Field(t[4], staff);
    }
    return out;
  }
  if (top == "citations" && t.size() >= 2) {
    int c = model.CitationIndex(t[1]);
    std::string out = Pick(staff, "Quote ", "Citation ") + StaffQuote(staff, t[1]);
    if (c >= 0) out += " (" + model.citations[c].section[lang] + ")";
    return t.size() >= 3 ? out + ", " + Field(t[2], staff) : out;
  }
  if (top == "sources" && t.size() >= 2 && Index(t[1], index) && index < model.sources.size()) {
    std::string out =
        Pick(staff, "Source ", "Source ") + StaffQuote(staff, model.sources[index].title);
    return t.size() >= 3 ? out + ", " + Field(t[2], staff) : out;
  }
  if (top == "phrases" && t.size() >= 2) {
    return Field("phrases", staff) + ": " + StaffQuote(staff, t[1]);
  }
  if (top == "title") return Pick(staff, "The ruleset’s title", "Le titre du jeu de règles");
  const char* word = FieldWord(top, staff);
  return word ? std::string(word) : std::string(pointer);
}

std::string PlaceOfPointer(std::string_view pointer, StaffLanguage staff) {
  std::vector<std::string> t = PointerTokens(pointer);
  if (t.empty()) return Pick(staff, "The whole ruleset", "Tout le jeu de règles");
  std::string out;
  for (std::size_t i = 0; i < t.size(); ++i) {
    std::size_t index = 0;
    bool numbered = i + 1 < t.size() && Index(t[i + 1], index);
    std::string part;
    if (t[i] == "decisions" && numbered) {
      part = Pick(staff, "decision ", "décision ") + std::to_string(index + 1);
    } else if (t[i] == "rules" && numbered) {
      part = Pick(staff, "row ", "ligne ") + std::to_string(index + 1);
    } else if (t[i] == "questions" && numbered) {
      part = Pick(staff, "question ", "question ") + std::to_string(index + 1);
    } else if (t[i] == "options" && numbered) {
      part = Pick(staff, "option ", "option ") + std::to_string(index + 1);
    } else if (t[i] == "sources" && numbered) {
      part = Pick(staff, "source ", "source ") + std::to_string(index + 1);
    } else if (t[i] == "periods" && numbered) {
      part = Pick(staff, "period ", "période ") + std::to_string(index + 1);
    } else {
      const char* word = FieldWord(t[i], staff);
      part = word ? std::string(word) : StaffQuote(staff, t[i]);
      numbered = false;
    }
    out += (out.empty() ? "" : ", ") + part;
    if (numbered) ++i;
  }
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
  return out;
}

}  // namespace couverture::authoring
