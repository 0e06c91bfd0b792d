// The diff's parts, one file each (internal): the joint question space, its exploration, and the
// texts.
#ifndef COUVERTURE_AUTHORING_DIFF_PARTS_H_
#define COUVERTURE_AUTHORING_DIFF_PARTS_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "couverture/answers.h"
#include "couverture/authoring/coverage.h"
#include "couverture/authoring/diff.h"
#include "couverture/detail/model.h"

namespace couverture::authoring {

// The two compiled models, with the language each names things in.
struct DiffSides {
  const detail::Model& old_model;
  const detail::Model& new_model;
  int old_lang = 0;
  int new_lang = 0;
};

// Which option of one side a student gives who picks an option of the other: the one `renamed`
// names, else the one with the same id; -1 where the other side has none.
struct OptionPairing {
  std::vector<int> old_of_new, new_of_old;
  std::vector<std::pair<std::string, std::string>> renamed;  // old id, new id

  bool Same() const {
    return renamed.empty() && old_of_new.size() == new_of_old.size() &&
           std::find(old_of_new.begin(), old_of_new.end(), -1) == old_of_new.end();
  }
  bool SharesAnOption() const {
    return std::any_of(old_of_new.begin(), old_of_new.end(), [](int o) { return o >= 0; });
  }
};

OptionPairing PairOptions(const detail::Question& o, const detail::Question& n,
                          const std::vector<DiffOptions::RenamedOption>& renamed);

// A question of the joint space: one both rulesets share (same id, type and option ids), or one
// side's own (including each side's half of a question whose form differs).
struct JointQuestion {
  std::string id;
  std::string name;       // short label
  int old_question = -1;  // index in the old ruleset; -1 when it does not ask this question
  int new_question = -1;
  // Per joint class: the answer each side stores for it, and how people read it. A shared number
  // is cut at both sides' thresholds, so that each joint class lies in one class of each side.
  std::vector<double> old_values, new_values;
  std::vector<std::string> labels;
  // Per joint class of a choice whose options changed: "" where both sides give the same option;
  // otherwise the old side's option, which `labels` pairs with a new one (an option only one side
  // offers is paired with every option of the other).
  std::vector<std::string> old_labels;
};

struct JointSpace {
  std::vector<JointQuestion> questions;
  std::vector<int> of_old, of_new;  // each side's question index → joint question
  std::vector<QuestionChange> changes;
};

// Options are matched by id, or as `renamed` says (checked by Diff: each names a choice question
// both sides ask, and options each side has).
JointSpace MakeJointSpace(const DiffSides& sides,
                          const std::vector<DiffOptions::RenamedOption>& renamed);

// A decision both rulesets have.
struct DecisionPair {
  int old_decision;
  int new_decision;
};

// A class found by the exploration: its path of (joint question, class), example answers for each
// side, and per decision pair the deciding row on each side (coverage.h's encoding: a row, kGap or
// kNotApplicable).
struct JointClass {
  FlowPath path;
  Answers old_answers, new_answers;
  std::vector<int> old_rows, new_rows;
};

struct Exploration {
  std::vector<JointClass> differing;  // at most the class limit, depth first
  double differing_total = 0;
  double other_row_total = 0;
  double compared_total = 0;
  std::uint64_t changed_pairs = 0;  // bit p: decision pair p differs for some class
  std::size_t nodes = 0;
  bool truncated = false;
  bool out_of_work = false;  // the work limit stopped it, not the node limit
};

Exploration Explore(const DiffSides& sides, const JointSpace& space,
                    const std::vector<DecisionPair>& pairs, std::size_t node_limit,
                    std::size_t work_limit, std::size_t class_limit);

// Texts with the same identity that read differently in the sides' languages, at `date` (ISO, or
// "" for texts as written). A renamed option's label is compared with its old name's.
std::vector<TextChange> CompareTexts(const DiffSides& sides, const std::vector<DecisionPair>& pairs,
                                     const std::vector<DiffOptions::RenamedOption>& renamed,
                                     const std::string& date);

}  // namespace couverture::authoring

#endif  // COUVERTURE_AUTHORING_DIFF_PARTS_H_
