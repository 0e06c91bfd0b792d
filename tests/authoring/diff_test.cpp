// The diff on small edits whose effect is known exactly: which classes differ, with which example
// answers, and what the texts, questions and decisions sections say.
#include "couverture/authoring/diff.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "model_access.h"
#include "small_rulesets.h"

namespace couverture::authoring {
namespace {

using small::J;
using small::Load;
using small::Rule;
using small::Small;
using small::Text;

RulesetDiff Compare(const Ruleset& old_rules, const Ruleset& new_rules,
                    const DiffOptions& options = {}) {
  Result<RulesetDiff> diff = Diff(old_rules, new_rules, options);
  EXPECT_TRUE(diff.ok()) << (diff.ok() ? "" : Summarize(diff.errors()));
  return diff.ok() ? std::move(diff).value() : RulesetDiff{};
}

RulesetDiff Compare(const J& old_json, const J& new_json, const DiffOptions& options = {}) {
  return Compare(Load(old_json), Load(new_json), options);
}

// "kind: B, student(new): No": a class's path by question ids, as the tests spell it.
std::string PathOf(const DiffClass& c) {
  std::string text;
  for (const PathStep& step : c.path) {
    text += (text.empty() ? "" : ", ") + step.question +
            (step.side == "both" ? "" : "(" + step.side + ")") + ": " + step.answer;
  }
  return text;
}

const DecisionChange& Main(const DiffClass& c) { return c.decisions.front(); }

// Every example, assessed by its own ruleset, settles every decision both have as the diff says.
void ExpectExamplesAssessAsShown(const J& old_json, const J& new_json) {
  Ruleset old_rules = Load(old_json), new_rules = Load(new_json);
  RulesetDiff diff = Compare(old_rules, new_rules);
  ASSERT_FALSE(diff.classes.empty());
  for (const DiffClass& c : diff.classes) {
    SCOPED_TRACE(PathOf(c));
    for (bool old_side : {true, false}) {
      const Ruleset& rules = old_side ? old_rules : new_rules;
      const std::string& answers = old_side ? c.old_answers : c.new_answers;
      SCOPED_TRACE(answers);
      Assessment a = Assess(rules, testing_model::Parse(rules, answers));
      for (const DecisionChange& d : c.decisions) {
        const DiffOutcome& shown = old_side ? d.old_outcome : d.new_outcome;
        int index = testing_model::M(rules).DecisionIndex(d.decision);
        EXPECT_TRUE(a.decision(index).complete()) << d.decision;
        EXPECT_EQ(a.decision(index).applies() == Applies::kYes, shown.applies) << d.decision;
        if (!shown.applies) continue;
        EXPECT_EQ(testing_model::RuleOf(rules, a, index),
                  shown.rule.empty() ? "(none)" : shown.rule);
      }
    }
  }
}

J Campus() {
  std::ifstream in(std::string(COUVERTURE_SOURCE_DIR) + "/tests/rulesets/campus.json");
  std::stringstream text;
  text << in.rdbuf();
  return J::parse(text.str());
}

J Question(const std::string& id, const std::string& type) {
  return {{"id", id}, {"type", type}, {"label", Text(id + "?")}, {"short", Text(id)}};
}

TEST(Diff, RulesetAgainstItselfHasNoDifference) {
  RulesetDiff diff = Compare(testing_model::UniversityPage(), testing_model::UniversityPage());
  EXPECT_FALSE(diff.OutcomesDiffer());
  EXPECT_TRUE(diff.classes.empty());
  EXPECT_TRUE(diff.questions.empty());
  EXPECT_TRUE(diff.texts.empty());
  EXPECT_TRUE(diff.decisions_added.empty() && diff.decisions_removed.empty());
  EXPECT_EQ(diff.differing_classes, 0);
  EXPECT_EQ(diff.other_row_classes, 0);
  EXPECT_EQ(diff.compared_classes, 10);  // the default ruleset's own classes
  EXPECT_FALSE(diff.truncated);
  EXPECT_EQ(diff.lang, "en");
}

TEST(Diff, MovedThresholdChangesExactlyTheClassesBetween) {
  J moved = Small();
  moved["rules"][1]["when"] = {{"age", {{">", 20}}}};
  RulesetDiff diff = Compare(Small(), moved);
  EXPECT_TRUE(diff.OutcomesDiffer());
  EXPECT_EQ(diff.differing_classes, 1);
  EXPECT_EQ(diff.compared_classes, 4);  // a; b ≤ 17; b 18–20; b ≥ 21
  EXPECT_EQ(diff.changed_decisions, std::vector<std::string>{"main"});
  ASSERT_EQ(diff.classes.size(), 1u);
  const DiffClass& c = diff.classes[0];
  EXPECT_EQ(PathOf(c), "kind: B, age: 18–20");
  EXPECT_EQ(c.old_answers, R"({"kind":"b","age":18})");
  EXPECT_EQ(c.new_answers, c.old_answers);
  ASSERT_EQ(c.decisions.size(), 1u);
  EXPECT_TRUE(Main(c).differs);
  EXPECT_EQ(Main(c).old_outcome.status, "maybe");
  EXPECT_EQ(Main(c).old_outcome.rule, "adult");
  EXPECT_EQ(Main(c).new_outcome.status, "no");
  EXPECT_EQ(Main(c).new_outcome.rule, "otherwise");

  // Backwards, the same class with the outcomes swapped.
  RulesetDiff back = Compare(moved, Small());
  ASSERT_EQ(back.classes.size(), 1u);
  EXPECT_EQ(PathOf(back.classes[0]), "kind: B, age: 18–20");
  EXPECT_EQ(Main(back.classes[0]).old_outcome.status, "no");
}

TEST(Diff, ThresholdMovedDownAndMadeInclusive) {
  J moved = Small();
  moved["rules"][1]["when"] = {{"age", {{">=", 16}}}};
  RulesetDiff diff = Compare(Small(), moved);
  ASSERT_EQ(diff.classes.size(), 1u);
  EXPECT_EQ(PathOf(diff.classes[0]), "kind: B, age: 16–17");
  EXPECT_EQ(diff.classes[0].new_answers, R"({"kind":"b","age":16})");
  EXPECT_EQ(Main(diff.classes[0]).old_outcome.status, "no");
  EXPECT_EQ(Main(diff.classes[0]).new_outcome.status, "maybe");
}

TEST(Diff, ReorderedRowsDifferOnTheirOverlap) {
  J reordered = Small();
  std::swap(reordered["rules"][0], reordered["rules"][1]);
  RulesetDiff diff = Compare(Small(), reordered);
  ASSERT_EQ(diff.classes.size(), 1u);
  const DiffClass& c = diff.classes[0];
  EXPECT_EQ(PathOf(c), "kind: A, age: ≥ 18");
  EXPECT_EQ(c.old_answers, R"({"kind":"a","age":18})");
  EXPECT_EQ(Main(c).old_outcome.rule, "is_a");
  EXPECT_EQ(Main(c).new_outcome.rule, "adult");
  EXPECT_EQ(diff.other_row_classes, 0);
  // A row's text moved with it: the same text at another place is no change.
  EXPECT_TRUE(diff.texts.empty());
}

TEST(Diff, SameOutcomeFromAnotherRowIsCountedNotListed) {
  J renamed = Small();
  renamed["rules"][2]["id"] = "fallback";
  RulesetDiff diff = Compare(Small(), renamed);
  EXPECT_FALSE(diff.OutcomesDiffer());
  EXPECT_TRUE(diff.classes.empty());
  EXPECT_EQ(diff.other_row_classes, 1);  // b ≤ 17
}

TEST(Diff, ItemsThatDifferMakeAClassDiffer) {
  J with_card = testing_rulesets::Minimal();
  J without_card = with_card;
  without_card["rules"][0]["then"].erase("documents");
  RulesetDiff diff = Compare(with_card, without_card);
  ASSERT_EQ(diff.classes.size(), 1u);
  EXPECT_EQ(PathOf(diff.classes[0]), "kind: A");
  const DecisionChange& main = Main(diff.classes[0]);
  EXPECT_EQ(main.old_outcome.status, main.new_outcome.status);
  EXPECT_EQ(main.old_outcome.lists[kDocuments], std::vector<std::string>{"card"});
  EXPECT_TRUE(main.new_outcome.lists[kDocuments].empty());
}

TEST(Diff, ChangedTextIsListedWithoutAnyClass) {
  J edited = Small();
  edited["rules"][1]["title"] = Text("Grown-up");
  RulesetDiff diff = Compare(Small(), edited);
  EXPECT_FALSE(diff.OutcomesDiffer());
  EXPECT_TRUE(diff.classes.empty());
  ASSERT_EQ(diff.texts.size(), 1u);
  EXPECT_EQ(diff.texts[0].path, "/rules/1/title");
  EXPECT_EQ(diff.texts[0].old_path, "");
  EXPECT_EQ(diff.texts[0].old_text, "adult");
  EXPECT_EQ(diff.texts[0].new_text, "Grown-up");
}

TEST(Diff, QuestionOnlyOneSideAsksIsFree) {
  J asks = Small();
  asks["phrases"]["no"] = Text("No");  // how a boolean answer reads
  asks["questions"].push_back(Question("student", "boolean"));
  asks["rules"].insert(asks["rules"].begin(), Rule("not_student", {{"student", false}}, "no"));
  RulesetDiff diff = Compare(Small(), asks);
  ASSERT_EQ(diff.questions.size(), 1u);
  EXPECT_EQ(diff.questions[0].id, "student");
  EXPECT_EQ(diff.questions[0].change, "added");
  EXPECT_EQ(diff.questions[0].new_form, "boolean");
  ASSERT_EQ(diff.classes.size(), 2u);
  EXPECT_EQ(PathOf(diff.classes[0]), "kind: A, student(new): No");
  EXPECT_EQ(diff.classes[0].old_answers, R"({"kind":"a"})");
  EXPECT_EQ(diff.classes[0].new_answers, R"({"kind":"a","student":false})");
  EXPECT_EQ(PathOf(diff.classes[1]), "kind: B, age: ≥ 18, student(new): No");
  EXPECT_EQ(Main(diff.classes[1]).old_outcome.status, "maybe");
  EXPECT_EQ(Main(diff.classes[1]).new_outcome.rule, "not_student");
  // A child who is no student gets "no" from either ruleset, by another row.
  EXPECT_EQ(diff.other_row_classes, 1);
}

TEST(Diff, QuestionOfAnotherTypeIsTwoQuestions) {
  J retyped = Small();
  J age = Question("age", "choice");
  age["options"] = J::array(
      {{{"id", "minor"}, {"label", Text("Minor")}}, {{"id", "adult"}, {"label", Text("Adult")}}});
  retyped["questions"][1] = age;
  retyped["rules"][1]["when"] = {{"age", "adult"}};
  RulesetDiff diff = Compare(Small(), retyped);
  ASSERT_EQ(diff.questions.size(), 1u);
  const QuestionChange& q = diff.questions[0];
  EXPECT_EQ(q.change, "type");
  EXPECT_EQ(q.old_form, "integer 0–120");
  EXPECT_EQ(q.new_form, "choice (minor, adult)");
  EXPECT_TRUE(q.separate);
  ASSERT_EQ(diff.classes.size(), 2u);
  EXPECT_EQ(PathOf(diff.classes[0]), "kind: B, age(old): ≤ 17, age(new): Adult");
  EXPECT_EQ(diff.classes[0].old_answers, R"({"kind":"b","age":0})");
  EXPECT_EQ(diff.classes[0].new_answers, R"({"kind":"b","age":"adult"})");
  EXPECT_EQ(PathOf(diff.classes[1]), "kind: B, age(old): ≥ 18, age(new): Minor");
  EXPECT_EQ(Main(diff.classes[1]).old_outcome.status, "maybe");
  EXPECT_EQ(Main(diff.classes[1]).new_outcome.status, "no");
  // The label changed with the type: a text change too.
  EXPECT_FALSE(diff.texts.empty());
}

TEST(Diff, RangesApartAreTwoQuestions) {
  J apart = Small();
  apart["questions"][1]["min"] = 130;
  apart["questions"][1]["max"] = 200;
  RulesetDiff diff = Compare(Small(), apart);
  ASSERT_EQ(diff.questions.size(), 1u);
  EXPECT_EQ(diff.questions[0].change, "range");
  EXPECT_TRUE(diff.questions[0].separate);
  ASSERT_EQ(diff.classes.size(), 1u);
  // Every new answer is an adult's: the new ruleset needs no age to tell apart, but its example
  // holds one all the same, so that assessing it does not stop to ask.
  EXPECT_EQ(PathOf(diff.classes[0]), "kind: B, age(old): ≤ 17");
  EXPECT_EQ(diff.classes[0].new_answers, R"({"kind":"b","age":130})");
}

TEST(Diff, ExamplesAssessAsShown) {
  J moved = Small();
  moved["rules"][1]["when"] = {{"age", {{">", 20}}}};
  ExpectExamplesAssessAsShown(Small(), moved);
  J apart = Small();
  apart["questions"][1]["min"] = 130;
  apart["questions"][1]["max"] = 200;
  ExpectExamplesAssessAsShown(Small(), apart);
  J asks = Small();
  asks["questions"].push_back(Question("student", "boolean"));
  asks["rules"].insert(asks["rules"].begin(), Rule("not_student", {{"student", false}}, "no"));
  ExpectExamplesAssessAsShown(Small(), asks);
  J no_european = Campus();
  no_european["decisions"][0]["rules"].erase(1);
  ExpectExamplesAssessAsShown(Campus(), no_european);
  J older = J::parse(testing_model::UniversityPageJson());
  older["rules"][4]["when"]["age"] = {{">", 25}};
  older["rules"][5]["when"]["age"] = {{">", 25}};
  ExpectExamplesAssessAsShown(J::parse(testing_model::UniversityPageJson()), older);
}

TEST(Diff, OverlappingRangesAreComparedOnWhatBothAccept) {
  J narrower = Small();
  narrower["questions"][1]["max"] = 100;
  RulesetDiff diff = Compare(Small(), narrower);
  ASSERT_EQ(diff.questions.size(), 1u);
  EXPECT_EQ(diff.questions[0].change, "range");
  EXPECT_EQ(diff.questions[0].new_form, "integer 0–100");
  EXPECT_FALSE(diff.questions[0].separate);
  EXPECT_FALSE(diff.OutcomesDiffer());
}

J CampusWithUk() {
  J with_uk = Campus();
  with_uk["questions"][1]["options"].push_back(
      {{"id", "uk"}, {"label", {{"en", "The UK"}, {"fr", "Le Royaume-Uni"}}}});
  return with_uk;
}

TEST(Diff, NewOptionIsPairedWithEveryOldOptionTheOthersWithThemselves) {
  RulesetDiff diff = Compare(Campus(), CampusWithUk());
  ASSERT_EQ(diff.questions.size(), 1u);
  const QuestionChange& q = diff.questions[0];
  EXPECT_EQ(q.change, "options");
  EXPECT_EQ(q.new_form, "choice (eu, other, uk)");
  EXPECT_FALSE(q.separate);
  EXPECT_TRUE(q.options_only_old.empty());
  EXPECT_EQ(q.options_only_new, std::vector<std::string>{"uk"});
  // UK students now go the way of `other` (no row names them): against the old `other` nothing
  // changes, against the old `eu` they lose the card. Europeans and others answering as before
  // keep their outcome: no class pairs eu with other.
  EXPECT_TRUE(diff.OutcomesDiffer());
  EXPECT_EQ(diff.differing_classes, 6);
  for (const DiffClass& c : diff.classes) {
    EXPECT_EQ(
        PathOf(c).rfind("enrolled: Yes, origin(old): A European country, origin(new): The UK", 0),
        0u)
        << PathOf(c);
  }
  EXPECT_NE(DiffMarkdown(diff).find("(compared option by option; offered by one side only, so "
                                    "paired with every option of the other: `uk` (new))"),
            std::string::npos);
  ExpectExamplesAssessAsShown(Campus(), CampusWithUk());

  // A row for UK students like Europeans': now the pairing with `other` is what changes.
  J uk_card = CampusWithUk();
  uk_card["decisions"][0]["rules"][1]["when"]["origin"] = J::array({"eu", "uk"});
  RulesetDiff card = Compare(Campus(), uk_card);
  ASSERT_FALSE(card.classes.empty());
  for (const DiffClass& c : card.classes) {
    EXPECT_NE(PathOf(c).find("origin(old): Another country, origin(new): The UK"),
              std::string::npos)
        << PathOf(c);
  }
  ExpectExamplesAssessAsShown(Campus(), uk_card);

  // An option replaced by another: both are paired, and the change is seen.
  J replaced = Campus();
  replaced["questions"][1]["options"][1]["id"] = "uk";
  RulesetDiff swap = Compare(Campus(), replaced);
  ASSERT_EQ(swap.questions.size(), 1u);
  EXPECT_FALSE(swap.questions[0].separate);
  EXPECT_EQ(swap.questions[0].options_only_old, std::vector<std::string>{"other"});
  EXPECT_EQ(swap.questions[0].options_only_new, std::vector<std::string>{"uk"});
  EXPECT_TRUE(swap.OutcomesDiffer());
}

TEST(Diff, OptionsWithNoIdInCommonAreTwoQuestions) {
  J renamed = Campus();
  renamed["questions"][1]["options"][0]["id"] = "europe";
  renamed["questions"][1]["options"][1]["id"] = "elsewhere";
  renamed["decisions"][0]["rules"][1]["when"]["origin"] = "europe";
  RulesetDiff diff = Compare(Campus(), renamed);
  ASSERT_EQ(diff.questions.size(), 1u);
  EXPECT_TRUE(diff.questions[0].separate);
  // Every option is one side's, listed so that a rename can pair them (below).
  EXPECT_EQ(diff.questions[0].options_only_old, (std::vector<std::string>{"eu", "other"}));
  EXPECT_EQ(diff.questions[0].options_only_new, (std::vector<std::string>{"europe", "elsewhere"}));
  EXPECT_NE(DiffMarkdown(diff).find("(compared as two questions, one per ruleset)"),
            std::string::npos);
  // Every old answer paired with every new one: eu with elsewhere, other with europe, change.
  ASSERT_FALSE(diff.classes.empty());
  EXPECT_NE(PathOf(diff.classes[0]).find("origin(old)"), std::string::npos);

  // Both renames said: one question again, and no student's outcome changes.
  DiffOptions both;
  both.renamed_options = {{"origin", "eu", "europe"}, {"origin", "other", "elsewhere"}};
  RulesetDiff said = Compare(Campus(), renamed, both);
  ASSERT_EQ(said.questions.size(), 1u);
  EXPECT_FALSE(said.questions[0].separate);
  EXPECT_EQ(said.questions[0].options_renamed.size(), 2u);
  EXPECT_FALSE(said.OutcomesDiffer());
}

TEST(Diff, RenamedOptionsAreComparedAsOne) {
  // `other` renamed `non_eu` everywhere: with the rename said, no student's outcome changes.
  J renamed = Campus();
  renamed["questions"][1]["options"][1]["id"] = "non_eu";
  DiffOptions rename;
  rename.renamed_options.push_back({"origin", "other", "non_eu"});
  RulesetDiff said = Compare(Campus(), renamed, rename);
  EXPECT_FALSE(said.OutcomesDiffer());
  EXPECT_GT(said.compared_classes, 0);
  ASSERT_EQ(said.questions.size(), 1u);
  const QuestionChange& q = said.questions[0];
  EXPECT_EQ(q.change, "options");
  EXPECT_FALSE(q.separate);
  EXPECT_TRUE(q.options_only_old.empty());
  EXPECT_TRUE(q.options_only_new.empty());
  ASSERT_EQ(q.options_renamed.size(), 1u);
  EXPECT_EQ(q.options_renamed[0], std::make_pair(std::string("other"), std::string("non_eu")));
  EXPECT_NE(DiffMarkdown(said).find("renamed, compared as one option: `other` \u2192 `non_eu`"),
            std::string::npos);
  J json = J::parse(DiffJson(said, 0));
  EXPECT_EQ(json["questions"][0]["options_renamed"],
            J::parse(R"([{"old":"other","new":"non_eu"}])"));
  EXPECT_TRUE(said.texts.empty());  // same label under its new name
  // Renamed and relabelled: the label's change is listed, old path beside new.
  J relabelled = renamed;
  relabelled["questions"][1]["options"][1]["label"]["en"] = "A country outside the EU";
  RulesetDiff label = Compare(Campus(), relabelled, rename);
  ASSERT_EQ(label.texts.size(), 1u);
  EXPECT_EQ(label.texts[0].path, "/questions/1/options/1/label");
  EXPECT_EQ(label.texts[0].new_text, "A country outside the EU");
  EXPECT_EQ(label.texts[0].old_text,
            Campus()["questions"][1]["options"][1]["label"]["en"].get<std::string>());
  EXPECT_TRUE(Compare(Campus(), relabelled).texts.empty());  // unsaid: two different options
  // Unsaid, the two ids are two options: Europeans paired with `non_eu` lose their card.
  RulesetDiff unsaid = Compare(Campus(), renamed);
  EXPECT_TRUE(unsaid.OutcomesDiffer());
  EXPECT_EQ(unsaid.questions[0].options_only_old, std::vector<std::string>{"other"});

  // Renamed and changed: the change still shows, on the renamed option's classes.
  J changed = renamed;
  changed["decisions"][0]["rules"][1]["when"]["origin"] = J::array({"eu", "non_eu"});
  RulesetDiff both = Compare(Campus(), changed, rename);
  ASSERT_FALSE(both.classes.empty());
  for (const DiffClass& c : both.classes) {
    EXPECT_NE(PathOf(c).find("origin: Another country"), std::string::npos) << PathOf(c);
    EXPECT_NE(c.old_answers.find("\"other\""), std::string::npos) << c.old_answers;
    EXPECT_NE(c.new_answers.find("\"non_eu\""), std::string::npos) << c.new_answers;
  }

  // A rename that names nothing real is an error naming what is wrong.
  auto error = [&](DiffOptions::RenamedOption r,
                   std::vector<DiffOptions::RenamedOption> more = {}) {
    DiffOptions options;
    options.renamed_options = {r};
    options.renamed_options.insert(options.renamed_options.end(), more.begin(), more.end());
    Result<RulesetDiff> d = Diff(Load(Campus()), Load(renamed), options);
    return d.ok() ? std::string("no error") : Summarize(d.errors());
  };
  EXPECT_NE(error({"origin", "others", "non_eu"}).find("the old question has no option \"others\""),
            std::string::npos);
  EXPECT_NE(error({"origin", "other", "noneu"}).find("the new question has no option \"noneu\""),
            std::string::npos);
  EXPECT_NE(error({"age", "a", "b"}).find("only options of a choice question"), std::string::npos);
  EXPECT_NE(error({"country", "a", "b"}).find("the old ruleset has no question \"country\""),
            std::string::npos);
  EXPECT_NE(
      error({"origin", "other", "non_eu"}, {{"origin", "eu", "non_eu"}}).find("renamed twice"),
      std::string::npos);
}

TEST(Diff, AddedDecisionIsListed) {
  J without_fee = Campus();
  without_fee["decisions"].erase(1);
  RulesetDiff diff = Compare(without_fee, Campus());
  EXPECT_EQ(diff.decisions_added, std::vector<std::string>{"fee"});
  EXPECT_TRUE(diff.decisions_removed.empty());
  EXPECT_TRUE(diff.classes.empty());  // health and help are the same
  EXPECT_EQ(diff.shared_decisions, 2u);
  EXPECT_TRUE(diff.OutcomesDiffer());

  RulesetDiff removed = Compare(Campus(), without_fee);
  EXPECT_EQ(removed.decisions_removed, std::vector<std::string>{"fee"});
}

TEST(Diff, DecisionThatDependsOnAnotherChangesWithIt) {
  J no_european = Campus();
  no_european["decisions"][0]["rules"].erase(1);  // Europeans register like everyone else
  RulesetDiff diff = Compare(Campus(), no_european);
  EXPECT_EQ(diff.changed_decisions, (std::vector<std::string>{"health", "help"}));
  // Enrolled Europeans, by exchange (fee) and by what help they may get now (low income, age).
  EXPECT_EQ(diff.differing_classes, 6);
  for (const DiffClass& c : diff.classes) {
    SCOPED_TRACE(PathOf(c));
    EXPECT_EQ(c.old_answers.find(R"("enrolled":true,"origin":"eu")"), 1u) << c.old_answers;
    ASSERT_EQ(c.decisions.size(), 3u);
    EXPECT_EQ(c.decisions[0].decision, "health");
    EXPECT_TRUE(c.decisions[0].differs);
    EXPECT_FALSE(c.decisions[1].differs);  // fee
    EXPECT_TRUE(c.decisions[2].differs);
    EXPECT_FALSE(c.decisions[2].old_outcome.applies);
    EXPECT_TRUE(c.decisions[2].new_outcome.applies);
  }
}

TEST(Diff, ParametersAreReadAtTheDate) {
  J dearer = Campus();
  dearer["parameters"]["fee_amount"]["periods"][1]["value"] = 110;
  RulesetDiff as_written = Compare(Campus(), dearer);
  EXPECT_TRUE(as_written.texts.empty());
  DiffOptions options;
  options.date = "2026-01-01";  // in the period whose value changed
  RulesetDiff dated = Compare(Campus(), dearer, options);
  ASSERT_FALSE(dated.texts.empty());
  for (const TextChange& t : dated.texts) {
    ASSERT_TRUE(t.old_text && t.new_text);
    EXPECT_NE(t.old_text->find("105"), std::string::npos) << *t.old_text;
    EXPECT_NE(t.new_text->find("110"), std::string::npos) << *t.new_text;
  }
  options.date = "2025-01-01";  // before it
  EXPECT_TRUE(Compare(Campus(), dearer, options).texts.empty());
  EXPECT_FALSE(dated.OutcomesDiffer());
}

TEST(Diff, TextsInTheLanguageAsked) {
  J edited = Campus();
  edited["decisions"][0]["title"]["fr"] = "Assurance maladie";
  EXPECT_TRUE(Compare(Campus(), edited).texts.empty());  // English by default
  DiffOptions french;
  french.lang = "fr";
  RulesetDiff diff = Compare(Campus(), edited, french);
  EXPECT_EQ(diff.lang, "fr");
  ASSERT_EQ(diff.texts.size(), 1u);
  EXPECT_EQ(diff.texts[0].path, "/decisions/0/title");
  EXPECT_EQ(diff.texts[0].new_text, "Assurance maladie");
}

TEST(Diff, UnusableOptionsAreErrors) {
  DiffOptions german;
  german.lang = "de";
  Result<RulesetDiff> diff =
      Diff(testing_model::UniversityPage(), testing_model::UniversityPage(), german);
  ASSERT_FALSE(diff.ok());
  EXPECT_NE(Summarize(diff.errors()).find("unknown language"), std::string::npos);
  DiffOptions bad_date;
  bad_date.date = "2026-13-01";
  EXPECT_FALSE(
      Diff(testing_model::UniversityPage(), testing_model::UniversityPage(), bad_date).ok());
}

TEST(Diff, NodeLimitIsReported) {
  J moved = Small();
  moved["rules"][1]["when"] = {{"age", {{">", 20}}}};
  DiffOptions options;
  options.node_limit = 2;
  RulesetDiff diff = Compare(Small(), moved, options);
  EXPECT_TRUE(diff.truncated);
  EXPECT_LT(diff.compared_classes, 4);
  EXPECT_NE(DiffMarkdown(diff).find("node limit"), std::string::npos);
  EXPECT_EQ(nlohmann::json::parse(DiffJson(diff))["summary"]["complete"], false);
}

// The diff stopped on its work (formerly a call budget) but said "node limit": it names the one.
TEST(Diff, WorkLimitIsNamedAsSuch) {
  J moved = Small();
  moved["rules"][1]["when"] = {{"age", {{">", 20}}}};
  DiffOptions options;
  options.work_limit = 5;
  RulesetDiff diff = Compare(Small(), moved, options);
  EXPECT_TRUE(diff.truncated);
  EXPECT_TRUE(diff.out_of_work);
  EXPECT_EQ(DiffLimitReached(diff), "work limit (5 evaluation steps)");
  std::string md = DiffMarkdown(diff);
  EXPECT_NE(md.find("the exploration reached its work limit (5 evaluation steps)"),
            std::string::npos)
      << md;
  EXPECT_EQ(md.find("node limit"), std::string::npos) << md;
  EXPECT_EQ(nlohmann::json::parse(DiffJson(diff))["summary"]["limit"], "work");
  options = {};
  options.node_limit = 2;
  RulesetDiff by_nodes = Compare(Small(), moved, options);
  EXPECT_EQ(DiffLimitReached(by_nodes), "node limit (2 nodes)");
  EXPECT_EQ(nlohmann::json::parse(DiffJson(by_nodes))["summary"]["limit"], "nodes");
}

TEST(Diff, ClassLimitListsTheFirstAndCountsAll) {
  J moved = Small();
  moved["rules"][1]["when"] = {{"age", {{">", 20}}}};
  moved["rules"][0]["then"]["status"] = "maybe";
  DiffOptions options;
  options.class_limit = 1;
  RulesetDiff diff = Compare(Small(), moved, options);
  EXPECT_EQ(diff.differing_classes, 2);
  EXPECT_EQ(diff.classes.size(), 1u);
  EXPECT_NE(DiffMarkdown(diff).find("Only the first 1 are listed"), std::string::npos);
}

TEST(Diff, MarkdownForPeople) {
  J moved = Small();
  moved["rules"][1]["when"] = {{"age", {{">", 20}}}};
  moved["rules"][2]["title"] = Text("Other\u202ewise");  // would show reversed
  std::string md = DiffMarkdown(Compare(Small(), moved));
  EXPECT_EQ(md.rfind("# Diff: small 1 → small 1\n", 0), 0u) << md;
  EXPECT_NE(md.find("1 class of answers changes for 1 decision (`main`), of 4 classes compared."),
            std::string::npos)
      << md;
  EXPECT_NE(md.find("### 1. Kind: B, Age: 18–20\n"), std::string::npos) << md;
  EXPECT_NE(md.find(R"(Answers: `{"kind":"b","age":18}`)"), std::string::npos) << md;
  EXPECT_NE(md.find("| **`main`** | `maybe` (row `adult`) | `no` (row `otherwise`) |"),
            std::string::npos)
      << md;
  EXPECT_NE(md.find("## Texts changed (en)"), std::string::npos) << md;
  EXPECT_NE(md.find("Other\\u202ewise"), std::string::npos) << md;
  EXPECT_EQ(md.find("\u202e"), std::string::npos);
}

TEST(Diff, JsonForTools) {
  J moved = Small();
  moved["rules"][1]["when"] = {{"age", {{">", 20}}}};
  nlohmann::json j = nlohmann::json::parse(DiffJson(Compare(Small(), moved)));
  EXPECT_EQ(j["old"]["id"], "small");
  EXPECT_EQ(j["new"]["version"], "1");
  ASSERT_EQ(j["classes"].size(), 1u);
  const nlohmann::json& c = j["classes"][0];
  EXPECT_EQ(c["answers"]["new"], nlohmann::json::parse(R"({"kind":"b","age":18})"));
  EXPECT_EQ(c["path"][1], nlohmann::json::parse(
                              R"({"question":"age","name":"Age","side":"both","answer":"18–20"})"));
  EXPECT_EQ(c["decisions"]["main"]["differs"], true);
  EXPECT_EQ(c["decisions"]["main"]["old"]["status"], "maybe");
  EXPECT_EQ(c["decisions"]["main"]["new"]["rule"], "otherwise");
  EXPECT_EQ(c["decisions"]["main"]["new"]["extra_insurance"], nullptr);
  EXPECT_EQ(j["decisions"]["added"], nlohmann::json::array());
  EXPECT_EQ(j["summary"]["classes"], 1);
  EXPECT_EQ(j["summary"]["differs"], true);
  EXPECT_EQ(j["summary"]["complete"], true);
}

}  // namespace

// The studio compares texts in every language: staff edit any of them, and a French edit is a
// change students reading French see. Each change says its language; one language only otherwise.
TEST(Diff, TextsInEveryLanguageWhenAsked) {
  J edited = Campus();
  edited["title"]["fr"] = "Couverture santé et contribution (exemple modifié)";
  RulesetDiff first = Compare(Campus(), edited);
  EXPECT_TRUE(first.texts.empty());  // English only: the French title is not compared
  DiffOptions every;
  every.all_languages = true;
  RulesetDiff all = Compare(Campus(), edited, every);
  ASSERT_EQ(all.texts.size(), 1u);
  EXPECT_EQ(all.texts[0].path, "/title");
  EXPECT_EQ(all.texts[0].lang, "fr");
  EXPECT_EQ(all.texts[0].new_text, "Couverture santé et contribution (exemple modifié)");
  EXPECT_NE(DiffJson(all).find(R"("path":"/title","lang":"fr",)"), std::string::npos)
      << DiffJson(all);
  EXPECT_NE(DiffMarkdown(all).find("`/title` (fr)"), std::string::npos) << DiffMarkdown(all);
}

}  // namespace couverture::authoring
