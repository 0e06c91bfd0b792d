#include <iostream>

#include "commands.h"
#include "couverture/answers.h"
#include "couverture/assess.h"
#include "couverture/render_json.h"
#include "input.h"
#include "options.h"

namespace couverture::cli {

int AssessCommand(const Args& args) {
  Result<Options> options = ParseOptions(args, {"--rules", "--lang"});
  if (!options.ok()) return Fail(Summarize(options.errors()));
  const Options& o = options.value();
  if (o.files.size() > 1) return Fail("assess takes one answers file (or - for standard input)");
  Result<Ruleset> rules = LoadRulesOption(o.rules);
  if (!rules.ok()) return Fail("ruleset: " + Summarize(rules.errors()));
  Result<int> lang = LanguageOption(rules.value(), o.lang);
  if (!lang.ok()) return Fail(Summarize(lang.errors()));
  std::string file = o.files.empty() ? "-" : o.files.front();
  Result<std::string> text = ReadInput(file);
  if (!text.ok()) return Fail(Summarize(text.errors()));
  Result<Answers> answers = ParseAnswers(rules.value(), text.value());
  if (!answers.ok()) return Fail("answers: " + Summarize(answers.errors()));
  Assessment assessment = Assess(rules.value(), answers.value());
  std::cout << ResultJson(rules.value(), answers.value(), assessment, lang.value(), 2) << "\n";
  return 0;
}

}  // namespace couverture::cli
