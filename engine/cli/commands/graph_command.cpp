// `couverture graph`: the question flow as Graphviz DOT (render with `dot -Tsvg`).
#include "commands.h"
#include "couverture/authoring/graph.h"

namespace couverture::cli {

int GraphCommand(const Args& args, Output& out) {
  auto start =
      StartCommand(args, {"--rules", "--layer", "--lang", "--date"}, /*takes_files=*/false);
  if (auto* error = std::get_if<StartError>(&start)) return Fail(*error);
  const auto& [options, rules, lang] = std::get<Start>(start);
  Result<Date> date = DateOption(options.date);
  if (!date.ok()) return Fail(Summarize(date.errors()), kUsage);
  out.Print(authoring::FlowDot(rules, lang, date.value()));
  return out.Finish();
}

}  // namespace couverture::cli
