#include "tokens.h"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

namespace couverture::sources::internal {
namespace {

enum class Kind { kWord, kMark, kSpace, kIgnored };

// Typographic variants a page and a quote may use for the same mark; mapped before NFKC, which
// leaves them apart. U+02BC (a modifier letter, so a "word" character) is the apostrophe some
// sites type.
char32_t Typographic(char32_t c) {
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x0060:
    case 0x00B4:
    case 0x02BC:
    case 0x02B9:
    case 0xFF07: return U'\'';
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x00AB:
    case 0x00BB:
    case 0x2033:
    case 0x2039:
    case 0x203A:
    case 0x301D:
    case 0x301E:
    case 0xFF02: return U'"';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xFE58:
    case 0xFE63:
    case 0xFF0D: return U'-';
    default: return c;
  }
}

Kind KindOf(char32_t c) {
  if (c == U'\'' || c == U'"' || c == U'-') return Kind::kMark;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO: return Kind::kWord;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC: return Kind::kSpace;
    case UTF8PROC_CATEGORY_CF: return Kind::kIgnored;
    default: return Kind::kMark;
  }
}

void AppendUtf8(char32_t c, std::string& out) {
  utf8proc_uint8_t buffer[4];
  utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), buffer);
  out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(n));
}

// NFKC and case folding; ASCII (most of any page) without a call.
std::string Normalize(const std::string& raw) {
  bool ascii = true;
  for (unsigned char ch : raw) ascii = ascii && ch < 0x80;
  if (ascii) {
    std::string out = raw;
    for (char& ch : out) {
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    }
    return out;
  }
  utf8proc_uint8_t* mapped = nullptr;
  utf8proc_ssize_t n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(raw.data()),
      static_cast<utf8proc_ssize_t>(raw.size()), &mapped,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT |
                                     UTF8PROC_CASEFOLD | UTF8PROC_IGNORE));
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(mapped, std::free);
  if (n < 0) return raw;  // only for invalid UTF-8, which Tokenize never passes
  return std::string(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(n));
}

// Normalisation can turn one word into several tokens ("½" → "1⁄2") or a mark into several ("…"
// → "..."): the normalised text is cut again, every piece keeping the original range.
void Emit(const std::string& raw, std::size_t begin, std::size_t end, std::vector<Token>& out) {
  std::string norm = Normalize(raw);
  std::string word;
  auto flush = [&] {
    if (!word.empty()) out.push_back({std::move(word), begin, end});
    word.clear();
  };
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(norm.data());
  auto size = static_cast<utf8proc_ssize_t>(norm.size());
  for (utf8proc_ssize_t i = 0; i < size;) {
    utf8proc_int32_t c = 0;
    utf8proc_ssize_t n = utf8proc_iterate(bytes + i, size - i, &c);
    if (n <= 0) break;
    i += n;
    char32_t mapped = Typographic(static_cast<char32_t>(c));
    switch (KindOf(mapped)) {
      case Kind::kWord: AppendUtf8(mapped, word); break;
      case Kind::kMark: {
        flush();
        std::string mark;
        AppendUtf8(mapped, mark);
        out.push_back({std::move(mark), begin, end});
        break;
      }
      case Kind::kSpace: flush(); break;
      case Kind::kIgnored: break;
    }
  }
  flush();
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  auto size = static_cast<utf8proc_ssize_t>(text.size());
  std::string word;  // the raw bytes of the word being read, format characters left out
  std::size_t word_begin = 0, word_end = 0;
  auto flush = [&] {
    if (!word.empty()) Emit(word, word_begin, word_end, tokens);
    word.clear();
  };
  for (utf8proc_ssize_t i = 0; i < size;) {
    utf8proc_int32_t c = 0;
    utf8proc_ssize_t n = utf8proc_iterate(bytes + i, size - i, &c);
    auto at = static_cast<std::size_t>(i);
    if (n <= 0) {  // an invalid byte separates
      flush();
      ++i;
      continue;
    }
    i += n;
    char32_t mapped = Typographic(static_cast<char32_t>(c));
    switch (KindOf(mapped)) {
      case Kind::kWord:
        if (word.empty()) word_begin = at;
        word.append(text.substr(at, static_cast<std::size_t>(n)));
        word_end = static_cast<std::size_t>(i);
        break;
      case Kind::kMark: {
        flush();
        std::string mark;
        AppendUtf8(mapped, mark);
        Emit(mark, at, static_cast<std::size_t>(i), tokens);
        break;
      }
      case Kind::kSpace: flush(); break;
      case Kind::kIgnored: break;  // inside a word, the word goes on
    }
  }
  flush();
  return tokens;
}

int Dictionary::Intern(const std::string& token) {
  auto [it, added] = ids_.emplace(token, static_cast<int>(ids_.size()));
  return it->second;
}

int Dictionary::Find(const std::string& token) const {
  auto it = ids_.find(token);
  return it == ids_.end() ? -1 : it->second;
}

std::string Cut(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  std::size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return std::string(text.substr(0, end)) + "\u2026";
}

std::string Excerpt(std::string_view text, const std::vector<Token>& tokens, std::size_t first,
                    std::size_t last, std::size_t max_bytes) {
  if (last <= first) return "";
  std::size_t begin = tokens[first].begin, end = tokens[last - 1].end;
  return Cut(text.substr(begin, end - begin), max_bytes);
}

}  // namespace couverture::sources::internal
