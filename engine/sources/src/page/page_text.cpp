// Which reader a response needs, from its type (and a PDF's signature), and the charset of plain
// text converted with iconv (libxml2 converts HTML itself, from the header or the page's <meta>).
#include "couverture/sources/page_text.h"

#include <errno.h>
#include <iconv.h>

#include <algorithm>
#include <cctype>

#include "text_lines.h"

namespace couverture::sources {
namespace {

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// "text/html; charset=ISO-8859-1" → type "text/html", charset "iso-8859-1".
void SplitContentType(const std::string& header, std::string& type, std::string& charset) {
  std::string lower = Lower(header);
  type = lower.substr(0, lower.find(';'));
  type.erase(0, type.find_first_not_of(" \t"));
  type.erase(type.find_last_not_of(" \t") + 1);
  std::size_t at = lower.find("charset=");
  if (at == std::string::npos) return;
  charset = lower.substr(at + 8);
  charset = charset.substr(0, charset.find_first_of("; \t"));
  charset.erase(std::remove(charset.begin(), charset.end(), '"'), charset.end());
}

Result<std::string> ToUtf8(const std::string& bytes, const std::string& charset) {
  if (charset.empty() || charset == "utf-8" || charset == "utf8" || charset == "us-ascii") {
    return bytes;
  }
  iconv_t cd = iconv_open("UTF-8", charset.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return Error{"", "unknown charset " + charset};
  std::string out(bytes.size() * 4 + 16, '\0');
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size(), out_left = out.size();
  char* at = out.data();
  while (in_left > 0) {
    if (iconv(cd, &in, &in_left, &at, &out_left) == static_cast<std::size_t>(-1)) {
      if (errno == EILSEQ || errno == EINVAL) {  // a byte the charset does not have: skipped
        ++in;
        --in_left;
        continue;
      }
      break;
    }
  }
  iconv_close(cd);
  out.resize(out.size() - out_left);
  return out;
}

}  // namespace

Result<PageText> ExtractText(const std::string& body, const std::string& content_type) {
  std::string type, charset;
  SplitContentType(content_type, type, charset);
  if (body.rfind("%PDF-", 0) == 0 || type == "application/pdf") {
    Result<std::string> text = PdfText(body);
    if (!text.ok()) return text.errors();
    return PageText{"pdf", text.value()};
  }
  if (type.empty() || type == "text/html" || type == "application/xhtml+xml") {
    return PageText{"html", HtmlText(body, charset)};
  }
  if (type == "text/plain") {
    Result<std::string> utf8 = ToUtf8(body, charset);
    if (!utf8.ok()) return utf8.errors();
    internal::Lines lines;
    const std::string& text = utf8.value();
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      lines.Add(std::string_view(text).substr(start, end - start));
      lines.Break();
      start = end + 1;
    }
    return PageText{"text", lines.Text()};
  }
  return Error{"", "cannot read a page of type " + type + " (HTML, PDF and plain text are read)"};
}

}  // namespace couverture::sources
