// Numbers as each language writes them: the built-in conventions by tag (fr-CA is not fr, de
// groups with a dot), the shortest digits that read back, amounts with and without cents; and a
// ruleset declaring de and fr-CA showing its amounts that way in results.
#include "couverture/detail/number_format.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "couverture/answers.h"
#include "couverture/assess.h"
#include "couverture/date.h"
#include "couverture/result.h"
#include "couverture/ruleset.h"

namespace couverture {
namespace {

using detail::DefaultNumberFormat;
using detail::FormatNumber;
using detail::FormatValue;
using detail::NumberStyle;
using detail::RoundHalfAwayFromZero;

const char* const kNbsp = "\u00a0";
const char* const kNarrowNbsp = "\u202f";

std::string Number(const char* tag, double value) {
  return FormatNumber(value, DefaultNumberFormat(tag));
}
std::string Amount(const char* tag, double value, const char* currency = "EUR") {
  return FormatValue(value, NumberStyle::kAmount, currency, DefaultNumberFormat(tag));
}
std::string Percent(const char* tag, double value) {
  return FormatValue(value, NumberStyle::kPercent, "", DefaultNumberFormat(tag));
}

TEST(NumberFormat, EnglishIsTheDefaultAndUnknownLanguagesGetIt) {
  EXPECT_EQ(Number("en", 2.5), "2.5");
  EXPECT_EQ(Number("en", 1234567.25), "1,234,567.25");
  EXPECT_EQ(Number("en", 999), "999");
  EXPECT_EQ(Number("en", -1234), "-1,234");
  EXPECT_EQ(Amount("en", 105), "€105");
  EXPECT_EQ(Amount("en", 0.5), "€0.50");
  EXPECT_EQ(Amount("en", 1234.5, "USD"), "$1,234.50");
  EXPECT_EQ(Amount("en", 12, "CHF"), "CHF12");  // no symbol known: the code itself
  EXPECT_EQ(Number("tlh", 1234.5), "1,234.5");
  EXPECT_EQ(Number("", 1234.5), "1,234.5");
}

TEST(NumberFormat, AmountsRoundToCentsAndDropThemOnlyWhenWhole) {
  EXPECT_EQ(Amount("en", 104.999), "€105");  // rounds to 105.00: whole
  EXPECT_EQ(Amount("en", 0.995), "€1");
  EXPECT_EQ(Amount("en", 1.004), "€1");
  EXPECT_EQ(Amount("en", 1.006), "€1.01");
  EXPECT_EQ(Amount("en", 19.9), "€19.90");
  EXPECT_EQ(Amount("en", -3), "-€3");
  EXPECT_EQ(Amount("en", -2.5), "-€2.50");
  EXPECT_EQ(Amount("en", -0.001), "€0");
  EXPECT_EQ(Amount("fr", -3), std::string("-3") + kNbsp + "€");
}

// The module's own round must be std::round bit for bit: halves, the doubles just below them,
// signed zeros, the edges of exactness, infinities and NaN, then doubles spread over every
// exponent.
TEST(NumberFormat, RoundIsStdRound) {
  auto same = [](double x) {
    double ours = RoundHalfAwayFromZero(x), theirs = std::round(x);
    std::uint64_t a, b;
    std::memcpy(&a, &ours, sizeof a);
    std::memcpy(&b, &theirs, sizeof b);
    return (std::isnan(ours) && std::isnan(theirs)) || a == b;
  };
  const double below_half = std::nextafter(0.5, 0.0);
  for (double x : {0.0,
                   -0.0,
                   0.5,
                   -0.5,
                   1.5,
                   -1.5,
                   2.5,
                   -2.5,
                   below_half,
                   -below_half,
                   0.3,
                   -0.3,
                   1e-300,
                   4503599627370495.5,
                   4503599627370496.0,
                   9007199254740993.0,
                   1e300,
                   std::numeric_limits<double>::infinity(),
                   -std::numeric_limits<double>::infinity(),
                   std::numeric_limits<double>::quiet_NaN(),
                   std::numeric_limits<double>::max(),
                   std::numeric_limits<double>::denorm_min()}) {
    EXPECT_TRUE(same(x)) << x;
  }
  std::uint64_t bits = 0x9e3779b97f4a7c15u;
  for (int i = 0; i < 1000000; ++i) {
    bits ^= bits << 13, bits ^= bits >> 7, bits ^= bits << 17;  // xorshift64
    double x;
    std::memcpy(&x, &bits, sizeof x);
    ASSERT_TRUE(same(x)) << x;
    double cents =
        static_cast<double>(static_cast<std::int64_t>(bits % 2000001) - 1000000) / 100 + 0.005;
    ASSERT_TRUE(same(cents * 100)) << cents;
  }
}

TEST(NumberFormat, FrenchFranceAndCanadaDiffer) {
  EXPECT_EQ(Number("fr", 1234.5), std::string("1") + kNarrowNbsp + "234,5");
  EXPECT_EQ(Number("fr-CA", 1234.5), std::string("1") + kNbsp + "234,5");
  EXPECT_EQ(Amount("fr", 105), std::string("105") + kNbsp + "€");
  EXPECT_EQ(Amount("fr-CA", 1234.5, "CAD"), std::string("1") + kNbsp + "234,50" + kNbsp + "$");
  EXPECT_EQ(Percent("fr", 70), std::string("70") + kNarrowNbsp + "%");
  EXPECT_EQ(Percent("fr-CA", 70), std::string("70") + kNbsp + "%");
  // Tags are compared without case, region after language, and an unknown region of a known
  // language gets the language's conventions.
  EXPECT_EQ(Number("FR-ca", 1234.5), Number("fr-CA", 1234.5));
  EXPECT_EQ(Number("fr-BE", 1234.5), Number("fr", 1234.5));
}

TEST(NumberFormat, GermanAndSwissGerman) {
  EXPECT_EQ(Number("de", 1234.5), "1.234,5");
  EXPECT_EQ(Amount("de", 1234.5), std::string("1.234,50") + kNbsp + "€");
  EXPECT_EQ(Percent("de", 12.5), std::string("12,5") + kNbsp + "%");
  EXPECT_EQ(Number("de-CH", 1234.5), "1\u2019234.5");
  EXPECT_EQ(Amount("de-CH", 1234.5, "CHF"), std::string("CHF") + kNbsp + "1\u2019234.50");
  EXPECT_EQ(Number("de-AT", 1234.5), std::string("1") + kNbsp + "234,5");
}

TEST(NumberFormat, MinimumGroupingDigits) {
  // Spanish and Polish leave four-digit numbers ungrouped.
  EXPECT_EQ(Number("es", 1234), "1234");
  EXPECT_EQ(Number("es", 12345), "12.345");
  EXPECT_EQ(Number("pl", 1234), "1234");
  EXPECT_EQ(Number("de", 1234), "1.234");
}

TEST(NumberFormat, ShortestDigitsThatReadBack) {
  EXPECT_EQ(Number("en", 0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(Number("de", 0.1 + 0.2), "0,30000000000000004");
  EXPECT_EQ(Number("en", 2.9999999999999996), "2.9999999999999996");
  EXPECT_EQ(Number("en", 1.5e-7), "0.00000015");
  EXPECT_EQ(Number("en", 1e20), "100,000,000,000,000,000,000");
  EXPECT_EQ(Number("en", 29.0), "29");
  EXPECT_EQ(Number("en", -0.0), "0");
  EXPECT_EQ(Amount("en", 0.005), "€0.01");  // amounts round to the cent
  EXPECT_EQ(Amount("de", 99.999), std::string("100") + kNbsp + "€");
}

// The campus example, re-declared in English, Canadian French and German (German texts copied
// from the English ones: only the numbers' notation is under test), its fee set to €1,234.50.
nlohmann::ordered_json Relabelled(nlohmann::ordered_json value) {
  if (value.is_object()) {
    if (value.contains("en") && value.contains("fr") && value["en"].is_string()) {
      return {{"en", value["en"]}, {"fr-CA", value["fr"]}, {"de", value["en"]}};
    }
    for (auto& [key, child] : value.items()) child = Relabelled(child);
  } else if (value.is_array()) {
    for (auto& child : value) child = Relabelled(child);
  }
  return value;
}

TEST(NumberFormat, ARulesetDeclaringGermanAndCanadianFrenchShowsAmountsTheirWay) {
  std::ifstream in(std::string(COUVERTURE_SOURCE_DIR) + "/tests/rulesets/campus.json");
  std::stringstream text;
  text << in.rdbuf();
  nlohmann::ordered_json json = Relabelled(nlohmann::ordered_json::parse(text.str()));
  json["languages"] = {"en", "fr-CA", "de"};
  for (auto& source : json["sources"]) {
    if (source["language"] == "fr") source["language"] = "fr-CA";
  }
  json["parameters"]["fee_amount"]["periods"][1]["value"] = 1234.5;
  Result<Ruleset> rules = LoadRuleset(json.dump());
  ASSERT_TRUE(rules.ok()) << Summarize(rules.errors());
  Result<Answers> answers = ParseAnswers(
      rules.value(),
      R"({"enrolled": true, "origin": "other", "exchange": false, "low_income": false})");
  ASSERT_TRUE(answers.ok()) << Summarize(answers.errors());
  Assessment assessment = Assess(rules.value(), answers.value());
  auto result = [&](int lang) {
    Result<ResultRenderer> renderer =
        ResultRenderer::Make(rules.value(), lang, *Date::Parse("2025-10-01"));
    EXPECT_TRUE(renderer.ok());
    return renderer.value().ResultJson(answers.value(), assessment);
  };
  auto contains = [](const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
  };
  std::string en = result(0), fr_ca = result(1), de = result(2);
  EXPECT_TRUE(contains(en, "€1,234.50")) << en;
  EXPECT_TRUE(contains(fr_ca, std::string("1") + kNbsp + "234,50" + kNbsp + "€")) << fr_ca;
  EXPECT_TRUE(contains(de, std::string("1.234,50") + kNbsp + "€")) << de;
  EXPECT_FALSE(contains(de, "1,234.50")) << de;
}

}  // namespace
}  // namespace couverture
