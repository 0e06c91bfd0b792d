#include "couverture/error.h"

#include <cstdint>

namespace couverture {
namespace {

void Escape(std::uint32_t code, const char* prefix, int digits, std::string& out) {
  static const char* kHex = "0123456789abcdef";
  out += prefix;
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += kHex[(code >> shift) & 0xF];
}

}  // namespace

std::string Printable(std::string_view text, bool keep_layout) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    std::size_t length = c < 0x80         ? 1
                         : (c >> 5) == 6  ? 2
                         : (c >> 4) == 14 ? 3
                         : (c >> 3) == 30 ? 4
                                          : 0;
    bool whole = length > 0 && i + length <= text.size();
    std::uint32_t code = length == 1 ? c : c & (0x7F >> length);
    for (std::size_t k = 1; whole && k < length; ++k) {
      unsigned char next = static_cast<unsigned char>(text[i + k]);
      whole = (next & 0xC0) == 0x80;
      code = (code << 6) | (next & 0x3F);
    }
    if (!whole) {
      Escape(c, "\\x", 2, out);
      ++i;
      continue;
    }
    bool layout = code == '\n' || code == '\t';
    bool hidden = (code < 0x20 && !(keep_layout && layout)) || (code >= 0x7F && code < 0xA0) ||
                  (code >= 0x202A && code <= 0x202E) || (code >= 0x2066 && code <= 0x2069);
    if (hidden) {
      Escape(code, "\\u", 4, out);
    } else {
      out.append(text.substr(i, length));
    }
    i += length;
  }
  return out;
}

std::string Error::ToString() const {
  // A path names keys someone wrote, possibly to fill a terminal or a page: a line shows its start.
  constexpr std::size_t kShownPath = 80;
  std::string shown = path;
  if (shown.size() > kShownPath) {
    std::size_t cut = kShownPath;
    while (cut > 0 && (static_cast<unsigned char>(shown[cut]) & 0xC0) == 0x80) --cut;
    shown = shown.substr(0, cut) + "…";
  }
  return Printable(shown.empty() ? message : shown + ": " + message);
}

std::string Summarize(const Errors& errors) {
  if (errors.empty()) return "unknown error";
  std::string line = errors.front().ToString();
  if (errors.size() > 1) {
    line += " (and " + std::to_string(errors.size() - 1) + " more)";
  }
  return line;
}

}  // namespace couverture
