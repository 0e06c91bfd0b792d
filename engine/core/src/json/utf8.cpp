#include "utf8.h"

namespace couverture::detail {

Utf8Char DecodeUtf8(std::string_view text, std::size_t at) {
  unsigned char lead = static_cast<unsigned char>(text[at]);
  std::size_t length = lead < 0x80         ? 1
                       : (lead >> 5) == 6  ? 2
                       : (lead >> 4) == 14 ? 3
                       : (lead >> 3) == 30 ? 4
                                           : 0;
  if (length == 0 || length > text.size() - at) return {};
  std::uint32_t code = length == 1 ? lead : lead & (0x7F >> length);
  for (std::size_t k = 1; k < length; ++k) {
    if (!ContinuationByte(text[at + k])) return {};
    code = (code << 6) | (static_cast<unsigned char>(text[at + k]) & 0x3F);
  }
  // The shortest form only: an overlong one could smuggle "/" or a NUL past a byte-wise check.
  static constexpr std::uint32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (code < kSmallest[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return {};
  return {code, length};
}

bool ValidUtf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = DecodeUtf8(text, i).length;
    if (length == 0) return false;
    i += length;
  }
  return true;
}

bool HiddenCharacter(std::uint32_t code, bool allow_layout) {
  bool layout = code == '\n' || code == '\t';
  return (code < 0x20 && !(allow_layout && layout)) || (code >= 0x7F && code < 0xA0) ||
         (code >= 0x202A && code <= 0x202E) || (code >= 0x2066 && code <= 0x2069);
}

}  // namespace couverture::detail
