// The engine's own JSON: strict parsing with readable positions, and a writer that round-trips.
#include "json.h"

#include <gtest/gtest.h>

#include <string>

namespace couverture {
namespace {

std::string ErrorOf(std::string_view text) {
  Result<Json> parsed = ParseJson(text);
  return parsed.ok() ? "(ok)" : Summarize(parsed.errors());
}

TEST(Json, ParsesEveryKindOfValueInOrder) {
  Result<Json> parsed = ParseJson(R"( {"b": [1, 2.5, -0.125, 1e2, true, false, null], "a": "x"} )");
  ASSERT_TRUE(parsed.ok()) << Summarize(parsed.errors());
  const Json& j = parsed.value();
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j.members()[0].first, "b");  // document order is kept
  const Json& b = *j.Find("b");
  EXPECT_EQ(b.size(), 7u);
  EXPECT_TRUE(b[0].is_integer());
  EXPECT_EQ(b[1].number(), 2.5);
  EXPECT_FALSE(b[1].is_integer());
  EXPECT_EQ(b[2].number(), -0.125);
  EXPECT_EQ(b[3].number(), 100);
  EXPECT_TRUE(b[4].boolean());
  EXPECT_TRUE(b[6].is_null());
  EXPECT_EQ(j.Find("a")->string(), "x");
  EXPECT_EQ(j.Find("c"), nullptr);
}

TEST(Json, NumbersReadAndWriteExactly) {
  for (const char* text : {"0", "29", "2.5", "0.1", "2.99", "3.5", "-1", "120", "0.001",
                           "123456.789", "9007199254740991"}) {
    Result<Json> parsed = ParseJson(text);
    ASSERT_TRUE(parsed.ok()) << text;
    EXPECT_EQ(parsed.value().Dump(), text);
    EXPECT_EQ(parsed.value().number(), std::stod(text)) << text;
  }
  EXPECT_EQ(FormatDecimal(2.5, ','), "2,5");
  // Beyond what rulesets use, numbers are close rather than exact.
  EXPECT_NEAR(ParseJson("1e300").value().number() / 1e300, 1.0, 1e-14);
  EXPECT_NEAR(ParseJson(FormatDecimal(1.234e-200)).value().number() / 1.234e-200, 1.0, 1e-14);
}

TEST(Json, StringsUnescapeAndEscape) {
  Result<Json> parsed = ParseJson(R"("a\"b\\c\/d\n\u00e9\ud83d\ude00 é")");
  ASSERT_TRUE(parsed.ok()) << Summarize(parsed.errors());
  EXPECT_EQ(parsed.value().string(), "a\"b\\c/d\né😀 é");
  EXPECT_EQ(parsed.value().Dump(), "\"a\\\"b\\\\c/d\\né😀 é\"");
  EXPECT_EQ(Json(std::string("\x01")).Dump(), "\"\\u0001\"");
}

TEST(Json, RejectsWhatIsNotJsonWithLineAndColumn) {
  EXPECT_EQ(ErrorOf("{\n  \"a\": tru\n}"), "malformed JSON at line 2, column 8: invalid literal");
  EXPECT_EQ(ErrorOf("[1, 2"),
            "malformed JSON at line 1, column 6: unexpected end of input; "
            "expected ',' or ']'");
  EXPECT_EQ(ErrorOf("{\"a\": 1,}"),
            "malformed JSON at line 1, column 9: expected a key in double quotes");
  EXPECT_EQ(ErrorOf("01"), "malformed JSON at line 1, column 2: invalid number (leading zero)");
  EXPECT_EQ(ErrorOf("1 2"),
            "malformed JSON at line 1, column 3: unexpected characters after the "
            "JSON value");
  EXPECT_EQ(ErrorOf(""),
            "malformed JSON at line 1, column 1: unexpected end of input; expected a value");
  EXPECT_EQ(ErrorOf("\"a\tb\""),
            "malformed JSON at line 1, column 3: control character in a string "
            "(escape it)");
  EXPECT_EQ(ErrorOf("\"\\ud800\""),
            "malformed JSON at line 1, column 8: invalid \\u escape (lone "
            "surrogate)");
  EXPECT_EQ(ErrorOf("\"\xff\""), "malformed JSON at line 1, column 2: invalid UTF-8");
  EXPECT_EQ(ErrorOf("\"\xc0\xaf\""), "malformed JSON at line 1, column 2: invalid UTF-8");
  EXPECT_EQ(ErrorOf("\"\xed\xa0\x80\""), "malformed JSON at line 1, column 2: invalid UTF-8");
  EXPECT_EQ(ErrorOf("1e999"), "malformed JSON at line 1, column 1: number out of range");
}

TEST(Json, DuplicateKeysAreErrorsNotSilentlyMerged) {
  EXPECT_EQ(ErrorOf("{\"age\": 1, \"age\": 2}"),
            "malformed JSON at line 1, column 12: duplicate key \"age\"");
}

TEST(Json, DeepNestingIsRefused) {
  std::string deep(100000, '[');
  EXPECT_NE(ErrorOf(deep).find("nesting deeper than 256"), std::string::npos);
  std::string ok = std::string(200, '[') + std::string(200, ']');
  EXPECT_EQ(ErrorOf(ok), "(ok)");
}

TEST(Json, WritesCompactAndIndented) {
  Json j = Json::Object();
  j["id"] = "x";
  j["list"] = Json(std::vector<std::string>{"a", "b"});
  j["empty"] = Json::Array();
  j["n"] = 3;
  EXPECT_EQ(j.Dump(), R"({"id":"x","list":["a","b"],"empty":[],"n":3})");
  EXPECT_EQ(j.Dump(2),
            "{\n  \"id\": \"x\",\n  \"list\": [\n    \"a\",\n    \"b\"\n  ],\n  \"empty\": [],\n  "
            "\"n\": 3\n}");
}

}  // namespace
}  // namespace couverture
