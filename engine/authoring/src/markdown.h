// Text from a ruleset inside the Markdown that `table` and `diff` print (internal).
#ifndef COUVERTURE_AUTHORING_MARKDOWN_H_
#define COUVERTURE_AUTHORING_MARKDOWN_H_

#include <string>
#include <string_view>

namespace couverture::authoring {

// `text` as characters a Markdown renderer shows as they are, never as markup: Printable() (control
// and bidirectional characters escaped), then a < that would start a tag and a & that would start
// a character reference written as entities (renderers pass raw HTML through: <img onerror=…>,
// <script>), and `, [, ] and | (and \ before punctuation) escaped with a backslash: no link,
// image or code span can start, and no table cell can end, inside it. Class labels such as "< 3"
// read as they are.
std::string MarkdownText(std::string_view text);

}  // namespace couverture::authoring

#endif  // COUVERTURE_AUTHORING_MARKDOWN_H_
