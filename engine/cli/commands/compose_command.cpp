// `couverture compose BASE LAYER`: the layer applied to the base, as a plain ruleset a page can
// use as it is. It is printed only once it loads, so what is written is a ruleset that works.
#include <cstdio>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "couverture/layer.h"
#include "couverture/limits.h"

namespace couverture::cli {

int ComposeCommand(const Args& args, Output& out) {
  Result<Options> parsed = ParseOptions(args, {});
  if (!parsed.ok()) return Fail(Summarize(parsed.errors()), kUsage);
  const std::vector<std::string>& files = parsed.value().files;
  if (files.size() != 2)
    return Fail("compose takes a base and a layer: couverture compose BASE LAYER", kUsage);
  if (files[0] == "-" && files[1] == "-") {
    return Fail("compose reads at most one file from standard input", kUsage);
  }
  Result<std::string> base = ReadRulesText(files[0]);
  if (!base.ok()) return Fail(Summarize(base.errors()));
  Result<std::string> layer = ReadInput(files[1], limits::kLayerBytes, "a layer");
  if (!layer.ok()) return Fail(Summarize(layer.errors()));
  Result<LayeredRuleset> loaded = LoadLayered(base.value(), layer.value());
  if (!loaded.ok()) {
    for (const Error& e : loaded.errors())
      std::fprintf(stderr, "error: %s\n", e.ToString().c_str());
    return Fail("layer: " + std::to_string(loaded.errors().size()) + " error(s) (in " +
                Printable(files[1]) + ")");
  }
  const Composition& composition = loaded.value().composition;
  for (const LayerNote& w : composition.warnings) {
    std::fprintf(stderr, "couverture: warning: %s: %s\n", w.path.c_str(),
                 Printable(w.message).c_str());
  }
  nlohmann::ordered_json json = nlohmann::ordered_json::parse(composition.ruleset, nullptr, false);
  out.Print(json.is_discarded()
                ? composition.ruleset + "\n"
                : json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) +
                      "\n");
  return out.Finish();
}

}  // namespace couverture::cli
