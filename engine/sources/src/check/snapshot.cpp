#include "couverture/sources/snapshot.h"

#include <openssl/evp.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

namespace couverture::sources {
namespace {

constexpr std::string_view kFirstLine =
    "# Couverture source snapshot (couverture sources check --update); do not edit.";

// Header values stay on one line whatever a server sent.
std::string OneLine(std::string value) {
  for (char& c : value) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  }
  return value;
}

}  // namespace

std::string Sha256Hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr);
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < length; ++i) {
    out += hex[digest[i] >> 4];
    out += hex[digest[i] & 15];
  }
  return out;
}

std::string FormatSnapshot(const Snapshot& s) {
  std::string out(kFirstLine);
  out += "\nsource: " + OneLine(s.source) + "\nurl: " + OneLine(s.url) +
         "\nfetched: " + OneLine(s.fetched) + "\ncontent-type: " + OneLine(s.content_type) +
         "\nsha256: " + Sha256Hex(s.text) + "\n\n" + s.text;
  return out;
}

Result<Snapshot> ParseSnapshot(std::string_view file) {
  Snapshot s;
  std::size_t at = 0;
  int line_number = 0;
  bool first = true;
  for (;;) {
    std::size_t end = file.find('\n', at);
    if (end == std::string_view::npos) {
      return Error{"", "line " + std::to_string(line_number + 1) +
                           ": the header does not end with an empty line"};
    }
    std::string_view line = file.substr(at, end - at);
    ++line_number;
    at = end + 1;
    if (first) {
      if (line != kFirstLine) return Error{"", "line 1: not a Couverture source snapshot"};
      first = false;
      continue;
    }
    if (line.empty()) break;
    std::size_t colon = line.find(": ");
    if (colon == std::string_view::npos) {
      return Error{"", "line " + std::to_string(line_number) + ": expected \"name: value\""};
    }
    std::string_view key = line.substr(0, colon);
    std::string value(line.substr(colon + 2));
    if (key == "source")
      s.source = value;
    else if (key == "url")
      s.url = value;
    else if (key == "fetched")
      s.fetched = value;
    else if (key == "content-type")
      s.content_type = value;
    else if (key == "sha256")
      s.sha256 = value;
  }
  s.text = std::string(file.substr(at));
  if (s.sha256 != Sha256Hex(s.text)) {
    return Error{"", "its text does not match its sha256 (edited or damaged)"};
  }
  return s;
}

std::string SnapshotPath(const std::string& dir, const std::string& source) {
  return (std::filesystem::path(dir) / (source + ".txt")).string();
}

Result<std::optional<Snapshot>> ReadSnapshot(const std::string& dir, const std::string& source,
                                             std::size_t max_bytes) {
  std::string path = SnapshotPath(dir, source);
  std::error_code error;
  if (!std::filesystem::exists(path, error)) return std::optional<Snapshot>();
  std::uintmax_t size = std::filesystem::file_size(path, error);
  if (error) return Error{"", "cannot read " + path + ": " + error.message()};
  if (size > max_bytes + 4096) {
    return Error{"", path + " is larger than a snapshot can be (" + std::to_string(max_bytes) +
                         " bytes of text)"};
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in) return Error{"", "cannot read " + path};
  Result<Snapshot> parsed = ParseSnapshot(bytes.str());
  if (!parsed.ok()) return Error{"", path + ": " + parsed.errors().front().message};
  return std::optional<Snapshot>(parsed.value());
}

std::optional<Error> WriteSnapshot(const std::string& dir, const Snapshot& snapshot) {
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error) return Error{"", "cannot create " + dir + ": " + error.message()};
  std::string path = SnapshotPath(dir, snapshot.source);
  std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << FormatSnapshot(snapshot);
    out.flush();
    if (!out) return Error{"", "cannot write " + temporary + ": " + std::strerror(errno)};
  }
  std::filesystem::rename(temporary, path, error);
  if (error) return Error{"", "cannot write " + path + ": " + error.message()};
  return std::nullopt;
}

}  // namespace couverture::sources
