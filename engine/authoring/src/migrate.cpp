#include "couverture/authoring/migrate.h"

#include "couverture/detail/json_document.h"
#include "couverture/limits.h"
#include "couverture/ruleset.h"

namespace couverture::authoring {

using detail::Json;

Result<std::string> MigrateToFormat2(std::string_view text) {
  // Only a ruleset that loads is rewritten, so that the result loads too.
  Result<Ruleset> rules = LoadRuleset(text);
  if (!rules.ok()) return rules.errors();
  Result<Json> parsed =
      detail::ParseJson(text, {limits::kRulesetBytes, limits::kJsonDepth, "ruleset"});
  if (!parsed.ok()) return parsed.errors();
  const Json& old = parsed.value();
  if (rules.value().format() == 2) return detail::Dump(old, 2) + "\n";

  Json decision = Json::object();
  detail::Put(decision, "id", "main");
  detail::Put(decision, "title", *detail::Member(old, "title"));
  detail::Put(decision, "rules", *detail::Member(old, "rules"));
  detail::Put(decision, "outcomes", *detail::Member(old, "outcomes"));
  Json out = Json::object();
  for (const auto& [key, value] : detail::Members(old)) {
    if (key == "format") {
      detail::Put(out, key, 2);
    } else if (key == "source") {
      Json source = Json::object();
      detail::Put(source, "id", "source");
      for (const auto& [field, v] : detail::Members(value)) detail::Put(source, field, v);
      detail::Put(out, "sources", Json::array({source}));
    } else if (key == "rules") {
      detail::Put(out, "decisions", Json::array({decision}));
    } else if (key == "outcomes") {
      continue;  // in the decision
    } else if (key == "citations") {
      Json citations = Json::object();
      for (const auto& [id, citation] : detail::Members(value)) {
        if (!citation.is_object()) {
          detail::Put(citations, id, citation);  // a "$comment"
          continue;
        }
        Json cited = Json::object();
        detail::Put(cited, "source", "source");
        for (const auto& [field, v] : detail::Members(citation)) detail::Put(cited, field, v);
        detail::Put(citations, id, std::move(cited));
      }
      detail::Put(out, key, std::move(citations));
    } else {
      detail::Put(out, key, value);
    }
  }
  return detail::Dump(out, 2) + "\n";
}

}  // namespace couverture::authoring
