// The coverage matrix: one line per equivalence class with the answers on its path and its
// outcome, so staff can review the whole policy on one page.
#ifndef COUVERTURE_TABLE_H_
#define COUVERTURE_TABLE_H_

#include <string>

#include "couverture/coverage.h"
#include "couverture/ruleset.h"

namespace couverture {

// A Markdown table, texts in language `lang`; a note follows it when rows were left out.
std::string CoverageMarkdown(const Ruleset& rules, const Coverage& coverage, int lang);

// The same as CSV (RFC 4180) with question ids as headers; a final "# ..." line notes rows left
// out.
std::string CoverageCsv(const Ruleset& rules, const Coverage& coverage, int lang);

}  // namespace couverture

#endif  // COUVERTURE_TABLE_H_
