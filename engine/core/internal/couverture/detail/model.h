// The compiled model of a ruleset (internal to the engine and its authoring library).
// LoadRuleset() validates the JSON once and flattens it into arrays indexed by small integers, so
// that evaluation never touches JSON or compares strings. Format 1 loads as format 2 with one
// decision.
#ifndef COUVERTURE_CORE_MODEL_H_
#define COUVERTURE_CORE_MODEL_H_

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "couverture/detail/number_format.h"
#include "couverture/ruleset.h"
#include "couverture/vocabulary.h"

namespace couverture::detail {

// A text in every declared language, indexed like Model::languages.
using Text = std::vector<std::string>;

enum class QuestionType : std::uint8_t { kChoice, kBoolean, kInteger, kNumber };

struct Option {
  std::string id;
  Text label;
};

struct Question {
  std::string id;
  QuestionType type = QuestionType::kBoolean;
  std::vector<Option> options;  // kChoice only
  std::optional<double> min;    // kInteger and kNumber only
  std::optional<double> max;
  Text label;
  Text short_label;  // names the question inside explanations and tables
  std::optional<Text> help;
  std::optional<Text> unit;
  std::optional<Text> invalid;  // shown to a student whose answer is rejected
  std::string path;             // "/questions/3"

  int OptionIndex(std::string_view option_id) const;  // -1 when no option has it
};

enum class Op : std::uint8_t { kEq, kNe, kIn, kLt, kLe, kGt, kGe };

// One comparison. An answer test reads one question (choice answers are option indexes and
// booleans 0/1, so every answer is a double); a decision test asks whether another decision
// applies with one of a set of statuses.
struct Test {
  int question = -1;  // -1 for a decision test
  int decision = -1;  // a decision test's decision
  Op op = Op::kEq;
  double value = 0;
  std::uint64_t set = 0;  // kIn: bit i for option i; a decision test: bit i for status i
  std::string path;       // where the test was written, for the verifier's messages
};

// Conditions form a small tree stored flat: a test, or all/any/not of child conditions.
struct Condition {
  enum class Kind : std::uint8_t { kTest, kAll, kAny, kNot };
  Kind kind = Kind::kTest;
  int test = -1;              // kTest
  std::vector<int> children;  // indexes into Model::conditions
};

// A row's `then`. Identical `then`s share one Outcome, so comparing outcomes compares integers.
struct Outcome {
  int status = -1;  // index into Decision::statuses
  int extra = -1;   // index into Decision::extras, -1 when the row gives none
  std::array<std::vector<int>, kListKinds> lists;  // indexes into Decision::items[kind]

  bool operator==(const Outcome& other) const {
    return status == other.status && extra == other.extra && lists == other.lists;
  }
};

struct Rule {
  std::string id;
  Text title;
  Text because;
  int citation = -1;   // index into Model::citations
  int condition = -1;  // index into Model::conditions; -1 means "always"
  int outcome = 0;     // index into Decision::outcomes
  std::string path;    // "/rules/3" or "/decisions/1/rules/3"
};

// When a step or a document is done: the checklist's groups, most urgent first (the order of
// kWhenNames); kUnstated comes last.
enum class When : std::uint8_t {
  kBeforeLeaving,
  kBeforeEnrolling,
  kOnArrival,
  kAfterEnrolling,
  kUnstated,
};
inline constexpr std::array<const char*, 4> kWhenNames = {"before_leaving", "before_enrolling",
                                                          "on_arrival", "after_enrolling"};
// How a status reads: done (nothing more to do), todo (steps follow), ask (the rules cannot say:
// someone must be asked). "" when the ruleset does not say.
inline constexpr std::array<const char*, 3> kToneNames = {"done", "todo", "ask"};

// What a step needs (a document), or its deadline: a text and the citation it rests on.
struct Need {
  Text text;
  int citation = -1;
  std::string path;
};

// A status, a document, a step...: an id with its texts and the sentence it comes from.
struct Item {
  std::string id;
  std::optional<Text> title;
  std::optional<Text> text;
  int citation = -1;
  std::string path;
  // Steps and documents only: their place in the checklist.
  When when = When::kUnstated;
  std::vector<Need> needs;
  std::optional<Need> deadline;
  // Statuses only: one of kToneNames, or "".
  std::string tone;
};

// One table over the shared answers, read top to bottom, first match wins (DMN, hit policy
// FIRST), with its own outcome vocabulary.
struct Decision {
  std::string id;
  Text title;
  std::optional<Text> intro;  // the explanation's first line; else the ruleset's phrase
  int applies = -1;           // condition under which the decision applies; -1: always
  std::vector<Rule> rules;
  std::vector<Outcome> outcomes;
  std::vector<Item> statuses;
  std::vector<Item> extras;  // format 1's extra_insurance
  std::array<std::vector<Item>, kListKinds> items;
  std::string path;  // "" in format 1 (rules at /rules), else "/decisions/<index>"
};

// Where a citation's words come from, and how firmly they establish the rule.
enum class Basis : std::uint8_t { kUnstated, kOfficial, kUniversity, kInference };

// A basis as rulesets and results write it; "" when unstated.
inline const char* BasisName(Basis basis) {
  switch (basis) {
    case Basis::kOfficial: return "official";
    case Basis::kUniversity: return "university";
    case Basis::kInference: return "inference";
    case Basis::kUnstated: break;
  }
  return "";
}

struct Source {
  std::string id;
  std::string title;
  std::string url;  // "" when not given
  std::string language;
  std::string checked;    // ISO date
  std::string publisher;  // "official", "university", "commercial"...; "" when not given
  std::string path;
};

struct Citation {
  std::string id;
  Text section;
  Text quote;       // the source's own words in its language; translations in the others
  int source = -1;  // index into Model::sources
  Basis basis = Basis::kUnstated;
  std::string path;
};

// A named value that changes with time, as texts show it: {cvec_amount} → "€105".
struct Period {
  std::string from;  // ISO date
  double value = 0;
  std::optional<Text> label;  // "2025-26"
  // A value carried forward from the previous period because the next one is not published;
  // texts say so with `note`, which any period may carry (e.g. "found on non-official sites only").
  bool carried_forward = false;
  std::optional<Text> note;
  int citation = -1;
  std::string path;
};

struct Parameter {
  std::string id;
  NumberStyle style = NumberStyle::kNumber;
  std::string currency;         // kAmount: ISO 4217 code
  std::vector<Period> periods;  // in date order, without overlap
  std::string path;
};

// Fixed sentences the explanation is built from; {rule}, {question}, {answer}, {winner} are
// filled. `university` and `inference` qualify a citation with that basis.
struct Phrases {
  Text yes, no, not_applicable, overridden, pending, order;
  std::optional<Text> university, inference;
};

struct Metadata {
  int format = 1;
  std::string id;
  std::string version;
  Text title;
  std::optional<std::string> valid_from, valid_until, review_by;  // ISO dates
  // Shown first wherever the ruleset is used: e.g. that these rules no longer apply.
  std::optional<Text> notice;
  // Format 2: where students get help with the steps (a university's office), which the widget
  // shows unless the page gives its own contact-* attributes.
  struct Contact {
    std::optional<Text> name, hours;
    std::string email, url;
  };
  std::optional<Contact> contact;
};

// A question's domain cut into the classes the rules can tell apart: options for a choice,
// false/true for a boolean, intervals between the constants the tests use for a number.
struct Classes {
  std::vector<double> representative;  // one answer value standing for each class
  // Numeric questions: class i holds the values up to upper[i] (inclusive when upper_closed[i]);
  // the last class has no entry and holds everything above.
  std::vector<double> upper;
  std::vector<std::uint8_t> upper_closed;  // booleans; std::vector<bool> costs code size
};

// What a flow node knows of one decision: what every leaf below agrees on.
struct NodeDecision {
  Applies applies = Applies::kUnknown;
  bool complete = false;  // every leaf below has the same row (or none) for this decision
  int rule = -1;          // complete: the deciding row, -1 for a gap or when it does not apply
  int status = -1;
  int extra = -1;
  int outcome = -1;  // orders the items: a leaf's outcome
  std::array<std::uint64_t, kListKinds> certain{};
};

// A node of the question flow: the question to ask next, or a leaf where every decision is
// settled. Identical subtrees are shared, so the flow is a DAG whose size is the number of
// distinct situations rather than of answer combinations.
struct FlowNode {
  int question = -1;                    // -1 for a leaf
  std::vector<int> children;            // one per class of `question`
  std::vector<NodeDecision> decisions;  // one per decision
  std::vector<int> next;                // questions below, most decisive (closest) first
  std::uint64_t below = 0;              // mask of the questions asked below
  bool explored = true;                 // false where the node limit stopped exploration
};

struct Flow {
  std::vector<FlowNode> nodes;
  int root = -1;
  bool truncated = false;    // a limit stopped it (FlowLimits)
  bool out_of_work = false;  // the limit was its work, not its nodes
};

struct Model {
  Metadata meta;
  std::vector<std::string> languages;
  std::vector<NumberFormat> number_formats;  // per language
  std::vector<Source> sources;
  std::vector<Question> questions;
  std::vector<Test> tests;
  std::vector<Condition> conditions;
  std::vector<Decision> decisions;
  std::vector<Citation> citations;
  std::vector<Parameter> parameters;
  Phrases phrases;
  std::vector<Classes> classes;  // per question
  Flow flow;                     // from no answers, built at load time

  // Found while loading, for the verifier: how many texts name each parameter, and the paths of
  // texts holding control or bidirectional-override characters.
  std::vector<int> parameter_uses;
  std::vector<std::string> suspicious_texts;

  int QuestionIndex(std::string_view id) const;
  int LanguageIndex(std::string_view tag) const;
  int DecisionIndex(std::string_view id) const;
  int CitationIndex(std::string_view id) const;
  int ParameterIndex(std::string_view id) const;
};

struct ModelAccess {
  static const Model& Of(const Ruleset& rules) { return *rules.model_; }
  static Ruleset Wrap(std::shared_ptr<const Model> model) { return Ruleset(std::move(model)); }
};

inline const Model& ModelOf(const Ruleset& rules) { return ModelAccess::Of(rules); }

}  // namespace couverture::detail

#endif  // COUVERTURE_CORE_MODEL_H_
