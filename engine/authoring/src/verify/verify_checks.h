// The verifier's checks, one file each (internal). Each appends findings.
#ifndef COUVERTURE_AUTHORING_VERIFY_CHECKS_H_
#define COUVERTURE_AUTHORING_VERIFY_CHECKS_H_

#include <array>
#include <string>
#include <vector>

#include "couverture/authoring/coverage.h"
#include "couverture/authoring/verify.h"
#include "couverture/detail/model.h"

namespace couverture::authoring {

// What the flow tells about the rows: per decision, which rows decide some class, and whether
// the flow was explored in full.
struct FlowFacts {
  std::vector<std::vector<bool>> decides;  // [decision][row]
  bool complete = true;
};

// Gaps, useless and never-asked questions, and what the node limit left unexplored.
FlowFacts CheckFlow(const Ruleset& rules, const detail::Flow& flow, Verification& out);

// Dead rows and precedence choices, by searching the classes row by row. Returns, per decision,
// the rows that can decide as far as the searches could tell.
std::vector<std::vector<bool>> CheckRows(const Ruleset& rules, const FlowFacts& facts,
                                         const VerifyOptions& options, Verification& out);

// Outcome texts, citations, sources and parameters never used; rows and items without a
// citation; questions no row refers to; rows resting on an inference or a university page only;
// texts with control or bidirectional-override characters.
void CheckTexts(const Ruleset& rules, const std::vector<std::vector<bool>>& live,
                Verification& out);

// The publisher kinds `check` knows, in the order the guide for authors lists them.
inline constexpr std::array<const char*, 5> kPublisherKinds = {
    "official", "university", "association", "press", "commercial"};
bool KnownPublisher(const std::string& kind);

// Publishers the checker does not know; citations that present a non-official page as official;
// dated values without a citation, or resting on a non-official page without a note saying so.
void CheckEvidence(const Ruleset& rules, Verification& out);

// Validity period and review date against `today`; parameters with no value inside the validity
// period; values carried forward.
void CheckDates(const Ruleset& rules, const std::string& today, Verification& out);

// "“Origin” (origin)": a question as the verifier's messages name it.
std::string QuestionName(const detail::Model& model, int question);

// "row 3 \"over_28\"", and in a ruleset of several decisions "row 3 \"over_28\" of decision
// \"health\"".
std::string RowName(const detail::Model& model, int decision, int row);

// The shortest path from the flow's root to each node ({} for nodes not reached).
std::vector<FlowPath> ShortestPaths(const detail::Flow& flow);

// The answers a path stands for, as JSON.
std::string Example(const Ruleset& rules, const FlowPath& path);

}  // namespace couverture::authoring

#endif  // COUVERTURE_AUTHORING_VERIFY_CHECKS_H_
