// One scenario per equivalence class: the class's representative answers and the outcome of the
// leaf the flow reaches, written so that `couverture assess` must agree with the flow.
#include "couverture/authoring/scenarios.h"

#include <cstdio>
#include <string>
#include <vector>

#include "couverture/detail/json_document.h"
#include "couverture/detail/model.h"
#include "outcome_ids.h"

namespace couverture::authoring {
namespace {

using detail::Json;

Json IdOrNull(const std::string& id) { return id.empty() ? Json(nullptr) : Json(id); }

Json Strings(const std::vector<std::string>& strings) {
  Json out = Json::array();
  for (const std::string& s : strings) out.push_back(s);
  return out;
}

// {complete, status, rule, documents..., extra_insurance}: one decision's expectations.
void Expect(const OutcomeIds& ids, Json& expect) {
  expect["status"] = IdOrNull(ids.status);
  expect["rule"] = IdOrNull(ids.rule);
  for (int kind = 0; kind < kListKinds; ++kind) expect[kListNames[kind]] = Strings(ids.lists[kind]);
  expect["extra_insurance"] = IdOrNull(ids.extra);
}

}  // namespace

std::vector<ScenarioFile> Scenarios(const Ruleset& rules, const Coverage& coverage, int lang,
                                    const std::string& date) {
  const detail::Model& model = detail::ModelOf(rules);
  std::vector<ScenarioFile> files;
  for (std::size_t i = 0; i < coverage.rows.size(); ++i) {
    const CoverageRow& row = coverage.rows[i];
    if (!row.explored) continue;
    int head = row.rules.front();
    OutcomeIds ids = DecisionOutcome(model, 0, head);
    std::string decided = head >= 0                ? model.decisions.front().rules[head].title[lang]
                          : head == kNotApplicable ? "Does not apply"
                                                   : "No row applies";
    std::string path = PathText(rules, row.path, lang);
    Json scenario = Json::object();
    scenario["name"] = decided + (path.empty() ? "" : ": " + path);
    Result<Json> answers =
        detail::ParseJson(AnswersJson(rules, PathAnswers(rules, row.path)),
                          {limits::kAnswersBytes, limits::kJsonDepth, "answers"});
    scenario["answers"] = answers.ok() ? answers.value() : Json::object();
    scenario["lang"] = model.languages[lang];
    if (!date.empty() && !model.parameters.empty()) scenario["date"] = date;
    Json expect = Json::object();
    expect["complete"] = true;
    Expect(ids, expect);
    expect["next"] = Json::array();
    if (model.decisions.size() > 1) {
      Json decisions = Json::object();
      for (std::size_t d = 0; d < model.decisions.size(); ++d) {
        OutcomeIds other = DecisionOutcome(model, static_cast<int>(d), row.rules[d]);
        Json e = Json::object();
        e["applies"] = other.applies;
        Expect(other, e);
        decisions[model.decisions[d].id] = std::move(e);
      }
      expect["decisions"] = std::move(decisions);
    }
    scenario["expect"] = std::move(expect);
    char number[32];
    std::snprintf(number, sizeof number, "%03zu", i + 1);
    files.push_back({std::string(number) + "-" + (ids.rule.empty() ? "gap" : ids.rule) + ".json",
                     detail::Dump(scenario, 2) + "\n"});
  }
  return files;
}

}  // namespace couverture::authoring
