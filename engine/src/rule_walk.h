// Reading the table top to bottom over partial answers (private to the engine).
#ifndef COUVERTURE_RULE_WALK_H_
#define COUVERTURE_RULE_WALK_H_

#include "couverture/answers.h"
#include "couverture/flow.h"
#include "couverture/ruleset.h"

namespace couverture {

// The first rule that is not false, and whether it is certainly true. rule == -1: no rule can
// match any more, a gap in the table.
struct FirstCandidate {
  int rule = -1;
  bool certain = false;
};
FirstCandidate FindFirstCandidate(const Ruleset& rules, const Answers& answers);

// The test that makes `condition` evaluate to `truth` (the first one, reading left to right):
// for a false `all`, its first false part; for an unknown one, its first unknown part.
int Witness(const Ruleset& rules, int condition, Truth truth, const Answers& answers);

}  // namespace couverture

#endif  // COUVERTURE_RULE_WALK_H_
