#include "markdown.h"

#include "couverture/error.h"

namespace couverture::authoring {
namespace {

bool Letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool AsciiPunctuation(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

}  // namespace

std::string MarkdownText(std::string_view text) {
  std::string printable = Printable(text);
  std::string out;
  for (std::size_t i = 0; i < printable.size(); ++i) {
    char c = printable[i];
    char next = i + 1 < printable.size() ? printable[i + 1] : '\0';
    switch (c) {
      case '<':  // a tag, a comment or an autolink starts so; "< 3" stays as people read it
        out += Letter(next) || next == '/' || next == '!' || next == '?' ? "&lt;" : "<";
        break;
      case '&':  // a character reference starts so: &#x3C; would show as <
        out += Letter(next) || next == '#' ? "&amp;" : "&";
        break;
      case '\\':  // an escape only before punctuation: "\u202e" (Printable's) stays as it is
        out += AsciiPunctuation(next) ? "\\\\" : "\\";
        break;
      case '`':
      case '[':
      case ']':
      case '|':
        out += '\\';
        out += c;
        break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace couverture::authoring
