// The JSON conformance table (tests/conformance/json-documents.json) through both of the engine's
// readers: answers, read event by event, and documents (rulesets), built as a tree. Both must give
// the table's verdict, and the same one. tests/cli and tests/web run the same table through the
// CLI and the WebAssembly API.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "couverture/detail/json_document.h"
#include "couverture/limits.h"
#include "model_access.h"

namespace couverture {
namespace {

using nlohmann::ordered_json;

struct Document {
  std::string name, verdict, error;
  std::string bytes;
  ordered_json expect;
};

std::vector<Document> Table() {
  std::ifstream in(std::string(COUVERTURE_SOURCE_DIR) + "/tests/conformance/json-documents.json",
                   std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  ordered_json table = ordered_json::parse(text.str());
  std::vector<Document> documents;
  for (const ordered_json& row : table.at("documents")) {
    Document d{row.at("name"), row.at("verdict"), row.value("error", ""), "",
               row.value("expect", ordered_json::object())};
    if (row.contains("hex")) {
      std::string hex = row.at("hex");
      for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
        d.bytes += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
      }
    } else {
      d.bytes = row.at("text");
    }
    documents.push_back(std::move(d));
  }
  return documents;
}

// The reader's own refusals, as opposed to the engine's refusing a well-formed document's shape.
bool IsReaderError(const std::string& message) {
  for (const char* reader :
       {"malformed JSON", "number out of range", "duplicate key", "nests deeper than"}) {
    if (message.find(reader) != std::string::npos) return true;
  }
  return false;
}

void PrintTo(const Document& d, std::ostream* out) { *out << d.name; }

class Conformance : public testing::TestWithParam<Document> {};

TEST_P(Conformance, BothReadersGiveTheTablesVerdict) {
  const Document& d = GetParam();
  const Ruleset& rules = testing_model::UniversityPage();
  Result<Answers> answers = ParseAnswers(rules, d.bytes);
  std::string answers_error = answers.ok() ? "" : Summarize(answers.errors());
  Result<detail::Json> tree =
      detail::ParseJson(d.bytes, {limits::kRulesetBytes, limits::kJsonDepth, "document"});
  std::string tree_error = tree.ok() ? "" : Summarize(tree.errors());

  bool answers_accept = answers.ok() || !IsReaderError(answers_error);
  EXPECT_EQ(answers_accept ? "accept" : "reject", d.verdict) << answers_error;
  EXPECT_EQ(tree.ok() ? "accept" : "reject", d.verdict) << tree_error;
  if (d.verdict == "reject") {
    EXPECT_NE(answers_error.find(d.error), std::string::npos) << answers_error;
    EXPECT_NE(tree_error.find(d.error), std::string::npos) << tree_error;
  }
  if (!d.expect.empty()) {
    ASSERT_TRUE(answers.ok()) << answers_error;
    ordered_json result = testing_model::ResultOf(rules, d.bytes);
    for (const auto& [field, value] : d.expect.items()) {
      EXPECT_EQ(result.at(field), value) << field;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Table, Conformance, testing::ValuesIn(Table()),
                         [](const testing::TestParamInfo<Document>& info) {
                           return "n" + std::to_string(info.index);
                         });

TEST(Json, OutputIsValidUtf8AndNumbersRoundTrip) {
  // Whatever a document holds, what the engine writes reads back the same, and a number comes
  // back as the same double.
  for (double value : {0.1, 2.9999999999999996, 1.7976931348623157e308, 5e-324, 9007199254740993.0,
                       -0.0, 1e21, 123456.789}) {
    std::string text = detail::Dump(detail::NumberJson(value));
    Result<detail::Json> back = detail::ParseJson(text, {64, 4, "number"});
    ASSERT_TRUE(back.ok()) << text;
    EXPECT_EQ(detail::NumberOf(back.value()), value) << text;
  }
  std::string invalid =
      "a\xff"
      "b";
  EXPECT_EQ(detail::Dump(detail::Json(invalid)),
            "\"a\xef\xbf\xbd"
            "b\"");  // U+FFFD, not \xff
}

TEST(Json, NumbersWrittenAsIntegersWhenWhole) {
  EXPECT_EQ(detail::Dump(detail::NumberJson(29)), "29");
  EXPECT_EQ(detail::Dump(detail::NumberJson(2.5)), "2.5");
  EXPECT_EQ(detail::Dump(detail::NumberJson(1e300)), "1e+300");
}

TEST(Json, DuplicateKeysNameTheKeyAndItsPath) {
  Result<detail::Json> tree =
      detail::ParseJson(R"({"rules": [{"id": "a", "id": "b"}]})", {1000, 10, "ruleset"});
  ASSERT_FALSE(tree.ok());
  EXPECT_EQ(Summarize(tree.errors()), "/rules/0/id: duplicate key \"id\"");
}

TEST(Json, SyntaxErrorsGiveLineAndColumnInCharacters) {
  Result<detail::Json> tree = detail::ParseJson("{\n  \"é\": tru\n}", {1000, 10, "ruleset"});
  ASSERT_FALSE(tree.ok());
  // nlohmann/json stops at the character that ends the token: here the line break after "tru".
  EXPECT_EQ(Summarize(tree.errors()), "malformed JSON at line 2, column 11: invalid literal");
}

TEST(Json, SizeLimit) {
  Result<detail::Json> tree = detail::ParseJson(std::string(101, ' '), {100, 10, "ruleset"});
  ASSERT_FALSE(tree.ok());
  EXPECT_EQ(Summarize(tree.errors()), "ruleset too large: 101 bytes, the limit is 100");
}

TEST(Json, QuotedValuesAreShortAndEscaped) {
  EXPECT_EQ(detail::Quoted("abc"), "\"abc\"");
  EXPECT_EQ(detail::Quoted("a\"b"), "\"a\\\"b\"");
  EXPECT_EQ(detail::Quoted("\x1b]0;x\x07"), "\"\\u001b]0;x\\u0007\"");
  EXPECT_EQ(detail::Quoted("\u202eevil"), "\"\\u202eevil\"");
  EXPECT_EQ(detail::Quoted(std::string(100, 'x')), "\"" + std::string(40, 'x') + "…\"");
  EXPECT_EQ(detail::Quoted(std::string(39, 'x') + "é"), "\"" + std::string(39, 'x') + "é\"");
}

// Messages echo what was typed (a language tag, a date, a link): the line must stay valid UTF-8
// whatever the input, so every byte that is not part of a well-formed character is escaped.
TEST(Json, PrintableEscapesEveryIllFormedByte) {
  EXPECT_EQ(Printable("café ✓ 𝄞"), "café ✓ 𝄞");
  EXPECT_EQ(Printable("\xff"), "\\xff");
  EXPECT_EQ(Printable(std::string("a\x80") + "b"), "a\\x80b");       // a stray continuation byte
  EXPECT_EQ(Printable("\xc0\xaf"), "\\xc0\\xaf");                    // overlong "/"
  EXPECT_EQ(Printable("\xe0\x80\x80"), "\\xe0\\x80\\x80");           // overlong NUL
  EXPECT_EQ(Printable("\xed\xa0\x80"), "\\xed\\xa0\\x80");           // a surrogate (U+D800)
  EXPECT_EQ(Printable("\xf4\x90\x80\x80"), "\\xf4\\x90\\x80\\x80");  // past U+10FFFF
  EXPECT_EQ(Printable("\xe2\x9c"), "\\xe2\\x9c");                    // cut off
  EXPECT_EQ(Printable("a\tb\nc"), "a\\u0009b\\u000ac");
  EXPECT_EQ(Printable("a\tb\nc", /*keep_layout=*/true), "a\tb\nc");
  EXPECT_EQ(Printable("\xc2\x85 \u2066x\u2069"), "\\u0085 \\u2066x\\u2069");
}

}  // namespace
}  // namespace couverture
