// Three-valued evaluation and the question flow, on the minimal and the default rulesets.
#include "couverture/assess.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "couverture/answers.h"
#include "couverture/detail/evaluate.h"
#include "couverture/detail/flow.h"
#include "model_access.h"
#include "test_rulesets.h"

namespace couverture {
namespace {

using detail::Evaluate;
using detail::Truth;
using J = nlohmann::ordered_json;
using testing_model::Ids;
using testing_model::M;
using testing_model::Main;
using testing_model::Parse;
using testing_model::RuleOf;
using testing_model::StatusOf;
using testing_model::UniversityPage;

TEST(Evaluate, KleeneLogic) {
  const Ruleset& r = UniversityPage();
  Answers none;
  Answers quebec = Parse(r, R"({"origin": "quebec"})");
  // over_28_cmu: origin ne eu_eea AND age > 28 AND ...
  int over_28_cmu = Main(r).rules[4].condition;
  ASSERT_EQ(Main(r).rules[4].id, "over_28_cmu");
  EXPECT_EQ(Evaluate(M(r), over_28_cmu, none), Truth::kUnknown);
  EXPECT_EQ(Evaluate(M(r), over_28_cmu, Parse(r, R"({"origin": "eu_eea"})")), Truth::kFalse);
  EXPECT_EQ(Evaluate(M(r), over_28_cmu, Parse(r, R"({"origin": "quebec", "age": 20})")),
            Truth::kFalse);
  EXPECT_EQ(
      Evaluate(M(r), over_28_cmu, Parse(r, R"({"origin": "quebec", "age": 29, "low_income": true,
                                  "months_in_france": 4})")),
      Truth::kTrue);
  EXPECT_EQ(Evaluate(M(r), -1, none), Truth::kTrue);  // no condition: always
}

TEST(Evaluate, AnyAndNot) {
  J json = testing_rulesets::Minimal();
  json["rules"][0]["when"] = {
      {"any", J::array({{{"kind", "a"}}, {{"not", {{"age", {{"<", 5}}}}}}})}};
  Result<Ruleset> loaded = LoadRuleset(json.dump());
  ASSERT_TRUE(loaded.ok()) << Summarize(loaded.errors());
  const Ruleset& r = loaded.value();
  int c = Main(r).rules[0].condition;
  EXPECT_EQ(Evaluate(M(r), c, Parse(r, R"({"kind": "b"})")), Truth::kUnknown);
  EXPECT_EQ(Evaluate(M(r), c, Parse(r, R"({"kind": "b", "age": 3})")), Truth::kFalse);
  EXPECT_EQ(Evaluate(M(r), c, Parse(r, R"({"kind": "b", "age": 7})")), Truth::kTrue);
  EXPECT_EQ(Evaluate(M(r), c, Parse(r, R"({"age": 7})")), Truth::kTrue);
}

TEST(Assess, NothingAnsweredAsksOriginFirst) {
  Assessment a = Assess(UniversityPage(), Answers{});
  EXPECT_FALSE(a.complete);
  EXPECT_FALSE(a.decision(0).status());
  ASSERT_GT(a.next.size(), 0);
  EXPECT_EQ(Ids(UniversityPage(), a.next).front(), "origin");
}

TEST(Assess, EuCitizenIsAskedNothingMore) {
  Assessment a = Assess(UniversityPage(), Parse(UniversityPage(), R"({"origin": "eu_eea"})"));
  EXPECT_TRUE(a.complete);
  EXPECT_EQ(a.next.size(), 0);
  EXPECT_EQ(StatusOf(UniversityPage(), a), "not_required");
  EXPECT_EQ(RuleOf(UniversityPage(), a), "eu_eea");
}

TEST(Assess, StatusSettlesBeforeTheDetails) {
  // Over 28: not eligible is certain; private insurance too; the CMU still depends on answers.
  const Ruleset& r = UniversityPage();
  Assessment a = Assess(r, Parse(r, R"({"origin": "other", "french_government_scholarship": false,
                                         "age": 40})"));
  EXPECT_FALSE(a.complete);
  EXPECT_EQ(StatusOf(r, a), "not_eligible");
  EXPECT_EQ(Ids(r, a.next), (std::vector<std::string>{"low_income", "months_in_france"}));
  int cmu = 1, private_insurance = 0;
  ASSERT_EQ(Main(r).items[kAlternatives][cmu].id, "cmu");
  EXPECT_TRUE((a.decision(0).items(kAlternatives) >> private_insurance) & 1u);
  EXPECT_FALSE((a.decision(0).items(kAlternatives) >> cmu) & 1u);
}

TEST(Assess, QuebecWithoutTheExchangeAnswerIsExactlySettled) {
  // Row by row, "quebec + exchange" and "quebec + no exchange" are both unknown and later rows
  // still look possible; exploring the classes shows both say not_required.
  const Ruleset& r = UniversityPage();
  Assessment a = Assess(r, Parse(r, R"({"origin": "quebec"})"));
  EXPECT_EQ(StatusOf(r, a), "not_required");
  EXPECT_EQ(Ids(r, a.next), (std::vector<std::string>{"exchange_programme"}));
  EXPECT_EQ(a.decision(0).items(kDocuments), 0u);  // which form is not settled yet
}

TEST(Assess, NeverAsksAQuestionThatCannotChangeTheOutcome) {
  // Every internal node of the flow must have at least two different children.
  for (const detail::FlowNode& node : M(UniversityPage()).flow.nodes) {
    if (node.question < 0) continue;
    bool differs = false;
    for (int child : node.children) differs = differs || child != node.children.front();
    EXPECT_TRUE(differs) << UniversityPage().question_id(node.question);
  }
}

TEST(Assess, UselessQuestionIsNotAsked) {
  J json = testing_rulesets::Minimal();
  // "kind" is tested, but the same rule decides whatever its answer.
  json["rules"][0]["when"] = {{"any", J::array({{{"kind", "a"}}, {{"kind", "b"}}})}};
  Result<Ruleset> loaded = LoadRuleset(json.dump());
  ASSERT_TRUE(loaded.ok());
  const Ruleset& r = loaded.value();
  Assessment a = Assess(r, Answers{});
  EXPECT_TRUE(a.complete);
  EXPECT_EQ(RuleOf(r, a), "is_a");
  EXPECT_EQ(a.next.size(), 0);
}

TEST(Assess, AnswersOutOfFlowOrderStillSettle) {
  // Age first, origin later: origin is asked, but the age already answered is used.
  const Ruleset& r = UniversityPage();
  Assessment a = Assess(r, Parse(r, R"({"age": 40, "french_government_scholarship": false})"));
  EXPECT_EQ(Ids(r, a.next).front(), "origin");
  Assessment b =
      Assess(r, Parse(r, R"({"origin": "quebec", "age": 40, "exchange_programme": true})"));
  EXPECT_TRUE(b.complete);
  EXPECT_EQ(RuleOf(r, b), "quebec_exchange");
  EXPECT_EQ(Ids(r, b.asked), (std::vector<std::string>{"origin", "exchange_programme"}));
}

TEST(Assess, GapLeavesTheStatusOpenButAsksNothing) {
  J json = testing_rulesets::Minimal();
  json["rules"].erase(2);  // no fallback: a "b" aged 17 or less matches nothing
  Result<Ruleset> loaded = LoadRuleset(json.dump());
  ASSERT_TRUE(loaded.ok());
  const Ruleset& r = loaded.value();
  Assessment a = Assess(r, Parse(r, R"({"kind": "b", "age": 10})"));
  EXPECT_TRUE(a.complete);
  EXPECT_FALSE(a.decision(0).status());
  EXPECT_FALSE(a.decision(0).rule());
}

TEST(Assess, TruncatedFlowFallsBackToSoundRowByRowAnswers) {
  Ruleset r = testing_model::Altered(UniversityPage(), [](detail::Model& m) {
    m.flow = detail::BuildFlow(m, Answers{}, {/*nodes=*/3, limits::kFlowWork});
  });
  ASSERT_TRUE(M(r).flow.truncated);
  Assessment a = Assess(r, Parse(r, R"({"origin": "other", "french_government_scholarship": false,
                                         "age": 22, "stay_months": 10})"));
  EXPECT_TRUE(a.complete);
  EXPECT_EQ(RuleOf(r, a), "general");
  Assessment b = Assess(r, Parse(r, R"({"origin": "other"})"));
  EXPECT_FALSE(b.complete);
  EXPECT_TRUE(b.approximate);
  EXPECT_EQ(Ids(r, b.next).front(), "french_government_scholarship");
}

// A flow stops at whichever limit comes first, and says which: the node limit bounds memory, the
// work limit (rows read, decisions settled) bounds time.
TEST(Assess, AFlowSaysWhichLimitStoppedIt) {
  const detail::Model& m = M(UniversityPage());
  EXPECT_FALSE(m.flow.truncated);
  detail::Flow by_nodes = detail::BuildFlow(m, Answers{}, {/*nodes=*/3, limits::kFlowWork});
  EXPECT_TRUE(by_nodes.truncated);
  EXPECT_FALSE(by_nodes.out_of_work);
  detail::Flow by_work = detail::BuildFlow(m, Answers{}, {limits::kFlowNodes, /*work=*/40});
  EXPECT_TRUE(by_work.truncated);
  EXPECT_TRUE(by_work.out_of_work);
}

// Each state of the flow reads only the rows its parent left open: a row false or behind a true
// one stays so when an answer is added. With one block of rows per option of a first question,
// the states below it read one block, not every row of every decision (which made a ruleset of
// 16 decisions take seconds to load).
TEST(Assess, AFlowReadsOnlyTheRowsItsParentLeftOpen) {
  using J = nlohmann::ordered_json;
  J json = testing_rulesets::Minimal();
  J options = J::array();
  for (int o = 0; o < 40; ++o) {
    options.push_back({{"id", "o" + std::to_string(o)}, {"label", testing_rulesets::Text("O")}});
  }
  json["questions"][0]["options"] = options;
  J rules = J::array();
  for (int o = 0; o < 40; ++o) {
    for (int age : {20, 40, 60}) {
      rules.push_back({{"id", "r" + std::to_string(o) + "_" + std::to_string(age)},
                       {"title", testing_rulesets::Text("R")},
                       {"when", {{"kind", "o" + std::to_string(o)}, {"age", {{">", age}}}}},
                       {"then", {{"status", age == 40 ? "yes" : "maybe"}}},
                       {"because", testing_rulesets::Text("B")},
                       {"source", "c1"}});
    }
  }
  rules.push_back(json["rules"][2]);
  json["rules"] = rules;
  Ruleset r = testing_model::Load(json.dump());
  const detail::Model& m = M(r);
  ASSERT_FALSE(m.flow.truncated);
  // A row of two tests costs 3 steps to read. Every row is read at the root and once per option
  // (41 x 361 steps), then at most 4 at each of the 160 states below (160 x 12): re-reading all
  // 121 rows at each of the 201 states would take over 72 000.
  EXPECT_FALSE(detail::BuildFlow(m, Answers{}, {limits::kFlowNodes, 20000}).truncated);
  EXPECT_TRUE(detail::BuildFlow(m, Answers{}, {limits::kFlowNodes, 1000}).out_of_work);
}

TEST(Assess, EveryCompleteAnswerSetGetsAStatus) {
  // Brute force over a grid that straddles every threshold: the default ruleset has no gaps,
  // and the flow walk agrees with reading the rows top to bottom.
  const Ruleset& r = UniversityPage();
  for (const char* origin : {"eu_eea", "quebec", "other"}) {
    for (int exchange = 0; exchange < 2; ++exchange) {
      for (int scholarship = 0; scholarship < 2; ++scholarship) {
        for (int age : {0, 28, 29, 120}) {
          for (double stay : {0.0, 2.9, 3.0, 30.0}) {
            for (int flags = 0; flags < 4; ++flags) {
              for (double months : {0.0, 3.0, 3.1}) {
                J answers = {{"origin", origin},
                             {"exchange_programme", exchange == 1},
                             {"french_government_scholarship", scholarship == 1},
                             {"age", age},
                             {"stay_months", stay},
                             {"home_coverage", (flags & 1) != 0},
                             {"low_income", (flags & 2) != 0},
                             {"months_in_france", months}};
                Answers a = Parse(r, answers.dump());
                Assessment result = Assess(r, a);
                ASSERT_TRUE(result.complete) << answers.dump();
                ASSERT_TRUE(result.decision(0).status()) << answers.dump();
                int first_true = -1;
                const auto& rows = Main(r).rules;
                for (std::size_t i = 0; i < rows.size() && first_true < 0; ++i) {
                  if (Evaluate(M(r), rows[i].condition, a) == Truth::kTrue) {
                    first_true = static_cast<int>(i);
                  }
                }
                EXPECT_EQ(result.decision(0).rule().value_or(-1), first_true) << answers.dump();
              }
            }
          }
        }
      }
    }
  }
}

}  // namespace
}  // namespace couverture
