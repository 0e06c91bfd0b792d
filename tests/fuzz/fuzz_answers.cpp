// libFuzzer target: any bytes as the default ruleset's answers (JSON) and as a replay link's
// query, through parse, assess and every rendering, in every language. The engine must return
// values or errors: never crash, abort (built without exceptions, nlohmann/json's throw sites
// abort), or loop. A link that parses must also survive the round trip through LinkQuery.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "couverture/answers.h"
#include "couverture/assess.h"
#include "couverture/result.h"

using namespace couverture;

namespace {

void Render(const Ruleset& rules, const Answers& answers) {
  Assessment a = Assess(rules, answers);
  for (int lang = 0; lang < static_cast<int>(rules.languages().size()); ++lang) {
    ResultRenderer renderer = ResultRenderer::Make(rules, lang, *Date::Parse("2026-11-27")).value();
    renderer.ResultJson(answers, a);
    renderer.ResultTemplateJson(answers);
    renderer.HolesJson(answers);
    renderer.TemplateKey(answers);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Ruleset kDefault = LoadRuleset(DefaultRulesetJson()).value();
  std::string_view text(reinterpret_cast<const char*>(data), size);

  Result<Answers> answers = ParseAnswers(kDefault, text);
  if (answers.ok()) {
    Render(kDefault, answers.value());
  } else {
    Summarize(answers.errors());
  }

  Result<Answers> linked = ParseLinkAnswers(kDefault, text);
  if (linked.ok()) {
    Render(kDefault, linked.value());
    Result<Answers> again = ParseLinkAnswers(kDefault, LinkQuery(kDefault, linked.value()));
    if (!again.ok() || again.value().known() != linked.value().known()) std::abort();
    for (int q = 0; q < 64; ++q) {
      if (linked.value().Has(q) && again.value().Get(q) != linked.value().Get(q)) std::abort();
    }
  } else {
    Summarize(linked.errors());
  }
  return 0;
}
