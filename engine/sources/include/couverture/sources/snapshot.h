// Snapshots: each source's extracted text, one file per source, kept in version control beside
// the ruleset so that a reviewer sees what the page said when the rules were last checked, and
// the next check compares with it. A file is a short header and the text:
//
//   # Couverture source snapshot (couverture sources check --update); do not edit.
//   source: mes_allocs
//   url: https://www.example.org/cvec
//   fetched: 2026-12-07
//   content-type: text/html; charset=utf-8
//   sha256: 5f1c…  (of the text below)
//
//   <the page's text, one paragraph per line>
#ifndef COUVERTURE_SOURCES_SNAPSHOT_H_
#define COUVERTURE_SOURCES_SNAPSHOT_H_

#include <optional>
#include <string>
#include <string_view>

#include "couverture/error.h"

namespace couverture::sources {

struct Snapshot {
  std::string source, url, fetched, content_type, sha256, text;
};

std::string Sha256Hex(std::string_view bytes);  // OpenSSL's SHA-256, lower-case hex

std::string FormatSnapshot(const Snapshot& snapshot);
// Errors name the line; a text whose SHA-256 is not the header's is an error too (the file was
// edited or damaged).
Result<Snapshot> ParseSnapshot(std::string_view file);

// DIR/<source id>.txt (source ids are letters, digits, '_' and '-', so always a plain file name).
std::string SnapshotPath(const std::string& dir, const std::string& source);

// nullopt when the file does not exist; an error when it cannot be read or parsed. Files larger
// than the page size cap plus a header are refused.
Result<std::optional<Snapshot>> ReadSnapshot(const std::string& dir, const std::string& source,
                                             std::size_t max_bytes);

// Creates DIR if needed; writes a temporary file and renames it, so a snapshot is never half
// written.
std::optional<Error> WriteSnapshot(const std::string& dir, const Snapshot& snapshot);

}  // namespace couverture::sources

#endif  // COUVERTURE_SOURCES_SNAPSHOT_H_
