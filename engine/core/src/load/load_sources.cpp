// Where the rules come from: the sources (pages, texts of law) and the sentences quoted from them.
#include "couverture/limits.h"
#include "load_context.h"

namespace couverture::detail {
namespace {

Basis ReadBasis(LoadContext& c, const Json& citation, const std::string& path) {
  std::string basis = c.ReadString(citation, path, "basis", /*required=*/false);
  if (basis.empty()) return Basis::kUnstated;
  if (basis == "official") return Basis::kOfficial;
  if (basis == "university") return Basis::kUniversity;
  if (basis == "inference") return Basis::kInference;
  c.Fail(JoinPath(path, "basis"),
         Quoted(basis) + " is not a basis (official, university, inference)");
  return Basis::kUnstated;
}

void ReadSource(LoadContext& c, const Json& json, const std::string& path, std::string id) {
  Source source;
  source.id = std::move(id);
  source.path = path;
  source.title = c.ReadString(json, path, "title");
  source.url = c.ReadString(json, path, "url", /*required=*/false);
  if (!source.url.empty() && source.url.rfind("https://", 0) != 0 &&
      source.url.rfind("http://", 0) != 0) {
    c.Fail(JoinPath(path, "url"), "expected an http: or https: address");
    source.url.clear();
  }
  source.language = c.ReadString(json, path, "language");
  // Quotes hold the source's own words in its language, so it must be one of the ruleset's.
  if (!source.language.empty() && c.model.LanguageIndex(source.language) < 0) {
    c.Fail(JoinPath(path, "language"),
           "language " + Quoted(source.language) + " is not declared in /languages");
  }
  source.checked = c.ReadDate(json, path, "checked", /*required=*/true).value_or("");
  if (c.model.meta.format == 2) {
    source.publisher = c.ReadString(json, path, "publisher", /*required=*/false);
  }
  c.model.sources.push_back(std::move(source));
}

}  // namespace

void ReadSources(LoadContext& c, const Json& root) {
  if (c.model.meta.format == 1) {
    const Json* source = c.ReadObject(root, "", "source");
    if (!source) return;
    c.CheckKeys(*source, "/source", {"title", "url", "language", "checked"});
    ReadSource(c, *source, "/source", "source");
    return;
  }
  const Json* sources = c.ReadArray(root, "", "sources");
  if (!sources) return;
  if (Elements(*sources).empty()) c.Fail("/sources", "declare at least one source");
  if (!c.WithinLimit(Elements(*sources).size(), limits::kSources, "/sources", "sources")) return;
  for (std::size_t i = 0; i < Elements(*sources).size(); ++i) {
    const Json& json = Elements(*sources)[i];
    std::string path = JoinPath("/sources", i);
    if (!json.is_object()) {
      c.Fail(path, "expected an object, got " + TypeName(json));
      continue;
    }
    c.CheckKeys(json, path, {"id", "title", "url", "language", "checked", "publisher"});
    std::string id = c.ReadId(json, path, "id");
    for (const Source& other : c.model.sources) {
      if (!id.empty() && other.id == id) {
        c.Fail(JoinPath(path, "id"), "duplicate source id " + Quoted(id));
      }
    }
    ReadSource(c, json, path, id);
  }
}

void ReadCitations(LoadContext& c, const Json& root) {
  const Json* citations = c.ReadObject(root, "", "citations");
  if (!citations) return;
  if (!c.WithinLimit(Members(*citations).size(), limits::kCitations, "/citations", "citations")) {
    return;
  }
  bool format2 = c.model.meta.format == 2;
  for (const auto& [id, json] : Members(*citations)) {
    if (!id.empty() && id[0] == '$') continue;
    std::string path = JoinPath("/citations", id);
    c.CheckId(id, path);
    if (!json.is_object()) {
      c.Fail(path, "expected an object, got " + TypeName(json));
      continue;
    }
    Citation citation;
    citation.id = id;
    citation.path = path;
    if (format2) {
      c.CheckKeys(json, path, {"source", "section", "quote", "basis"});
      std::string source = c.ReadString(json, path, "source");
      for (std::size_t s = 0; s < c.model.sources.size(); ++s) {
        if (c.model.sources[s].id == source) citation.source = static_cast<int>(s);
      }
      if (!source.empty() && citation.source < 0) {
        c.Fail(JoinPath(path, "source"), "unknown source " + Quoted(source) + " (see /sources)");
      }
      citation.basis = ReadBasis(c, json, path);
    } else {
      c.CheckKeys(json, path, {"section", "quote"});
      citation.source = c.model.sources.empty() ? -1 : 0;
    }
    citation.section = c.ReadText(json, path, "section");
    citation.quote = c.ReadText(json, path, "quote", LoadContext::Placeholders::kNone);
    c.model.citations.push_back(std::move(citation));
  }
}

}  // namespace couverture::detail
