#include "couverture/answers.h"

#include <gtest/gtest.h>

#include "model_access.h"

namespace couverture {
namespace {

using testing_model::UniversityPage;

int Q(const char* id) { return static_cast<int>(*UniversityPage().FindQuestion(id)); }

std::string ErrorOf(std::string_view json) {
  Result<Answers> answers = ParseAnswers(UniversityPage(), json);
  return answers.ok() ? "(ok)" : Summarize(answers.errors());
}

TEST(ParseAnswers, StoresEachTypeOfAnswer) {
  Result<Answers> parsed = ParseAnswers(
      UniversityPage(),
      R"({"origin": "quebec", "exchange_programme": true, "age": 30, "stay_months": 2.5})");
  ASSERT_TRUE(parsed.ok()) << Summarize(parsed.errors());
  const Answers& a = parsed.value();
  EXPECT_EQ(a.Get(Q("origin")), 1);  // the second option
  EXPECT_EQ(a.Get(Q("exchange_programme")), 1);
  EXPECT_EQ(a.Get(Q("age")), 30);
  EXPECT_EQ(a.Get(Q("stay_months")), 2.5);
  EXPECT_FALSE(a.Has(Q("low_income")));
}

TEST(ParseAnswers, NullMeansUnanswered) {
  Result<Answers> parsed = ParseAnswers(UniversityPage(), R"({"origin": null})");
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed.value().known(), 0u);
}

TEST(ParseAnswers, WholeNumberWrittenAsFloatIsAnInteger) {
  EXPECT_EQ(ErrorOf(R"({"age": 30.0})"), "(ok)");
}

TEST(ParseAnswers, NamesTheFieldOfEachError) {
  EXPECT_EQ(ErrorOf(R"({"agee": 3})"), "/agee: unknown question \"agee\"");
  EXPECT_EQ(ErrorOf(R"({"age": true})"), "/age: expected an integer from 0 to 120, got true");
  EXPECT_EQ(ErrorOf(R"({"age": -1})"),
            "/age: -1 is out of range: expected an integer from 0 to 120");
  EXPECT_EQ(ErrorOf(R"({"origin": "Quebec"})"),
            "/origin: expected one of eu_eea, quebec, other, got \"Quebec\"");
  EXPECT_EQ(ErrorOf(R"({"low_income": 1})"), "/low_income: expected true or false, got 1");
  EXPECT_EQ(ErrorOf(R"({"months_in_france": {"value": 2}})"),
            "/months_in_france: expected a number of at least 0, got an object");
  EXPECT_EQ(ErrorOf(R"({"age": 1e400})"), "/age: number out of range: \"1e400\"");
  EXPECT_EQ(ErrorOf(R"({"age": 1e-400})"), "/age: number out of range: \"1e-400\"");
}

TEST(ParseAnswers, ReportsAllErrors) {
  Result<Answers> parsed = ParseAnswers(UniversityPage(), R"({"age": -1, "origin": 3, "x": 1})");
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.errors().size(), 3u);
}

TEST(ParseAnswers, EscapesPointerTokens) {
  EXPECT_EQ(ErrorOf(R"({"a/b~c": 1})"), "/a~1b~0c: unknown question \"a/b~c\"");
}

TEST(ParseAnswers, RejectsNonObjectsAndMalformedJson) {
  EXPECT_EQ(ErrorOf("42"), "answers must be a JSON object keyed by question id, got a number");
  EXPECT_NE(ErrorOf("{\"age\": 3").find("malformed JSON at line 1, column 10"), std::string::npos)
      << ErrorOf("{\"age\": 3");
  EXPECT_NE(ErrorOf("{\"origin\": \"\xff\"}").find("malformed JSON"), std::string::npos);
}

TEST(SetAnswer, ValidatesLikeParseAnswers) {
  Answers a;
  EXPECT_FALSE(SetAnswer(UniversityPage(), "age", 29.0, a).has_value());
  EXPECT_TRUE(a.Has(Q("age")));
  std::optional<Error> error = SetAnswer(UniversityPage(), "age", std::string("29"), a);
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->path, "/age");
  EXPECT_FALSE(SetAnswer(UniversityPage(), "age", std::monostate{}, a).has_value());
  EXPECT_FALSE(a.Has(Q("age")));
}

}  // namespace
}  // namespace couverture
