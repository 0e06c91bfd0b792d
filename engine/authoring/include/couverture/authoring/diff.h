// A semantic diff between two rulesets: every class of answers whose outcome differs, with one
// example answer set per ruleset and the rows that decide; the questions and decisions that differ
// in form; and the texts that changed. Pure: the caller reads the files and picks the date.
#ifndef COUVERTURE_AUTHORING_DIFF_H_
#define COUVERTURE_AUTHORING_DIFF_H_

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "couverture/assess.h"
#include "couverture/authoring/coverage.h"
#include "couverture/authoring/parameter_diff.h"
#include "couverture/error.h"
#include "couverture/limits.h"
#include "couverture/ruleset.h"

namespace couverture::authoring {

// Differing classes a diff lists by default: more than a reviewer reads, and each one's outcomes
// for every decision make a long entry.
inline constexpr std::size_t kDiffClassLimit = 1000;

struct DiffOptions {
  // A language both rulesets declare; "" for the first of the old ruleset's that the new one
  // declares too. Texts are compared, and answers named, in it.
  std::string lang;
  // Texts compared in every language both rulesets declare, each change with its language (the
  // studio, where staff edit any language); otherwise in `lang` only.
  bool all_languages = false;
  // ISO date (YYYY-MM-DD) at which texts are read with their parameters' values, so that a new
  // amount shows as a changed text; "" compares texts as written, placeholders and all.
  std::string date;
  // Distinct nodes of the joint exploration, and its work (a step per decision settled, per row
  // read and per test in it, on either side); past either, what is left is reported as not
  // compared.
  std::size_t node_limit = limits::kFlowNodes;
  std::size_t work_limit = 2 * limits::kFlowWork;
  // Differing classes listed; more are counted, not listed.
  std::size_t class_limit = kDiffClassLimit;
  // Decisions compared as one though their ids differ (old id, new id): "main" of a format 1
  // ruleset and "health" of its successor. Decisions with the same id are paired without it.
  std::vector<std::pair<std::string, std::string>> compare;
  // Options of a choice question both rulesets ask that were renamed: the same students pick them,
  // so they are compared as one option. Without it, an old id and a new one are two options, each
  // offered by one side only.
  struct RenamedOption {
    std::string question, old_option, new_option;
  };
  std::vector<RenamedOption> renamed_options;
};

// What a class gets from one decision, by ids ("" for none: a gap, or a decision that does not
// apply).
struct DiffOutcome {
  bool applies = true;
  std::string status, rule, extra;
  std::array<std::vector<std::string>, kListKinds> lists;
};

// One decision both rulesets have, for one class.
struct DecisionChange {
  std::string decision;
  DiffOutcome old_outcome, new_outcome;
  // Whether it applies, its status, items or extra differ. The deciding row alone does not count:
  // students see no difference.
  bool differs = false;
};

// One answer on a class's path.
struct PathStep {
  std::string question;  // id
  std::string name;      // its short label
  std::string side;      // "both", or "old"/"new": a question only that ruleset asks
  std::string answer;    // the class as people read it: "≤ 28", "Quebec"
};

// A class of answers whose outcome differs for some decision.
struct DiffClass {
  std::vector<PathStep> path;
  // Example answers as JSON objects, one per ruleset (a question one side lacks, or asks in
  // another form, cannot be answered to the other): `couverture assess --rules OLD` and `NEW`.
  std::string old_answers, new_answers;
  std::vector<DecisionChange> decisions;  // every decision both rulesets have
};

// A question both rulesets have whose form differs, or a question only one has.
struct QuestionChange {
  std::string id;
  std::string change;              // "added", "removed", "type", "options", "range"
  std::string old_form, new_form;  // "choice (eu, other)", "integer 0–120"; "" when absent
  // Compared as two questions, one per side: a type change, options with none in common, or
  // ranges that do not overlap. Otherwise compared on the answers both accept: numbers in both
  // ranges; options both offer, each with itself, and an option only one side offers with every
  // option of the other (the diff cannot know which one the same student picks there).
  bool separate = false;
  // For an options change: the options only one side offers (all of them when `separate`).
  std::vector<std::string> options_only_old, options_only_new;
  // Options compared as one though their ids differ (DiffOptions::renamed_options): old, new.
  std::vector<std::pair<std::string, std::string>> options_renamed;
};

// A text with the same identity on both sides that reads differently.
struct TextChange {
  std::string path;      // JSON pointer in the new ruleset ("/rules/3/title")
  std::string old_path;  // in the old one, where the text sits elsewhere ("" otherwise)
  std::optional<std::string> old_text, new_text;  // nullopt: that side has none
  std::string lang;  // the language it reads differently in (the new ruleset's tag)
};

struct RulesetIdentity {
  std::string id, version, title;
};

struct RulesetDiff {
  RulesetIdentity old_ruleset, new_ruleset;
  std::string lang;  // the tag texts were compared in; "" when the rulesets share no language
  std::string date;  // texts were read at; "" when none was given or neither ruleset has parameters

  std::vector<DiffClass> classes;  // at most DiffOptions::class_limit
  std::vector<QuestionChange> questions;
  std::vector<std::string> decisions_added, decisions_removed;
  std::vector<TextChange> texts;
  // Dated values whose periods differ, whatever the date (parameter_diff.h).
  std::vector<ParameterChange> parameters;

  double differing_classes = 0;  // all of them, listed or not
  // Classes whose outcome is the same but decided by another row (rows reordered or renamed):
  // counted, not listed, since students see no difference.
  double other_row_classes = 0;
  double compared_classes = 0;                 // joint classes explored to the end
  std::size_t shared_decisions = 0;            // decisions both have, which classes compare
  std::vector<std::string> changed_decisions;  // decisions some class differs for
  std::size_t nodes = 0;                       // distinct nodes of the joint exploration
  std::size_t node_limit = 0, work_limit = 0;  // the DiffOptions it ran with
  bool truncated = false;                      // a limit left classes uncompared
  bool out_of_work = false;                    // that limit was the work limit, not the node limit

  // Some student gets another outcome: a class differs, or a decision was added or removed.
  bool OutcomesDiffer() const {
    return differing_classes > 0 || !decisions_added.empty() || !decisions_removed.empty();
  }
};

// Errors: a language or date the options name that is not usable.
Result<RulesetDiff> Diff(const Ruleset& old_rules, const Ruleset& new_rules,
                         const DiffOptions& options);

// The limit that left classes uncompared (diff.truncated), for messages: "node limit (10000 nodes)"
// or "work limit (4000000 evaluation steps)".
std::string DiffLimitReached(const RulesetDiff& diff);

// Markdown for people: a summary, each differing class, then questions, decisions, dated values
// and texts.
std::string DiffMarkdown(const RulesetDiff& diff);

// {old, new, lang, date, classes, questions, decisions: {added, removed}, parameters, texts,
// summary}.
std::string DiffJson(const RulesetDiff& diff, int indent = -1);

}  // namespace couverture::authoring

#endif  // COUVERTURE_AUTHORING_DIFF_H_
