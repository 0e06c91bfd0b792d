// The explanation: every row above the deciding one with why it does not apply, in the student's
// language, and where precedence overrode a later row.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "model_access.h"

namespace couverture {
namespace {

nlohmann::ordered_json Result(const std::string& answers_json, const std::string& lang = "en") {
  return testing_model::ResultOf(testing_model::UniversityPage(), answers_json, lang);
}

TEST(Explain, ListsEachHigherRuleWithTheAnswerThatRuledItOut) {
  nlohmann::ordered_json r = Result(R"({"origin": "other", "french_government_scholarship": false,
                                "age": 22, "stay_months": 8})");
  const auto& rules = r["explanation"]["rules"];
  ASSERT_EQ(rules.size(), 9u);  // eight rules that do not apply, then the general rule
  EXPECT_EQ(rules[0]["rule"], "eu_eea");
  EXPECT_EQ(rules[0]["verdict"], "not_applicable");
  EXPECT_EQ(rules[0]["text"],
            "Citizen of the European Union or the European Economic Area: does not apply "
            "(Your situation: Neither of these).");
  EXPECT_EQ(rules[0]["source"], "eu_exempt");
  EXPECT_EQ(rules[5]["text"], "Over 28 and not an EU/EEA citizen: does not apply (Age: 22 years).");
  EXPECT_EQ(rules[7]["text"],
            "Studying in France for less than three months: does not apply "
            "(Length of study in France: 8 months).");
  EXPECT_EQ(rules[8]["verdict"], "decides");
  EXPECT_EQ(rules[8]["source"], "general_rule");
  EXPECT_TRUE(r["sources"].contains("general_rule"));
  EXPECT_EQ(r["sources"]["general_rule"]["quote"],
            "Upon registering to a higher educational institution, affiliation to the student "
            "Social Security is mandatory.");
}

TEST(Explain, SaysWhichLowerRulesPrecedenceOverrode) {
  nlohmann::ordered_json r = Result(R"({"origin": "quebec", "exchange_programme": false,
                                "french_government_scholarship": true, "age": 40})");
  EXPECT_EQ(r["rule"], "quebec");
  std::vector<std::string> overridden;
  for (const auto& row : r["explanation"]["rules"]) {
    if (row["verdict"] == "overridden") overridden.push_back(row["rule"]);
  }
  EXPECT_EQ(overridden, (std::vector<std::string>{"french_government_scholarship", "over_28"}));
  EXPECT_EQ(
      r["explanation"]["rules"][3]["text"],
      "French Government scholarship holder: would also apply, but “From Quebec” comes first.");
}

TEST(Explain, PendingRulesSayWhatTheyWaitFor) {
  nlohmann::ordered_json r = Result(R"({"origin": "other"})");
  const auto& rules = r["explanation"]["rules"];
  ASSERT_GE(rules.size(), 4u);
  EXPECT_EQ(rules[3]["verdict"], "pending");
  EXPECT_EQ(rules[3]["text"],
            "French Government scholarship holder: depends on your answer to “French Government "
            "scholarship”.");
}

TEST(Explain, FrenchTextsAndCitationsKeepTheOriginal) {
  nlohmann::ordered_json r = Result(R"({"origin": "eu_eea"})", "fr");
  EXPECT_EQ(r["lang"], "fr");
  EXPECT_EQ(r["headline"]["title"],
            "Vous n’avez pas à vous affilier à la Sécurité sociale française");
  EXPECT_EQ(r["documents"][0]["text"],
            "Carte européenne d’assurance maladie\u00a0: elle prouve que vous avez une couverture "
            "sociale dans votre pays.");
  EXPECT_EQ(r["sources"]["eu_exempt"]["original"],
            "In this case, you will not have to be affiliated to Social Security in France.");
  EXPECT_EQ(r["sources"]["eu_exempt"]["quote"],
            "Dans ce cas, vous n’aurez pas à être affilié à la Sécurité sociale en France.");
}

TEST(Explain, FrenchNumbersUseADecimalComma) {
  nlohmann::ordered_json r = Result(R"({"origin": "other", "french_government_scholarship": false,
                                "age": 22, "stay_months": 3.5})",
                                    "fr");
  EXPECT_EQ(r["explanation"]["rules"][7]["text"],
            "Études en France de moins de trois mois\u00a0: ne s’applique pas (Durée des études en "
            "France\u00a0: 3,5 mois).");
}

}  // namespace
}  // namespace couverture
