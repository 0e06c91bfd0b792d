#include "align.h"

#include <algorithm>
#include <cstdint>

namespace couverture::sources::internal {

Alignment Align(const std::vector<int>& a, const std::vector<int>& b, std::size_t b_first,
                std::size_t b_last, bool anywhere_in_b) {
  std::size_t m = a.size(), w = b_last - b_first;
  // d[i][j]: the distance between a[0, i) and b[b_first, b_first + j) (a stretch ending there
  // when anywhere_in_b).
  std::vector<std::uint32_t> d((m + 1) * (w + 1));
  auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& { return d[i * (w + 1) + j]; };
  for (std::size_t j = 0; j <= w; ++j) at(0, j) = anywhere_in_b ? 0 : static_cast<std::uint32_t>(j);
  for (std::size_t i = 1; i <= m; ++i) {
    at(i, 0) = static_cast<std::uint32_t>(i);
    for (std::size_t j = 1; j <= w; ++j) {
      std::uint32_t diagonal = at(i - 1, j - 1) + (a[i - 1] == b[b_first + j - 1] ? 0 : 1);
      at(i, j) = std::min({diagonal, at(i - 1, j) + 1, at(i, j - 1) + 1});
    }
  }
  std::size_t end = w;
  if (anywhere_in_b) {
    for (std::size_t j = 0; j <= w; ++j) {
      if (at(m, j) < at(m, end)) end = j;
    }
  }
  Alignment out;
  out.distance = at(m, end);
  // Walk back, matches first, collecting runs of edits as hunks (in reverse).
  std::size_t i = m, j = end;
  bool open = false;
  Hunk hunk{};
  auto close = [&] {
    if (open) out.hunks.push_back(hunk);
    open = false;
  };
  auto edit = [&](std::size_t ai, std::size_t bj) {  // extends the hunk back to a[ai], b[bj]
    if (!open) hunk = {i, i, b_first + j, b_first + j};
    open = true;
    hunk.a_begin = ai;
    hunk.b_begin = b_first + bj;
  };
  while (i > 0 && (j > 0 || !anywhere_in_b)) {
    if (j > 0 && a[i - 1] == b[b_first + j - 1] && at(i, j) == at(i - 1, j - 1)) {
      close();
      --i;
      --j;
    } else if (j > 0 && at(i, j) == at(i - 1, j - 1) + 1) {
      edit(i - 1, j - 1);
      --i;
      --j;
    } else if (at(i, j) == at(i - 1, j) + 1) {
      edit(i - 1, j);
      --i;
    } else {
      edit(i, j - 1);
      --j;
    }
  }
  if (i > 0) edit(0, j);  // a's first tokens stand before the stretch: deletions
  if (!anywhere_in_b && j > 0) edit(i, 0);
  close();
  std::reverse(out.hunks.begin(), out.hunks.end());
  out.b_begin = b_first + j;
  out.b_end = b_first + end;
  return out;
}

}  // namespace couverture::sources::internal
