// Layers (couverture/layer.h): composing a university's layer over the national rules, and every
// way a layer can be wrong, each an error with its path in the layer.
#include "couverture/layer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "couverture/answers.h"
#include "couverture/assess.h"
#include "couverture/limits.h"
#include "couverture/result.h"

namespace couverture {
namespace {

using J = nlohmann::ordered_json;

std::string ReadFile(const std::string& relative) {
  std::ifstream in(std::string(COUVERTURE_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

J Base() { return J::parse(ReadFile("engine/rulesets/france-current.json")); }
J Example() { return J::parse(ReadFile("engine/rulesets/examples/universite-exemple.layer.json")); }
J Text(const std::string& en, const std::string& fr) { return {{"en", en}, {"fr", fr}}; }

// The smallest layer over the current rules, for tests that add one thing to it.
J Empty() { return {{"layer", 1}, {"id", "test-layer"}, {"base", {{"id", "france-current"}}}}; }

Errors ErrorsOf(const J& base, const J& layer) {
  Result<LayeredRuleset> loaded = LoadLayered(base.dump(), layer.dump());
  EXPECT_FALSE(loaded.ok());
  return loaded.ok() ? Errors{} : loaded.errors();
}

// Whether an error at `path` whose message contains `words` is among `errors`.
::testing::AssertionResult Has(const Errors& errors, const std::string& path,
                               const std::string& words) {
  for (const Error& e : errors) {
    if (e.path == path && e.message.find(words) != std::string::npos) {
      return ::testing::AssertionSuccess();
    }
  }
  std::string all;
  for (const Error& e : errors) all += "\n  " + e.ToString();
  return ::testing::AssertionFailure()
         << "no error at " << path << " saying \"" << words << "\" among:" << all;
}

J Assessed(const Ruleset& rules, const std::string& answers, int lang = 0) {
  Result<ResultRenderer> renderer = ResultRenderer::Make(rules, lang, *Date::Parse("2026-12-07"));
  EXPECT_TRUE(renderer.ok());
  Result<Answers> parsed = ParseAnswers(rules, answers);
  EXPECT_TRUE(parsed.ok()) << (parsed.ok() ? "" : Summarize(parsed.errors()));
  return J::parse(renderer.value().ResultJson(parsed.value(), Assess(rules, parsed.value())));
}

const char* kRegisterOnline =
    R"({"enrolled_higher_ed":true,"origin":"other","visa_type":"vls_t","employed_in_france":false,
        "exchange_programme":false,"study_type":"initial","low_income":false,
        "french_government_scholarship":false,"age":22,"protection_status":"none",
        "exemple_welcome_day":true})";

TEST(Layer, TheExampleAddsAStepAContactAndALocalDecision) {
  Result<LayeredRuleset> loaded = LoadLayered(Base().dump(), Example().dump());
  ASSERT_TRUE(loaded.ok()) << Summarize(loaded.errors());
  const Ruleset& rules = loaded.value().ruleset;
  EXPECT_EQ(rules.decision_count(), 6u);
  EXPECT_EQ(rules.decision_id(5), "exemple_welcome_desk");
  EXPECT_EQ(rules.version(), "2026.12.3+universite-exemple-2026.12");
  J result = Assessed(rules, kRegisterOnline);
  EXPECT_EQ(result["status"], "register_online");
  ASSERT_FALSE(result["steps"].empty());
  EXPECT_EQ(result["steps"].back()["id"], "exemple_health_check");
  EXPECT_EQ(result["decisions"]["exemple_welcome_desk"]["status"], "book_desk");
  EXPECT_EQ(result["sources"]["exemple_cpam_desk"]["basis"], "university");
  Result<ResultRenderer> renderer = ResultRenderer::Make(rules, 0, *Date::Parse("2026-12-07"));
  J metadata = J::parse(renderer.value().MetadataJson());
  EXPECT_EQ(metadata["contact"]["email"], "international@univ-exemple.example.org");
  EXPECT_TRUE(loaded.value().composition.warnings.empty());
}

TEST(Layer, TheHealthCentreStepIsOnEveryRegisterRowAndNoOther) {
  Result<Composition> composed = ComposeRuleset(Base().dump(), Example().dump());
  ASSERT_TRUE(composed.ok()) << Summarize(composed.errors());
  J ruleset = J::parse(composed.value().ruleset);
  int with_step = 0;
  for (const J& row : ruleset["decisions"][0]["rules"]) {
    std::string status = row["then"]["status"];
    bool registers = status.rfind("register_", 0) == 0;
    const J& steps = row["then"].value("steps", J::array());
    bool listed = std::find(steps.begin(), steps.end(), "exemple_health_check") != steps.end();
    EXPECT_EQ(listed, registers) << row["id"];
    with_step += listed;
  }
  EXPECT_GE(with_step, 5);
  // National rows keep their order and conditions.
  J base = Base();
  ASSERT_EQ(ruleset["decisions"][0]["rules"].size(), base["decisions"][0]["rules"].size());
  for (std::size_t r = 0; r < base["decisions"][0]["rules"].size(); ++r) {
    EXPECT_EQ(ruleset["decisions"][0]["rules"][r]["id"], base["decisions"][0]["rules"][r]["id"]);
    EXPECT_EQ(ruleset["decisions"][0]["rules"][r].value("when", J()),
              base["decisions"][0]["rules"][r].value("when", J()));
  }
}

TEST(Layer, NamesByIdSoABaseThatReordersRowsComposesAlike) {
  J base = Base();
  J& rows = base["decisions"][0]["rules"];
  std::swap(rows[13], rows[14]);  // two rows of the same status, whose order does not matter
  Result<Composition> a = ComposeRuleset(Base().dump(), Example().dump());
  Result<Composition> b = ComposeRuleset(base.dump(), Example().dump());
  ASSERT_TRUE(a.ok() && b.ok());
  J ra = J::parse(a.value().ruleset), rb = J::parse(b.value().ruleset);
  EXPECT_EQ(ra["decisions"][0]["rules"][13], rb["decisions"][0]["rules"][14]);
  EXPECT_EQ(ra["questions"][0]["help"], rb["questions"][0]["help"]);
}

TEST(Layer, ABaseThatRenamesAReferencedStatusFailsWithEveryPath) {
  J base = Base();
  J& health = base["decisions"][0];
  J status = health["outcomes"]["status"]["register_online"];
  health["outcomes"]["status"].erase("register_online");
  health["outcomes"]["status"]["register_with_visa"] = status;
  for (J& row : health["rules"]) {
    if (row["then"]["status"] == "register_online") row["then"]["status"] = "register_with_visa";
  }
  for (J& decision : base["decisions"]) {  // the national decisions that name it follow
    if (!decision.contains("applies") || !decision["applies"].contains("decision")) continue;
    for (J& s : decision["applies"]["decision"]["health"]) {
      if (s == "register_online") s = "register_with_visa";
    }
  }
  Errors errors = ErrorsOf(base, Example());
  EXPECT_TRUE(Has(errors, "/items/0/statuses/2", "no status \"register_online\""));
  EXPECT_TRUE(
      Has(errors, "/decisions/0/applies/decision/health/2", "no status \"register_online\""));
}

TEST(Layer, AnotherBaseVersionLoadsWithAWarningNamingBoth) {
  J base = Base();
  base["version"] = "2027.03";
  Result<LayeredRuleset> loaded = LoadLayered(base.dump(), Example().dump());
  ASSERT_TRUE(loaded.ok()) << Summarize(loaded.errors());
  const std::vector<LayerNote>& warnings = loaded.value().composition.warnings;
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].kind, "base_version");
  EXPECT_EQ(warnings[0].path, "/base");
  EXPECT_NE(warnings[0].message.find("2026.12"), std::string::npos) << warnings[0].message;
  EXPECT_NE(warnings[0].message.find("2027.03"), std::string::npos) << warnings[0].message;
  EXPECT_NE(LayerNotesJson(loaded.value().composition).find("base_version"), std::string::npos);
}

TEST(Layer, AnUnknownBaseIsAnError) {
  J layer = Empty();
  layer["base"]["id"] = "belgique-current";
  EXPECT_TRUE(Has(ErrorsOf(Base(), layer), "/base/id", "extends \"belgique-current\""));
}

TEST(Layer, UnknownNationalIdsAreErrorsAtTheirPaths) {
  J layer = Empty();
  layer["items"] = J::array({{{"decision", "health"},
                              {"group", "steps"},
                              {"id", "x"},
                              {"text", Text("X", "X")},
                              {"rows", J::array({"eu_ehic", "no_such_row"})}},
                             {{"decision", "healthh"},
                              {"group", "steps"},
                              {"id", "y"},
                              {"text", Text("Y", "Y")},
                              {"statuses", J::array({"use_ehic"})}}});
  layer["texts"] = {{"/questions/origin/hint", Text("a", "b")},
                    {"/decisions/health/rules/nope/because", Text("a", "b")}};
  Errors errors = ErrorsOf(Base(), layer);
  EXPECT_TRUE(Has(errors, "/items/0/rows/1", "no row \"no_such_row\""));
  EXPECT_TRUE(Has(errors, "/items/1/decision", "no decision \"healthh\""));
  EXPECT_TRUE(Has(errors, "/texts/~1questions~1origin~1hint", "no text at"));
  EXPECT_TRUE(Has(errors, "/texts/~1decisions~1health~1rules~1nope~1because", "no text at"));
}

TEST(Layer, ATextInAnUndeclaredLanguageIsAnError) {
  J layer = Empty();
  layer["texts"] = {{"/decisions/health/outcomes/status/use_ehic/title",
                     {{"en", "Keep your EHIC"}, {"de", "Behalten Sie Ihre EKVK"}}}};
  EXPECT_TRUE(Has(ErrorsOf(Base(), layer),
                  "/texts/~1decisions~1health~1outcomes~1status~1use_ehic~1title/de",
                  "language \"de\" is not declared"));
}

TEST(Layer, ARewordingReplacesTheNamedTextOnly) {
  J layer = Empty();
  layer["texts"] = {
      {"/decisions/health/outcomes/status/use_ehic/title", {{"en", "Keep your EHIC"}}}};
  Result<Composition> composed = ComposeRuleset(Base().dump(), layer.dump());
  ASSERT_TRUE(composed.ok()) << Summarize(composed.errors());
  J title =
      J::parse(composed.value().ruleset)["decisions"][0]["outcomes"]["status"]["use_ehic"]["title"];
  EXPECT_EQ(title["en"], "Keep your EHIC");
  EXPECT_EQ(title["fr"], Base()["decisions"][0]["outcomes"]["status"]["use_ehic"]["title"]["fr"]);
}

TEST(Layer, AQuoteIsNeverRewordedInItsSourcesLanguage) {
  J base = Base();
  std::string citation = base["decisions"][0]["rules"][0]["source"];
  J layer = Empty();
  layer["texts"] = {{"/citations/" + citation + "/quote", {{"fr", "Autre chose."}}}};
  EXPECT_TRUE(Has(ErrorsOf(base, layer), "/texts/~1citations~1" + citation + "~1quote/fr",
                  "keeps the source's own words"));
}

// An override of the first national row, with its source and citation.
J WithOverride() {
  J layer = Empty();
  layer["sources"] = J::array({{{"id", "u"},
                                {"title", "University page"},
                                {"url", "https://univ.example.org/"},
                                {"language", "fr"},
                                {"checked", "2026-12-01"},
                                {"publisher", "university"}}});
  layer["citations"] = {{"u_rule",
                         {{"source", "u"},
                          {"basis", "university"},
                          {"section", Text("Health", "Santé")},
                          {"quote", Text("Ask us (translated).", "Demandez-nous.")}}}};
  layer["overrides"] =
      J::array({{{"decision", "health"},
                 {"row", "not_enrolled"},
                 {"then", {{"status", "contact_office"}}},
                 {"reason", Text("Our office helps you.", "Notre bureau vous aide.")},
                 {"source", "u_rule"}}});
  return layer;
}

TEST(Layer, AnOverrideSaysTheRuleIsTheUniversitys) {
  Result<LayeredRuleset> loaded = LoadLayered(Base().dump(), WithOverride().dump());
  ASSERT_TRUE(loaded.ok()) << Summarize(loaded.errors());
  ASSERT_EQ(loaded.value().composition.overrides.size(), 1u);
  EXPECT_EQ(loaded.value().composition.overrides[0].path, "/overrides/0");
  J result = Assessed(loaded.value().ruleset, R"({"enrolled_higher_ed":false,"origin":"other"})");
  EXPECT_EQ(result["status"], "contact_office");
  EXPECT_EQ(result["rule"], "not_enrolled");
  const J* deciding = nullptr;
  for (const J& row : result["explanation"]["rules"]) {
    if (row["verdict"] == "decides") deciding = &row;
  }
  ASSERT_NE(deciding, nullptr);
  EXPECT_NE((*deciding)["text"].get<std::string>().find("Our office helps you."),
            std::string::npos);
  EXPECT_EQ((*deciding)["source"], "u_rule");
  EXPECT_EQ(result["sources"]["u_rule"]["basis"], "university");
  EXPECT_EQ(result["sources"]["u_rule"]["source"]["publisher"], "university");
  EXPECT_FALSE(result["sources"]["u_rule"]["note"].is_null());
}

TEST(Layer, AnOverrideNeedsAReasonAndAUniversityCitation) {
  J layer = WithOverride();
  layer["overrides"][0].erase("reason");
  layer["overrides"][0].erase("source");
  Errors errors = ErrorsOf(Base(), layer);
  EXPECT_TRUE(Has(errors, "/overrides/0/reason", "needs a reason"));
  EXPECT_TRUE(Has(errors, "/overrides/0/source", "needs a source"));
  layer = WithOverride();
  layer["citations"]["u_rule"]["basis"] = "official";
  EXPECT_TRUE(Has(ErrorsOf(Base(), layer), "/overrides/0/source", "basis \"university\""));
  layer = WithOverride();
  layer["overrides"][0]["source"] = Base()["decisions"][0]["rules"][0]["source"];
  EXPECT_TRUE(Has(ErrorsOf(Base(), layer), "/overrides/0/source", "the layer has no citation"));
  layer = WithOverride();
  layer["overrides"][0]["then"] = {{"status", "no_such_status"}};
  EXPECT_TRUE(Has(ErrorsOf(Base(), layer), "/overrides/0/then/status", "no_such_status"));
}

TEST(Layer, ACycleThroughLocalDecisionsIsAnErrorInTheLayer) {
  J layer = Example();
  J other = layer["decisions"][0];
  other["id"] = "exemple_other";
  other["applies"] = {{"decision", {{"exemple_welcome_desk", J::array({"book_desk"})}}}};
  layer["decisions"][0]["applies"] = {
      {"all", J::array({{{"decision", {{"health", J::array({"register_online"})}}}},
                        {{"decision", {{"exemple_other", J::array({"book_desk"})}}}}})}};
  layer["decisions"].push_back(other);
  Errors errors = ErrorsOf(Base(), layer);
  bool found = false;
  for (const Error& e : errors) {
    found |= e.path.rfind("/decisions/", 0) == 0 &&
             e.message.find("depends on itself") != std::string::npos;
  }
  EXPECT_TRUE(found) << Summarize(errors);
}

TEST(Layer, AMistakeInWhatTheLayerAddsIsReportedInTheLayer) {
  J layer = Example();
  layer["questions"][0]["label"].erase("fr");
  layer["items"][0]["text"].erase("fr");
  Errors errors = ErrorsOf(Base(), layer);
  EXPECT_TRUE(Has(errors, "/questions/0/label/fr", "missing"));
  EXPECT_TRUE(Has(errors, "/items/0/text/fr", "missing"));
}

TEST(Layer, ALanguageNeedsEveryNationalText) {
  J layer = Empty();
  layer["languages"] = J::array({"de"});
  layer["texts"] = {{"/title", {{"de", "Krankenversicherung für Studierende"}}}};
  Errors errors = ErrorsOf(Base(), layer);
  EXPECT_TRUE(Has(errors, "/languages/0", "no \"de\" text for /questions/origin/label"));
  EXPECT_TRUE(
      Has(errors, "/languages/0", "no \"de\" text for /decisions/health/rules/eu_ehic/title"));
  for (const Error& e : errors)
    EXPECT_EQ(e.message.find("for /title "), std::string::npos) << e.message;
}

// The example keeps up with the current rules: when they gain a text, this lists each one the
// example has no German for, by id path, so that it can be translated (engine/README.md, Layers).
TEST(Layer, TheExampleTranslatesEveryNationalText) {
  Result<LayeredRuleset> loaded = LoadLayered(Base().dump(), Example().dump());
  std::string missing;
  if (!loaded.ok()) {
    for (const Error& e : loaded.errors()) missing += "\n  " + e.ToString();
  }
  EXPECT_TRUE(loaded.ok()) << "the example layer does not load over the current rules:" << missing;
  if (loaded.ok()) {
    EXPECT_EQ(loaded.value().ruleset.languages(), (std::vector<std::string>{"en", "fr", "de"}));
  }
}

TEST(Layer, LimitsAreErrors) {
  J layer = Empty();
  layer["$comment"] = std::string(limits::kLayerBytes, 'x');
  Errors errors = ErrorsOf(Base(), layer);
  ASSERT_FALSE(errors.empty());
  EXPECT_NE(errors[0].message.find("layer too large"), std::string::npos) << errors[0].message;
  layer = Empty();
  layer["items"] = J::array();
  for (int i = 0; i <= limits::kLayerItems; ++i) layer["items"].push_back(J::object());
  EXPECT_TRUE(Has(ErrorsOf(Base(), layer), "/items", "at most 256"));
  layer = Empty();
  layer["overrides"] = J::array();
  for (int i = 0; i <= limits::kLayerOverrides; ++i) layer["overrides"].push_back(J::object());
  EXPECT_TRUE(Has(ErrorsOf(Base(), layer), "/overrides", "at most 64"));
}

TEST(Layer, BadDocumentsAreErrorsNotCrashes) {
  for (const char* layer : {"", "[]", "{\"layer\": 2}", "{\"layer\":1,\"id\":\"x\",\"base\":[]}",
                            "{\"layer\":1,\"id\":\"x\",\"base\":{\"id\":\"france-current\"},"
                            "\"texts\":{\"nope\":1,\"/questions/0/label\":{\"en\":3}}}"}) {
    Result<LayeredRuleset> loaded = LoadLayered(Base().dump(), layer);
    EXPECT_FALSE(loaded.ok()) << layer;
  }
  Result<LayeredRuleset> loaded = LoadLayered("{\"format\": 1}", Empty().dump());
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.errors()[0].path, "/base");
}

}  // namespace
}  // namespace couverture
