// Snapshot files: written, read back, and refused when damaged.
#include "couverture/sources/snapshot.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace couverture::sources {
namespace {

TEST(Snapshot, RoundTripsThroughItsFile) {
  Snapshot s{"ameli_fr", "https://example.org/page",     "2026-12-07", "text/html; charset=utf-8\n",
             "",         "Line one\nLine \xC3\xA9 two\n"};
  std::string file = FormatSnapshot(s);
  EXPECT_EQ(file.substr(0, file.find('\n')),
            "# Couverture source snapshot (couverture sources check --update); do not edit.");
  EXPECT_NE(file.find("\ncontent-type: text/html; charset=utf-8 \n"), std::string::npos);
  EXPECT_NE(file.find("\nsha256: " + Sha256Hex(s.text) + "\n\nLine one\n"), std::string::npos);
  Result<Snapshot> read = ParseSnapshot(file);
  ASSERT_TRUE(read.ok()) << read.errors().front().message;
  EXPECT_EQ(read.value().url, s.url);
  EXPECT_EQ(read.value().fetched, s.fetched);
  EXPECT_EQ(read.value().text, s.text);
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(Snapshot, DamagedFilesAreErrors) {
  std::string file = FormatSnapshot({"a", "u", "2026-12-07", "text/html", "", "Text\n"});
  EXPECT_EQ(ParseSnapshot(file + "more\n").errors().front().message,
            "its text does not match its sha256 (edited or damaged)");
  EXPECT_EQ(ParseSnapshot("hello\n\n").errors().front().message,
            "line 1: not a Couverture source snapshot");
  EXPECT_FALSE(ParseSnapshot(file.substr(0, 40)).ok());
}

TEST(Snapshot, WrittenInItsFolderAndReadBack) {
  std::filesystem::path dir = std::filesystem::temp_directory_path() /
                              ("couverture-snapshots-" + std::to_string(getpid())) / "deeper";
  std::filesystem::remove_all(dir.parent_path());
  Result<std::optional<Snapshot>> none = ReadSnapshot(dir.string(), "a", 1 << 20);
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none.value().has_value());
  ASSERT_FALSE(WriteSnapshot(dir.string(), {"a", "u", "2026-12-07", "text/html", "", "Text\n"}));
  EXPECT_EQ(SnapshotPath(dir.string(), "a"), (dir / "a.txt").string());
  Result<std::optional<Snapshot>> read = ReadSnapshot(dir.string(), "a", 1 << 20);
  ASSERT_TRUE(read.ok());
  ASSERT_TRUE(read.value().has_value());
  EXPECT_EQ(read.value()->text, "Text\n");
  EXPECT_FALSE(std::filesystem::exists(dir / "a.txt.tmp"));
  // A file far larger than a page can be is refused before it is read.
  std::ofstream(dir / "big.txt") << std::string(10000, 'x');
  Result<std::optional<Snapshot>> big = ReadSnapshot(dir.string(), "big", 100);
  ASSERT_FALSE(big.ok());
  std::filesystem::remove_all(dir.parent_path());
}

}  // namespace
}  // namespace couverture::sources
