// A PDF's text through poppler's C++ API, page by page, one printed line per line.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <climits>
#include <memory>

#include "couverture/sources/page_text.h"
#include "text_lines.h"

namespace couverture::sources {
namespace {

// poppler reports damaged files on stderr by default; the report says it once, as a value.
void Quiet(const std::string&, void*) {}

}  // namespace

Result<std::string> PdfText(const std::string& pdf) {
  poppler::set_debug_error_function(Quiet, nullptr);
  if (pdf.size() > static_cast<std::size_t>(INT_MAX)) return Error{"", "the PDF is too large"};
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(pdf.data(), static_cast<int>(pdf.size())));
  if (!doc) return Error{"", "not a PDF poppler can read"};
  if (doc->is_locked()) return Error{"", "the PDF is locked with a password"};
  internal::Lines lines;
  int pages = std::min(doc->pages(), kPdfPages);
  for (int i = 0; i < pages; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) continue;
    poppler::byte_array utf8 =
        page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout).to_utf8();
    std::string text(utf8.begin(), utf8.end());
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = text.find_first_of("\n\f", start);
      if (end == std::string::npos) end = text.size();
      lines.Add(std::string_view(text).substr(start, end - start));
      lines.Break();
      start = end + 1;
    }
  }
  return lines.Text();
}

}  // namespace couverture::sources
