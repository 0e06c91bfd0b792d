// libFuzzer target: any bytes as a ruleset, through the loader and, when it loads, everything a
// ruleset is used for: assessing from no answers, rendering in every language, and the authoring
// tools (verify, table, graph, scenarios) with small limits so that each input stays quick.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "couverture/answers.h"
#include "couverture/assess.h"
#include "couverture/authoring/coverage.h"
#include "couverture/authoring/graph.h"
#include "couverture/authoring/scenarios.h"
#include "couverture/authoring/table.h"
#include "couverture/authoring/verify.h"
#include "couverture/result.h"

using namespace couverture;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  Result<Ruleset> rules = LoadRuleset(text);
  if (!rules.ok()) {
    Summarize(rules.errors());
    return 0;
  }
  const Ruleset& r = rules.value();
  Answers none;
  Assessment a = Assess(r, none);
  for (int lang = 0; lang < static_cast<int>(r.languages().size()); ++lang) {
    for (const char* date : {"2000-01-01", "2026-11-27"}) {
      authoring::FlowDot(r, lang, *Date::Parse(date));
      Result<ResultRenderer> renderer = ResultRenderer::Make(r, lang, *Date::Parse(date));
      if (!renderer.ok()) continue;  // a parameter without a value then: an error, not a crash
      renderer.value().ResultJson(none, a);
      renderer.value().QuestionsJson();
      renderer.value().MetadataJson();
    }
  }
  authoring::VerifyOptions options;
  options.today = "2026-11-27";
  options.search_budget = 20000;
  authoring::Verification v = authoring::Verify(r, options);
  authoring::VerificationText(r, v);
  authoring::VerificationJson(r, v);
  authoring::CoverageMarkdown(r, 0, 50);
  authoring::CoverageCsv(r, 0, 50);
  authoring::Scenarios(r, authoring::EnumerateCoverage(r, std::nullopt, 50), 0);
  return 0;
}
