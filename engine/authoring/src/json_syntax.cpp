// Malformed JSON in plain words. A small reader of the JSON grammar (RFC 8259, as strict as the
// engine's) finds the first mistake and knows what was expected there, which nlohmann/json's
// message does not say in an author's terms: after a value and before the next one, a comma; in
// an object, a name in double quotes; a bracket closing what was opened. It only explains: the
// engine's own reader decides what loads.
#include "couverture/authoring/json_syntax.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "couverture/detail/json_document.h"
#include "staff_text.h"

namespace couverture::authoring {
namespace {

// Lines and columns as the engine's messages count them (hints quote both).
using detail::LineColumn;
using detail::Locate;

enum class Tok {
  kOpenObject,
  kCloseObject,
  kOpenArray,
  kCloseArray,
  kColon,
  kComma,
  kString,
  kNumber,
  kWord,
  kSingleQuote,
  kComment,
  kOther,
  kEnd
};

enum class TextProblem { kNone, kUnclosed, kLineBreak, kControl, kBadEscape };

struct Token {
  Tok type = Tok::kEnd;
  std::size_t start = 0, end = 0;  // end: one past the last byte
  bool valid = true;               // numbers and words: JSON's grammar; strings: kNone
  TextProblem problem = TextProblem::kNone;
  std::size_t problem_at = 0;
};

bool Digit(char c) { return c >= '0' && c <= '9'; }
bool Letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
}

// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
bool JsonNumber(std::string_view s) {
  std::size_t i = 0;
  if (i < s.size() && s[i] == '-') ++i;
  if (i >= s.size() || !Digit(s[i])) return false;
  if (s[i] == '0') {
    ++i;
  } else {
    while (i < s.size() && Digit(s[i])) ++i;
  }
  if (i < s.size() && s[i] == '.') {
    ++i;
    if (i >= s.size() || !Digit(s[i])) return false;
    while (i < s.size() && Digit(s[i])) ++i;
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (i >= s.size() || !Digit(s[i])) return false;
    while (i < s.size() && Digit(s[i])) ++i;
  }
  return i == s.size();
}

class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") at_ = 3;  // a byte order mark, as the engine allows
  }

  Token Next() {
    while (at_ < text_.size() &&
           (text_[at_] == ' ' || text_[at_] == '\t' || text_[at_] == '\n' || text_[at_] == '\r')) {
      ++at_;
    }
    Token t;
    t.start = at_;
    if (at_ >= text_.size()) {
      t.end = at_;
      return t;
    }
    char c = text_[at_];
    static constexpr struct {
      char c;
      Tok type;
    } kPunctuation[] = {{'{', Tok::kOpenObject}, {'}', Tok::kCloseObject}, {'[', Tok::kOpenArray},
                        {']', Tok::kCloseArray}, {':', Tok::kColon},       {',', Tok::kComma}};
    for (const auto& p : kPunctuation) {
      if (c == p.c) {
        t.type = p.type;
        t.end = ++at_;
        return t;
      }
    }
    if (c == '"') return String(t);
    if (c == '-' || c == '+' || c == '.' || Digit(c)) {
      while (at_ < text_.size() && (Digit(text_[at_]) || text_[at_] == '-' || text_[at_] == '+' ||
                                    text_[at_] == '.' || text_[at_] == 'e' || text_[at_] == 'E')) {
        ++at_;
      }
      t.type = Tok::kNumber;
      t.end = at_;
      t.valid = JsonNumber(text_.substr(t.start, t.end - t.start));
      return t;
    }
    if (Letter(c)) {
      while (at_ < text_.size() && (Letter(text_[at_]) || Digit(text_[at_]) || text_[at_] == '-')) {
        ++at_;
      }
      t.type = Tok::kWord;
      t.end = at_;
      std::string_view word = text_.substr(t.start, t.end - t.start);
      t.valid = word == "true" || word == "false" || word == "null";
      return t;
    }
    if (c == '/' && at_ + 1 < text_.size() && (text_[at_ + 1] == '/' || text_[at_ + 1] == '*')) {
      t.type = Tok::kComment;
      t.end = at_ + 2;
      at_ = text_.size();  // nothing after a comment is read
      return t;
    }
    t.type = c == '\'' ? Tok::kSingleQuote : Tok::kOther;
    t.end = ++at_;
    return t;
  }

  // The token that starts at the current position, not consumed.
  Token Peek() {
    std::size_t saved = at_;
    Token t = Next();
    at_ = saved;
    return t;
  }

 private:
  Token String(Token t) {
    t.type = Tok::kString;
    ++at_;
    while (at_ < text_.size()) {
      char c = text_[at_];
      if (c == '"') {
        t.end = ++at_;
        return t;
      }
      if (c == '\n' || c == '\r') return Problem(t, TextProblem::kLineBreak);
      if (static_cast<unsigned char>(c) < 0x20) return Problem(t, TextProblem::kControl);
      if (c == '\\') {
        char e = at_ + 1 < text_.size() ? text_[at_ + 1] : '\0';
        if (e == 'u') {
          bool hex = at_ + 5 < text_.size();
          for (std::size_t k = 2; hex && k < 6; ++k) {
            char h = text_[at_ + k];
            hex = Digit(h) || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F');
          }
          if (!hex) return Problem(t, TextProblem::kBadEscape);
          at_ += 6;
          continue;
        }
        if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos || e == '\0') {
          return Problem(t, TextProblem::kBadEscape);
        }
        at_ += 2;
        continue;
      }
      ++at_;
    }
    return Problem(t, TextProblem::kUnclosed);
  }

  Token Problem(Token t, TextProblem problem) {
    t.valid = false;
    t.problem = problem;
    t.problem_at = at_;
    t.end = at_;
    return t;
  }

  std::string_view text_;
  std::size_t at_ = 0;
};

// What the reader expects next in the innermost open container.
enum class Expect { kValue, kValueOrClose, kName, kNameOrClose, kColon, kCommaOrClose, kEnd };

struct Frame {
  bool object = false;
  std::size_t open = 0;  // offset of its bracket
  std::string name;      // the member it is the value of; "" for an element or the document
  Expect expect = Expect::kValue;
};

// The first mistake: its kind, the offset to point at and the facts its sentence needs.
struct Mistake {
  std::string kind;
  std::size_t at = 0;
  std::size_t other = 0;  // an opening bracket, or the last closing one
  char bracket = 0;       // the bracket concerned
  std::string name;       // the member concerned
  std::string token;      // the word or number concerned
  bool document = false;  // the bracket concerned is the document's own
};

class Reader {
 public:
  explicit Reader(std::string_view text) : text_(text), lexer_(text) {}

  // The first mistake, or an empty kind when the text reads as JSON.
  Mistake Read() {
    Frame document;
    document.expect = Expect::kValue;
    stack_.push_back(document);
    Token previous;
    previous.type = Tok::kOther;
    previous.start = previous.end = 0;
    bool any = false;
    for (;;) {
      Token t = lexer_.Next();
      Mistake m = Step(t, previous, any);
      if (!m.kind.empty() || t.type == Tok::kEnd) return m;
      previous = t;
      any = true;
    }
  }

 private:
  std::string Slice(const Token& t) const {
    return std::string(text_.substr(t.start, t.end - t.start));
  }

  Mistake At(const char* kind, std::size_t at) const {
    Mistake m;
    m.kind = kind;
    m.at = at;
    return m;
  }

  // The innermost container still open, as a mistake about it.
  Mistake Unclosed(const Frame& f) const {
    Mistake m = At("unclosed", f.open);
    m.bracket = f.object ? '{' : '[';
    m.name = f.name;
    m.document = stack_.size() == 2;  // below it, only the document's own frame
    return m;
  }

  // A token where a value may start: a value of a bad form is named as such.
  Mistake BadValue(const Token& t, const Token& previous) const {
    switch (t.type) {
      case Tok::kWord: {
        Mistake m = At("unknown_word", t.start);
        m.token = Slice(t);
        return m;
      }
      case Tok::kNumber: {
        Mistake m = At("bad_number", t.start);
        m.token = Slice(t);
        return m;
      }
      case Tok::kSingleQuote: return At("single_quotes", t.start);
      case Tok::kComment: return At("comment", t.start);
      case Tok::kString: return TextMistake(t);
      case Tok::kComma:
        return previous.type == Tok::kColon ? ValueMissing() : At("extra_comma", t.start);
      default: return At("other", t.start);
    }
  }

  Mistake TextMistake(const Token& t) const {
    switch (t.problem) {
      case TextProblem::kUnclosed: return At("unclosed_text", t.start);
      case TextProblem::kLineBreak: return At("line_break_in_text", t.start);
      case TextProblem::kControl: return At("control_in_text", t.problem_at);
      case TextProblem::kBadEscape: return At("bad_escape", t.problem_at);
      case TextProblem::kNone: break;
    }
    return At("other", t.start);
  }

  Mistake ValueMissing() const {
    Mistake m = At("missing_value", last_colon_);
    m.name = last_name_;
    return m;
  }

  bool StartsValue(const Token& t) const {
    return t.type == Tok::kString || t.type == Tok::kNumber || t.type == Tok::kWord ||
           t.type == Tok::kOpenObject || t.type == Tok::kOpenArray;
  }

  // A value token (well formed) was read: the container now expects a comma or its end.
  void ValueDone() {
    Frame& f = stack_.back();
    f.expect = stack_.size() == 1 ? Expect::kEnd : Expect::kCommaOrClose;
  }

  Mistake Open(const Token& t) {
    Frame& parent = stack_.back();
    std::string name = parent.object ? last_name_ : std::string();
    ValueDone();
    Frame f;
    f.object = t.type == Tok::kOpenObject;
    f.open = t.start;
    f.name = std::move(name);
    f.expect = f.object ? Expect::kNameOrClose : Expect::kValueOrClose;
    stack_.push_back(std::move(f));
    return {};
  }

  Mistake Close(const Token& t) {
    last_close_ = t.start;
    stack_.pop_back();
    return {};
  }

  Mistake Step(const Token& t, const Token& previous, bool any) {
    Frame& f = stack_.back();
    bool closing = t.type == Tok::kCloseObject || t.type == Tok::kCloseArray;
    switch (f.expect) {
      case Expect::kValue:
      case Expect::kValueOrClose:
        if (t.type == Tok::kEnd) {
          if (!any) return At("empty", t.start);
          if (previous.type == Tok::kColon) return ValueMissing();
          return Unclosed(f);
        }
        if (t.type == Tok::kOpenObject || t.type == Tok::kOpenArray) return Open(t);
        if (t.type == Tok::kCloseArray && f.expect == Expect::kValueOrClose) return Close(t);
        if (closing) {
          if (previous.type == Tok::kComma) return At("trailing_comma", previous.start);
          if (previous.type == Tok::kColon) return ValueMissing();
          return Mismatched(t, f);
        }
        if (StartsValue(t) && t.valid) {
          ValueDone();
          return {};
        }
        return BadValue(t, previous);
      case Expect::kName:
      case Expect::kNameOrClose:
        if (t.type == Tok::kEnd) return Unclosed(f);
        if (t.type == Tok::kCloseObject) {
          if (f.expect == Expect::kNameOrClose) return Close(t);
          return At("trailing_comma", previous.start);
        }
        if (closing) return Mismatched(t, f);
        if (t.type == Tok::kString) {
          if (!t.valid) return TextMistake(t);
          last_name_ = Unquoted(t);
          f.expect = Expect::kColon;
          return {};
        }
        if (t.type == Tok::kWord || t.type == Tok::kNumber) {
          Mistake m = At("unquoted_name", t.start);
          m.token = Slice(t);
          return m;
        }
        if (t.type == Tok::kComma) return At("extra_comma", t.start);
        if (t.type == Tok::kSingleQuote || t.type == Tok::kComment) return BadValue(t, previous);
        return At("missing_name", t.start);
      case Expect::kColon:
        if (t.type == Tok::kColon) {
          last_colon_ = t.start;
          f.expect = Expect::kValue;
          return {};
        }
        if (t.type == Tok::kEnd) return Unclosed(f);
        {
          Mistake m = At("missing_colon", previous.end);
          m.name = last_name_;
          return m;
        }
      case Expect::kCommaOrClose:
        if (t.type == Tok::kComma) {
          f.expect = f.object ? Expect::kName : Expect::kValue;
          return {};
        }
        if ((t.type == Tok::kCloseObject && f.object) ||
            (t.type == Tok::kCloseArray && !f.object)) {
          return Close(t);
        }
        if (closing) return Mismatched(t, f);
        if (t.type == Tok::kEnd) return Unclosed(f);
        if (StartsValue(t) || t.type == Tok::kSingleQuote) return At("missing_comma", previous.end);
        if (t.type == Tok::kComment) return At("comment", t.start);
        return At("other", t.start);
      case Expect::kEnd:
        if (t.type == Tok::kEnd) return {};
        if (closing) {
          Mistake m = At("extra_close", t.start);
          m.bracket = text_[t.start];
          return m;
        }
        {
          Mistake m = At("content_after_end", t.start);
          m.other = last_close_;
          return m;
        }
    }
    return At("other", t.start);
  }

  // A closing bracket of the other kind, or one that closes nothing.
  Mistake Mismatched(const Token& t, const Frame& f) const {
    if (stack_.size() == 1) {
      Mistake m = At("extra_close", t.start);
      m.bracket = text_[t.start];
      return m;
    }
    Mistake m = At("mismatched_close", t.start);
    m.bracket = text_[t.start];
    m.other = f.open;
    m.name = f.name;
    m.token = f.object ? "{" : "[";
    return m;
  }

  // A name's text between its quotes (escapes left as written: it is only shown).
  std::string Unquoted(const Token& t) const {
    return std::string(text_.substr(t.start + 1, t.end - t.start - 2));
  }

  std::string_view text_;
  Lexer lexer_;
  std::vector<Frame> stack_;
  std::string last_name_;
  std::size_t last_colon_ = 0;
  std::size_t last_close_ = 0;
};

// The end of the line `offset` is on (before its line break), for "at the end of line N".
std::size_t LineEnd(std::string_view text, std::size_t offset) {
  std::size_t end = text.find('\n', offset);
  if (end == std::string_view::npos) end = text.size();
  if (end > offset && text[end - 1] == '\r') --end;
  return end;
}

// "line 353, column 9" in the engine's message.
bool EngineLine(std::string_view message, int& line, int& column) {
  std::size_t at = message.find("line ");
  if (at == std::string_view::npos) return false;
  line = 0;
  column = 0;
  std::size_t i = at + 5;
  while (i < message.size() && Digit(message[i])) line = line * 10 + (message[i++] - '0');
  if (message.substr(i, 9) != ", column ") return false;
  i += 9;
  while (i < message.size() && Digit(message[i])) column = column * 10 + (message[i++] - '0');
  return line > 0 && column > 0;
}

// "“rules”" or "the ruleset" / "the list": what an open bracket belongs to.
std::string Owner(StaffLanguage lang, const Mistake& m, bool document) {
  bool fr = lang == StaffLanguage::kFrench;
  if (document) return fr ? "Le jeu de règles" : "The ruleset";
  if (!m.name.empty()) return StaffQuote(lang, m.name);
  if (m.token == "[" || m.bracket == '[') return fr ? "La liste" : "The list";
  return fr ? "L’objet" : "The object";
}

std::string Closer(char open) { return open == '[' ? "]" : "}"; }

std::string Sentence(StaffLanguage lang, const Mistake& m, std::string_view text, int line,
                     int column) {
  bool fr = lang == StaffLanguage::kFrench;
  std::string l = std::to_string(line);
  auto line_of = [&](std::size_t offset) { return std::to_string(Locate(text, offset).line); };
  const std::string& k = m.kind;
  if (k == "missing_comma") {
    return fr ? "Il manque une virgule à la fin de la ligne " + l +
                    " : chaque élément d’une liste ou d’un objet est suivi d’une virgule, sauf le "
                    "dernier."
              : "A comma is missing at the end of line " + l +
                    ": every item of a list or an object is followed by a comma, except the last.";
  }
  if (k == "trailing_comma") {
    return fr ? "Il y a une virgule en trop à la fin de la ligne " + l +
                    " : le dernier élément avant un crochet ou une accolade fermante n’en prend "
                    "pas."
              : "There is a comma too many at the end of line " + l +
                    ": the last item before a closing bracket or brace takes none.";
  }
  if (k == "extra_comma") {
    return fr ? "Il y a une virgule en trop à la ligne " + l + "."
              : "There is a comma too many on line " + l + ".";
  }
  if (k == "unclosed") {
    bool document = m.document;
    std::string close = Closer(m.bracket);
    return fr ? Owner(lang, m, document) + " s’ouvre par " + std::string(1, m.bracket) +
                    " à la ligne " + l + " mais n’est jamais fermé : il manque un " + close + "."
              : Owner(lang, m, document) + " opens with " + std::string(1, m.bracket) +
                    " on line " + l + " but is never closed: a " + close + " is missing.";
  }
  if (k == "mismatched_close") {
    std::string expected = Closer(m.token[0]);
    std::string opened = line_of(m.other);
    std::string owner = Owner(lang, m, false);
    return fr ? "Le " + std::string(1, m.bracket) + " de la ligne " + l +
                    " ne correspond pas : " + owner + " s’ouvre par " + m.token + " à la ligne " +
                    opened + ", il manque donc un " + expected + " avant lui (ou ce " +
                    std::string(1, m.bracket) + " est en trop)."
              : "The " + std::string(1, m.bracket) + " on line " + l + " does not match: " + owner +
                    " opens with " + m.token + " on line " + opened + ", so a " + expected +
                    " is missing before it (or this " + std::string(1, m.bracket) +
                    " is one too many).";
  }
  if (k == "extra_close") {
    return fr ? "Le " + std::string(1, m.bracket) + " de la ligne " + l +
                    " ne ferme rien : il est en trop."
              : "The " + std::string(1, m.bracket) + " on line " + l +
                    " closes nothing: it is one too many.";
  }
  if (k == "missing_colon") {
    return fr ? "Il manque deux-points (:) après " + StaffQuote(lang, m.name) + " à la ligne " + l +
                    "."
              : "A colon (:) is missing after " + StaffQuote(lang, m.name) + " on line " + l + ".";
  }
  if (k == "missing_value") {
    return fr ? "Il manque une valeur après " + StaffQuote(lang, m.name) + " : à la ligne " + l +
                    "."
              : "A value is missing after " + StaffQuote(lang, m.name) + ": on line " + l + ".";
  }
  if (k == "missing_name") {
    return fr ? "Dans un objet { }, chaque valeur est précédée de son nom entre guillemets droits "
                "(ligne " +
                    l + ")."
              : "Inside { }, every value comes after its name in double quotes (line " + l + ").";
  }
  if (k == "unquoted_name") {
    return fr ? "Les noms s’écrivent entre guillemets droits : écrivez \"" + m.token +
                    "\" à la ligne " + l + "."
              : "Names are written in double quotes: write \"" + m.token + "\" on line " + l + ".";
  }
  if (k == "single_quotes") {
    return fr ? "JSON écrit les textes et les noms entre guillemets droits doubles (\"), pas entre "
                "apostrophes (') (ligne " +
                    l + ")."
              : "JSON writes texts and names in double quotes (\"), not single quotes (') (line " +
                    l + ").";
  }
  if (k == "comment") {
    return fr ? "JSON n’a pas de commentaires (ligne " + l +
                    ") : supprimez-le, ou écrivez-le dans un champ \"$comment\"."
              : "JSON has no comments (line " + l +
                    "): remove it, or write it as a \"$comment\" field.";
  }
  if (k == "unknown_word") {
    return fr ? StaffQuote(lang, m.token) + " (ligne " + l +
                    ") n’est pas une valeur JSON : écrivez true, false ou null en minuscules, ou "
                    "un "
                    "texte entre guillemets droits."
              : StaffQuote(lang, m.token) + " on line " + l +
                    " is not a JSON value: write true, false or null in lowercase, or a text in "
                    "double quotes.";
  }
  if (k == "bad_number") {
    return fr ? StaffQuote(lang, m.token) + " (ligne " + l +
                    ") n’est pas un nombre que JSON accepte : des chiffres, un point pour les "
                    "décimales (2.5), sans zéro initial ni signe plus."
              : StaffQuote(lang, m.token) + " on line " + l +
                    " is not a number JSON accepts: digits, a point for decimals (2.5), no "
                    "leading zero or plus sign.";
  }
  if (k == "unclosed_text") {
    return fr ? "Le texte qui commence à la ligne " + l + " n’a pas de guillemet fermant (\")."
              : "The text that starts on line " + l + " has no closing quote (\").";
  }
  if (k == "line_break_in_text") {
    return fr ? "Le texte qui commence à la ligne " + l +
                    " n’est pas fermé sur cette ligne : il manque le guillemet fermant (\"), ou le "
                    "texte contient un retour à la ligne (écrivez \\n à sa place)."
              : "The text that starts on line " + l +
                    " is not closed on that line: its closing quote (\") is missing, or it holds "
                    "a line break (write \\n instead).";
  }
  if (k == "control_in_text") {
    return fr ? "Le texte de la ligne " + l +
                    " contient une tabulation ou un caractère de contrôle : écrivez \\t pour une "
                    "tabulation."
              : "The text on line " + l +
                    " holds a tab or a control character: write \\t for a tab.";
  }
  if (k == "bad_escape") {
    return fr ? "La barre oblique inversée (\\) de la ligne " + l +
                    " commence un échappement que JSON n’a pas : écrivez \\\\ pour la barre elle-"
                    "même, \\\" pour un guillemet."
              : "The backslash (\\) on line " + l +
                    " starts an escape JSON does not have: write \\\\ for a backslash itself, \\\" "
                    "for a quote.";
  }
  if (k == "content_after_end") {
    std::string end = line_of(m.other);
    return fr ? "Le jeu de règles se termine par l’accolade de la ligne " + end +
                    ", mais la suite continue à la ligne " + l +
                    " : une accolade fermante plus haut est sans doute en trop."
              : "The ruleset ends with the } on line " + end + ", but more follows on line " + l +
                    ": a closing brace above is probably one too many.";
  }
  if (k == "empty") {
    return fr ? "Le fichier est vide : un jeu de règles commence par { et se termine par }."
              : "The file is empty: a ruleset starts with { and ends with }.";
  }
  return fr ? "Le JSON ne se lit pas à la ligne " + l + ", colonne " + std::to_string(column) + "."
            : "The JSON cannot be read at line " + l + ", column " + std::to_string(column) + ".";
}

}  // namespace

std::optional<JsonSyntaxHint> ExplainJsonSyntax(std::string_view text, std::string_view message,
                                                StaffLanguage lang) {
  if (message.rfind("malformed JSON", 0) != 0) return std::nullopt;
  Mistake m = Reader(text).Read();
  JsonSyntaxHint hint;
  int engine_line = 0, engine_column = 0;
  bool located = EngineLine(message, engine_line, engine_column);
  if (m.kind.empty()) {
    // The grammar reads it: the engine refused something else (a byte that is not UTF-8, a NUL).
    m.kind = "other";
    hint.line = located ? engine_line : 1;
    hint.column = located ? engine_column : 1;
  } else {
    // A missing comma is fixed at the end of the line the previous value ends on.
    std::size_t at = m.kind == "missing_comma" ? LineEnd(text, m.at) : m.at;
    LineColumn place = Locate(text, at);
    hint.line = place.line;
    hint.column = place.column;
    if (m.kind == "missing_comma") {
      // "at the end of line N" only when the next value starts on another line.
      std::size_t next = text.find_first_not_of(" \t\r\n", m.at);
      if (next != std::string_view::npos && Locate(text, next).line == place.line) {
        place = Locate(text, m.at);
        hint.line = place.line;
        hint.column = place.column;
        m.kind = "missing_comma_inline";
      }
    }
  }
  hint.kind = m.kind == "missing_comma_inline" ? "missing_comma" : m.kind;
  if (m.kind == "missing_comma_inline") {
    std::string l = std::to_string(hint.line), c = std::to_string(hint.column);
    hint.text = lang == StaffLanguage::kFrench
                    ? "Il manque une virgule à la ligne " + l + ", colonne " + c +
                          " : chaque élément d’une liste ou d’un objet est suivi d’une virgule, "
                          "sauf le dernier."
                    : "A comma is missing on line " + l + ", at column " + c +
                          ": every item of a list or an object is followed by a comma, except the "
                          "last.";
  } else {
    hint.text = Sentence(lang, m, text, hint.line, hint.column);
  }
  return hint;
}

}  // namespace couverture::authoring
