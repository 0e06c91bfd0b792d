// What the rules studio's forms read from the authoring library: malformed JSON and findings in
// plain words, decision grids, the text catalog, dated values and their diff, a flow a part at a
// time. Each on campus.json, the current rules or a ruleset broken on purpose.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "couverture/authoring/decision_grid.h"
#include "couverture/authoring/diff.h"
#include "couverture/authoring/flow_focus.h"
#include "couverture/authoring/graph.h"
#include "couverture/authoring/json_syntax.h"
#include "couverture/authoring/parameter_diff.h"
#include "couverture/authoring/parameter_periods.h"
#include "couverture/authoring/plain_findings.h"
#include "couverture/authoring/text_catalog.h"
#include "couverture/authoring/verify.h"
#include "couverture/ruleset.h"
#include "small_rulesets.h"

namespace couverture::authoring {
namespace {

using nlohmann::ordered_json;
constexpr StaffLanguage kEn = StaffLanguage::kEnglish;
constexpr StaffLanguage kFr = StaffLanguage::kFrench;

std::string ReadFile(const std::string& relative) {
  std::ifstream in(std::string(COUVERTURE_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string Campus() { return ReadFile("tests/rulesets/campus.json"); }

Ruleset Load(const std::string& text) {
  Result<Ruleset> rules = LoadRuleset(text);
  EXPECT_TRUE(rules.ok()) << (rules.ok() ? "" : Summarize(rules.errors()));
  return std::move(rules).value();
}

// The hint for `text` as the engine refuses it: its own load error, explained.
JsonSyntaxHint Hint(const std::string& text, StaffLanguage lang = kEn) {
  Result<Ruleset> rules = LoadRuleset(text);
  EXPECT_FALSE(rules.ok());
  if (rules.ok()) return {};
  std::optional<JsonSyntaxHint> hint =
      ExplainJsonSyntax(text, rules.errors().front().message, lang);
  EXPECT_TRUE(hint.has_value()) << rules.errors().front().message;
  return hint.value_or(JsonSyntaxHint{});
}

// `text` with the first `from` after `anchor` replaced by `to`.
std::string Edit(std::string text, const std::string& anchor, const std::string& from,
                 const std::string& to) {
  std::size_t at = text.find(from, text.find(anchor));
  EXPECT_NE(at, std::string::npos) << from;
  return text.replace(at, from.size(), to);
}

int LineOf(const std::string& text, const std::string& needle) {
  std::size_t at = text.find(needle);
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

TEST(JsonSyntax, AMissingCommaIsAtTheEndOfTheLineBeforeWhereTheReaderStopped) {
  std::string campus = Campus();
  // The comma after `"version": "1"` removed: the engine stops at the next line's quote.
  std::string broken = Edit(campus, "\"version\"", "\"1\",", "\"1\"");
  Result<Ruleset> rules = LoadRuleset(broken);
  ASSERT_FALSE(rules.ok());
  int version_line = LineOf(campus, "\"version\"");
  EXPECT_NE(rules.errors().front().message.find("line " + std::to_string(version_line + 1)),
            std::string::npos)
      << rules.errors().front().message;
  JsonSyntaxHint hint = Hint(broken);
  EXPECT_EQ(hint.kind, "missing_comma");
  EXPECT_EQ(hint.line, version_line);
  EXPECT_EQ(hint.text.rfind(
                "A comma is missing at the end of line " + std::to_string(version_line) + ":", 0),
            0u)
      << hint.text;
  EXPECT_EQ(Hint(broken, kFr)
                .text.rfind("Il manque une virgule à la fin de la ligne " +
                                std::to_string(version_line) + " :",
                            0),
            0u);
}

TEST(JsonSyntax, EachCommonMistakeIsNamedWithItsPlace) {
  struct Case {
    std::string text, kind;
    int line;
    std::string says;
  };
  const Case cases[] = {
      {"{\n  \"a\": [1, 2,\n  ]\n}", "trailing_comma", 2, "comma too many at the end of line 2"},
      {"{\n  \"a\": {\n    \"b\": 1\n}", "unclosed", 1, "The ruleset opens with { on line 1"},
      {"{\n  \"rules\": [\n    {\"a\": 1}\n}", "mismatched_close", 4,
       "“rules” opens with [ on line 2"},
      {"{\n  \"a\": 1\n}\n}", "extra_close", 4, "closes nothing"},
      {"{\n  \"a\": 1\n}\n\"b\"", "content_after_end", 4, "ends with the } on line 3"},
      {"{\n  \"a\" 1\n}", "missing_colon", 2, "A colon (:) is missing after “a”"},
      {"{\n  \"a\": \n}", "missing_value", 2, "A value is missing after “a”"},
      {"{\n  a: 1\n}", "unquoted_name", 2, "write \"a\""},
      {"{\n  'a': 1\n}", "single_quotes", 2, "not single quotes"},
      {"{\n  // note\n  \"a\": 1\n}", "comment", 2, "JSON has no comments"},
      {"{\n  \"a\": True\n}", "unknown_word", 2, "“True” on line 2 is not a JSON value"},
      {"{\n  \"a\": 01\n}", "bad_number", 2, "“01”"},
      {"{\n  \"a\": \"text\n}", "line_break_in_text", 2, "closing quote"},
      {"{\n  \"a\": \"x\\q\"\n}", "bad_escape", 2, "backslash"},
      {"{\n  \"a\": 1,,\n  \"b\": 2\n}", "extra_comma", 2, "comma too many on line 2"},
      {"{\"a\": 1 \"b\": 2}", "missing_comma", 1, "A comma is missing on line 1, at column 8"},
      {"   ", "empty", 1, "The file is empty"},
  };
  for (const Case& c : cases) {
    JsonSyntaxHint hint = Hint(c.text);
    EXPECT_EQ(hint.kind, c.kind) << c.text;
    EXPECT_EQ(hint.line, c.line) << c.text;
    EXPECT_NE(hint.text.find(c.says), std::string::npos) << c.text << "\n" << hint.text;
  }
  // Not a syntax error: no hint.
  EXPECT_FALSE(ExplainJsonSyntax("{}", "/title: duplicate key \"title\"", kEn).has_value());
}

TEST(PlainFindings, AGapSaysWhoGetsNoAnswerInTheRulesetsWords) {
  ordered_json campus = ordered_json::parse(Campus());
  campus["decisions"][0]["rules"].erase(2);  // the health decision's default row
  Ruleset rules = Load(campus.dump(2));
  Verification v = Verify(rules, {});
  const Finding* gap = nullptr;
  for (const Finding& f : v.findings) {
    if (f.kind == "gap" && f.answers) gap = &f;
  }
  ASSERT_NE(gap, nullptr);
  PlainFinding plain = ExplainFinding(rules, *gap, 0, kEn);
  EXPECT_EQ(plain.place, "“Health cover”, its rows");
  EXPECT_NE(
      plain.text.find(
          "Some students get no answer here, for example: Enrolled: Yes, Cover: Another country"),
      std::string::npos)
      << plain.text;
  PlainFinding french = ExplainFinding(rules, *gap, 1, kFr);
  EXPECT_NE(french.text.find("Certains étudiants n’obtiennent aucune réponse ici, par exemple : "),
            std::string::npos)
      << french.text;
  EXPECT_EQ(french.place.rfind("«\u00a0Couverture santé", 0), 0u) << french.place;
}

TEST(PlainFindings, ADeadRowNamesTheRowAboveByTitleAndPrecedenceTheRowThatWins) {
  ordered_json campus = ordered_json::parse(Campus());
  ordered_json copy = campus["decisions"][1]["rules"][0];
  copy["id"] = "exchange_again";
  copy["title"] = {{"en", "Exchange, again"}, {"fr", "Échange, encore"}};
  campus["decisions"][1]["rules"].insert(campus["decisions"][1]["rules"].begin() + 1, copy);
  Ruleset rules = Load(campus.dump(2));
  Verification v = Verify(rules, {});
  bool dead = false, precedence = false;
  for (const Finding& f : v.findings) {
    PlainFinding plain = ExplainFinding(rules, f, 0, kEn);
    if (f.kind == "dead_rule") {
      dead = true;
      EXPECT_EQ(plain.place, "“Campus fee”, row 2 “Exchange, again”");
      EXPECT_NE(plain.text.find("already decided by a row above it (row 1 “Exchange students”)"),
                std::string::npos)
          << plain.text;
    }
    if (f.kind == "precedence" && f.path == "/decisions/2/rules/1") {
      precedence = true;
      EXPECT_NE(plain.text.find("Row 1 “Low income, under 25” comes first"), std::string::npos)
          << plain.text;
    }
  }
  EXPECT_TRUE(dead);
  EXPECT_TRUE(precedence);
}

TEST(PlainFindings, LoadErrorsInPlainWords) {
  std::string campus = Campus();
  std::string unknown = Edit(campus, "\"when\"", "\"enrolled\": false", "\"enroled\": false");
  Result<Ruleset> rules = LoadRuleset(unknown);
  ASSERT_FALSE(rules.ok());
  PlainFinding plain = ExplainLoadError(unknown, rules.errors().front(), kEn);
  EXPECT_EQ(plain.text, "No question has the id “enroled”: choose one of the ruleset’s questions.");
  EXPECT_EQ(plain.place, "Decision 1, row 1, conditions, “enroled”");
  std::string broken = Edit(campus, "\"version\"", "\"1\",", "\"1\"");
  plain = ExplainLoadError(broken, LoadRuleset(broken).errors().front(), kEn);
  ASSERT_TRUE(plain.syntax.has_value());
  EXPECT_EQ(plain.place, "Line " + std::to_string(LineOf(campus, "\"version\"")));
}

TEST(DecisionGrid, RowsColumnsAndCellsInWordsWithTheirPaths) {
  Ruleset rules = Load(Campus());
  ordered_json grid = ordered_json::parse(DecisionGridJson(rules, 0, kEn));
  const ordered_json& help = grid["decisions"][2];
  EXPECT_EQ(help["id"], "help");
  EXPECT_EQ(help["applies"]["text"], "Health cover: Register with the health insurance");
  EXPECT_EQ(help["columns"], ordered_json::array({"low_income", "age"}));
  const ordered_json& young = help["rows"][0];
  EXPECT_EQ(young["cells"]["age"]["text"], "less than 25 years");
  EXPECT_EQ(young["cells"]["age"]["path"], "/decisions/2/rules/0/when/age");
  EXPECT_EQ(young["cells"]["low_income"]["text"], "Yes");
  EXPECT_EQ(help["rows"][2]["default"], true);
  EXPECT_EQ(help["rows"][2]["status"], "not_eligible");
  ordered_json french = ordered_json::parse(DecisionGridJson(rules, 1, kFr));
  EXPECT_EQ(french["decisions"][2]["rows"][0]["cells"]["age"]["text"], "moins de 25 ans");
  // Conditions other than a question's tests are a row's "other" cells, in words.
  ordered_json campus = ordered_json::parse(Campus());
  campus["decisions"][1]["rules"][0]["when"] = {
      {"any", ordered_json::array(
                  {{{"exchange", true}}, {{"origin", ordered_json::array({"eu", "other"})}}})}};
  ordered_json edited = ordered_json::parse(DecisionGridJson(Load(campus.dump()), 0, kEn));
  const ordered_json& other = edited["decisions"][1]["rows"][0]["other"][0];
  EXPECT_EQ(other["path"], "/decisions/1/rules/0/when/any");
  EXPECT_EQ(other["text"], "Exchange: Yes or Cover: A European country or Another country");
  EXPECT_EQ(edited["decisions"][1]["other"], true);
}

TEST(TextCatalog, EveryTextInEveryLanguageWithWhatUsesIt) {
  Ruleset rules = Load(Campus());
  ordered_json catalog = ordered_json::parse(TextCatalogJson(rules, 0, kEn));
  EXPECT_EQ(catalog["languages"], ordered_json::array({"en", "fr"}));
  auto find = [&](const std::string& path) -> const ordered_json& {
    for (const ordered_json& t : catalog["texts"]) {
      if (t["path"] == path) return t;
    }
    static const ordered_json none;
    ADD_FAILURE() << "no text at " << path;
    return none;
  };
  const ordered_json& eu = find("/questions/1/options/0/label");
  EXPECT_EQ(eu["texts"]["fr"], "Un pays européen");
  ASSERT_EQ(eu["uses"].size(), 1u);
  EXPECT_EQ(eu["uses"][0]["path"], "/decisions/0/rules/1");
  EXPECT_EQ(eu["uses"][0]["name"], "“Health cover”, row 2 “European cover”");
  // A quote: the rows, items and periods resting on it; a note: the texts naming its value.
  EXPECT_EQ(find("/citations/fee_due/quote")["uses"][0]["path"], "/decisions/1/rules/1");
  const ordered_json& note = find("/parameters/fee_amount/periods/2/note");
  EXPECT_GE(note["uses"].size(), 2u);
  EXPECT_EQ(note["group"], "parameters");
}

TEST(ParameterPeriods, EachPeriodWithItsValueAsStudentsReadIt) {
  Ruleset rules = Load(Campus());
  ordered_json params = ordered_json::parse(ParameterPeriodsJson(rules, 1, kFr));
  const ordered_json& fee = params["parameters"][0];
  EXPECT_EQ(fee["id"], "fee_amount");
  EXPECT_EQ(fee["periods"][1]["shown"], "105\u00a0€");
  EXPECT_EQ(fee["periods"][1]["until"], "2026-09-01");
  EXPECT_EQ(fee["periods"][2]["carried_forward"], true);
  EXPECT_EQ(fee["periods"][2]["shown"], "105\u00a0€");
  EXPECT_TRUE(fee["periods"][2]["value"].is_null());
  EXPECT_EQ(fee["periods"][0]["citation"], "fee_2024");
  EXPECT_GE(fee["shown_in"].size(), 2u);
  EXPECT_EQ(params["sources"][0]["id"], "ministry");
}

TEST(ParameterDiff, PeriodsAddedChangedAndRemovedWhateverTheDate) {
  ordered_json campus = ordered_json::parse(Campus());
  ordered_json edited = campus;
  ordered_json& periods = edited["parameters"]["fee_amount"]["periods"];
  periods[1]["value"] = 106;
  periods.push_back({{"from", "2027-09-01"}, {"value", 110}, {"source", "fee_2025"}});
  Ruleset before = Load(campus.dump()), after = Load(edited.dump());
  std::vector<ParameterChange> changes = CompareParameters(before, after, 0, 0);
  ASSERT_EQ(changes.size(), 3u);  // 2025 changed, 2026's carried value follows it, 2027 added
  EXPECT_EQ(changes[0].change, "period_changed");
  EXPECT_EQ(changes[0].from, "2025-09-01");
  EXPECT_EQ(changes[0].fields, std::vector<std::string>{"value"});
  EXPECT_EQ(changes[0].old_period->shown, "€105");
  EXPECT_EQ(changes[0].new_period->shown, "€106");
  EXPECT_EQ(changes[1].from, "2026-09-01");
  EXPECT_EQ(changes[2].change, "period_added");
  EXPECT_EQ(changes[2].new_period->shown, "€110");
  // In the diff, dated before any of it: no text changes, the dated values all the same.
  DiffOptions options;
  options.date = "2025-01-01";
  Result<RulesetDiff> diff = Diff(before, after, options);
  ASSERT_TRUE(diff.ok());
  EXPECT_TRUE(diff.value().texts.empty());
  std::string markdown = DiffMarkdown(diff.value());
  EXPECT_NE(markdown.find(
                "## Dated values that changed\n\n- `fee_amount` from 2025-09-01: €105 → €106\n"),
            std::string::npos)
      << markdown;
  EXPECT_NE(markdown.find("- `fee_amount` from 2027-09-01: added, €110\n"), std::string::npos);
  ordered_json json = ordered_json::parse(DiffJson(diff.value()));
  EXPECT_EQ(json["parameters"][2]["change"], "period_added");
  EXPECT_EQ(json["parameters"][2]["new"]["shown"], "€110");
  EXPECT_EQ(json["summary"]["parameters"], 3);
  // Unchanged rulesets: no section.
  Result<RulesetDiff> same = Diff(before, before, options);
  EXPECT_EQ(DiffMarkdown(same.value()).find("Dated values"), std::string::npos);
}

TEST(FlowFocus, OneDecisionAtATimeAndAQuestionsSubtree) {
  Ruleset rules = Load(ReadFile("engine/rulesets/france-current.json"));
  Date date = *Date::Parse("2026-10-01");
  Result<FocusedFlow> whole = FocusFlow(rules, 0, date, {}, kEn);
  ASSERT_TRUE(whole.ok());
  // Every decision: the same drawing as `couverture graph` draws, node for node.
  std::string dot = FlowDot(rules, 0, date);
  EXPECT_EQ(
      static_cast<std::size_t>(std::count(dot.begin(), dot.end(), '\n')) - 5 - whole.value().edges,
      whole.value().nodes);
  for (int d = 0; d < static_cast<int>(rules.decision_count()); ++d) {
    Result<FocusedFlow> one = FocusFlow(rules, 0, date, {d, -1}, kEn);
    ASSERT_TRUE(one.ok());
    EXPECT_LT(one.value().nodes * 3, whole.value().nodes) << rules.decision_id(d);
  }
  Result<FocusedFlow> cvec = FocusFlow(rules, 0, date, {1, -1}, kEn);
  EXPECT_NE(cvec.value().dot.find("label=\"Student life contribution (CVEC)\""), std::string::npos);
  EXPECT_NE(cvec.value().dot.find("(does not apply)"), std::string::npos);
  // A question's subtree: start from the first question node drawn after the root.
  std::string text = cvec.value().dot;
  std::size_t second = text.find("id=\"q", text.find("id=\"q") + 1);
  ASSERT_NE(second, std::string::npos);
  int node = std::stoi(text.substr(second + 5));
  Result<FocusedFlow> below = FocusFlow(rules, 0, date, {1, node}, kEn);
  ASSERT_TRUE(below.ok());
  EXPECT_LT(below.value().nodes, cvec.value().nodes);
  EXPECT_EQ(below.value().dot.find("id=\"q" + std::to_string(node) + "\""),
            below.value().dot.find("id=\"q"));
  EXPECT_FALSE(FocusFlow(rules, 0, date, {9, -1}, kEn).ok());
  EXPECT_FALSE(FocusFlow(rules, 0, date, {0, 1 << 20}, kEn).ok());
}

}  // namespace
}  // namespace couverture::authoring
