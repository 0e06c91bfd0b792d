// The evidence map as text (one block per source) and as JSON.
#include <string>

#include "couverture/authoring/evidence.h"
#include "couverture/detail/json_document.h"
#include "couverture/limits.h"

namespace couverture::authoring {
namespace {

using detail::Json;

std::string ClassCount(const EvidenceStudents& s) {
  if (s.classes == 0) return "no class of students (it never decides)";
  std::string count = std::to_string(s.classes) + (s.classes == 1 ? " class" : " classes");
  if (s.truncated) count = "at least " + count;
  return count + ", e.g. " + s.example;
}

void UseText(const EvidenceUse& use, const std::string& indent, std::string& text) {
  text += indent + Printable(UseName(use));
  if (use.kind != EvidenceUse::Kind::kPeriod) {
    text += ": " + Printable(ClassCount(use.students)) + "\n";
    return;
  }
  if (use.shown_in.empty()) {
    text += ": no text shows it\n";
    return;
  }
  text += ", shown in:\n";
  for (const EvidenceUse& shown : use.shown_in) UseText(shown, indent + "  ", text);
}

Json NullIfEmpty(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

Json UseJson(const EvidenceUse& use) {
  Json j = Json::object();
  switch (use.kind) {
    case EvidenceUse::Kind::kRow:
      j["kind"] = "row";
      j["decision"] = use.decision;
      j["id"] = use.id;
      break;
    case EvidenceUse::Kind::kItem:
      j["kind"] = "item";
      j["decision"] = use.decision;
      j["group"] = use.group;
      j["id"] = use.id;
      break;
    case EvidenceUse::Kind::kPeriod:
      j["kind"] = "period";
      j["parameter"] = use.id;
      j["from"] = use.from;
      j["until"] = NullIfEmpty(use.until);
      break;
  }
  j["path"] = use.path;
  if (use.kind == EvidenceUse::Kind::kPeriod) {
    Json shown = Json::array();
    for (const EvidenceUse& s : use.shown_in) shown.push_back(UseJson(s));
    j["shown_in"] = std::move(shown);
    return j;
  }
  Json students = Json::object();
  students["classes"] = use.students.classes;
  students["at_least"] = use.students.truncated;
  students["example"] = NullIfEmpty(use.students.example);
  // The engine's own output, so it parses; null all the same if not.
  Result<Json> answers =
      use.students.example_answers.empty()
          ? Result<Json>(Json(nullptr))
          : detail::ParseJson(use.students.example_answers,
                              {limits::kAnswersBytes, limits::kJsonDepth, "answers"});
  students["answers"] = answers.ok() ? answers.value() : Json(nullptr);
  j["students"] = std::move(students);
  return j;
}

}  // namespace

std::string EvidenceText(const EvidenceMap& map) {
  std::size_t citations = 0;
  for (const EvidenceSource& s : map.sources) citations += s.citations.size();
  std::string text = "Evidence of " + Printable(map.ruleset) +
                     (map.version.empty() ? "" : " " + Printable(map.version)) + ": " +
                     std::to_string(map.sources.size()) +
                     (map.sources.size() == 1 ? " source, " : " sources, ") +
                     std::to_string(citations) + (citations == 1 ? " citation\n" : " citations\n");
  for (const EvidenceSource& s : map.sources) {
    text += "\n" + Printable(s.id) + ": " + Printable(s.title) + "\n";
    text += "  " +
            (s.url.empty() ? std::string("(no address: not checked online)") : Printable(s.url)) +
            "\n";
    text += "  " + (s.publisher.empty() ? std::string("") : Printable(s.publisher) + ", ") +
            Printable(s.language) + ", checked " + Printable(s.checked) + "\n";
    if (s.citations.empty()) text += "  no citation quotes it\n";
    for (const EvidenceCitation& c : s.citations) {
      text += "  " + Printable(c.id) + " (" + (c.basis.empty() ? "" : Printable(c.basis) + ", ") +
              Printable(c.section) + "): \u201c" + Printable(c.quote) + "\u201d\n";
      text += c.uses.empty() ? "    nothing rests on it\n" : EvidenceUsesText(c.uses, "    ");
    }
  }
  return text;
}

std::string EvidenceJson(const EvidenceMap& map, int indent) {
  Json sources = Json::array();
  for (const EvidenceSource& s : map.sources) {
    Json citations = Json::array();
    for (const EvidenceCitation& c : s.citations) {
      Json uses = Json::array();
      for (const EvidenceUse& use : c.uses) uses.push_back(UseJson(use));
      Json citation = Json::object();
      citation["id"] = c.id;
      citation["section"] = c.section;
      citation["quote"] = c.quote;
      citation["basis"] = NullIfEmpty(c.basis);
      citation["path"] = c.path;
      citation["uses"] = std::move(uses);
      citations.push_back(std::move(citation));
    }
    Json source = Json::object();
    source["id"] = s.id;
    source["title"] = s.title;
    source["url"] = NullIfEmpty(s.url);
    source["language"] = s.language;
    source["checked"] = s.checked;
    source["publisher"] = NullIfEmpty(s.publisher);
    source["path"] = s.path;
    source["citations"] = std::move(citations);
    sources.push_back(std::move(source));
  }
  Json out = Json::object();
  out["ruleset"] = map.ruleset;
  out["version"] = map.version;
  out["format"] = map.format;
  out["sources"] = std::move(sources);
  return detail::Dump(out, indent);
}

std::string EvidenceUsesText(const std::vector<EvidenceUse>& uses, const std::string& indent) {
  std::string text;
  for (const EvidenceUse& use : uses) UseText(use, indent, text);
  return text;
}

std::string EvidenceUsesJson(const std::vector<EvidenceUse>& uses) {
  Json out = Json::array();
  for (const EvidenceUse& use : uses) out.push_back(UseJson(use));
  return detail::Dump(out);
}

}  // namespace couverture::authoring
