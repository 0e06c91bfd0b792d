#include "dot_label.h"

#include <string>

#include "couverture/error.h"

namespace couverture::authoring {

std::string DotLabel(const std::string& text) {
  std::string out = "\"";
  for (char c : Printable(text, /*keep_layout=*/true)) {
    if (c == '\n') {
      out += "\\n";  // a line break in a Graphviz label
      continue;
    }
    if (c == '&') {
      out += "&amp;";
      continue;
    }
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

}  // namespace couverture::authoring
