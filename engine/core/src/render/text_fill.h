// Placeholders in texts: {rule}, {question}, {answer}, {winner} in the explanation's phrases, and
// in format 2 any parameter by name ({cvec_amount}).
#ifndef COUVERTURE_CORE_TEXT_FILL_H_
#define COUVERTURE_CORE_TEXT_FILL_H_

#include <string>
#include <string_view>

namespace couverture::detail {

// The end of the {name} (letters, digits, '_') that starts at `open`, or npos when there is none.
std::size_t PlaceholderEnd(std::string_view text, std::size_t open);

// Calls `visit(name)` for every {name} in `text`.
template <typename Visit>
void ForEachPlaceholder(std::string_view text, Visit visit) {
  for (std::size_t open = text.find('{'); open != std::string_view::npos;
       open = text.find('{', open + 1)) {
    std::size_t close = PlaceholderEnd(text, open);
    if (close != std::string_view::npos) visit(text.substr(open + 1, close - open - 1));
  }
}

// `text` with every {name} replaced by `*lookup(name)`, or kept when lookup returns nullptr,
// appended to `out`.
template <typename Lookup>
void AppendFilled(std::string& out, std::string_view text, Lookup lookup) {
  std::size_t done = 0;
  for (std::size_t open = text.find('{'); open != std::string_view::npos;
       open = text.find('{', open + 1)) {
    std::size_t close = PlaceholderEnd(text, open);
    if (close == std::string_view::npos) continue;
    const std::string* value = lookup(text.substr(open + 1, close - open - 1));
    if (!value) continue;
    out.append(text.substr(done, open - done));
    out += *value;
    done = close + 1;
    open = close;
  }
  out.append(text.substr(done));
}

// The same, as a new string.
template <typename Lookup>
std::string FillPlaceholders(std::string_view text, Lookup lookup) {
  std::string out;
  AppendFilled(out, text, lookup);
  return out;
}

}  // namespace couverture::detail

#endif  // COUVERTURE_CORE_TEXT_FILL_H_
