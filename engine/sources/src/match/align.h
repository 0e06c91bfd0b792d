// Aligning two token sequences (internal): the edit distance in tokens, and where they differ.
#ifndef COUVERTURE_SOURCES_ALIGN_H_
#define COUVERTURE_SOURCES_ALIGN_H_

#include <cstddef>
#include <vector>

namespace couverture::sources::internal {

// A place where the two sequences differ: tokens [a_begin, a_end) of `a` stand where tokens
// [b_begin, b_end) of `b` do (either range may be empty: a deletion or an insertion).
struct Hunk {
  std::size_t a_begin, a_end, b_begin, b_end;
};

struct Alignment {
  std::size_t distance = 0;            // token insertions, deletions and substitutions
  std::size_t b_begin = 0, b_end = 0;  // the part of `b` aligned with the whole of `a`
  std::vector<Hunk> hunks;
};

// With `anywhere_in_b`, `a` is aligned with the closest stretch of b[b_first, b_last) (Sellers'
// algorithm: leading and trailing tokens of b cost nothing); otherwise with all of it. Time and
// memory are (a.size() + 1) × (b_last - b_first + 1): callers bound both.
Alignment Align(const std::vector<int>& a, const std::vector<int>& b, std::size_t b_first,
                std::size_t b_last, bool anywhere_in_b);

}  // namespace couverture::sources::internal

#endif  // COUVERTURE_SOURCES_ALIGN_H_
