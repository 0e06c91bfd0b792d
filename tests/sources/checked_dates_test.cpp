// --update's date edits: the dates asked for change, and not one other byte.
#include "couverture/sources/checked_dates.h"

#include <gtest/gtest.h>

namespace couverture::sources {
namespace {

TEST(CheckedDates, OnlyTheChosenDatesChangeAndEveryOtherByteStays) {
  // Unusual layout on purpose: one-line objects, tabs, escapes, keys out of the usual order, a
  // "checked" key elsewhere that is not a source's.
  std::string before =
      "{\"format\":2,\"$comment\":\"checked: \\\"2020-01-01\\\"\",\n"
      "\t\"sources\" : [ {\"checked\":\"2026-11-01\",\"id\":\"a\",\"title\":\"\\u00c9tudes\"},\n"
      "  {\n    \"id\": \"b\",   \"checked\"  :  \"2026-11-02\" "
      "},{\"id\":\"c\",\"checked\":\"2026-11-03\"}],\n"
      "\"other\": {\"checked\": \"2026-11-04\"}, \"list\": [{\"checked\": \"2026-11-05\"}]}\n";
  Result<std::string> after = SetCheckedDates(before, {0, 2}, "2026-12-07");
  ASSERT_TRUE(after.ok()) << after.errors().front().message;
  std::string expected = before;
  expected.replace(expected.find("2026-11-01"), 10, "2026-12-07");
  expected.replace(expected.find("2026-11-03"), 10, "2026-12-07");
  EXPECT_EQ(after.value(), expected);
}

TEST(CheckedDates, FormatOnesSource) {
  std::string before =
      "{\"format\": 1, \"source\": {\"title\": \"T\", \"checked\": \"2026-11-26\"}}";
  Result<std::string> after = SetCheckedDates(before, {0}, "2026-12-07");
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after.value(),
            "{\"format\": 1, \"source\": {\"title\": \"T\", \"checked\": \"2026-12-07\"}}");
}

TEST(CheckedDates, EscapedDatesAndBrokenJsonAreRefused) {
  Result<std::string> escaped =
      SetCheckedDates("{\"sources\": [{\"checked\": \"\\u0032026-11-01\"}]}", {0}, "2026-12-07");
  ASSERT_FALSE(escaped.ok());
  EXPECT_EQ(escaped.errors().front().ToString(),
            "/sources/0/checked: written with escapes: set this date by hand");
  EXPECT_FALSE(SetCheckedDates("{\"sources\": [", {0}, "2026-12-07").ok());
  Result<std::string> absent =
      SetCheckedDates("{\"sources\": [{\"id\": \"a\"}]}", {0}, "2026-12-07");
  ASSERT_FALSE(absent.ok());
  EXPECT_EQ(absent.errors().front().ToString(), "/sources/0/checked: not found");
}

}  // namespace
}  // namespace couverture::sources
