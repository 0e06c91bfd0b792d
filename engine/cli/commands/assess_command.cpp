// `couverture assess`: a JSON object of answers in, the result out.
#include "commands.h"
#include "couverture/answers.h"
#include "couverture/assess.h"
#include "couverture/limits.h"
#include "couverture/result.h"

namespace couverture::cli {

int AssessCommand(const Args& args, Output& out) {
  const std::vector<std::string> flags = {"--rules", "--lang", "--date"};
  // Before anything is read: standard input can be read once, and the answers default to it.
  Result<Options> parsed = ParseOptions(args, flags);
  if (parsed.ok() && parsed.value().rules == "-" &&
      (parsed.value().files.empty() || parsed.value().files.front() == "-")) {
    return Fail(
        "standard input named twice (--rules - and the answers, - by default): it can be "
        "read once, so give one of them as a file",
        kUsage);
  }
  auto start = StartCommand(args, flags, /*takes_files=*/true);
  if (auto* error = std::get_if<StartError>(&start)) return Fail(*error);
  const auto& [options, rules, lang] = std::get<Start>(start);
  if (options.files.size() > 1) {
    return Fail("assess takes one answers file (or - for standard input)", kUsage);
  }
  Result<Date> date = DateOption(options.date);
  if (!date.ok()) return Fail(Summarize(date.errors()), kUsage);
  Result<ResultRenderer> renderer = ResultRenderer::Make(rules, lang, date.value());
  if (!renderer.ok()) return Fail("ruleset: " + Summarize(renderer.errors()));
  std::string file = options.files.empty() ? "-" : options.files.front();
  Result<std::string> text = ReadInput(file, limits::kAnswersBytes, "answers");
  if (!text.ok()) return Fail(Summarize(text.errors()));
  Result<Answers> answers = ParseAnswers(rules, text.value());
  if (!answers.ok()) return Fail("answers: " + Summarize(answers.errors()));
  Assessment assessment = Assess(rules, answers.value());
  out.Print(renderer.value().ResultJson(answers.value(), assessment, 2) + "\n");
  return 0;
}

}  // namespace couverture::cli
