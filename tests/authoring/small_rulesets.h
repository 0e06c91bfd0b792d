// A small ruleset for the verifier's tests, built as JSON so each test can plant one defect.
#ifndef COUVERTURE_TESTS_AUTHORING_SMALL_RULESETS_H_
#define COUVERTURE_TESTS_AUTHORING_SMALL_RULESETS_H_

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "couverture/ruleset.h"
#include "test_rulesets.h"

namespace couverture::small {

using J = nlohmann::ordered_json;

using testing_rulesets::Text;

inline J Rule(const std::string& id, J when, const std::string& status) {
  J rule = {{"id", id}, {"title", Text(id)}};
  if (!when.is_null()) rule["when"] = std::move(when);
  rule["then"] = {{"status", status}};
  rule["because"] = Text("because " + id);
  rule["source"] = "c1";
  return rule;
}

// The engine tests' minimal ruleset (questions "kind", a choice a/b, and "age", an integer 0..120)
// with plain rows: kind a → yes, age > 17 → maybe, otherwise → no, and no documents. Verifies clean
// apart from one precedence note (a adult: "is_a" first).
inline J Small() {
  J json = testing_rulesets::Minimal();
  json["id"] = "small";
  json["title"] = Text("Small");
  json["rules"] =
      J::array({Rule("is_a", {{"kind", "a"}}, "yes"),
                Rule("adult", {{"age", {{">", 17}}}}, "maybe"), Rule("otherwise", nullptr, "no")});
  json["outcomes"].erase("documents");
  return json;
}

inline Ruleset Load(const J& json) {
  Result<Ruleset> rules = LoadRuleset(json.dump());
  if (!rules.ok()) {
    ADD_FAILURE() << Summarize(rules.errors());
    return LoadRuleset(Small().dump()).value();
  }
  return std::move(rules).value();
}

}  // namespace couverture::small

#endif  // COUVERTURE_TESTS_AUTHORING_SMALL_RULESETS_H_
