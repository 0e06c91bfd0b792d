// White-box helpers for the engine's tests: the compiled model behind a Ruleset (the core's
// internal model.h), the university page's ruleset, and results as JSON.
#ifndef COUVERTURE_TESTS_SUPPORT_MODEL_ACCESS_H_
#define COUVERTURE_TESTS_SUPPORT_MODEL_ACCESS_H_

#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "couverture/answers.h"
#include "couverture/assess.h"
#include "couverture/detail/model.h"
#include "couverture/language.h"
#include "couverture/result.h"
#include "couverture/ruleset.h"

namespace couverture::testing_model {

inline const detail::Model& M(const Ruleset& rules) { return detail::ModelOf(rules); }
inline const detail::Decision& Main(const Ruleset& rules) { return M(rules).decisions.front(); }

// The university page's ruleset (engine/rulesets/university-page-before-2018.json): small, of
// format 1, and what most of the engine's tests were written against (the built-in ruleset was this
// one until 2026-12-07).
inline std::string UniversityPageJson() {
  std::ifstream in(
      std::string(COUVERTURE_SOURCE_DIR) + "/engine/rulesets/university-page-before-2018.json",
      std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline const Ruleset& UniversityPage() {
  static const Ruleset rules = LoadRuleset(UniversityPageJson()).value();
  return rules;
}

inline Ruleset Load(const std::string& json) {
  Result<Ruleset> rules = LoadRuleset(json);
  if (!rules.ok()) {
    ADD_FAILURE() << Summarize(rules.errors());
    return UniversityPage();
  }
  return std::move(rules).value();
}

// A copy of `rules` whose model `change` alters (the flow rebuilt with a small node limit...).
template <typename Change>
Ruleset Altered(const Ruleset& rules, Change change) {
  auto model = std::make_shared<detail::Model>(M(rules));
  change(*model);
  return detail::ModelAccess::Wrap(std::move(model));
}

inline Answers Parse(const Ruleset& rules, const std::string& json) {
  Result<Answers> a = ParseAnswers(rules, json);
  EXPECT_TRUE(a.ok()) << Summarize(a.errors());
  return a.ok() ? a.value() : Answers{};
}

inline std::vector<std::string> Ids(const Ruleset& rules, const QuestionList& list) {
  std::vector<std::string> ids;
  for (int q : list) ids.push_back(rules.question_id(q));
  return ids;
}

inline std::string StatusOf(const Ruleset& rules, const Assessment& a, int decision = 0) {
  std::optional<int> status = a.decision(decision).status();
  return status ? M(rules).decisions[decision].statuses[*status].id : "(open)";
}

inline std::string RuleOf(const Ruleset& rules, const Assessment& a, int decision = 0) {
  std::optional<int> rule = a.decision(decision).rule();
  return rule ? M(rules).decisions[decision].rules[*rule].id : "(none)";
}

inline nlohmann::ordered_json ResultOf(const Ruleset& rules, const std::string& answers_json,
                                       const std::string& lang = "en",
                                       const std::string& date = "2026-11-27") {
  Answers answers = Parse(rules, answers_json);
  Result<ResultRenderer> renderer =
      ResultRenderer::Make(rules, ResolveLanguage(rules, lang).value(), *Date::Parse(date));
  EXPECT_TRUE(renderer.ok()) << Summarize(renderer.errors());
  return nlohmann::ordered_json::parse(
      renderer.value().ResultJson(answers, Assess(rules, answers)));
}

}  // namespace couverture::testing_model

#endif  // COUVERTURE_TESTS_SUPPORT_MODEL_ACCESS_H_
