// Text as the quote matcher compares it (internal): a sequence of tokens, each a word or one
// punctuation mark, normalised so that what a reader cannot tell apart compares equal.
#ifndef COUVERTURE_SOURCES_TOKENS_H_
#define COUVERTURE_SOURCES_TOKENS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace couverture::sources::internal {

// One token: its normalised form and the bytes of the original text it comes from (several
// tokens share a range when normalisation splits one character, e.g. "…" into three dots).
struct Token {
  std::string norm;
  std::size_t begin = 0, end = 0;
};

// Words are runs of letters, marks and digits; every other visible character is a token of its
// own; whitespace of any kind (no-break and thin spaces included) only separates, and invisible
// format characters (soft hyphen, zero-width space) are dropped. Each token is NFKC-normalised and
// case-folded (utf8proc), with typographic apostrophes, quotation marks (« » “ ” „) and dashes
// mapped to ' " and -. Invalid UTF-8 bytes separate, as whitespace does.
std::vector<Token> Tokenize(std::string_view text);

// Token texts as small integers, so that sequences compare as integer arrays.
class Dictionary {
 public:
  int Intern(const std::string& token);
  int Find(const std::string& token) const;  // -1 when the dictionary has never seen it

 private:
  std::unordered_map<std::string, int> ids_;
};

// The original text behind tokens [first, last) (last > first), cut to at most `max_bytes` on a
// character boundary with "…" when cut.
std::string Excerpt(std::string_view text, const std::vector<Token>& tokens, std::size_t first,
                    std::size_t last, std::size_t max_bytes);

// Cuts `text` to at most `max_bytes` on a UTF-8 character boundary, adding "…" when cut.
std::string Cut(std::string_view text, std::size_t max_bytes);

}  // namespace couverture::sources::internal

#endif  // COUVERTURE_SOURCES_TOKENS_H_
