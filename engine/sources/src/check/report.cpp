// The check's report: one line per problem, then a block per source (text), or the same as JSON.
#include <nlohmann/json.hpp>

#include "couverture/sources/check.h"
#include "match/tokens.h"

namespace couverture::sources {
namespace {

using Json = nlohmann::ordered_json;
using authoring::EvidenceCitation;
using authoring::EvidenceSource;

constexpr const char* kOpen = "\u201c";
constexpr const char* kClose = "\u201d";

std::string Q(std::string_view text, std::size_t max = kPassageBytes) {
  return kOpen + Printable(internal::Cut(text, max)) + kClose;
}

std::string Plural(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string DifferencesText(const std::vector<Difference>& differences, std::size_t max) {
  std::string out;
  for (std::size_t i = 0; i < differences.size() && i < max; ++i) {
    if (!out.empty()) out += "; ";
    out += Q(differences[i].before, 120) + " \u2192 " + Q(differences[i].after, 120);
  }
  if (differences.size() > max) out += "; \u2026";
  return out;
}

// The line saying why a source could not be checked (or moved), "" when it was read in place.
std::string SourceProblem(const SourceCheck& check, const EvidenceSource& source) {
  const FetchResult& f = check.fetch;
  std::string not_checked =
      check.quotes.empty()
          ? ""
          : " (" + Plural(check.quotes.size(), "quote", "quotes") + " not checked)";
  switch (check.state) {
    case SourceState::kNoAddress:
    case SourceState::kOk: return "";
    case SourceState::kMoved:
      for (const Redirect& r : f.redirects) {
        if (r.status == 301 || r.status == 308) {
          return "moved permanently (" + std::to_string(r.status) + ") to " + Printable(f.url);
        }
      }
      return "moved to " + Printable(f.url);
    case SourceState::kHttpError:
      return "HTTP " + std::to_string(f.status) + " from " + Printable(f.url) + not_checked;
    case SourceState::kUnreachable:
      return "unreachable: " + Printable(f.error) + " (" + Printable(source.url) + ")" +
             not_checked;
    case SourceState::kTooLarge:
      return Printable(f.error) + " (" + Printable(f.url) + ")" + not_checked;
    case SourceState::kTooManyRedirects:
      return Printable(f.error) + " from " + Printable(source.url) + not_checked;
    case SourceState::kUnreadable:
      return "cannot read the page: " + Printable(check.error) + not_checked;
  }
  return "";
}

std::string SnapshotProblem(const SourceCheck& check) {
  if (check.snapshot == SnapshotState::kUnreadable) {
    return "snapshot: " + Printable(check.snapshot_error);
  }
  if (check.snapshot != SnapshotState::kChanged || check.updated) return "";
  std::size_t passages = check.changes.changes.size() + check.changes.more;
  return "text changed since the snapshot of " + Printable(check.snapshot_fetched) + " (" +
         Plural(passages, "passage", "passages") + ")";
}

std::string QuoteProblem(const QuoteCheck& q, const EvidenceCitation& c) {
  if (q.state == QuoteState::kChanged) {
    std::vector<Difference> all;
    for (const Passage& p : q.passages)
      all.insert(all.end(), p.differences.begin(), p.differences.end());
    return "quote " + Printable(c.id) + " changed: " + DifferencesText(all, 3);
  }
  if (q.state == QuoteState::kMissing)
    return "quote " + Printable(c.id) + " not found: " + Q(c.quote, 100);
  return "";
}

std::string SnapshotLine(const SourceCheck& check) {
  switch (check.snapshot) {
    case SnapshotState::kNotCompared: return "";
    case SnapshotState::kNone: return "; no snapshot yet";
    case SnapshotState::kUnchanged:
      return "; text unchanged since the snapshot of " + Printable(check.snapshot_fetched);
    case SnapshotState::kChanged:
      return "; text changed since the snapshot of " + Printable(check.snapshot_fetched) +
             (check.updated ? " (snapshot updated)" : "");
    case SnapshotState::kUnreadable:
      return "; snapshot unreadable: " + Printable(check.snapshot_error);
  }
  return "";
}

void ChangesText(const TextChanges& changes, std::string& text) {
  for (const TextChange& c : changes.changes) {
    switch (c.kind) {
      case TextChange::Kind::kChanged:
        text += "    changed: " + Q(c.before) + "\n          \u2192 " + Q(c.after) + "\n";
        if (!c.differences.empty())
          text += "          (" + DifferencesText(c.differences, 5) + ")\n";
        break;
      case TextChange::Kind::kRemoved: text += "    removed: " + Q(c.before) + "\n"; break;
      case TextChange::Kind::kAdded: text += "    added: " + Q(c.after) + "\n"; break;
    }
  }
  if (changes.more > 0)
    text += "    and " + Plural(changes.more, "more passage", "more passages") + "\n";
}

Json DifferencesJson(const std::vector<Difference>& differences) {
  Json out = Json::array();
  for (const Difference& d : differences) out.push_back({{"before", d.before}, {"after", d.after}});
  return out;
}

Json NullIfEmpty(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

const char* SnapshotStateName(SnapshotState state) {
  switch (state) {
    case SnapshotState::kNotCompared: return "not_compared";
    case SnapshotState::kNone: return "none";
    case SnapshotState::kUnchanged: return "unchanged";
    case SnapshotState::kChanged: return "changed";
    case SnapshotState::kUnreadable: return "unreadable";
  }
  return "";
}

}  // namespace

std::vector<std::string> Problems(const SourcesReport& report) {
  std::vector<std::string> lines;
  for (const SourceCheck& check : report.sources) {
    const EvidenceSource& source = report.map.sources[check.source];
    std::string id = Printable(source.id) + ": ";
    if (std::string line = SourceProblem(check, source); !line.empty()) lines.push_back(id + line);
    if (std::string line = SnapshotProblem(check); !line.empty()) lines.push_back(id + line);
    for (const QuoteCheck& q : check.quotes) {
      std::string line = QuoteProblem(q, source.citations[q.citation]);
      if (!line.empty()) lines.push_back(id + line);
    }
  }
  return lines;
}

std::string ReportText(const SourcesReport& report) {
  std::size_t fetched = 0, no_address = 0;
  std::size_t counts[4] = {};
  for (const SourceCheck& check : report.sources) {
    (check.state == SourceState::kNoAddress ? no_address : fetched) += 1;
    for (const QuoteCheck& q : check.quotes) ++counts[static_cast<int>(q.state)];
  }
  std::string text = "Sources of " + Printable(report.map.ruleset) +
                     (report.map.version.empty() ? "" : " " + Printable(report.map.version)) +
                     ", checked on " + Printable(report.date) + ": " +
                     Plural(fetched, "source fetched", "sources fetched") + ", " +
                     Plural(no_address, "without an address", "without an address") + "\n";
  text += "Quotes: " + std::to_string(counts[0]) + " found, " + std::to_string(counts[1]) +
          " changed, " + std::to_string(counts[2]) + " missing, " + std::to_string(counts[3]) +
          " not checked\n";
  std::vector<std::string> problems = Problems(report);
  text += problems.empty() ? "No problem: every quote was found and no page changed.\n"
                           : "Problems (" + std::to_string(problems.size()) + "):\n";
  for (const std::string& line : problems) text += "  " + line + "\n";

  for (const SourceCheck& check : report.sources) {
    const EvidenceSource& source = report.map.sources[check.source];
    text += "\n" + Printable(source.id) + ": " + Printable(source.title) + "\n";
    if (check.state == SourceState::kNoAddress) {
      text += "  no address: not checked online (" +
              Plural(source.citations.size(), "citation", "citations") + ")\n";
      continue;
    }
    text += "  " + Printable(source.url) + "\n";
    for (const Redirect& r : check.fetch.redirects) {
      text += "  redirected (" + std::to_string(r.status) + ") to " + Printable(r.to) + "\n";
    }
    std::string problem = SourceProblem(check, source);
    if (check.state != SourceState::kOk && check.state != SourceState::kMoved) {
      text += "  " + problem + "\n";
    } else {
      text += "  HTTP " + std::to_string(check.fetch.status) + ", " + check.kind + ", " +
              Plural(check.text.size(), "byte of text", "bytes of text") + SnapshotLine(check) +
              "\n";
      if (check.snapshot == SnapshotState::kChanged) ChangesText(check.changes, text);
      if (check.updated)
        text += "  snapshot and checked date updated to " + Printable(report.date) + "\n";
    }
    for (const QuoteCheck& q : check.quotes) {
      const EvidenceCitation& c = source.citations[q.citation];
      if (q.state == QuoteState::kFound) {
        text += "  found: " + Printable(c.id) + "\n";
        continue;
      }
      text += "  " +
              std::string(q.state == QuoteState::kChanged   ? "changed: "
                          : q.state == QuoteState::kMissing ? "missing: "
                                                            : "not checked: ") +
              Printable(c.id) + " (" + Printable(c.section) + ")\n";
      text += "    quote:   " + Q(c.quote) + "\n";
      for (const Passage& p : q.passages) {
        text += "    on page: " + Q(p.text) + "\n";
        if (!p.differences.empty())
          text += "    differs: " + DifferencesText(p.differences, 10) + "\n";
      }
      text += c.uses.empty() ? "    nothing rests on it\n"
                             : "    rests on it:\n" + authoring::EvidenceUsesText(c.uses, "      ");
    }
  }
  return text;
}

std::string ReportJson(const SourcesReport& report, int indent) {
  Json sources = Json::array();
  std::size_t counts[4] = {};
  for (const SourceCheck& check : report.sources) {
    const EvidenceSource& source = report.map.sources[check.source];
    Json quotes = Json::array();
    for (const QuoteCheck& q : check.quotes) {
      ++counts[static_cast<int>(q.state)];
      const EvidenceCitation& c = source.citations[q.citation];
      Json quote = {{"citation", c.id}, {"state", QuoteStateName(q.state)}, {"section", c.section},
                    {"quote", c.quote}, {"basis", NullIfEmpty(c.basis)},    {"path", c.path}};
      Json passages = Json::array();
      for (const Passage& p : q.passages) {
        passages.push_back({{"text", p.text}, {"differences", DifferencesJson(p.differences)}});
      }
      quote["passages"] = std::move(passages);
      quote["uses"] = q.state == QuoteState::kFound
                          ? Json(nullptr)
                          : Json::parse(authoring::EvidenceUsesJson(c.uses));
      quotes.push_back(std::move(quote));
    }
    Json redirects = Json::array();
    for (const Redirect& r : check.fetch.redirects) {
      redirects.push_back({{"status", r.status}, {"from", r.from}, {"to", r.to}});
    }
    Json changes = Json::array();
    for (const TextChange& c : check.changes.changes) {
      const char* kind = c.kind == TextChange::Kind::kChanged   ? "changed"
                         : c.kind == TextChange::Kind::kRemoved ? "removed"
                                                                : "added";
      changes.push_back({{"kind", kind},
                         {"before", NullIfEmpty(c.before)},
                         {"after", NullIfEmpty(c.after)},
                         {"differences", DifferencesJson(c.differences)}});
    }
    bool read = check.state == SourceState::kOk || check.state == SourceState::kMoved;
    Json snapshot = {{"state", SnapshotStateName(check.snapshot)},
                     {"fetched", NullIfEmpty(check.snapshot_fetched)},
                     {"error", NullIfEmpty(check.snapshot_error)},
                     {"changes", std::move(changes)},
                     {"more_changes", check.changes.more}};
    std::string problem = SourceProblem(check, source);
    sources.push_back(
        {{"id", source.id},
         {"title", source.title},
         {"url", NullIfEmpty(source.url)},
         {"publisher", NullIfEmpty(source.publisher)},
         {"language", source.language},
         {"checked", source.checked},
         {"state", SourceStateName(check.state)},
         {"problem", NullIfEmpty(problem)},
         {"http_status", check.fetch.answered ? Json(check.fetch.status) : Json(nullptr)},
         {"error",
          NullIfEmpty(check.state == SourceState::kUnreadable ? check.error : check.fetch.error)},
         {"redirects", std::move(redirects)},
         {"final_url",
          check.state == SourceState::kNoAddress ? Json(nullptr) : Json(check.fetch.url)},
         {"content_type", NullIfEmpty(check.fetch.content_type)},
         {"kind", NullIfEmpty(check.kind)},
         {"text_bytes", read ? Json(check.text.size()) : Json(nullptr)},
         {"sha256", NullIfEmpty(check.sha256)},
         {"snapshot", std::move(snapshot)},
         {"updated", check.updated},
         {"quotes", std::move(quotes)}});
  }
  std::vector<std::string> problems = Problems(report);
  Json out = {{"ruleset", report.map.ruleset},
              {"version", report.map.version},
              {"date", report.date},
              {"drifted", !problems.empty()},
              {"summary",
               {{"sources", report.sources.size()},
                {"found", counts[0]},
                {"changed", counts[1]},
                {"missing", counts[2]},
                {"not_checked", counts[3]}}},
              {"problems", problems},
              {"sources", std::move(sources)}};
  return out.dump(indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace couverture::sources
