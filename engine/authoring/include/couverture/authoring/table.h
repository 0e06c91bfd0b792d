// The coverage matrix: one line per equivalence class with the answers on its path and its
// outcome, so staff can review the whole policy on one page: one table per decision.
#ifndef COUVERTURE_AUTHORING_TABLE_H_
#define COUVERTURE_AUTHORING_TABLE_H_

#include <cstddef>
#include <string>

#include "couverture/authoring/coverage.h"
#include "couverture/ruleset.h"

namespace couverture::authoring {

// Markdown, texts in language `lang`; a note follows a table when rows were left out. `row_limit`
// bounds the lines of all tables together: each of N decisions lists at most row_limit / N.
std::string CoverageMarkdown(const Ruleset& rules, int lang,
                             std::size_t row_limit = kDefaultRowLimit);

// The same as CSV (RFC 4180) with question ids as headers; a final "# ..." line notes rows left
// out. With several decisions, a first column names the decision of each line.
std::string CoverageCsv(const Ruleset& rules, int lang, std::size_t row_limit = kDefaultRowLimit);

// The same grid as JSON, for a page that draws the tables itself (the rules studio):
// {"id", "version", "title", "not_asked": "—", "tables": [{"decision", "title", "header": [...],
// "rows": [[...]], "total", "note"}]}. Cells are the Markdown's, unescaped.
std::string CoverageJson(const Ruleset& rules, int lang, std::size_t row_limit = kDefaultRowLimit);

}  // namespace couverture::authoring

#endif  // COUVERTURE_AUTHORING_TABLE_H_
