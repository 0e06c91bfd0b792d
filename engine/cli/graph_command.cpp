// `couverture graph`: the question flow as Graphviz DOT (render with `dot -Tsvg`).
#include "commands.h"
#include "couverture/authoring/graph.h"

namespace couverture::cli {

int GraphCommand(const Args& args, Output& out) {
  auto start = StartCommand(args, {"--rules", "--lang"}, /*takes_files=*/false);
  if (auto* error = std::get_if<StartError>(&start)) return Fail(*error);
  const auto& [options, rules, lang] = std::get<Start>(start);
  out.Print(authoring::FlowDot(rules, lang));
  return out.Finish();
}

}  // namespace couverture::cli
