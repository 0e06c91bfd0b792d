// Reading pages: visible HTML text by paragraph, charsets, plain text, refused types.
#include "couverture/sources/page_text.h"

#include <gtest/gtest.h>

namespace couverture::sources {
namespace {

TEST(PageText, HtmlKeepsVisibleTextOneBlockPerLine) {
  std::string html =
      "<!DOCTYPE html><html><head><title>T</title><style>p{color:red}</style>"
      "<script>var s = 'secret';</script></head><body>"
      "<h1>Student  health\n cover</h1>"
      "<p>Le montant est de <strong>105</strong>&nbsp;&euro;<br>pour 2025-2026.</p>"
      "<ul><li>One</li><li>Two <em>and</em> three</li></ul>"
      "<div hidden>Hidden</div><span aria-hidden=\"true\">icon</span><noscript>No JS</noscript>"
      "<table><tr><td>A</td><td>B</td></tr></table>"
      "<!-- a comment --></body></html>";
  EXPECT_EQ(HtmlText(html, ""),
            "Student health cover\n"
            "Le montant est de 105\xC2\xA0\xE2\x82\xAC\n"
            "pour 2025-2026.\n"
            "One\nTwo and three\nA\nB\n");
}

TEST(PageText, HtmlCharsetFromTheHeaderOrTheMetaTag) {
  std::string latin1 = "<p>\xC9tudiants \xE9trangers</p>";  // ISO-8859-1 bytes
  EXPECT_EQ(HtmlText(latin1, "iso-8859-1"), "\xC3\x89tudiants \xC3\xA9trangers\n");
  std::string meta =
      "<html><head><meta charset=\"iso-8859-1\"></head><body>" + latin1 + "</body></html>";
  EXPECT_EQ(HtmlText(meta, ""), "\xC3\x89tudiants \xC3\xA9trangers\n");
  Result<PageText> page = ExtractText(latin1, "text/html; charset=ISO-8859-1");
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page.value().kind, "html");
  EXPECT_EQ(page.value().text, "\xC3\x89tudiants \xC3\xA9trangers\n");
}

TEST(PageText, PlainTextInItsCharsetAndOtherTypesRefused) {
  Result<PageText> text =
      ExtractText("Caf\xE9\r\n\r\n  au   lait\n", "text/plain; charset=\"latin1\"");
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(text.value().kind, "text");
  EXPECT_EQ(text.value().text, "Caf\xC3\xA9\nau lait\n");
  Result<PageText> image = ExtractText("GIF89a...", "image/gif");
  ASSERT_FALSE(image.ok());
  EXPECT_EQ(image.errors().front().message,
            "cannot read a page of type image/gif (HTML, PDF and plain text are read)");
  Result<PageText> pdf = ExtractText("%PDF-1.4 but broken", "application/octet-stream");
  ASSERT_FALSE(pdf.ok());
  EXPECT_EQ(pdf.errors().front().message, "not a PDF poppler can read");
}

TEST(PageText, DeepOrMalformedHtmlStillReads) {
  // libxml2 stops at 256 levels of nesting: what comes before is read, nothing crashes.
  std::string deep = "<p>before</p>";
  for (int i = 0; i < 5000; ++i) deep += "<div>";
  deep += "deep text";
  EXPECT_EQ(HtmlText(deep, "").rfind("before\n", 0), 0u);
  std::string nested = "<p>before</p>";
  for (int i = 0; i < 200; ++i) nested += "<div>";
  EXPECT_EQ(HtmlText(nested + "nested text", ""), "before\nnested text\n");
  EXPECT_EQ(HtmlText("<p>unclosed <b>bold <i>both</p><p>next", ""), "unclosed bold both\nnext\n");
  EXPECT_EQ(HtmlText("", ""), "");
}

}  // namespace
}  // namespace couverture::sources
