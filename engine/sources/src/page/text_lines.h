// Building a page's text line by line (internal): runs of whitespace collapse to one space, and
// a break starts a new line unless the current one is empty.
#ifndef COUVERTURE_SOURCES_TEXT_LINES_H_
#define COUVERTURE_SOURCES_TEXT_LINES_H_

#include <string>
#include <string_view>

namespace couverture::sources::internal {

class Lines {
 public:
  void Add(std::string_view text) {
    for (char c : text) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        space_ = !line_.empty();
        continue;
      }
      if (space_) line_ += ' ';
      space_ = false;
      line_ += c;
    }
  }
  void Break() {
    // A line of no-break spaces only is empty too.
    std::string_view nbsp = "\xC2\xA0";
    std::string_view line = line_;
    while (line.size() >= 2 && line.substr(0, 2) == nbsp) line.remove_prefix(2);
    while (line.size() >= 2 && line.substr(line.size() - 2) == nbsp) line.remove_suffix(2);
    while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
    if (!line.empty()) {
      text_.append(line);
      text_ += '\n';
    }
    line_.clear();
    space_ = false;
  }
  std::string Text() {
    Break();
    return std::move(text_);
  }

 private:
  std::string text_, line_;
  bool space_ = false;
};

}  // namespace couverture::sources::internal

#endif  // COUVERTURE_SOURCES_TEXT_LINES_H_
