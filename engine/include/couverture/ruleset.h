// The compiled, immutable model of a ruleset. LoadRuleset() validates the JSON once and flattens it
// into arrays indexed by small integers, so that evaluation never touches JSON or compares strings.
#ifndef COUVERTURE_RULESET_H_
#define COUVERTURE_RULESET_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "couverture/error.h"

namespace couverture {

// Answers are kept in 64-bit masks, so a ruleset has at most this many questions and a choice
// question at most this many options.
inline constexpr int kMaxQuestions = 64;
inline constexpr int kMaxOptions = 64;

// A text in every declared language, indexed like Ruleset::languages.
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
  // Shown to a student whose answer is rejected; the engine's own message is for developers.
  std::optional<Text> invalid;
};

enum class Op : std::uint8_t { kEq, kNe, kIn, kLt, kLe, kGt, kGe };

// One comparison of one question's answer with a constant. Choice answers are option indexes and
// booleans are 0/1, so every answer is a double.
struct Test {
  int question = 0;
  Op op = Op::kEq;
  double value = 0;
  std::uint64_t options = 0;  // kIn: bit i set when option i is accepted
  std::string path;           // where the test was written, for the verifier's messages
};

// Conditions form a small tree stored flat: a test, or all/any/not of child conditions.
struct Condition {
  enum class Kind : std::uint8_t { kTest, kAll, kAny, kNot };
  Kind kind = Kind::kTest;
  int test = -1;              // kTest
  std::vector<int> children;  // indexes into Ruleset::conditions
};

// The outcome categories the result reports. Lists keep the order the rule wrote them in.
enum ListKind : int { kDocuments, kAlternatives, kSteps, kAdvice, kListKinds };
inline constexpr std::array<const char*, kListKinds> kListNames = {"documents", "alternatives",
                                                                   "steps", "advice"};

// A rule's `then`. Identical `then`s share one Outcome, so comparing outcomes compares integers.
struct Outcome {
  int status = -1;           // index into Ruleset::statuses
  int extra_insurance = -1;  // index into Ruleset::extra_insurance, or -1 when the rule omits it
  std::array<std::vector<int>, kListKinds> lists;  // indexes into Ruleset::items[kind]

  bool operator==(const Outcome& other) const {
    return status == other.status && extra_insurance == other.extra_insurance &&
           lists == other.lists;
  }
};

struct Rule {
  std::string id;
  Text title;
  Text because;
  int source = -1;     // index into Ruleset::citations
  int condition = -1;  // index into Ruleset::conditions; -1 means "always"
  int outcome = 0;     // index into Ruleset::outcomes
};

// A status, a document, a step...: an id with its texts and the sentence it comes from.
struct Item {
  std::string id;
  std::optional<Text> title;
  std::optional<Text> text;
  int source = -1;  // index into Ruleset::citations, -1 when none
};

struct Citation {
  std::string id;
  Text section;
  Text quote;  // the source's own words in its language; translations in the others
};

// Fixed sentences the explanation is built from; {rule}, {question}, {answer}, {winner} are filled.
struct Phrases {
  Text yes, no, not_applicable, overridden, pending, order;
};

struct Metadata {
  std::string id;
  std::string version;
  Text title;
  std::string source_title;
  std::string source_url;                                         // "" when not given
  std::string source_language;                                    // one of the declared languages
  std::string source_checked;                                     // ISO date
  std::optional<std::string> valid_from, valid_until, review_by;  // ISO dates
};

// A question's domain cut into the classes that the rules can tell apart: options for a choice,
// false/true for a boolean, intervals between the constants the tests use for a number.
struct Classes {
  std::vector<double> representative;  // one answer value standing for each class
  // Numeric questions: class i holds the values up to upper[i] (inclusive when upper_closed[i]);
  // the last class has no entry and holds everything above.
  std::vector<double> upper;
  std::vector<bool> upper_closed;
};

// A node of the question flow: the question to ask next, or a leaf where the outcome is settled.
// Identical subtrees are shared, so the flow is a DAG whose size is the number of distinct
// situations rather than of answer combinations.
struct FlowNode {
  int question = -1;          // -1 for a leaf
  std::vector<int> children;  // one per class of `question`, indexes into Flow::nodes
  int rule = -1;              // leaf: the deciding rule
  int outcome = -1;           // leaf: its outcome; inner node: the first leaf's (orders the lists)
  int status = -1;            // settled status, -1 while leaves below disagree
  int extra_insurance = -1;   // settled extra-insurance advice, -1 while open
  std::array<std::uint64_t, kListKinds> certain{};  // items every leaf below reports
  std::vector<int> next;    // questions below, most decisive (closest) first
  std::uint64_t below = 0;  // mask of the questions asked below
  bool explored = true;     // false where the node limit stopped exploration
};

struct Flow {
  std::vector<FlowNode> nodes;
  int root = -1;
  bool truncated = false;  // the node limit was reached; see BuildFlow
};

struct Ruleset {
  Metadata meta;
  std::vector<std::string> languages;
  std::vector<Question> questions;
  std::vector<Test> tests;
  std::vector<Condition> conditions;
  std::vector<Rule> rules;
  std::vector<Outcome> outcomes;
  std::vector<Item> statuses;
  std::vector<Item> extra_insurance;
  std::array<std::vector<Item>, kListKinds> items;
  std::vector<Citation> citations;
  Phrases phrases;
  // Each numeric or choice question's domain cut into the classes the tests can tell apart.
  std::vector<Classes> classes;
  // The question flow from no answers, built at load time; see flow.h.
  Flow flow;

  // Lookups by id for the API edges (answers, CLI); -1 when absent.
  int QuestionIndex(std::string_view id) const;
  int LanguageIndex(std::string_view lang) const;
};

// Parses, validates and compiles a ruleset. Every problem found is reported with its JSON path;
// malformed JSON is reported with its line and column.
Result<Ruleset> LoadRuleset(std::string_view json);

// The ruleset compiled into the library: the university's student-services page, as compact JSON.
std::string_view DefaultRulesetJson();

// The same, indented two spaces a level, for an author to read and edit.
std::string DefaultRulesetForEditing();

}  // namespace couverture

#endif  // COUVERTURE_RULESET_H_
