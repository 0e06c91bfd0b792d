// Checking every source in turn: fetch, read, find the quotes, compare with the snapshot.
#include "couverture/sources/check.h"

#include <chrono>
#include <map>
#include <thread>

#include "couverture/sources/page_text.h"
#include "couverture/sources/snapshot.h"

namespace couverture::sources {
namespace {

using Clock = std::chrono::steady_clock;

// "https://www.example.org:8443/a/b" → "www.example.org:8443": requests are spaced per host.
std::string HostOf(const std::string& url) {
  std::size_t start = url.find("://");
  start = start == std::string::npos ? 0 : start + 3;
  std::size_t end = url.find_first_of("/?#", start);
  return url.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

bool Permanent(long status) { return status == 301 || status == 308; }

SourceState Classify(const FetchResult& fetch) {
  if (!fetch.answered) {
    if (fetch.too_large) return SourceState::kTooLarge;
    if (fetch.too_many_redirects) return SourceState::kTooManyRedirects;
    return SourceState::kUnreachable;
  }
  if (fetch.status < 200 || fetch.status > 299) return SourceState::kHttpError;
  for (const Redirect& r : fetch.redirects) {
    if (Permanent(r.status)) return SourceState::kMoved;
  }
  return SourceState::kOk;
}

void CompareWithSnapshot(const std::string& dir, const authoring::EvidenceSource& source,
                         std::size_t max_bytes, SourceCheck& check) {
  Result<std::optional<Snapshot>> read = ReadSnapshot(dir, source.id, max_bytes);
  if (!read.ok()) {
    check.snapshot = SnapshotState::kUnreadable;
    check.snapshot_error = read.errors().front().message;
    return;
  }
  const std::optional<Snapshot>& snapshot = read.value();
  if (!snapshot) {
    check.snapshot = SnapshotState::kNone;
    return;
  }
  check.snapshot_fetched = snapshot->fetched;
  if (snapshot->sha256 == check.sha256) {
    check.snapshot = SnapshotState::kUnchanged;
    return;
  }
  check.snapshot = SnapshotState::kChanged;
  check.changes = CompareTexts(snapshot->text, check.text);
}

}  // namespace

bool SourceCheck::Clean() const {
  if (state != SourceState::kOk) return false;
  for (const QuoteCheck& q : quotes) {
    if (q.state != QuoteState::kFound) return false;
  }
  return true;
}

SourcesReport CheckSources(authoring::EvidenceMap map, const CheckOptions& options,
                           const Fetcher& fetch) {
  SourcesReport report;
  report.date = options.today;
  std::map<std::string, Clock::time_point> last_request;  // per host
  for (std::size_t s = 0; s < map.sources.size(); ++s) {
    const authoring::EvidenceSource& source = map.sources[s];
    SourceCheck check;
    check.source = s;
    for (std::size_t c = 0; c < source.citations.size(); ++c) {
      QuoteCheck quote;
      quote.citation = c;
      check.quotes.push_back(std::move(quote));
    }
    if (source.url.empty()) {
      report.sources.push_back(std::move(check));
      continue;
    }
    std::string host = HostOf(source.url);
    auto last = last_request.find(host);
    if (last != last_request.end()) {
      std::this_thread::sleep_until(last->second +
                                    std::chrono::milliseconds(options.host_pause_ms));
    }
    check.fetch = fetch(source.url, options.limits);
    last_request[host] = Clock::now();
    for (const Redirect& r : check.fetch.redirects) last_request[HostOf(r.to)] = Clock::now();
    std::string body = std::move(check.fetch.body);
    check.fetch.body.clear();
    check.state = Classify(check.fetch);
    if (check.state == SourceState::kOk || check.state == SourceState::kMoved) {
      Result<PageText> page = ExtractText(body, check.fetch.content_type);
      if (!page.ok()) {
        check.state = SourceState::kUnreadable;
        check.error = page.errors().front().message;
      } else {
        check.kind = page.value().kind;
        check.text = page.value().text;
        check.sha256 = Sha256Hex(check.text);
        PageMatcher matcher(check.text);
        for (QuoteCheck& q : check.quotes) {
          QuoteMatch found = matcher.Find(source.citations[q.citation].quote);
          q.state = found.status == QuoteStatus::kFound     ? QuoteState::kFound
                    : found.status == QuoteStatus::kChanged ? QuoteState::kChanged
                                                            : QuoteState::kMissing;
          q.passages = std::move(found.passages);
        }
        if (!options.snapshots.empty()) {
          CompareWithSnapshot(options.snapshots, source, options.limits.max_bytes, check);
        }
      }
    }
    report.sources.push_back(std::move(check));
  }
  report.map = std::move(map);
  return report;
}

Result<std::vector<std::size_t>> UpdateSnapshots(SourcesReport& report, const std::string& dir) {
  std::vector<std::size_t> updated;
  for (SourceCheck& check : report.sources) {
    if (!check.Clean()) continue;
    const authoring::EvidenceSource& source = report.map.sources[check.source];
    Snapshot snapshot{source.id,    check.fetch.url, report.date, check.fetch.content_type,
                      check.sha256, check.text};
    if (std::optional<Error> error = WriteSnapshot(dir, snapshot)) return *error;
    check.updated = true;
    updated.push_back(check.source);
  }
  return updated;
}

const char* SourceStateName(SourceState state) {
  switch (state) {
    case SourceState::kNoAddress: return "no_address";
    case SourceState::kOk: return "ok";
    case SourceState::kMoved: return "moved";
    case SourceState::kHttpError: return "http_error";
    case SourceState::kUnreachable: return "unreachable";
    case SourceState::kTooLarge: return "too_large";
    case SourceState::kTooManyRedirects: return "too_many_redirects";
    case SourceState::kUnreadable: return "unreadable";
  }
  return "";
}

const char* QuoteStateName(QuoteState state) {
  switch (state) {
    case QuoteState::kFound: return "found";
    case QuoteState::kChanged: return "changed";
    case QuoteState::kMissing: return "missing";
    case QuoteState::kNotChecked: return "not_checked";
  }
  return "";
}

}  // namespace couverture::sources
