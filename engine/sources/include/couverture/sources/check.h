// `couverture sources check`: every source with an address fetched (one request at a time), each
// citation's quote looked for in the source's own language, the text compared with the last
// snapshot, and the report: what drifted, and which rows, items, parameter periods and students
// rest on each quote that is no longer on its page.
#ifndef COUVERTURE_SOURCES_CHECK_H_
#define COUVERTURE_SOURCES_CHECK_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "couverture/authoring/evidence.h"
#include "couverture/error.h"
#include "couverture/sources/fetch.h"
#include "couverture/sources/quote_match.h"

namespace couverture::sources {

struct CheckOptions {
  FetchLimits limits;
  int host_pause_ms = 1000;  // between two requests to the same host
  std::string snapshots;     // the snapshots folder; "" to compare with none
  std::string today;         // YYYY-MM-DD: snapshots' `fetched` and the `checked` dates set
};

// Fetch() in real runs; tests may pass their own.
using Fetcher = std::function<FetchResult(const std::string& url, const FetchLimits& limits)>;

enum class SourceState {
  kNoAddress,         // no url: not checked online (not a problem)
  kOk,                // read (perhaps after temporary redirects)
  kMoved,             // read after a permanent redirect (301, 308): the ruleset's url is stale
  kHttpError,         // answered with a status outside 2xx
  kUnreachable,       // no answer: name resolution, connection, TLS, time limit
  kTooLarge,          // more than the size cap
  kTooManyRedirects,  // more redirects than the limit
  kUnreadable,        // answered, but not HTML, PDF or text that can be read
};

enum class QuoteState { kFound, kChanged, kMissing, kNotChecked };

enum class SnapshotState {
  kNotCompared,  // no snapshots folder, or the page was not read
  kNone,         // no snapshot yet for this source
  kUnchanged,
  kChanged,
  kUnreadable,  // the snapshot file could not be read or is damaged
};

struct QuoteCheck {
  std::size_t citation = 0;  // index into the source's citations in the report's map
  QuoteState state = QuoteState::kNotChecked;
  std::vector<Passage> passages;  // kChanged
};

struct SourceCheck {
  std::size_t source = 0;  // index into the report's map
  SourceState state = SourceState::kNoAddress;
  FetchResult fetch;  // without its body
  std::string kind;   // "html", "pdf", "text"
  std::string error;  // kUnreadable: why
  std::string text;   // the extracted text
  std::string sha256;
  SnapshotState snapshot = SnapshotState::kNotCompared;
  std::string snapshot_fetched;  // the snapshot's date
  std::string snapshot_error;
  TextChanges changes;
  std::vector<QuoteCheck> quotes;  // one per citation of the source
  bool updated = false;            // --update wrote its snapshot and date

  // Read at its own address (temporary redirects allowed) and every quote found.
  bool Clean() const;
};

struct SourcesReport {
  authoring::EvidenceMap map;
  std::string date;
  std::vector<SourceCheck> sources;  // one per source of the map, in order
};

SourcesReport CheckSources(authoring::EvidenceMap map, const CheckOptions& options,
                           const Fetcher& fetch);

// --update: the snapshot of every clean source written to `dir`, and each marked updated (its
// page change is then accepted, no longer a problem). Returns the indexes of those sources, for
// their `checked` dates; sources with a changed or missing quote, or not read, are left alone.
Result<std::vector<std::size_t>> UpdateSnapshots(SourcesReport& report, const std::string& dir);

// One readable line per problem; none when nothing drifted.
std::vector<std::string> Problems(const SourcesReport& report);

std::string ReportText(const SourcesReport& report);
std::string ReportJson(const SourcesReport& report, int indent = 2);

const char* SourceStateName(SourceState state);  // "ok", "moved", "http_error"...
const char* QuoteStateName(QuoteState state);    // "found", "changed", "missing", "not_checked"

}  // namespace couverture::sources

#endif  // COUVERTURE_SOURCES_CHECK_H_
