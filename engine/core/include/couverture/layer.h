// A layer: a university's additions to a national ruleset, kept in its own document so that the
// national rules can be updated under it (engine/README.md, "Layers"). Composition works on the
// two JSON documents and gives a plain ruleset document, which LoadRuleset compiles as any other.
#ifndef COUVERTURE_LAYER_H_
#define COUVERTURE_LAYER_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "couverture/error.h"
#include "couverture/ruleset.h"

namespace couverture {

// Something composition wants a reader to see without refusing the layer: a warning (a layer
// written for another version of the base) or an override of a national row.
struct LayerNote {
  std::string kind;  // "base_version" (a warning) or "override" (listed by check)
  std::string path;  // in the layer document
  std::string message;
};

struct Composition {
  std::string ruleset;  // the composed ruleset, compact JSON
  std::vector<LayerNote> warnings;
  std::vector<LayerNote> overrides;
  // Where what the layer put in the composed document came from: a JSON pointer in the composed
  // ruleset and the one in the layer it came from, so that the loader's errors name the layer.
  std::vector<std::pair<std::string, std::string>> origins;
};

// The base ruleset (format 2) with the layer applied, or every problem found: paths in the layer
// document ("/items/0/statuses/1: decision \"health\" has no status \"register\""), or in the
// base where the base is at fault ("base: ..." messages).
Result<Composition> ComposeRuleset(std::string_view base_json, std::string_view layer_json);

// LoadRuleset on the composed document, with each error's path taken back to the layer where the
// layer put what is wrong (and marked as the base's otherwise).
Result<Ruleset> LoadComposition(const Composition& composition);

// Both at once: what the CLI and the WebAssembly module call.
struct LayeredRuleset {
  Ruleset ruleset;
  Composition composition;
};
Result<LayeredRuleset> LoadLayered(std::string_view base_json, std::string_view layer_json);

// The notes as JSON: {"warnings": [{kind, path, message}], "overrides": [...]}.
std::string LayerNotesJson(const Composition& composition);

}  // namespace couverture

#endif  // COUVERTURE_LAYER_H_
