#include "text_fill.h"

namespace couverture::detail {

std::size_t PlaceholderEnd(std::string_view text, std::size_t open) {
  auto is_name = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  };
  std::size_t i = open + 1;
  while (i < text.size() && is_name(text[i])) ++i;
  return i > open + 1 && i < text.size() && text[i] == '}' ? i : std::string_view::npos;
}

}  // namespace couverture::detail
