#include "couverture/error.h"

namespace couverture {

std::string Error::ToString() const { return path.empty() ? message : path + ": " + message; }

std::string Summarize(const Errors& errors) {
  if (errors.empty()) return "unknown error";
  std::string line = errors.front().ToString();
  if (errors.size() > 1) {
    line += " (and " + std::to_string(errors.size() - 1) + " more)";
  }
  return line;
}

}  // namespace couverture
