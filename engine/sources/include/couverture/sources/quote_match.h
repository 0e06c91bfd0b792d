// Finding a ruleset's quotes in a page's text, and comparing two versions of a page's text.
//
// Both compare tokens (tokens.h in src/ says exactly how text is normalised): words and
// punctuation marks, NFKC-normalised and case-folded, typographic quotes, apostrophes and dashes
// taken as their plain forms, whitespace of any kind (no-break spaces, line breaks, the gap a tag
// leaves) ignored. So "l’année" finds "l'année", « 105 € » finds "105 €", and a sentence split by
// <strong> and <br> is found whole.
#ifndef COUVERTURE_SOURCES_QUOTE_MATCH_H_
#define COUVERTURE_SOURCES_QUOTE_MATCH_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace couverture::sources {

// A place where two texts differ, each side in its own words: "105" → "110".
struct Difference {
  std::string before, after;  // either may be empty: words added or removed
};

// A passage of the page close to a quote fragment that is not on it word for word.
struct Passage {
  std::string text;  // the page's words, at most kPassageBytes
  std::vector<Difference> differences;
};

enum class QuoteStatus { kFound, kChanged, kMissing };

struct QuoteMatch {
  QuoteStatus status = QuoteStatus::kMissing;
  std::vector<Passage> passages;  // kChanged: one per fragment not found word for word
};

inline constexpr std::size_t kPassageBytes = 600;
// A fragment of more tokens than this is only looked for word for word: approximate matching
// costs tokens² in time and memory.
inline constexpr std::size_t kApproximateTokens = 400;

// A quote's fragments: "…" (or "...", "[…]", "(…)") marks words left out, so the parts around it
// are found separately, in order. Empty parts are dropped.
std::vector<std::string> QuoteFragments(std::string_view quote);

// A page's text, tokenised once, in which any number of quotes are looked for.
class PageMatcher {
 public:
  explicit PageMatcher(std::string text);
  ~PageMatcher();
  PageMatcher(PageMatcher&&) noexcept;
  PageMatcher& operator=(PageMatcher&&) noexcept;

  // Found: every fragment is on the page, in order. Changed: every fragment is found or has a
  // close passage (after the previous fragment): at most 30% of its tokens inserted, deleted or
  // replaced, so fragments of fewer than 4 tokens are found or missing. Missing otherwise.
  QuoteMatch Find(std::string_view quote) const;

 private:
  struct Index;
  std::unique_ptr<Index> index_;
};

// How a page's text changed between two versions, paragraph by paragraph (one per line): lines
// only in `after` and only in `before`, and, where one of each is close, the pair with its
// differences. At most kListedChanges, counting the rest.
struct TextChange {
  enum class Kind { kChanged, kRemoved, kAdded };
  Kind kind = Kind::kChanged;
  std::string before, after;  // at most kPassageBytes each
  std::vector<Difference> differences;
};
struct TextChanges {
  std::vector<TextChange> changes;
  std::size_t more = 0;  // changes not listed
};
inline constexpr std::size_t kListedChanges = 20;
TextChanges CompareTexts(std::string_view before, std::string_view after);

}  // namespace couverture::sources

#endif  // COUVERTURE_SOURCES_QUOTE_MATCH_H_
