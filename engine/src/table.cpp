// The coverage matrix as Markdown or CSV. Both share one grid of cells; only quoting differs.
#include "couverture/table.h"

#include <cstdio>
#include <string>
#include <vector>

#include "couverture/flow.h"
#include "outcome_ids.h"

namespace couverture {
namespace {

using Grid = std::vector<std::vector<std::string>>;

std::string Join(const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "" : " ") + id;
  return out;
}

// Only questions some class is asked about get a column, in the ruleset's order.
std::vector<int> Columns(const Ruleset& rules, const Coverage& coverage) {
  std::vector<bool> asked(rules.questions.size(), false);
  for (const CoverageRow& row : coverage.rows) {
    for (const auto& step : row.path) asked[step.first] = true;
  }
  std::vector<int> columns;
  for (std::size_t q = 0; q < asked.size(); ++q) {
    if (asked[q]) columns.push_back(static_cast<int>(q));
  }
  return columns;
}

Grid MakeGrid(const Ruleset& rules, const Coverage& coverage, int lang, bool header_ids) {
  std::vector<int> columns = Columns(rules, coverage);
  Grid grid;
  std::vector<std::string> header = {"#"};
  for (int q : columns) {
    header.push_back(header_ids ? rules.questions[q].id : rules.questions[q].short_label[lang]);
  }
  for (const char* name : {"status", "rule"}) header.push_back(name);
  for (const char* name : kListNames) header.push_back(name);
  header.push_back("extra_insurance");
  grid.push_back(header);
  for (std::size_t i = 0; i < coverage.rows.size(); ++i) {
    const CoverageRow& row = coverage.rows[i];
    std::vector<std::string> line = {std::to_string(i + 1)};
    for (int q : columns) {
      std::string cell = "\u2014";  // not asked on this path: every answer leads here
      for (const auto& [question, cls] : row.path) {
        if (question == q) cell = ClassLabel(rules, q, cls, lang);
      }
      line.push_back(cell);
    }
    OutcomeIds ids = RowOutcome(rules, row);
    if (!row.explored) {
      line.push_back("(not explored: node limit)");
      line.push_back("");
    } else if (row.rule < 0) {
      line.push_back("(none: GAP)");
      line.push_back("");
    } else {
      line.push_back(ids.status);
      line.push_back(ids.rule);
    }
    for (const auto& list : ids.lists) line.push_back(Join(list));
    line.push_back(ids.extra_insurance);
    grid.push_back(line);
  }
  return grid;
}

std::string Note(const Coverage& coverage) {
  std::string note;
  char total[32];
  std::snprintf(total, sizeof total, "%.0f", coverage.total);
  if (coverage.rows_truncated) {
    note += "Only the first " + std::to_string(coverage.rows.size()) + " of " + total +
            " classes are listed (row limit).";
  }
  if (coverage.flow_truncated) {
    note += std::string(note.empty() ? "" : " ") +
            "The question flow reached its node limit: rows marked \"not explored\" stand for "
            "classes that were not enumerated.";
  }
  return note;
}

std::string MarkdownCell(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '|') out += '\\';
    out += c;
  }
  return out;
}

std::string CsvCell(const std::string& text) {
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::string CoverageMarkdown(const Ruleset& rules, const Coverage& coverage, int lang) {
  Grid grid = MakeGrid(rules, coverage, lang, /*header_ids=*/false);
  std::string out =
      "# " + rules.meta.title[lang] + " (" + rules.meta.id + " " + rules.meta.version + ")\n\n";
  for (std::size_t r = 0; r < grid.size(); ++r) {
    out += "|";
    for (const std::string& cell : grid[r]) out += " " + MarkdownCell(cell) + " |";
    out += "\n";
    if (r == 0) {
      out += "|";
      for (std::size_t c = 0; c < grid[r].size(); ++c) out += c == 0 ? "--:|" : "---|";
      out += "\n";
    }
  }
  out += "\n\u2014 : not asked on that path (any answer leads to the same outcome).\n";
  std::string note = Note(coverage);
  if (!note.empty()) out += "\n" + note + "\n";
  return out;
}

std::string CoverageCsv(const Ruleset& rules, const Coverage& coverage, int lang) {
  Grid grid = MakeGrid(rules, coverage, lang, /*header_ids=*/true);
  std::string out;
  for (const auto& line : grid) {
    for (std::size_t c = 0; c < line.size(); ++c) {
      // An empty cell reads better than a dash in a spreadsheet.
      const std::string& cell = line[c] == "\u2014" ? std::string() : line[c];
      out += (c ? "," : "") + CsvCell(cell);
    }
    out += "\r\n";
  }
  std::string note = Note(coverage);
  if (!note.empty()) out += "# " + note + "\r\n";
  return out;
}

}  // namespace couverture
