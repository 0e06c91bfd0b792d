#include "layer_paths.h"

#include <algorithm>

namespace couverture::detail {
namespace {

// RFC 6901 reference tokens, unescaped; nullopt for a text that is not a pointer.
std::optional<std::vector<std::string>> Tokens(std::string_view pointer) {
  std::vector<std::string> tokens;
  if (pointer.empty() || pointer[0] != '/') return std::nullopt;
  std::size_t start = 1;
  while (true) {
    if (tokens.size() == kIdPathTokens) return std::nullopt;
    std::size_t end = pointer.find('/', start);
    std::string_view raw =
        pointer.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    std::string token;
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] != '~') {
        token += raw[i];
      } else if (i + 1 < raw.size() && (raw[i + 1] == '0' || raw[i + 1] == '1')) {
        token += raw[++i] == '0' ? '~' : '/';
      } else {
        return std::nullopt;
      }
    }
    tokens.push_back(std::move(token));
    if (end == std::string_view::npos) return tokens;
    start = end + 1;
  }
}

bool IsIndex(const std::string& token, std::size_t* index) {
  if (token.empty() || token.size() > 6) return false;
  std::size_t n = 0;
  for (char c : token) {
    if (c < '0' || c > '9') return false;
    n = n * 10 + static_cast<std::size_t>(c - '0');
  }
  *index = n;
  return true;
}

void Walk(const Json& value, const std::string& pointer, const std::string& id_path,
          const std::vector<std::string>& languages,
          const std::function<bool(const std::string&)>& skip,
          const std::function<void(const std::string&, const std::string&, const Json&)>& visit) {
  if (skip(pointer)) return;
  if (value.is_object()) {
    if (!pointer.empty() && LooksLikeText(value, languages)) return visit(pointer, id_path, value);
    for (const auto& [key, member] : Members(value)) {
      if (key.empty() || key[0] == '$' || key == "when" || key == "applies" || key == "then") {
        continue;
      }
      Walk(member, JoinPath(pointer, key), JoinPath(id_path, key), languages, skip, visit);
    }
  } else if (value.is_array()) {
    const Json::array_t& elements = Elements(value);
    for (std::size_t i = 0; i < elements.size(); ++i) {
      const Json* id = Member(elements[i], "id");
      std::string name =
          id && id->is_string() ? JoinPath(id_path, StringOf(*id)) : JoinPath(id_path, i);
      Walk(elements[i], JoinPath(pointer, i), name, languages, skip, visit);
    }
  }
}

}  // namespace

std::optional<Found> FindByIdPath(Json& root, std::string_view id_path) {
  std::optional<std::vector<std::string>> tokens = Tokens(id_path);
  if (!tokens) return std::nullopt;
  Json* at = &root;
  std::string pointer;
  for (const std::string& token : *tokens) {
    if (at->is_object()) {
      auto it = at->find(token);
      if (it == at->end()) return std::nullopt;
      at = &*it;
      pointer = JoinPath(pointer, token);
    } else if (at->is_array()) {
      Json* next = nullptr;
      std::size_t i = 0, index = 0;
      for (Json& element : *at) {
        const Json* id = Member(element, "id");
        if (id && id->is_string() && StringOf(*id) == token) {
          next = &element;
          break;
        }
        ++i;
      }
      // Elements without ids (a parameter's periods) are named by their place.
      if (!next && IsIndex(token, &index) && index < at->size()) {
        const Json* id = Member((*at)[index], "id");
        if (!id) next = &(*at)[index], i = index;
      }
      if (!next) return std::nullopt;
      at = next;
      pointer = JoinPath(pointer, i);
    } else {
      return std::nullopt;
    }
  }
  return Found{at, pointer};
}

bool LooksLikeText(const Json& value, const std::vector<std::string>& languages) {
  if (!value.is_object()) return false;
  bool any = false;
  for (const auto& [key, member] : Members(value)) {
    if (!key.empty() && key[0] == '$') continue;
    if (!member.is_string()) return false;
    if (std::find(languages.begin(), languages.end(), key) == languages.end()) return false;
    any = true;
  }
  return any;
}

void ForEachText(
    const Json& root, const std::vector<std::string>& languages,
    const std::function<bool(const std::string&)>& skip,
    const std::function<void(const std::string&, const std::string&, const Json&)>& visit) {
  Walk(root, "", "", languages, skip, visit);
}

std::optional<std::string> ToLayerPath(
    const std::vector<std::pair<std::string, std::string>>& origins, const std::string& path) {
  const std::pair<std::string, std::string>* best = nullptr;
  for (const auto& origin : origins) {
    const std::string& prefix = origin.first;
    bool matches = path.compare(0, prefix.size(), prefix) == 0 &&
                   (path.size() == prefix.size() || path[prefix.size()] == '/');
    if (matches && (!best || prefix.size() > best->first.size())) best = &origin;
  }
  if (!best) return std::nullopt;
  return best->second + path.substr(best->first.size());
}

}  // namespace couverture::detail
