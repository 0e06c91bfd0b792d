// Assessments per second on the default ruleset (a benchmark that prints figures, not a test).
// Run: build/native/tests/bench/assess_benchmark
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "couverture/answers.h"
#include "couverture/assess.h"
#include "couverture/result.h"

namespace couverture {
namespace {

const Ruleset& UniversityPage() {
  static const Ruleset rules = LoadRuleset(DefaultRulesetJson()).value();
  return rules;
}

Answers Parse(const std::string& json) { return ParseAnswers(UniversityPage(), json).value(); }

// Complete answer sets, one per rule of the table.
std::vector<Answers> Complete() {
  return {Parse(R"({"origin": "eu_eea"})"),
          Parse(R"({"origin": "quebec", "exchange_programme": true})"),
          Parse(R"({"origin": "quebec", "exchange_programme": false})"),
          Parse(R"({"origin": "other", "french_government_scholarship": true})"),
          Parse(R"({"origin": "other", "french_government_scholarship": false, "age": 35,
                   "low_income": true, "months_in_france": 6})"),
          Parse(R"({"origin": "other", "french_government_scholarship": false, "age": 35,
                   "low_income": false})"),
          Parse(R"({"origin": "other", "french_government_scholarship": false, "age": 20,
                   "stay_months": 2, "home_coverage": true})"),
          Parse(R"({"origin": "other", "french_government_scholarship": false, "age": 20,
                   "stay_months": 2, "home_coverage": false})"),
          Parse(R"({"origin": "other", "french_government_scholarship": false, "age": 20,
                   "stay_months": 10})")};
}

// What the widget sends: every prefix of every complete flow, from no answers on.
std::vector<Answers> FlowPrefixes() {
  std::vector<Answers> prefixes;
  for (const Answers& full : Complete()) {
    Assessment a = Assess(UniversityPage(), full);
    Answers prefix;
    prefixes.push_back(prefix);
    for (int q : a.asked) {
      prefix.Set(q, full.Get(q));
      prefixes.push_back(prefix);
    }
  }
  return prefixes;
}

void RunAssess(benchmark::State& state, const std::vector<Answers>& inputs) {
  std::size_t i = 0;
  for (auto _ : state) {
    Assessment a = Assess(UniversityPage(), inputs[i]);
    benchmark::DoNotOptimize(a);
    if (++i == inputs.size()) i = 0;
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}

void BM_AssessComplete(benchmark::State& state) { RunAssess(state, Complete()); }
void BM_AssessFlowPrefixes(benchmark::State& state) { RunAssess(state, FlowPrefixes()); }

// Answers out of flow order make Assess explore from them on the spot: the slow path.
void BM_AssessOutOfOrder(benchmark::State& state) {
  RunAssess(state, {Parse(R"({"origin": "other", "age": 30})"),
                    Parse(R"({"age": 20, "stay_months": 1})")});
}

// What `couverture assess` does per answer set, the renderer (the texts of a language and date)
// made once as the CLI makes it once per process.
void BM_ParseAssessRender(benchmark::State& state) {
  const std::string json = R"({"origin": "other", "french_government_scholarship": false,
                               "age": 35, "low_income": true, "months_in_france": 6})";
  ResultRenderer renderer = ResultRenderer::Make(UniversityPage(), 0, *Date::Parse("2026-11-27")).value();
  for (auto _ : state) {
    Answers a = ParseAnswers(UniversityPage(), json).value();
    std::string out = renderer.ResultJson(a, Assess(UniversityPage(), a));
    benchmark::DoNotOptimize(out);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}

// What the WebAssembly API does per new answer set whose classes it has seen (the numbers differ
// each time): its template's key and the texts of its holes (the template is kept in JavaScript).
void BM_ParseKeyHoles(benchmark::State& state) {
  ResultRenderer renderer = ResultRenderer::Make(UniversityPage(), 0, *Date::Parse("2026-11-27")).value();
  int n = 0;
  for (auto _ : state) {
    std::string json = R"({"origin": "other", "french_government_scholarship": false, "age": )" +
                       std::to_string(29 + n % 90) +
                       R"(, "low_income": true, "months_in_france": )" + std::to_string(4 + n % 7) +
                       "}";
    ++n;
    Answers a = ParseAnswers(UniversityPage(), json).value();
    std::string key = renderer.TemplateKey(a);
    std::string holes = renderer.HolesJson(a);
    benchmark::DoNotOptimize(key);
    benchmark::DoNotOptimize(holes);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}

// The result template for answers of classes not seen yet: what the WebAssembly API adds for
// them (here always the same classes, rendered again each time).
void BM_ResultTemplate(benchmark::State& state) {
  ResultRenderer renderer = ResultRenderer::Make(UniversityPage(), 0, *Date::Parse("2026-11-27")).value();
  Answers a = Parse(R"({"origin": "other", "french_government_scholarship": false, "age": 35,
                        "low_income": true, "months_in_france": 6})");
  int age = *UniversityPage().FindQuestion("age");
  int n = 0;
  for (auto _ : state) {
    a.Set(age, 29 + n++ % 90);
    std::string out = renderer.ResultTemplateJson(a);
    benchmark::DoNotOptimize(out);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}

void BM_ParseAnswers(benchmark::State& state) {
  const std::string json = R"({"origin": "other", "french_government_scholarship": false,
                               "age": 35, "low_income": true, "months_in_france": 6})";
  for (auto _ : state) {
    Result<Answers> a = ParseAnswers(UniversityPage(), json);
    benchmark::DoNotOptimize(a);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}

void BM_LoadDefaultRuleset(benchmark::State& state) {
  for (auto _ : state) {
    Result<Ruleset> r = LoadRuleset(DefaultRulesetJson());
    benchmark::DoNotOptimize(r);
  }
}

BENCHMARK(BM_AssessComplete);
BENCHMARK(BM_AssessFlowPrefixes);
BENCHMARK(BM_AssessOutOfOrder);
BENCHMARK(BM_ParseAssessRender);
BENCHMARK(BM_ParseKeyHoles);
BENCHMARK(BM_ResultTemplate);
BENCHMARK(BM_ParseAnswers);
BENCHMARK(BM_LoadDefaultRuleset);

}  // namespace
}  // namespace couverture

BENCHMARK_MAIN();
