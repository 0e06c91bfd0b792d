// The university page's ruleset against its source: every sentence of the student-services page
// reaches the student, quoted word for word, in every language.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "model_access.h"

namespace couverture {
namespace {

using detail::Citation;
using detail::Item;
using detail::Outcome;
using detail::Rule;
using testing_model::M;
using testing_model::Main;
using testing_model::UniversityPage;

std::string Collapse(const std::string& text) {
  return std::regex_replace(text, std::regex("\\s+"), " ");
}

std::string SourceText() {
  std::ifstream in(std::string(COUVERTURE_SOURCE_DIR) +
                   "/engine/rulesets/source/health-and-social-security.txt");
  std::ostringstream s;
  s << in.rdbuf();
  return Collapse(s.str());
}

// The page's sentences, without its headings and bullet marks.
std::vector<std::string> SourceSentences() {
  std::string text = SourceText();
  for (const char* heading : {"Student services", "Health and Social Security",
                              "Student social Security", "Extra sickness insurance", "•"}) {
    for (std::size_t at; (at = text.find(heading)) != std::string::npos;) {
      text.replace(at, std::string(heading).size(), " ");
    }
  }
  std::vector<std::string> sentences;
  std::regex sentence("[^.]+?\\.(?=\\s|$)");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), sentence);
       it != std::sregex_iterator(); ++it) {
    std::string s = std::regex_replace(it->str(), std::regex("^\\s+"), "");
    if (!s.empty()) sentences.push_back(s);
  }
  return sentences;
}

TEST(UniversityPageRuleset, LoadsWithBothLanguagesAndNoTruncation) {
  EXPECT_EQ(UniversityPage().languages(), (std::vector<std::string>{"en", "fr"}));
  EXPECT_FALSE(M(UniversityPage()).flow.truncated);
  ASSERT_EQ(M(UniversityPage()).sources.size(), 1u);
  EXPECT_EQ(M(UniversityPage()).sources.front().language, "en");
}

TEST(UniversityPageRuleset, EveryQuoteIsWordForWordFromTheSource) {
  std::string source = SourceText();
  for (const Citation& c : M(UniversityPage()).citations) {
    EXPECT_NE(source.find(c.quote[0]), std::string::npos) << c.id << ": " << c.quote[0];
  }
}

TEST(UniversityPageRuleset, EverySentenceOfTheSourceIsCited) {
  std::vector<std::string> sentences = SourceSentences();
  EXPECT_GE(sentences.size(), 18u);
  for (const std::string& sentence : sentences) {
    bool cited = false;
    for (const Citation& c : M(UniversityPage()).citations) {
      cited = cited || c.quote[0].find(sentence) != std::string::npos;
    }
    EXPECT_TRUE(cited) << "not cited: " << sentence;
  }
}

TEST(UniversityPageRuleset, EveryCitationReachesAStudent) {
  std::set<int> used;
  for (const Rule& rule : Main(UniversityPage()).rules) used.insert(rule.citation);
  for (const auto& kind : Main(UniversityPage()).items) {
    for (const Item& item : kind) used.insert(item.citation);
  }
  for (std::size_t i = 0; i < M(UniversityPage()).citations.size(); ++i) {
    EXPECT_TRUE(used.count(static_cast<int>(i))) << M(UniversityPage()).citations[i].id;
  }
  // And everything a student is told carries its citation.
  for (const Rule& rule : Main(UniversityPage()).rules) EXPECT_GE(rule.citation, 0) << rule.id;
  for (const auto& kind : Main(UniversityPage()).items) {
    for (const Item& item : kind) EXPECT_GE(item.citation, 0) << item.id;
  }
}

TEST(UniversityPageRuleset, EveryItemIsUsedByARule) {
  std::set<std::pair<int, int>> used;
  for (const Outcome& o : Main(UniversityPage()).outcomes) {
    for (int kind = 0; kind < kListKinds; ++kind) {
      for (int item : o.lists[kind]) used.insert({kind, item});
    }
  }
  for (int kind = 0; kind < kListKinds; ++kind) {
    for (std::size_t i = 0; i < Main(UniversityPage()).items[kind].size(); ++i) {
      EXPECT_TRUE(used.count({kind, static_cast<int>(i)}))
          << Main(UniversityPage()).items[kind][i].id;
    }
  }
}

TEST(UniversityPageRuleset, PrecedenceFollowsTheIssueOrder) {
  std::vector<std::string> ids;
  for (const Rule& r : Main(UniversityPage()).rules) ids.push_back(r.id);
  EXPECT_EQ(ids,
            (std::vector<std::string>{"eu_eea", "quebec_exchange", "quebec",
                                      "french_government_scholarship", "over_28_cmu", "over_28",
                                      "short_stay_home_coverage", "short_stay", "general"}));
}

}  // namespace
}  // namespace couverture
