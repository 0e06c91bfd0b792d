// The evidence map of a ruleset: every source, the citations that quote it, and for each citation
// what rests on it (rows, outcome items, parameter periods) with the students those decide. Staff
// read it to know what a changed page touches; `couverture sources check` attaches it to every
// quote it cannot find.
#ifndef COUVERTURE_AUTHORING_EVIDENCE_H_
#define COUVERTURE_AUTHORING_EVIDENCE_H_

#include <cstddef>
#include <string>
#include <vector>

#include "couverture/ruleset.h"

namespace couverture::authoring {

// The students one row or item reaches: classes of answers of its decision's own flow (the
// classes `couverture table` lists), counted up to the table's row limit, with the first as an
// example.
struct EvidenceStudents {
  std::size_t classes = 0;
  bool truncated = false;       // the decision's classes were not all listed: "at least"
  std::string example;          // "Enrolled: Yes, Exchange: No", in the map's language
  std::string example_answers;  // the same as answers JSON: {"enrolled": true, "exchange": false}
};

struct EvidenceUse {
  enum class Kind { kRow, kItem, kPeriod };
  Kind kind = Kind::kRow;
  std::string decision;       // rows and items
  std::string group;          // items: "documents", "alternatives", "steps" or "advice"
  std::string id;             // the row's or item's id; a period's parameter id
  std::string from;           // periods: the first day it is in force
  std::string until;          // periods: the next period's first day, "" when none follows
  std::string path;           // JSON pointer into the ruleset
  EvidenceStudents students;  // rows and items
  // Periods: the rows and items whose texts show the parameter's value (kind kRow or kItem, with
  // their students), i.e. what students assessed within the period read it in.
  std::vector<EvidenceUse> shown_in;
};

struct EvidenceCitation {
  std::string id;
  std::string section;  // in the map's language
  std::string quote;    // in the source's own language: the words to find on the page
  std::string basis;    // "official", "university", "inference", or "" when not stated
  std::string path;
  std::vector<EvidenceUse> uses;  // rows, then items, then periods, in ruleset order
};

struct EvidenceSource {
  std::string id, title, url, language, checked, publisher, path;  // url, publisher: "" if none
  std::vector<EvidenceCitation> citations;                         // in the ruleset's order
};

struct EvidenceMap {
  std::string ruleset, version;
  int format = 2;
  std::vector<EvidenceSource> sources;  // in the ruleset's order
};

// Language `lang` (an index into the ruleset's languages) names sections and examples.
EvidenceMap MapEvidence(const Ruleset& rules, int lang = 0);

// "health: row eu_ehic", "health: steps register_online", "parameter fee_amount from 2025-09-01".
std::string UseName(const EvidenceUse& use);

// The map for people (one block per source) or for tools (the same fields as JSON).
std::string EvidenceText(const EvidenceMap& map);
std::string EvidenceJson(const EvidenceMap& map, int indent = 2);

// One citation's uses as EvidenceText lists them, one per line, each line starting with `indent`.
std::string EvidenceUsesText(const std::vector<EvidenceUse>& uses, const std::string& indent);

// One citation's uses as a JSON array, in EvidenceJson's shape (for reports that embed them).
std::string EvidenceUsesJson(const std::vector<EvidenceUse>& uses);

}  // namespace couverture::authoring

#endif  // COUVERTURE_AUTHORING_EVIDENCE_H_
