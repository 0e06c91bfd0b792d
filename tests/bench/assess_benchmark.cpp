// Assessments per second on the default ruleset (a benchmark that prints figures, not a test).
// Run: build/native/tests/bench/assess_benchmark
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "couverture/answers.h"
#include "couverture/assess.h"
#include "couverture/render_json.h"

namespace couverture {
namespace {

const Ruleset& Default() {
  static const Ruleset rules = LoadRuleset(DefaultRulesetJson()).value();
  return rules;
}

Answers Parse(const std::string& json) { return ParseAnswers(Default(), json).value(); }

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
    Assessment a = Assess(Default(), full);
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
    Assessment a = Assess(Default(), inputs[i]);
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

void BM_ParseAssessRender(benchmark::State& state) {
  const std::string json = R"({"origin": "other", "french_government_scholarship": false,
                               "age": 35, "low_income": true, "months_in_france": 6})";
  for (auto _ : state) {
    Answers a = ParseAnswers(Default(), json).value();
    std::string out = ResultJson(Default(), a, Assess(Default(), a), 0);
    benchmark::DoNotOptimize(out);
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
BENCHMARK(BM_LoadDefaultRuleset);

}  // namespace
}  // namespace couverture

BENCHMARK_MAIN();
