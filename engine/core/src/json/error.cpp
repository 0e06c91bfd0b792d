#include "couverture/error.h"

#include <cstdint>

#include "utf8.h"

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
    detail::Utf8Char c = detail::DecodeUtf8(text, i);
    if (c.length == 0) {
      // Not UTF-8: each byte shown as itself would make the whole line invalid UTF-8.
      Escape(static_cast<unsigned char>(text[i]), "\\x", 2, out);
      ++i;
      continue;
    }
    if (detail::HiddenCharacter(c.code, keep_layout)) {
      Escape(c.code, "\\u", 4, out);
    } else {
      out.append(text.substr(i, c.length));
    }
    i += c.length;
  }
  return out;
}

std::string Error::ToString() const {
  // A path names keys someone wrote, possibly to fill a terminal or a page: a line shows its start.
  constexpr std::size_t kShownPath = 80;
  std::string shown = path;
  if (shown.size() > kShownPath) {
    std::size_t cut = kShownPath;
    while (cut > 0 && detail::ContinuationByte(shown[cut])) --cut;
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
