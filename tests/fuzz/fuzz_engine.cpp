// libFuzzer target: any bytes, as a ruleset and as answers, through load, assess and render. The
// engine must return values or errors, never crash, abort or throw.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "couverture/answers.h"
#include "couverture/assess.h"
#include "couverture/render_json.h"

using namespace couverture;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Ruleset kDefault = LoadRuleset(DefaultRulesetJson()).value();
  std::string_view text(reinterpret_cast<const char*>(data), size);

  Result<Answers> answers = ParseAnswers(kDefault, text);
  if (answers.ok()) {
    Assessment a = Assess(kDefault, answers.value());
    for (int lang = 0; lang < static_cast<int>(kDefault.languages.size()); ++lang) {
      ResultJson(kDefault, answers.value(), a, lang);
    }
  } else {
    Summarize(answers.errors());
  }

  Result<Ruleset> rules = LoadRuleset(text);
  if (rules.ok()) {
    // A ruleset that loads must assess anything without failing, from no answers to all of them.
    Answers none;
    ResultJson(rules.value(), none, Assess(rules.value(), none), 0);
    QuestionsJson(rules.value(), 0);
    MetadataJson(rules.value(), 0);
  }
  return 0;
}
