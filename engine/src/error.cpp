#include "couverture/error.h"

namespace couverture {

namespace {

// A message may quote what it was given (a key, an answer): keep it on one line and printable.
std::string Printable(const std::string& text) {
  std::string out;
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F) {
      const char* hex = "0123456789abcdef";
      out += "\\x";
      out += hex[u >> 4];
      out += hex[u & 0xF];
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

std::string Error::ToString() const {
  return Printable(path.empty() ? message : path + ": " + message);
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
