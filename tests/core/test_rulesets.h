// Small rulesets for unit tests, built as JSON so each test can break exactly one thing.
#ifndef COUVERTURE_TESTS_TEST_RULESETS_H_
#define COUVERTURE_TESTS_TEST_RULESETS_H_

#include <nlohmann/json.hpp>
#include <string>

#include "couverture/ruleset.h"

namespace couverture::testing_rulesets {

inline nlohmann::ordered_json Text(const std::string& en) { return {{"en", en}}; }

// Two questions (a choice and an integer), three rules: "a" → yes; age > 17 → maybe; else no.
inline nlohmann::ordered_json Minimal() {
  using J = nlohmann::ordered_json;
  J phrases = J::object();
  for (const char* p : {"yes", "no", "not_applicable", "overridden", "pending", "order"}) {
    phrases[p] = Text(std::string(p) + " {rule} {question} {answer} {winner}");
  }
  return J{{"format", 1},
           {"id", "mini"},
           {"version", "1"},
           {"title", Text("Mini")},
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
           {"rules", J::array({{{"id", "is_a"},
                                {"title", Text("Is A")},
                                {"when", {{"kind", "a"}}},
                                {"then", {{"status", "yes"}, {"documents", J::array({"card"})}}},
                                {"because", Text("Because A")},
                                {"source", "c1"}},
                               {{"id", "adult"},
                                {"title", Text("Adult")},
                                {"when", {{"age", {{">", 17}}}}},
                                {"then", {{"status", "maybe"}}},
                                {"because", Text("Because adult")},
                                {"source", "c1"}},
                               {{"id", "otherwise"},
                                {"title", Text("Otherwise")},
                                {"then", {{"status", "no"}}},
                                {"because", Text("Because")},
                                {"source", "c1"}}})},
           {"outcomes",
            {{"status",
              {{"yes", {{"title", Text("Yes")}}},
               {"maybe", {{"title", Text("Maybe")}}},
               {"no", {{"title", Text("No")}}}}},
             {"documents", {{"card", {{"text", Text("A card")}, {"source", "c1"}}}}}}},
           {"citations", {{"c1", {{"section", Text("S")}, {"quote", Text("Q")}}}}}};
}

}  // namespace couverture::testing_rulesets

#endif  // COUVERTURE_TESTS_TEST_RULESETS_H_
