// The coverage matrix as Markdown or CSV, one table per decision. Both share one grid of cells;
// only quoting differs.
#include "couverture/authoring/table.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "couverture/detail/classes.h"
#include "couverture/detail/json_document.h"
#include "couverture/detail/model.h"
#include "markdown.h"
#include "outcome_ids.h"

namespace couverture::authoring {
namespace {

using Grid = std::vector<std::vector<std::string>>;
constexpr const char* kNotAsked = "\u2014";  // not asked on this path: every answer leads here

std::string Join(const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "" : " ") + id;
  return out;
}

// One decision's classes: its own flow when the ruleset has several.
struct DecisionTable {
  int decision;
  Coverage coverage;
};

// `row_limit` bounds the lines of all tables together, shared evenly between decisions, so that
// sixteen decisions print no more than one.
std::vector<DecisionTable> Tables(const Ruleset& rules, std::size_t row_limit) {
  std::vector<DecisionTable> tables;
  std::size_t count = rules.decision_count();
  std::size_t each = std::max<std::size_t>(1, row_limit / count);
  for (std::size_t d = 0; d < count; ++d) {
    int decision = static_cast<int>(d);
    tables.push_back(
        {decision,
         EnumerateCoverage(rules, count > 1 ? std::optional<int>(decision) : std::nullopt, each)});
  }
  return tables;
}

// Only questions some class is asked about get a column, in the ruleset's order.
std::vector<int> Columns(const detail::Model& model,
                         const std::vector<const Coverage*>& coverages) {
  std::vector<bool> asked(model.questions.size(), false);
  for (const Coverage* coverage : coverages) {
    for (const CoverageRow& row : coverage->rows) {
      for (const auto& step : row.path) asked[step.first] = true;
    }
  }
  std::vector<int> columns;
  for (std::size_t q = 0; q < asked.size(); ++q) {
    if (asked[q]) columns.push_back(static_cast<int>(q));
  }
  return columns;
}

std::vector<std::string> Header(const detail::Model& model, const std::vector<int>& columns,
                                int lang, bool ids) {
  std::vector<std::string> header = {"#"};
  for (int q : columns) {
    header.push_back(ids ? model.questions[q].id : model.questions[q].short_label[lang]);
  }
  for (const char* name : {"status", "rule"}) header.push_back(name);
  for (const char* name : kListNames) header.push_back(name);
  header.push_back("extra_insurance");
  return header;
}

void AddRows(const detail::Model& model, const DecisionTable& table,
             const std::vector<int>& columns, int lang, Grid& grid) {
  const Coverage& coverage = table.coverage;
  for (std::size_t i = 0; i < coverage.rows.size(); ++i) {
    const CoverageRow& row = coverage.rows[i];
    std::vector<std::string> line = {std::to_string(i + 1)};
    for (int q : columns) {
      std::string cell = kNotAsked;
      for (const auto& [question, cls] : row.path) {
        if (question == q) cell = detail::ClassLabel(model, q, cls, lang);
      }
      line.push_back(cell);
    }
    int rule = row.rules[table.decision];
    OutcomeIds ids = DecisionOutcome(model, table.decision, rule);
    if (!row.explored || rule == kNotSettled) {
      line.push_back(coverage.flow_out_of_work ? "(not explored: work limit)"
                                               : "(not explored: node limit)");
      line.push_back("");
    } else if (rule == kNotApplicable) {
      line.push_back("(does not apply)");
      line.push_back("");
    } else if (rule == kGap) {
      line.push_back("(none: GAP)");
      line.push_back("");
    } else {
      line.push_back(ids.status);
      line.push_back(ids.rule);
    }
    for (const auto& list : ids.lists) line.push_back(Join(list));
    line.push_back(ids.extra);
    grid.push_back(line);
  }
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
    note += std::string(note.empty() ? "" : " ") + "The question flow reached its " +
            LimitReached(coverage.flow_out_of_work, limits::kFlowNodes, limits::kFlowWork) +
            ": rows marked \"not explored\" stand for "
            "classes that were not enumerated.";
  }
  return note;
}

// A spreadsheet reads a cell that starts with one of these as a formula (=HYPERLINK(…), @SUM(1),
// +1+1, and an honest range such as -5 < x < -1): OWASP's CSV-injection advice is to start such a
// cell with a ' and quote it, which spreadsheets show as text.
bool LooksLikeAFormula(const std::string& cell) {
  return !cell.empty() && std::string_view("=+-@\t\r").find(cell.front()) != std::string_view::npos;
}

std::string CsvCell(const std::string& text) {
  std::string printable = Printable(text);
  bool formula = LooksLikeAFormula(printable);
  if (!formula && printable.find_first_of(",\"\n\r") == std::string::npos) return printable;
  std::string out = formula ? "\"'" : "\"";
  for (char c : printable) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string MarkdownTable(const Grid& grid) {
  std::string out;
  for (std::size_t r = 0; r < grid.size(); ++r) {
    out += "|";
    for (const std::string& cell : grid[r]) out += " " + MarkdownText(cell) + " |";
    out += "\n";
    if (r == 0) {
      out += "|";
      for (std::size_t c = 0; c < grid[r].size(); ++c) out += c == 0 ? "--:|" : "---|";
      out += "\n";
    }
  }
  return out;
}

}  // namespace

std::string CoverageMarkdown(const Ruleset& rules, int lang, std::size_t row_limit) {
  const detail::Model& model = detail::ModelOf(rules);
  std::vector<DecisionTable> tables = Tables(rules, row_limit);
  std::string out = "# " + MarkdownText(model.meta.title[lang]) + " (" + model.meta.id + " " +
                    MarkdownText(model.meta.version) + ")\n\n";
  bool several = tables.size() > 1;
  for (const DecisionTable& table : tables) {
    std::vector<int> columns = Columns(model, {&table.coverage});
    Grid grid = {Header(model, columns, lang, /*ids=*/false)};
    AddRows(model, table, columns, lang, grid);
    const detail::Decision& d = model.decisions[table.decision];
    if (several) out += "## " + MarkdownText(d.title[lang]) + " (`" + d.id + "`)\n\n";
    out += MarkdownTable(grid);
    std::string note = Note(table.coverage);
    if (!note.empty() && several) out += "\n" + note + "\n";
    if (several) out += "\n";
    if (!several) {
      out += "\n\u2014 : not asked on that path (any answer leads to the same outcome).\n";
      if (!note.empty()) out += "\n" + note + "\n";
    }
  }
  if (several) out += "\u2014 : not asked on that path (any answer leads to the same outcome).\n";
  return out;
}

std::string CoverageCsv(const Ruleset& rules, int lang, std::size_t row_limit) {
  const detail::Model& model = detail::ModelOf(rules);
  std::vector<DecisionTable> tables = Tables(rules, row_limit);
  bool several = tables.size() > 1;
  std::vector<const Coverage*> coverages;
  for (const DecisionTable& table : tables) coverages.push_back(&table.coverage);
  std::vector<int> columns = Columns(model, coverages);
  Grid grid = {Header(model, columns, lang, /*ids=*/true)};
  if (several) grid.front().insert(grid.front().begin(), "decision");
  std::string notes;
  for (const DecisionTable& table : tables) {
    std::size_t first = grid.size();
    AddRows(model, table, columns, lang, grid);
    if (several) {
      for (std::size_t r = first; r < grid.size(); ++r) {
        grid[r].insert(grid[r].begin(), model.decisions[table.decision].id);
      }
    }
    std::string note = Note(table.coverage);
    if (!note.empty()) notes += "# " + note + "\r\n";
  }
  std::string out;
  for (const auto& line : grid) {
    for (std::size_t c = 0; c < line.size(); ++c) {
      // An empty cell reads better than a dash in a spreadsheet.
      const std::string& cell = line[c] == kNotAsked ? std::string() : line[c];
      out += (c ? "," : "") + CsvCell(cell);
    }
    out += "\r\n";
  }
  return out + notes;
}

std::string CoverageJson(const Ruleset& rules, int lang, std::size_t row_limit) {
  using detail::Json;
  const detail::Model& model = detail::ModelOf(rules);
  Json tables = Json::array();
  for (const DecisionTable& table : Tables(rules, row_limit)) {
    std::vector<int> columns = Columns(model, {&table.coverage});
    Grid grid;
    AddRows(model, table, columns, lang, grid);
    const detail::Decision& d = model.decisions[table.decision];
    Json rows = Json::array();
    for (const auto& line : grid) rows.push_back(line);
    Json entry = Json::object();
    entry["decision"] = d.id;
    entry["title"] = d.title[lang];
    entry["header"] = Header(model, columns, lang, /*ids=*/false);
    entry["rows"] = std::move(rows);
    entry["total"] = detail::NumberJson(table.coverage.total);
    entry["note"] = Note(table.coverage);
    tables.push_back(std::move(entry));
  }
  Json out = Json::object();
  out["id"] = model.meta.id;
  out["version"] = model.meta.version;
  out["title"] = model.meta.title[lang];
  out["not_asked"] = kNotAsked;
  out["tables"] = std::move(tables);
  return detail::Dump(out);
}

}  // namespace couverture::authoring
