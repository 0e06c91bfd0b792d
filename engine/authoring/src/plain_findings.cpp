// Findings in plain words: one sentence pattern per kind of finding, filled with the ruleset's
// own names. The facts come from the finding (its path, its answers, the rows its message names),
// never from a second analysis: the plain text cannot say more than the verifier found.
#include "couverture/authoring/plain_findings.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "couverture/detail/classes.h"
#include "couverture/detail/json_document.h"
#include "couverture/detail/model.h"
#include "couverture/limits.h"
#include "place_names.h"
#include "staff_text.h"

namespace couverture::authoring {
namespace {

using detail::Model;

struct Pattern {
  const char* kind;
  const char* en;
  const char* fr;
};

// {answers}: the finding's example answers in words; {rows}: rows its message names; {date}: the
// date its message names.
constexpr Pattern kPatterns[] = {
    {"gap",
     "Some students get no answer here, for example: {answers}. Add a row for them, or end the "
     "table with a row that applies to everyone.",
     "Certains étudiants n’obtiennent aucune réponse ici, par exemple : {answers}. Ajoutez une "
     "ligne pour eux, ou terminez la table par une ligne qui s’applique à tous."},
    {"gap_count", "More students get no answer here: the first ones are listed above.",
     "D’autres étudiants n’obtiennent aucune réponse ici : les premiers sont listés ci-dessus."},
    {"parameter_gap",
     "This dated value has no value on the first days the rules are valid: add an earlier period, "
     "or set “valid from” later.",
     "Cette valeur datée n’a pas de valeur les premiers jours où les règles sont valables : "
     "ajoutez une période plus ancienne, ou reculez la date « valable à partir du »."},
    {"dead_rule_never",
     "No student can ever match this row: its conditions contradict each other (or the decision’s "
     "own condition). Change them, or remove the row.",
     "Aucun étudiant ne peut correspondre à cette ligne : ses conditions se contredisent (ou "
     "contredisent celle de la décision). Modifiez-les, ou supprimez la ligne."},
    {"dead_rule",
     "This row never decides: every student it matches is already decided by a row above it "
     "({rows}). Move it up, narrow the row above, or remove it.",
     "Cette ligne ne décide jamais : chaque étudiant qu’elle concerne est déjà décidé par une "
     "ligne au-dessus ({rows}). Remontez-la, restreignez la ligne du dessus, ou supprimez-la."},
    {"useless_question",
     "Students are asked this question, but their answer never changes what they are told. Make "
     "the answers lead to different outcomes, or stop testing it.",
     "Cette question est posée aux étudiants, mais leur réponse ne change jamais ce qui leur est "
     "dit. Faites mener les réponses à des résultats différents, ou cessez de la tester."},
    {"unasked_question",
     "A row tests this question, but the test never changes which row decides, so it is never "
     "asked. Check that row’s conditions.",
     "Une ligne teste cette question, mais ce test ne change jamais la ligne qui décide : elle "
     "n’est donc jamais posée. Vérifiez les conditions de cette ligne."},
    {"unreferenced_question",
     "No row tests this question, so students are never asked it. Use it in a row’s conditions, "
     "or remove it.",
     "Aucune ligne ne teste cette question : elle n’est jamais posée. Utilisez-la dans les "
     "conditions d’une ligne, ou supprimez-la."},
    {"unused_text",
     "This outcome text is never shown: no row that can decide uses it. Use it in a row, or remove "
     "it.",
     "Ce texte de résultat n’est jamais affiché : aucune ligne qui peut décider ne l’utilise. "
     "Utilisez-le dans une ligne, ou supprimez-le."},
    {"unused_citation",
     "Nothing cites this quote: no row, outcome or dated value rests on it. Cite it, or remove it.",
     "Rien ne cite cette citation : aucune ligne, aucun résultat ni aucune valeur datée ne "
     "s’appuie dessus. Citez-la, ou supprimez-la."},
    {"unused_source", "No quote comes from this source. Cite it, or remove it.",
     "Aucune citation ne vient de cette source. Citez-la, ou supprimez-la."},
    {"unused_parameter",
     "No text names this dated value, so students never see it. Name it in a text, in braces, or "
     "remove it.",
     "Aucun texte ne nomme cette valeur datée : les étudiants ne la voient jamais. Nommez-la dans "
     "un texte, entre accolades, ou supprimez-la."},
    {"missing_citation", "This has no source: say which quote of an official page it rests on.",
     "Ceci n’a pas de source : indiquez sur quelle citation d’une page officielle il s’appuie."},
    {"unofficial_basis",
     "This quote comes from a page that is not official, but it is marked as official. Students "
     "would take it for an official rule: set its basis to “university” or “inference”, or cite "
     "an official page.",
     "Cette citation vient d’une page non officielle, mais elle est marquée officielle. Les "
     "étudiants la prendraient pour une règle officielle : donnez-lui la base « university » ou "
     "« inference », ou citez une page officielle."},
    {"unnoted_value",
     "This value rests on a page that is not official, and nothing tells students so. Add a note "
     "(for example “found on non-official sites only: check it on …”).",
     "Cette valeur s’appuie sur une page non officielle, et rien ne le dit aux étudiants. Ajoutez "
     "une note (par exemple « trouvé sur des sites non officiels seulement : vérifiez-le sur … "
     "»)."},
    {"unknown_publisher",
     "The kind of publisher of this source is not one the checker knows: choose official, "
     "university, association, press or commercial.",
     "Le type d’éditeur de cette source n’est pas connu du vérificateur : choisissez official, "
     "university, association, press ou commercial."},
    {"control_character",
     "This text holds an invisible character that can make it display differently from what it "
     "says. Retype the text.",
     "Ce texte contient un caractère invisible qui peut le faire s’afficher autrement qu’il ne "
     "s’écrit. Retapez le texte."},
    {"expired",
     "These rules are past their end date ({date}). Review them against the sources, then move "
     "the date.",
     "Ces règles ont dépassé leur date de fin ({date}). Vérifiez-les au regard des sources, puis "
     "reportez la date."},
    {"review_due",
     "These rules were due for review by {date}. Check them against the sources, then set a later "
     "review date.",
     "Ces règles devaient être revues avant le {date}. Vérifiez-les au regard des sources, puis "
     "fixez une date de révision plus lointaine."},
    {"not_yet_valid",
     "These rules are only valid from {date}: a student using them today is outside that period.",
     "Ces règles ne sont valables qu’à partir du {date} : un étudiant qui les utilise aujourd’hui "
     "est hors de cette période."},
    {"incomplete",
     "The check could not cover every case: the ruleset is too large or too tangled for its "
     "limits. The details say what was left out.",
     "La vérification n’a pas pu couvrir tous les cas : le jeu de règles est trop grand ou trop "
     "enchevêtré pour ses limites. Le détail dit ce qui a été laissé de côté."},
    {"precedence",
     "Two rows apply to the same students, for example: {answers}. {rows} comes first and decides "
     "for them, not this row. Check that this order is what the sources say.",
     "Deux lignes s’appliquent aux mêmes étudiants, par exemple : {answers}. {rows} vient en "
     "premier et décide pour eux, pas cette ligne. Vérifiez que cet ordre est celui des sources."},
    {"university_source",
     "This row rests on a university’s page, not an official one: students are told so. Confirm "
     "it whenever the sources change.",
     "Cette ligne s’appuie sur la page d’une université, pas sur une page officielle : les "
     "étudiants en sont avertis. Confirmez-la à chaque changement des sources."},
    {"inference",
     "This row rests on your reading of the sources, not on their own words: students are told so. "
     "Confirm it whenever the sources change.",
     "Cette ligne s’appuie sur votre lecture des sources, pas sur leurs propres mots : les "
     "étudiants en sont avertis. Confirmez-la à chaque changement des sources."},
    {"carried_forward",
     "This period repeats the previous value because the new one is not published yet. Replace it "
     "with the published value as soon as it is out.",
     "Cette période reprend la valeur précédente car la nouvelle n’est pas encore publiée. "
     "Remplacez-la par la valeur publiée dès sa parution."},
};

const Pattern* Find(std::string_view kind) {
  for (const Pattern& p : kPatterns) {
    if (kind == p.kind) return &p;
  }
  return nullptr;
}

std::string Fill(std::string text, const std::vector<std::pair<std::string, std::string>>& values) {
  for (const auto& [key, value] : values) {
    std::string mark = "{" + key + "}";
    for (std::size_t at = text.find(mark); at != std::string::npos; at = text.find(mark, at)) {
      text.replace(at, mark.size(), value);
      at += value.size();
    }
  }
  return text;
}

// The example answers of a finding as people read them: "Origin: Swiss citizen, Age: 30 years".
std::string AnswersWords(const Model& model, const std::string& answers, int lang,
                         StaffLanguage staff) {
  Result<detail::Json> parsed =
      detail::ParseJson(answers, {limits::kAnswersBytes, limits::kJsonDepth, "answers"});
  if (!parsed.ok()) return answers;
  std::string out;
  for (const auto& [id, value] : detail::Members(parsed.value())) {
    int q = model.QuestionIndex(id);
    if (q < 0) continue;
    const detail::Question& question = model.questions[q];
    double v = 0;
    if (value.is_string()) {
      v = question.OptionIndex(detail::StringOf(value));
      if (v < 0) continue;
    } else if (value.is_boolean()) {
      v = detail::BooleanOf(value) ? 1 : 0;
    } else if (value.is_number()) {
      v = detail::NumberOf(value);
    } else {
      continue;
    }
    out += (out.empty() ? "" : ", ") + question.short_label[lang] + Pick(staff, ": ", "\u00a0: ") +
           detail::AnswerLabel(model, q, v, lang);
  }
  return out;
}

// The ids quoted in the message after `after` and up to the closing bracket: the earlier rows a
// dead row's message names ("… applies first ("a", "b"). Move it up").
std::vector<std::string> QuotedIdsAfter(const std::string& message, std::string_view after) {
  std::vector<std::string> ids;
  std::size_t at = message.find(after);
  if (at == std::string::npos) return ids;
  std::size_t end = message.find(')', at);
  for (at += after.size(); at < end;) {
    std::size_t open = message.find('"', at);
    if (open == std::string::npos || open > end) break;
    std::size_t close = message.find('"', open + 1);
    if (close == std::string::npos || close > end) break;
    ids.push_back(message.substr(open + 1, close - open - 1));
    at = close + 1;
  }
  return ids;
}

// The first "row N" a message names: a precedence note's row that wins.
int FirstRowNumber(const std::string& message) {
  std::size_t at = message.find("row ");
  if (at == std::string::npos) return -1;
  int n = -1;
  for (std::size_t i = at + 4; i < message.size() && message[i] >= '0' && message[i] <= '9'; ++i) {
    n = (n < 0 ? 0 : n * 10) + (message[i] - '0');
  }
  return n;
}

// A YYYY-MM-DD date in the message (the review date, the validity date).
std::string DateIn(const std::string& message) {
  for (std::size_t i = 0; i + 10 <= message.size(); ++i) {
    bool date = true;
    for (std::size_t k = 0; k < 10 && date; ++k) {
      char c = message[i + k];
      date = (k == 4 || k == 7) ? c == '-' : (c >= '0' && c <= '9');
    }
    if (date) return message.substr(i, 10);
  }
  return "";
}

}  // namespace

PlainFinding ExplainFinding(const Ruleset& rules, const Finding& finding, int lang,
                            StaffLanguage staff) {
  const Model& model = detail::ModelOf(rules);
  PlainFinding plain;
  plain.place = PlaceName(model, finding.path, lang, staff);
  std::string kind = finding.kind;
  if (kind == "gap" && !finding.answers) kind = "gap_count";
  if (kind == "dead_rule" && finding.message.find("can never apply") != std::string::npos) {
    kind = "dead_rule_never";
  }
  const Pattern* pattern = Find(kind);
  if (!pattern) {
    plain.text = finding.message;
    return plain;
  }
  std::string answers = finding.answers ? AnswersWords(model, *finding.answers, lang, staff) : "";
  std::string rows;
  int decision = -1, row = -1;
  bool in_row = RowOfPointer(model, finding.path, decision, row);
  if (kind == "dead_rule" && in_row) {
    std::vector<std::string> names;
    for (const std::string& id : QuotedIdsAfter(finding.message, "applies first (")) {
      const std::vector<detail::Rule>& all = model.decisions[decision].rules;
      for (std::size_t r = 0; r < all.size(); ++r) {
        if (all[r].id == id)
          names.push_back(RowWords(model, decision, static_cast<int>(r), lang, staff));
      }
    }
    std::string list;
    for (const std::string& n : names) list += (list.empty() ? "" : ", ") + n;
    rows = list.empty() ? std::string(Pick(staff, "see the details", "voir le détail")) : list;
  }
  if (kind == "precedence" && in_row) {
    int first = FirstRowNumber(finding.message);
    if (first >= 0 && first < static_cast<int>(model.decisions[decision].rules.size())) {
      rows = RowWords(model, decision, first, lang, staff);
      rows[0] = static_cast<char>(rows[0] >= 'a' && rows[0] <= 'z' ? rows[0] - 32 : rows[0]);
    }
  }
  plain.text = Fill(Pick(staff, pattern->en, pattern->fr),
                    {{"answers", answers}, {"rows", rows}, {"date", DateIn(finding.message)}});
  return plain;
}

PlainFinding ExplainLoadError(std::string_view text, const Error& error, StaffLanguage staff) {
  PlainFinding plain;
  plain.place = PlaceOfPointer(error.path, staff);
  if (std::optional<JsonSyntaxHint> syntax = ExplainJsonSyntax(text, error.message, staff)) {
    plain.place = Pick(staff, "Line ", "Ligne ") + std::to_string(syntax->line);
    plain.text = syntax->text;
    plain.syntax = std::move(syntax);
    return plain;
  }
  const std::string& m = error.message;
  auto quoted = [&](std::size_t from) {
    std::size_t open = m.find('"', from);
    std::size_t close = open == std::string::npos ? open : m.find('"', open + 1);
    return close == std::string::npos ? std::string() : m.substr(open + 1, close - open - 1);
  };
  struct LoadPattern {
    const char* marker;
    const char* en;
    const char* fr;
  };
  // The load errors staff meet most, by the words of the engine's message; {x}: its first quoted
  // word. Any other keeps the engine's message.
  static constexpr LoadPattern kLoad[] = {
      {"missing the \"",
       "The {x} text is missing here: every text needs one in each language of the ruleset.",
       "Le texte en {x} manque ici : chaque texte en a un dans chaque langue du jeu de règles."},
      {"unknown question ", "No question has the id {x}: choose one of the ruleset’s questions.",
       "Aucune question n’a l’identifiant {x} : choisissez une des questions du jeu de règles."},
      {"is not an option of", "{x} is not one of that question’s options.",
       "{x} n’est pas une des options de cette question."},
      {"unknown citation ", "No quote has the id {x}: choose one of the ruleset’s citations.",
       "Aucune citation n’a l’identifiant {x} : choisissez une des citations du jeu de règles."},
      {"unknown source ", "No source has the id {x}: choose one of the ruleset’s sources.",
       "Aucune source n’a l’identifiant {x} : choisissez une des sources du jeu de règles."},
      {"unknown parameter ",
       "This text names {x}, which is not a dated value of the ruleset: check its spelling.",
       "Ce texte nomme {x}, qui n’est pas une valeur datée du jeu de règles : vérifiez "
       "l’orthographe."},
      {"duplicate key ", "{x} is written twice in the same place: keep one of them.",
       "{x} est écrit deux fois au même endroit : n’en gardez qu’un."},
      {"number out of range", "This number is too large or too small to be read.",
       "Ce nombre est trop grand ou trop petit pour être lu."},
      {"is missing", "Something required is missing here: see the details.",
       "Un élément obligatoire manque ici : voir le détail."},
  };
  for (const LoadPattern& p : kLoad) {
    std::size_t at = m.find(p.marker);
    if (at == std::string::npos) continue;
    std::string x = quoted(p.marker[0] == 'i' && p.marker[1] == 's' ? 0 : at);
    plain.text = Fill(Pick(staff, p.en, p.fr), {{"x", StaffQuote(staff, x)}});
    return plain;
  }
  plain.text = Pick(staff, "The ruleset cannot be used as it is: ",
                    "Le jeu de règles ne peut pas servir tel quel : ") +
               m;
  return plain;
}

std::string PlainFindingsJson(const Ruleset& rules, const Verification& verification, int lang,
                              StaffLanguage staff) {
  detail::Json out = detail::Json::array();
  for (const Finding& f : verification.findings) {
    PlainFinding plain = ExplainFinding(rules, f, lang, staff);
    out.push_back(detail::Json::object({{"place", plain.place}, {"text", plain.text}}));
  }
  return detail::Dump(out);
}

std::string PlainLoadErrorsJson(std::string_view text, const Errors& errors, StaffLanguage staff) {
  detail::Json out = detail::Json::array();
  for (const Error& e : errors) {
    PlainFinding plain = ExplainLoadError(text, e, staff);
    detail::Json j = detail::Json::object();
    detail::Put(j, "path", e.path);
    detail::Put(j, "message", e.message);
    detail::Put(j, "place", plain.place);
    detail::Put(j, "text", plain.text);
    detail::Put(j, "line", plain.syntax ? detail::Json(plain.syntax->line) : detail::Json(nullptr));
    detail::Put(j, "column",
                plain.syntax ? detail::Json(plain.syntax->column) : detail::Json(nullptr));
    out.push_back(std::move(j));
  }
  return detail::Dump(out);
}

}  // namespace couverture::authoring
