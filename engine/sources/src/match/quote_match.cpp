// Quotes found word for word (a subsequence search over token ids), or close: candidate stretches
// chosen by the tokens they share with the fragment (one linear pass), then aligned (Sellers'
// algorithm) to measure the distance and show the differences.
#include "couverture/sources/quote_match.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <unordered_map>

#include "align.h"
#include "tokens.h"

namespace couverture::sources {

using internal::Align;
using internal::Alignment;
using internal::Excerpt;
using internal::Token;
using internal::Tokenize;

namespace {

// Differences shown per passage; the rest are in the passage itself.
constexpr std::size_t kDifferencesShown = 10;
// Stretches of the page aligned with a fragment not found word for word.
constexpr int kCandidates = 3;
// Token alignments CompareTexts may spend pairing changed paragraphs (cells of the table).
constexpr std::size_t kPairingBudget = 20'000'000;

// [begin, end) token ranges of a quote's fragments: runs of three or more dots (an ellipsis, as
// typed or as NFKC spells "…"), with brackets around them, separate fragments.
std::vector<std::pair<std::size_t, std::size_t>> FragmentRanges(const std::vector<Token>& t) {
  std::vector<std::pair<std::size_t, std::size_t>> ranges;
  std::size_t start = 0;
  for (std::size_t i = 0; i < t.size();) {
    std::size_t run = i;
    while (run < t.size() && t[run].norm == ".") ++run;
    if (run - i < 3) {
      i = run > i ? run : i + 1;
      continue;
    }
    std::size_t cut = i, resume = run;
    if (cut > start && (t[cut - 1].norm == "[" || t[cut - 1].norm == "(")) --cut;
    if (resume < t.size() && (t[resume].norm == "]" || t[resume].norm == ")")) ++resume;
    if (cut > start) ranges.emplace_back(start, cut);
    start = resume;
    i = resume;
  }
  if (start < t.size()) ranges.emplace_back(start, t.size());
  return ranges;
}

// A currency or percent sign next to a changed number belongs to what changed: "105 €" → "110 €"
// reads better than "105" → "110".
bool Unit(const std::string& token) {
  return token == "\u20ac" || token == "$" || token == "\u00a3" || token == "%" ||
         token == "euros" || token == "euro" || token == "eur";
}

std::vector<Difference> Differences(const Alignment& alignment, std::string_view a_text,
                                    const std::vector<Token>& a_tokens, std::size_t a_offset,
                                    std::string_view b_text, const std::vector<Token>& b_tokens,
                                    std::size_t b_limit) {
  std::vector<Difference> out;
  for (internal::Hunk h : alignment.hunks) {
    if (out.size() == kDifferencesShown) break;
    std::size_t a_begin = a_offset + h.a_begin, a_end = a_offset + h.a_end;
    if (h.a_begin < h.a_end && h.b_begin < h.b_end) {
      if (a_end < a_tokens.size() && h.b_end < b_limit && Unit(a_tokens[a_end].norm) &&
          a_tokens[a_end].norm == b_tokens[h.b_end].norm) {
        ++a_end;
        ++h.b_end;
      } else if (a_begin > a_offset && h.b_begin > 0 && Unit(a_tokens[a_begin - 1].norm) &&
                 a_tokens[a_begin - 1].norm == b_tokens[h.b_begin - 1].norm) {
        --a_begin;
        --h.b_begin;
      }
    }
    out.push_back({Excerpt(a_text, a_tokens, a_begin, a_end, 200),
                   Excerpt(b_text, b_tokens, h.b_begin, h.b_end, 200)});
  }
  return out;
}

}  // namespace

struct PageMatcher::Index {
  std::string text;
  std::vector<Token> tokens;
  std::vector<int> ids;
  internal::Dictionary dictionary;
};

PageMatcher::PageMatcher(std::string text) : index_(std::make_unique<Index>()) {
  index_->text = std::move(text);
  index_->tokens = Tokenize(index_->text);
  index_->ids.reserve(index_->tokens.size());
  for (const Token& t : index_->tokens) index_->ids.push_back(index_->dictionary.Intern(t.norm));
}

PageMatcher::~PageMatcher() = default;
PageMatcher::PageMatcher(PageMatcher&&) noexcept = default;
PageMatcher& PageMatcher::operator=(PageMatcher&&) noexcept = default;

std::vector<std::string> QuoteFragments(std::string_view quote) {
  std::vector<Token> tokens = Tokenize(quote);
  std::vector<std::string> out;
  for (auto [begin, end] : FragmentRanges(tokens)) {
    out.push_back(Excerpt(quote, tokens, begin, end, quote.size()));
  }
  return out;
}

QuoteMatch PageMatcher::Find(std::string_view quote) const {
  const Index& page = *index_;
  std::vector<Token> tokens = Tokenize(quote);
  QuoteMatch match;
  match.status = QuoteStatus::kFound;
  std::size_t from = 0;  // fragments are found in order
  std::vector<std::pair<std::size_t, std::size_t>> ranges = FragmentRanges(tokens);
  if (ranges.empty()) return QuoteMatch{QuoteStatus::kMissing, {}};
  for (auto [first, last] : ranges) {
    std::vector<int> ids;
    for (std::size_t i = first; i < last; ++i) ids.push_back(page.dictionary.Find(tokens[i].norm));
    bool known = std::find(ids.begin(), ids.end(), -1) == ids.end();
    if (known) {
      auto begin = page.ids.begin() + static_cast<std::ptrdiff_t>(from);
      auto found = std::search(begin, page.ids.end(),
                               std::boyer_moore_horspool_searcher(ids.begin(), ids.end()));
      if (found != page.ids.end()) {
        from = static_cast<std::size_t>(found - page.ids.begin()) + ids.size();
        continue;
      }
    }
    // Not word for word: the stretches of the page sharing most tokens with the fragment.
    std::size_t m = ids.size(), n = page.ids.size();
    std::size_t allowed = m * 3 / 10;
    if (allowed == 0 || m > kApproximateTokens || n <= from) return QuoteMatch{};
    std::unordered_map<int, int> need, have;
    for (int id : ids) {
      if (id >= 0) ++need[id];
    }
    std::size_t window = std::min(m, n - from);
    std::vector<std::size_t> shared(n - from - window + 1);
    std::size_t count = 0;
    auto add = [&](int id) {
      auto wanted = need.find(id);
      if (wanted != need.end() && have[id]++ < wanted->second) ++count;
    };
    auto remove = [&](int id) {
      auto wanted = need.find(id);
      if (wanted != need.end() && --have[id] < wanted->second) --count;
    };
    for (std::size_t i = 0; i < window; ++i) add(page.ids[from + i]);
    for (std::size_t s = 0; s < shared.size(); ++s) {
      shared[s] = count;
      if (s + 1 < shared.size()) {
        remove(page.ids[from + s]);
        add(page.ids[from + s + window]);
      }
    }
    std::size_t threshold = m > 2 * allowed ? m - 2 * allowed : 1;
    std::optional<Alignment> best;
    for (int c = 0; c < kCandidates; ++c) {
      auto top = std::max_element(shared.begin(), shared.end());
      if (top == shared.end() || *top < threshold) break;
      std::size_t s = from + static_cast<std::size_t>(top - shared.begin());
      std::size_t lo = s > from + allowed + 1 ? s - allowed - 1 : from;
      std::size_t hi = std::min(n, s + m + allowed + 1);
      Alignment alignment = Align(ids, page.ids, lo, hi, /*anywhere_in_b=*/true);
      if (!best || alignment.distance < best->distance) best = std::move(alignment);
      // The next candidate may not overlap this one.
      std::size_t clear_lo = top - shared.begin() > static_cast<std::ptrdiff_t>(m)
                                 ? static_cast<std::size_t>(top - shared.begin()) - m
                                 : 0;
      std::size_t clear_hi =
          std::min(shared.size(), static_cast<std::size_t>(top - shared.begin()) + m);
      std::fill(shared.begin() + static_cast<std::ptrdiff_t>(clear_lo),
                shared.begin() + static_cast<std::ptrdiff_t>(clear_hi), 0);
    }
    if (!best || best->distance > allowed) return QuoteMatch{};
    Passage passage;
    passage.text = Excerpt(page.text, page.tokens, best->b_begin, best->b_end, kPassageBytes);
    passage.differences =
        Differences(*best, quote, tokens, first, page.text, page.tokens, page.tokens.size());
    match.passages.push_back(std::move(passage));
    match.status = QuoteStatus::kChanged;
    from = best->b_end;
  }
  return match;
}

TextChanges CompareTexts(std::string_view before, std::string_view after) {
  auto lines = [](std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
      std::string_view line = text.substr(start, end - start);
      if (!line.empty()) out.push_back(line);
      start = end + 1;
    }
    return out;
  };
  std::vector<std::string_view> old_lines = lines(before), new_lines = lines(after);
  // Paragraphs as a multiset: moving one is not a change, editing one is.
  std::unordered_map<std::string_view, int> in_new, in_old;
  for (std::string_view line : new_lines) ++in_new[line];
  for (std::string_view line : old_lines) ++in_old[line];
  std::vector<std::string_view> removed, added;
  for (std::string_view line : old_lines) {
    if (in_new[line] > 0) {
      --in_new[line];
    } else {
      removed.push_back(line);
    }
  }
  for (std::string_view line : new_lines) {
    if (in_old[line] > 0) {
      --in_old[line];
    } else {
      added.push_back(line);
    }
  }
  internal::Dictionary dictionary;
  auto ids_of = [&](const std::vector<Token>& tokens) {
    std::vector<int> ids;
    for (const Token& t : tokens) ids.push_back(dictionary.Intern(t.norm));
    return ids;
  };
  std::vector<std::vector<Token>> added_tokens;
  std::vector<std::vector<int>> added_ids;
  for (std::string_view line : added) {
    added_tokens.push_back(Tokenize(line));
    added_ids.push_back(ids_of(added_tokens.back()));
  }
  std::vector<bool> paired(added.size(), false);
  std::size_t budget = kPairingBudget;
  TextChanges out;
  auto keep = [&](TextChange change) {
    if (out.changes.size() < kListedChanges) {
      out.changes.push_back(std::move(change));
    } else {
      ++out.more;
    }
  };
  for (std::string_view line : removed) {
    std::vector<Token> tokens = Tokenize(line);
    std::vector<int> ids = ids_of(tokens);
    std::optional<std::pair<std::size_t, Alignment>> best;
    for (std::size_t k = 0; k < added.size() && out.changes.size() < kListedChanges; ++k) {
      std::size_t a = ids.size(), b = added_ids[k].size();
      if (paired[k] || a == 0 || b == 0 || a > kApproximateTokens || b > kApproximateTokens) {
        continue;
      }
      if (std::max(a, b) > 2 * std::min(a, b) || (a + 1) * (b + 1) > budget) continue;
      budget -= (a + 1) * (b + 1);
      Alignment alignment = Align(ids, added_ids[k], 0, b, /*anywhere_in_b=*/false);
      if (alignment.distance * 2 <= std::max(a, b) &&
          (!best || alignment.distance < best->second.distance)) {
        best.emplace(k, std::move(alignment));
      }
    }
    TextChange change;
    change.before = internal::Cut(line, kPassageBytes);
    if (!best) {
      change.kind = TextChange::Kind::kRemoved;
      keep(std::move(change));
      continue;
    }
    std::size_t k = best->first;
    paired[k] = true;
    change.kind = TextChange::Kind::kChanged;
    change.after = internal::Cut(added[k], kPassageBytes);
    change.differences = Differences(best->second, line, tokens, 0, added[k], added_tokens[k],
                                     added_tokens[k].size());
    keep(std::move(change));
  }
  for (std::size_t k = 0; k < added.size(); ++k) {
    if (paired[k]) continue;
    TextChange change;
    change.kind = TextChange::Kind::kAdded;
    change.after = internal::Cut(added[k], kPassageBytes);
    keep(std::move(change));
  }
  return out;
}

}  // namespace couverture::sources
