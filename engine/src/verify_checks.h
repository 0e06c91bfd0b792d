// The verifier's checks, one file each (private to the engine). Each appends findings.
#ifndef COUVERTURE_VERIFY_CHECKS_H_
#define COUVERTURE_VERIFY_CHECKS_H_

#include <string>
#include <vector>

#include "couverture/coverage.h"
#include "couverture/ruleset.h"
#include "couverture/verify.h"

namespace couverture {

// What the flow tells about the rows: which rows decide some class (`decides`), and whether it
// was explored in full.
struct FlowFacts {
  std::vector<bool> decides;  // by rule
  bool complete = true;
};

// Gaps, useless and never-asked questions, and what the node limit left unexplored.
FlowFacts CheckFlow(const Ruleset& rules, const Flow& flow, Verification& out);

// Dead rows and precedence choices, by searching the classes row by row.
// Returns the rows that can decide, as far as the searches could tell.
std::vector<bool> CheckRows(const Ruleset& rules, const FlowFacts& facts,
                            const VerifyOptions& options, Verification& out);

// Outcome texts and citations never used, rows and items without a citation, questions no row
// refers to.
void CheckTexts(const Ruleset& rules, const std::vector<bool>& live_rules, Verification& out);

// Validity period and review date against `today`.
void CheckDates(const Ruleset& rules, const std::string& today, Verification& out);

// "“Origin” (origin)": a question as the verifier's messages name it.
std::string QuestionName(const Ruleset& rules, int question);

// The shortest path from the flow's root to each node ({} for nodes not reached).
std::vector<FlowPath> ShortestPaths(const Flow& flow);

}  // namespace couverture

#endif  // COUVERTURE_VERIFY_CHECKS_H_
