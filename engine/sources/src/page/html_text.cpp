// Visible text of an HTML page: libxml2's HTML parser (lenient, as browsers are), then a walk
// that keeps text nodes, breaks lines at blocks and <br>, and skips what a reader never sees.
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <cstring>
#include <memory>

#include "couverture/sources/page_text.h"
#include "text_lines.h"

namespace couverture::sources {
namespace {

bool Is(const xmlNode* node, std::initializer_list<const char*> names) {
  const char* name = reinterpret_cast<const char*>(node->name);
  for (const char* n : names) {
    if (std::strcmp(name, n) == 0) return true;
  }
  return false;
}

bool Hidden(const xmlNode* node) {
  if (Is(node, {"script", "style", "noscript", "template", "head", "title", "svg", "math", "iframe",
                "object", "select", "button"})) {
    return true;
  }
  if (xmlHasProp(node, reinterpret_cast<const xmlChar*>("hidden")) != nullptr) return true;
  std::unique_ptr<xmlChar, decltype(xmlFree)> aria(
      xmlGetProp(node, reinterpret_cast<const xmlChar*>("aria-hidden")), xmlFree);
  return aria && std::strcmp(reinterpret_cast<const char*>(aria.get()), "true") == 0;
}

// Elements that start a new paragraph, as a browser lays them out.
bool Block(const xmlNode* node) {
  return Is(node, {"p",        "div",        "section", "article", "aside",  "header",     "footer",
                   "nav",      "main",       "h1",      "h2",      "h3",     "h4",         "h5",
                   "h6",       "ul",         "ol",      "li",      "dl",     "dt",         "dd",
                   "table",    "thead",      "tbody",   "tfoot",   "tr",     "td",         "th",
                   "caption",  "blockquote", "pre",     "address", "figure", "figcaption", "form",
                   "fieldset", "legend",     "details", "summary", "hr",     "body",       "html",
                   "center",   "option"});
}

void Walk(const xmlNode* node, internal::Lines& lines, int depth) {
  for (const xmlNode* n = node; n != nullptr; n = n->next) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content != nullptr) lines.Add(reinterpret_cast<const char*>(n->content));
      continue;
    }
    if (n->type != XML_ELEMENT_NODE || Hidden(n)) continue;
    if (Is(n, {"br"})) {
      lines.Break();
      continue;
    }
    bool block = Block(n);
    if (block) lines.Break();
    // libxml2 itself refuses documents nested deeper than 256 levels.
    if (depth < 512) Walk(n->children, lines, depth + 1);
    if (block) lines.Break();
  }
}

}  // namespace

std::string HtmlText(const std::string& html, const std::string& charset) {
  int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                HTML_PARSE_NOIMPLIED;
  auto parse = [&](const char* encoding) {
    return htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, encoding, options);
  };
  htmlDocPtr doc = parse(charset.empty() ? nullptr : charset.c_str());
  if (doc == nullptr && !charset.empty()) doc = parse(nullptr);  // a charset libxml2 does not know
  if (doc == nullptr) return "";
  std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> owned(doc, xmlFreeDoc);
  internal::Lines lines;
  Walk(doc->children, lines, 0);
  return lines.Text();
}

}  // namespace couverture::sources
