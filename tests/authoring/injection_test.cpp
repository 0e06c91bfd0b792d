// What a ruleset's texts can make of the outputs the authoring tools print: a spreadsheet that
// opens `table --csv` sees text, not formulas; a Markdown page that shows `table` or `diff` shows
// the characters, not HTML or links; Graphviz draws a DOT label as exactly its text.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "couverture/authoring/diff.h"
#include "couverture/authoring/graph.h"
#include "couverture/authoring/table.h"
#include "couverture/date.h"
#include "small_rulesets.h"

namespace couverture::authoring {
namespace {

using small::J;
using small::Load;
using small::Small;
using testing_rulesets::Text;

// Small() with option labels an attacker (or a careless copy and paste) could write, and a number
// question whose classes are negative ranges.
J Hostile() {
  J json = Small();
  json["questions"][0]["options"][0]["label"] =
      Text("=HYPERLINK(\"http://evil.example/\",\"Yes\")");
  json["questions"][0]["options"][1]["label"] = Text("@SUM(1)");
  json["questions"][1] = {{"id", "age"},           {"type", "number"}, {"label", Text("?")},
                          {"short", Text("+1+1")}, {"min", -10},       {"max", 120}};
  json["rules"][1]["when"] = {{"age", {{">", -5}}}};
  json["rules"].insert(json["rules"].begin() + 1,
                       small::Rule("low", {{"age", {{"<=", -1}}}}, "maybe"));
  return json;
}

// The cells of RFC 4180 CSV, as a spreadsheet reads them (quotes removed).
std::vector<std::string> CsvCells(const std::string& csv) {
  std::vector<std::string> cells(1);
  bool quoted = false;
  for (std::size_t i = 0; i < csv.size(); ++i) {
    char c = csv[i];
    if (quoted) {
      if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') {
        cells.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cells.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',' || c == '\n') {
      cells.emplace_back();
    } else if (c != '\r') {
      cells.back() += c;
    }
  }
  return cells;
}

TEST(Injection, CsvCellsASpreadsheetWouldReadAsFormulasAreText) {
  std::string csv = CoverageCsv(Load(Hostile()), 0);
  EXPECT_NE(csv.find("\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"Yes\"\")\""),
            std::string::npos)
      << csv;
  EXPECT_NE(csv.find(",\"'@SUM(1)\","), std::string::npos) << csv;
  // An honest negative range, and a question id or label, alike.
  EXPECT_NE(csv.find(",\"'-5 < x \u2264 -1\","), std::string::npos) << csv;
  EXPECT_NE(csv.find(",\u2264 -5,"), std::string::npos) << csv;  // starts with ≤: as it is
  for (const std::string& cell : CsvCells(csv)) {
    EXPECT_FALSE(!cell.empty() && std::string("=+-@\t\r").find(cell.front()) != std::string::npos)
        << cell;
  }
}

TEST(Injection, MarkdownTablesShowHtmlAndLinksAsText) {
  J json = Small();
  json["title"] = Text("<script>alert(1)</script>");
  json["questions"][0]["options"][0]["label"] = Text("<img src=x onerror=alert(1)>");
  json["questions"][0]["options"][1]["label"] =
      Text("[pay here](https://evil.example) `x` &#x3C;b&#x3E; a|b");
  std::string md = CoverageMarkdown(Load(json), 0);
  EXPECT_EQ(md.find("<script>"), std::string::npos) << md;
  EXPECT_EQ(md.find("<img"), std::string::npos) << md;
  EXPECT_NE(md.find("# &lt;script>alert(1)&lt;/script> (small 1)"), std::string::npos) << md;
  EXPECT_NE(md.find("| &lt;img src=x onerror=alert(1)> |"), std::string::npos) << md;
  EXPECT_NE(md.find("| \\[pay here\\](https://evil.example) \\`x\\` &amp;#x3C;b&amp;#x3E; a\\|b |"),
            std::string::npos)
      << md;
  // What people read stays as it was: "< 3", "≥ 18", ids with underscores.
  EXPECT_NE(md.find("| \u2264 17 |"), std::string::npos) << md;
}

TEST(Injection, MarkdownDiffsShowHtmlAsText) {
  J edited = Small();
  edited["rules"][2]["title"] = Text("<img src=x onerror=alert(1)> <script>");
  edited["questions"][0]["options"][1]["label"] = Text("<b>B</b>");
  edited["rules"][1]["when"] = {{"age", {{">", 20}}}};
  Result<RulesetDiff> diff = Diff(Load(Small()), Load(edited), {});
  ASSERT_TRUE(diff.ok());
  std::string md = DiffMarkdown(diff.value());
  EXPECT_EQ(md.find("<img"), std::string::npos) << md;
  EXPECT_EQ(md.find("<script"), std::string::npos) << md;
  EXPECT_EQ(md.find("<b>"), std::string::npos) << md;
  EXPECT_NE(md.find("  - new: &lt;img src=x onerror=alert(1)> &lt;script>"), std::string::npos)
      << md;
  EXPECT_NE(md.find("Kind: &lt;b>B&lt;/b>"), std::string::npos) << md;
}

// Graphviz reads HTML character references in every label: "&#x3C;script&#x3E;" was drawn as
// "<script>". The & is written &amp;, which Graphviz draws as &.
TEST(Injection, DotLabelsAreDrawnAsExactlyTheirText) {
  J json = Small();
  json["questions"][0]["short"] = Text("&#x3C;script&#x3E; &amp; \\N \"q\"");
  std::string dot = FlowDot(Load(json), 0, *Date::Parse("2026-01-01"));
  EXPECT_NE(dot.find("[label=\"&amp;#x3C;script&amp;#x3E; &amp;amp; \\\\N \\\"q\\\"\""),
            std::string::npos)
      << dot;
  EXPECT_EQ(dot.find("&#x3C;"), std::string::npos) << dot;
}

}  // namespace
}  // namespace couverture::authoring
