// A page's visible text: HTML through libxml2's HTML parser, PDF through poppler, plain text as
// is; every charset converted to UTF-8. One paragraph (block) per line, so that two versions diff
// paragraph by paragraph and a snapshot reads as the page does.
#ifndef COUVERTURE_SOURCES_PAGE_TEXT_H_
#define COUVERTURE_SOURCES_PAGE_TEXT_H_

#include <string>

#include "couverture/error.h"

namespace couverture::sources {

struct PageText {
  std::string kind;  // "html", "pdf" or "text"
  std::string text;  // UTF-8, one block per line, whitespace within a line collapsed
};

// `content_type` is the HTTP header (its charset is used); a body starting with "%PDF-" is read as
// a PDF whatever it says. Other types (images, archives) are an error naming the type.
Result<PageText> ExtractText(const std::string& body, const std::string& content_type);

// The parts of ExtractText, for tests.
std::string HtmlText(const std::string& html, const std::string& charset);  // "" charset: sniff
Result<std::string> PdfText(const std::string& pdf);

// A PDF of more pages than this is read up to it.
inline constexpr int kPdfPages = 500;

}  // namespace couverture::sources

#endif  // COUVERTURE_SOURCES_PAGE_TEXT_H_
