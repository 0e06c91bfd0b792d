// A small ruleset for the verifier's tests, built as JSON so each test can plant one defect.
#ifndef COUVERTURE_TESTS_AUTHORING_SMALL_RULESETS_H_
#define COUVERTURE_TESTS_AUTHORING_SMALL_RULESETS_H_

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "couverture/ruleset.h"

namespace couverture::small {

using J = nlohmann::ordered_json;

inline J Text(const std::string& en) { return {{"en", en}}; }

inline J Rule(const std::string& id, J when, const std::string& status) {
  J rule = {{"id", id}, {"title", Text(id)}};
  if (!when.is_null()) rule["when"] = std::move(when);
  rule["then"] = {{"status", status}};
  rule["because"] = Text("because " + id);
  rule["source"] = "c1";
  return rule;
}

// Questions "kind" (choice a/b) and "age" (integer 0..120); rows: kind a → yes, age > 17 → maybe,
// otherwise → no. Verifies clean apart from one precedence note (a adult: "is_a" first).
inline J Small() {
  J phrases = J::object();
  for (const char* p : {"yes", "no", "not_applicable", "overridden", "pending", "order"}) {
    phrases[p] = Text(p);
  }
  return J{{"format", 1},
           {"id", "small"},
           {"version", "1"},
           {"title", Text("Small")},
           {"languages", J::array({"en"})},
           {"source", {{"title", "Test"}, {"language", "en"}, {"checked", "2026-01-01"}}},
           {"phrases", phrases},
           {"questions", J::array({{{"id", "kind"},
                                    {"type", "choice"},
                                    {"label", Text("Kind?")},
                                    {"short", Text("Kind")},
                                    {"options", J::array({{{"id", "a"}, {"label", Text("A")}},
                                                          {{"id", "b"}, {"label", Text("B")}}})}},
                                   {{"id", "age"},
                                    {"type", "integer"},
                                    {"min", 0},
                                    {"max", 120},
                                    {"label", Text("Age?")},
                                    {"short", Text("Age")}}})},
           {"rules", J::array({Rule("is_a", {{"kind", "a"}}, "yes"),
                               Rule("adult", {{"age", {{">", 17}}}}, "maybe"),
                               Rule("otherwise", nullptr, "no")})},
           {"outcomes",
            {{"status",
              {{"yes", {{"title", Text("Yes")}}},
               {"maybe", {{"title", Text("Maybe")}}},
               {"no", {{"title", Text("No")}}}}}}},
           {"citations", {{"c1", {{"section", Text("S")}, {"quote", Text("Q")}}}}}};
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
