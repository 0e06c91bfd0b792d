// The verifier's search remembers decision states from node to node (verify_memo.h): it must
// evaluate, branch and spend steps exactly as the plain evaluation does, on rulesets whose
// decision tests sit in rows and in `applies` and change their truth as answers come and go.
#include "verify_search.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "couverture/answers.h"
#include "couverture/detail/evaluate.h"
#include "couverture/detail/model.h"
#include "couverture/ruleset.h"
#include "verify_memo.h"

namespace couverture::authoring {
namespace {

using J = nlohmann::ordered_json;
using detail::Model;
using detail::Truth;

J Text(const std::string& en) { return {{"en", en}, {"fr", en + " (fr)"}}; }

J Campus() {
  std::ifstream in(std::string(COUVERTURE_SOURCE_DIR) + "/tests/rulesets/campus.json");
  std::stringstream text;
  text << in.rdbuf();
  return J::parse(text.str());
}

J Row(const std::string& id, J when, const std::string& status) {
  J row = {{"id", id}, {"title", Text(id)}};
  if (!when.is_null()) row["when"] = std::move(when);
  row["then"] = {{"status", status}};
  row["because"] = Text("because " + id);
  row["source"] = "enrolled_only";
  return row;
}

Ruleset Load(const J& json) {
  Result<Ruleset> rules = LoadRuleset(json.dump());
  if (!rules.ok()) {
    ADD_FAILURE() << Summarize(rules.errors());
    return LoadRuleset(Campus().dump()).value();
  }
  return std::move(rules).value();
}

// campus.json with decision tests added: the fee applies to those whom health registers or lets
// use their card, and an older card holder pays; help applies when health registers or the fee
// is waived, and a student who pays no fee goes first. Whether `fee` applies, and how `help`
// reads, changes with enrolled, origin and exchange, so a state kept from a sibling node is wrong.
J CampusWithDecisionTests() {
  J json = Campus();
  J& fee = json["decisions"][1];
  fee["applies"] = {{"decision", {{"health", J::array({"use_card", "register"})}}}};
  fee["rules"].insert(
      fee["rules"].begin(),
      Row("older_card_holder",
          {{"decision", {{"health", J::array({"use_card"})}}}, {"age", {{">", 30}}}}, "pay"));
  J& help = json["decisions"][2];
  help["applies"] = {{"any", J::array({{{"decision", {{"health", J::array({"register"})}}}},
                                       {{"decision", {{"fee", J::array({"exempt"})}}}}})}};
  help["rules"].insert(
      help["rules"].begin(),
      Row("no_fee", {{"not", {{"decision", {{"fee", J::array({"pay"})}}}}}}, "may_apply"));
  return json;
}

// A random format 2 ruleset over campus.json's questions and two more: four decisions of ten
// rows, each row testing one to three answers and, after the first decision, often an earlier
// decision's status (sometimes under "not" or inside "any"); later decisions apply under another
// decision's status. The numbers come straight from mt19937, the same everywhere.
J Synthetic(std::uint32_t seed) {
  std::mt19937 rng(seed);
  auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
  J json = Campus();
  json["questions"].push_back({{"id", "years"},
                               {"type", "integer"},
                               {"min", 0},
                               {"max", 10},
                               {"label", Text("Years?")},
                               {"short", Text("Years")}});
  json["questions"].push_back({{"id", "region"},
                               {"type", "choice"},
                               {"label", Text("Region?")},
                               {"short", Text("Region")},
                               {"options", J::array({{{"id", "n"}, {"label", Text("North")}},
                                                     {{"id", "s"}, {"label", Text("South")}},
                                                     {{"id", "e"}, {"label", Text("East")}}})}});
  const std::vector<std::string> statuses = {"s0", "s1", "s2", "s3"};
  auto answer_test = [&](J& when) {
    switch (pick(6)) {
      case 0: when["enrolled"] = pick(2) == 0; break;
      case 1: when["origin"] = pick(2) == 0 ? "eu" : "other"; break;
      case 2: when["exchange"] = pick(2) == 0; break;
      case 3: when["low_income"] = pick(2) == 0; break;
      case 4:
        when["age"] = {{pick(2) == 0 ? "<" : ">=", 20 + 5 * static_cast<int>(pick(4))}};
        break;
      default: when["region"] = J::array({pick(2) == 0 ? "n" : "s", "e"}); break;
    }
  };
  auto decision_test = [&](int earlier) {
    std::string d = "d" + std::to_string(pick(static_cast<std::size_t>(earlier)));
    J set = J::array({statuses[pick(4)]});
    if (pick(2) == 0) set.push_back(statuses[pick(4)]);
    if (set.size() == 2 && set[0] == set[1]) set.erase(1);
    return J{{"decision", {{d, set}}}};
  };
  J decisions = J::array();
  for (int k = 0; k < 4; ++k) {
    std::string id = "d" + std::to_string(k);
    J decision = {{"id", id}, {"title", Text(id)}};
    if (k == 1 || k == 3) {
      decision["applies"] = {{"decision", {{"d" + std::to_string(k - 1), J::array({"s0", "s1"})}}}};
    } else if (k == 2) {
      decision["applies"] = {{"any", J::array({{{"years", {{">", 4}}}}, decision_test(k)})}};
    }
    J rows = J::array();
    for (int r = 0; r < 9; ++r) {
      J when = J::object();
      std::size_t answers = 1 + pick(2);
      for (std::size_t a = 0; a < answers; ++a) answer_test(when);
      if (k > 0 && pick(3) != 0) {
        switch (pick(3)) {
          case 0: when.update(decision_test(k)); break;
          case 1: when["not"] = decision_test(k); break;
          default: when["any"] = J::array({decision_test(k), {{"years", {{"<=", 2}}}}}); break;
        }
      }
      rows.push_back(Row(id + "_r" + std::to_string(r), when, statuses[pick(4)]));
    }
    rows.push_back(Row(id + "_default", nullptr, statuses[pick(4)]));
    decision["rules"] = rows;
    J outcomes = J::object();
    for (const std::string& s : statuses) outcomes[s] = {{"title", Text(s)}};
    decision["outcomes"] = {{"status", outcomes}};
    decisions.push_back(decision);
  }
  json["decisions"] = decisions;
  json.erase("parameters");
  return json;
}

std::vector<J> Rulesets() {
  std::vector<J> all = {CampusWithDecisionTests()};
  for (std::uint32_t seed = 1; seed <= 6; ++seed) all.push_back(Synthetic(seed));
  return all;
}

// A depth-first walk over the classes of the questions in `order`, moving through answers as
// FindAnswers does: each node answers one more question, a sibling overwrites that answer, and
// the walk clears it on the way back up. At each node, some of the conditions (by `stride`, so
// that the memo is filled unevenly from node to node) are evaluated both ways.
class Walk {
 public:
  Walk(const Model& model, std::vector<int> order, int stride)
      : model_(model), order_(std::move(order)), stride_(stride), memo_(model) {}

  void Run() {
    Answers answers;
    Visit(answers, 0);
  }

  int nodes = 0;
  int mismatches = 0;
  std::string first;  // the first mismatch

 private:
  void Visit(Answers& answers, std::size_t depth) {
    memo_.Enter(static_cast<int>(depth));
    ++nodes;
    for (std::size_t c = depth % stride_; c < model_.conditions.size(); c += stride_) {
      int condition = static_cast<int>(c);
      Truth plain = detail::Evaluate(model_, condition, answers);
      Expect(Evaluate(model_, condition, answers, memo_) == plain, "Evaluate", condition, answers);
      if (plain == Truth::kUnknown) {
        Expect(QuestionFor(model_, condition, answers, memo_) ==
                   detail::QuestionFor(model_, condition, answers),
               "QuestionFor", condition, answers);
      }
    }
    if (depth == order_.size()) return;
    int question = order_[depth];
    for (double value : model_.classes[question].representative) {
      answers.Set(question, value);
      Visit(answers, depth + 1);
    }
    answers.Clear(question);
  }

  void Expect(bool same, const char* what, int condition, const Answers& answers) {
    if (same) return;
    if (mismatches++ == 0) {
      first = std::string(what) + " of condition " + std::to_string(condition) + " under answers";
      for (std::size_t q = 0; q < model_.questions.size(); ++q) {
        if (answers.Has(static_cast<int>(q))) {
          first +=
              " " + model_.questions[q].id + "=" + std::to_string(answers.Get(static_cast<int>(q)));
        }
      }
    }
  }

  const Model& model_;
  std::vector<int> order_;
  std::size_t stride_;
  DecisionMemo memo_;
};

TEST(VerifyMemo, EvaluatesAsTheCoreAtEveryNodeOfADepthFirstWalk) {
  for (const J& json : Rulesets()) {
    Ruleset rules = Load(json);
    const Model& model = detail::ModelOf(rules);
    std::vector<int> order(model.questions.size());
    for (std::size_t q = 0; q < order.size(); ++q) order[q] = static_cast<int>(q);
    std::mt19937 rng(7);
    for (int round = 0; round < 6; ++round) {
      for (int stride = 1; stride <= 3; ++stride) {
        Walk walk(model, order, stride);
        walk.Run();
        EXPECT_EQ(walk.mismatches, 0) << json["id"] << ": " << walk.first;
        EXPECT_GT(walk.nodes, 50);
      }
      for (std::size_t i = order.size() - 1; i > 0; --i)
        std::swap(order[i], order[rng() % (i + 1)]);
    }
  }
}

// FindAnswers as it was before the memo: every goal evaluated afresh at every node.
// A goal costs a step and one per test in its condition (verify_search.h).
std::size_t Cost(const Model& model, int condition) {
  if (condition < 0) return 1;
  const detail::Condition& c = model.conditions[condition];
  std::size_t cost = c.kind == detail::Condition::Kind::kTest ? 2 : 1;
  for (int child : c.children) cost += Cost(model, child) - 1;
  return cost;
}

SearchOutcome PlainSearch(const Model& model, const std::vector<Goal>& goals, Answers& answers,
                          std::size_t& budget) {
  int question = -1;
  for (const Goal& goal : goals) {
    std::size_t cost = Cost(model, goal.condition);
    if (budget < cost) {
      budget = 0;
      return SearchOutcome::kGaveUp;
    }
    budget -= cost;
    Truth t = detail::Evaluate(model, goal.condition, answers);
    if (t == Truth::kUnknown) {
      if (question < 0) question = detail::QuestionFor(model, goal.condition, answers);
    } else if ((t == Truth::kTrue) != goal.holds) {
      return SearchOutcome::kImpossible;
    }
  }
  if (question < 0) return SearchOutcome::kFound;
  bool gave_up = false;
  for (double value : model.classes[question].representative) {
    answers.Set(question, value);
    SearchOutcome outcome = PlainSearch(model, goals, answers, budget);
    if (outcome == SearchOutcome::kFound) return outcome;
    gave_up = gave_up || outcome == SearchOutcome::kGaveUp;
  }
  answers.Clear(question);
  return gave_up ? SearchOutcome::kGaveUp : SearchOutcome::kImpossible;
}

// The verifier's goal sets for one decision (verify_rows.cpp): a row holds, is the first to, and
// with a later row, where the decision applies.
std::vector<std::vector<Goal>> GoalSets(const Model& model, int decision) {
  const detail::Decision& d = model.decisions[decision];
  std::vector<std::vector<Goal>> sets;
  for (std::size_t r = 0; r < d.rules.size(); ++r) {
    std::vector<Goal> holds = {{d.rules[r].condition, true}};
    if (d.applies >= 0) holds.push_back({d.applies, true});
    std::vector<Goal> first = holds;
    for (std::size_t e = 0; e < r; ++e) first.push_back({d.rules[e].condition, false});
    sets.push_back(holds);
    sets.push_back(first);
    for (std::size_t s = r + 1; s < d.rules.size(); ++s) {
      for (std::vector<Goal> goals : {holds, first}) {
        goals.push_back({d.rules[s].condition, true});
        sets.push_back(goals);
      }
    }
  }
  return sets;
}

TEST(VerifySearch, FindsTheSameAnswersInTheSameStepsAsThePlainEvaluation) {
  int found = 0;
  int impossible = 0;
  int gave_up = 0;
  for (const J& json : Rulesets()) {
    Ruleset rules = Load(json);
    const Model& model = detail::ModelOf(rules);
    for (std::size_t d = 0; d < model.decisions.size(); ++d) {
      for (const std::vector<Goal>& goals : GoalSets(model, static_cast<int>(d))) {
        // A full budget, and small ones that run out mid-search.
        for (std::size_t budget : {std::size_t{1000000}, std::size_t{7}, std::size_t{40}}) {
          std::size_t plain_budget = budget;
          Answers plain;
          SearchOutcome plain_outcome = PlainSearch(model, goals, plain, plain_budget);
          std::size_t memo_budget = budget;
          SearchResult memo = FindAnswers(model, goals, Answers{}, memo_budget);
          ASSERT_EQ(memo.outcome, plain_outcome) << json["id"] << " decision " << d;
          ASSERT_EQ(memo_budget, plain_budget) << json["id"] << " decision " << d;
          ASSERT_EQ(AnswersJson(rules, memo.answers), AnswersJson(rules, plain));
          found += plain_outcome == SearchOutcome::kFound;
          impossible += plain_outcome == SearchOutcome::kImpossible;
          gave_up += plain_outcome == SearchOutcome::kGaveUp;
        }
      }
    }
  }
  // The goal sets reach every outcome.
  EXPECT_GT(found, 100);
  EXPECT_GT(impossible, 100);
  EXPECT_GT(gave_up, 100);
}

}  // namespace
}  // namespace couverture::authoring
