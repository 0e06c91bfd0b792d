// The question flow drawn a part at a time, for a flow too large to read whole (the current
// rules': 441 nodes, 37 748 pt wide): one decision's outcomes only, the questions that cannot
// change it folded away; and the flow below one question node only.
#ifndef COUVERTURE_AUTHORING_FLOW_FOCUS_H_
#define COUVERTURE_AUTHORING_FLOW_FOCUS_H_

#include <cstddef>
#include <string>

#include "couverture/authoring/staff_words.h"
#include "couverture/date.h"
#include "couverture/error.h"
#include "couverture/ruleset.h"

namespace couverture::authoring {

struct FlowFocus {
  // A decision's index: leaves where it is settled, showing its outcome (its deciding row and
  // status), and no question whose answer cannot change it. -1: every decision, as FlowDot.
  int decision = -1;
  // A node of the flow to start from, as the drawing names it ("n123" is node 123): what is asked
  // below that question. -1: the flow's root.
  int root = -1;
};

struct FocusedFlow {
  std::string dot;
  std::size_t nodes = 0;  // nodes drawn
  std::size_t edges = 0;
};

// Graphviz DOT as FlowDot draws it (texts in language `lang` at `date`); each node is named
// "n<flow node>" and, for a question, carries id="q<flow node>", for a drawing to start there on
// demand. Words of its own ("does not apply") in `staff`'s language. Errors: a decision or node
// out of range.
Result<FocusedFlow> FocusFlow(const Ruleset& rules, int lang, const Date& date,
                              const FlowFocus& focus, StaffLanguage staff);

}  // namespace couverture::authoring

#endif  // COUVERTURE_AUTHORING_FLOW_FOCUS_H_
