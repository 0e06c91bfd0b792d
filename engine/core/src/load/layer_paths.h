// How a layer names the base's things (internal): by id paths, JSON pointers whose array
// elements are named by their "id" ("/decisions/health/rules/register_online/because") rather
// than their place, so that a layer keeps pointing at the same row when the base reorders its
// rows. An element without an id (a parameter's period) is named by its index.
#ifndef COUVERTURE_CORE_LAYER_PATHS_H_
#define COUVERTURE_CORE_LAYER_PATHS_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "couverture/detail/json_document.h"

namespace couverture::detail {

// The value an id path names in `root`, and its JSON pointer there; nullopt when the path does
// not name anything (or is not a JSON pointer). At most kIdPathTokens tokens.
inline constexpr std::size_t kIdPathTokens = 16;
struct Found {
  Json* value;
  std::string pointer;
};
std::optional<Found> FindByIdPath(Json& root, std::string_view id_path);

// An object whose every key (but "$" ones) is one of `languages` and whose values are strings:
// how a text looks in a ruleset.
bool LooksLikeText(const Json& value, const std::vector<std::string>& languages);

// Calls `visit(pointer, id_path, text)` for each text of a ruleset document, in document order,
// except those under conditions and `then` (which hold none) and under pointers `skip` holds.
void ForEachText(
    const Json& root, const std::vector<std::string>& languages,
    const std::function<bool(const std::string&)>& skip,
    const std::function<void(const std::string&, const std::string&, const Json&)>& visit);

// `path` with the longest prefix found among `origins` (composed pointer -> layer pointer)
// replaced, token-wise; nullopt when none is a prefix.
std::optional<std::string> ToLayerPath(
    const std::vector<std::pair<std::string, std::string>>& origins, const std::string& path);

}  // namespace couverture::detail

#endif  // COUVERTURE_CORE_LAYER_PATHS_H_
