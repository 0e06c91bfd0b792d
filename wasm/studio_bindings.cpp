// The embind surface of the authoring library, for the rules studio (web/studio/): load a ruleset
// being edited and the one it was opened as, then verify, tabulate, draw, diff, freeze scenarios
// and migrate, and give the forms what they show (decision grids, texts, dated values, sources,
// findings and malformed JSON in plain words). Staff-facing words come in `ui`'s language (en or
// fr), the ruleset's own names in the declared language closest to it. It only translates types. As
// in wasm/bindings.cpp, every call returns its errors as values (an empty string or false, then
// error(): binding_helpers.h), and wasm/studio_api.js turns them into JavaScript Errors. This
// module is the studio's alone: the student widget's module links the core only, and does not grow.
#include <emscripten/bind.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "binding_helpers.h"
#include "couverture/authoring/coverage.h"
#include "couverture/authoring/decision_grid.h"
#include "couverture/authoring/diff.h"
#include "couverture/authoring/evidence.h"
#include "couverture/authoring/flow_focus.h"
#include "couverture/authoring/graph.h"
#include "couverture/authoring/migrate.h"
#include "couverture/authoring/parameter_periods.h"
#include "couverture/authoring/plain_findings.h"
#include "couverture/authoring/scenarios.h"
#include "couverture/authoring/staff_words.h"
#include "couverture/authoring/table.h"
#include "couverture/authoring/text_catalog.h"
#include "couverture/authoring/verify.h"
#include "couverture/date.h"
#include "couverture/error.h"
#include "couverture/language.h"
#include "couverture/layer.h"
#include "couverture/ruleset.h"

namespace couverture {
namespace {

using Json = nlohmann::ordered_json;

// Never throws: text the engine did not produce may hold invalid UTF-8, which is replaced.
std::string Dump(const Json& value) {
  return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

class Studio {
 public:
  // The ruleset being edited. False with every load error in loadErrors(), as
  // `couverture check --json` reports them. (An empty text is malformed JSON, as in an editor.)
  bool Load(const std::string& json) { return LoadInto(json, edited_); }

  // The ruleset as it was opened, which diff() compares the edited one with.
  bool LoadBase(const std::string& json) { return LoadInto(json, base_); }

  // The last load's errors, every one of them, with their plain words in `ui`'s language:
  // [{path, message, place, text, line, column}] (authoring/plain_findings.h).
  std::string LoadErrors(const std::string& ui) const {
    return authoring::PlainLoadErrorsJson(failed_text_, load_errors_,
                                          authoring::StaffLanguageOf(ui));
  }

  // The edited ruleset's declared languages, one tag a line.
  std::string Languages() const { return edited_ ? wasm::LanguageLines(*edited_) : std::string(); }

  int Format() const { return edited_ ? edited_->format() : 0; }

  // The verifier's report as `couverture check --json` prints it; dates compared with `today`
  // (YYYY-MM-DD; "" skips them). "" with the error when nothing is loaded or the date is bad.
  std::string Verify(const std::string& today) {
    if (!Edited()) return {};
    if (!today.empty() && !Date::Parse(today))
      return errors_.Fail(wasm::NotADate(today)), std::string();
    authoring::VerifyOptions options;
    options.today = today;
    verification_ = authoring::Verify(*edited_, options);
    return authoring::VerificationJson(*edited_, *verification_);
  }

  // The last verification's findings in plain words, in their order: [{place, text}].
  std::string PlainFindings(const std::string& ui) {
    if (!Edited()) return {};
    if (!verification_) return errors_.Fail("nothing verified yet"), std::string();
    return authoring::PlainFindingsJson(*edited_, *verification_, NameLanguage(ui),
                                        authoring::StaffLanguageOf(ui));
  }

  // What the forms show of the edited ruleset (authoring/decision_grid.h, text_catalog.h,
  // parameter_periods.h, evidence.h), names in the declared language `lang`.
  std::string Grid(const std::string& lang, const std::string& ui) {
    std::optional<int> index = Language(lang);
    return index ? authoring::DecisionGridJson(*edited_, *index, authoring::StaffLanguageOf(ui))
                 : std::string();
  }

  std::string Texts(const std::string& lang, const std::string& ui) {
    std::optional<int> index = Language(lang);
    return index ? authoring::TextCatalogJson(*edited_, *index, authoring::StaffLanguageOf(ui))
                 : std::string();
  }

  std::string Parameters(const std::string& lang, const std::string& ui) {
    std::optional<int> index = Language(lang);
    return index ? authoring::ParameterPeriodsJson(*edited_, *index, authoring::StaffLanguageOf(ui))
                 : std::string();
  }

  std::string Sources(const std::string& lang) {
    std::optional<int> index = Language(lang);
    return index ? authoring::EvidenceJson(authoring::MapEvidence(*edited_, *index), -1)
                 : std::string();
  }

  // A part of the flow (authoring/flow_focus.h): one decision by id ("": all) from one node (-1:
  // the root), as {dot, nodes, edges}.
  std::string Flow(const std::string& lang, const std::string& date, const std::string& decision_id,
                   int root, const std::string& ui) {
    std::optional<int> index = Language(lang);
    if (!index) return {};
    std::optional<Date> day = Date::Parse(date);
    if (!day) return errors_.Fail(wasm::NotADate(date)), std::string();
    int decision = -1;
    for (std::size_t d = 0; d < edited_->decision_count(); ++d) {
      if (edited_->decision_id(d) == decision_id) decision = static_cast<int>(d);
    }
    if (!decision_id.empty() && decision < 0) {
      return errors_.Fail("no decision \"" + Printable(decision_id) + "\" in this ruleset"),
             std::string();
    }
    Result<authoring::FocusedFlow> flow = authoring::FocusFlow(
        *edited_, *index, *day, {decision, root}, authoring::StaffLanguageOf(ui));
    if (!flow.ok()) return errors_.Fail(flow.errors()), std::string();
    return Dump(Json{
        {"dot", flow.value().dot}, {"nodes", flow.value().nodes}, {"edges", flow.value().edges}});
  }

  // The coverage tables (authoring/table.h, CoverageJson: the first `rows` of each) and the flow
  // as Graphviz DOT, with texts in the declared language `lang` names.
  std::string Table(const std::string& lang, unsigned rows) {
    std::optional<int> index = Language(lang);
    // The engine's limit is for all tables together.
    return index ? authoring::CoverageJson(*edited_, *index, rows * edited_->decision_count())
                 : std::string();
  }

  // Parameters in the flow's texts read at `date` (YYYY-MM-DD).
  std::string Graph(const std::string& lang, const std::string& date) {
    std::optional<int> index = Language(lang);
    if (!index) return {};
    std::optional<Date> day = Date::Parse(date);
    if (!day) return errors_.Fail(wasm::NotADate(date)), std::string();
    return authoring::FlowDot(*edited_, *index, *day);
  }

  // The semantic diff from the base ruleset to the edited one, as `couverture diff --json`.
  // `renamed`: options renamed, one "question TAB old TAB new" a line (`--renamed-option`).
  // `all_languages`: texts compared in every language both declare (DiffOptions).
  std::string Diff(const std::string& lang, const std::string& date, const std::string& renamed,
                   bool all_languages) {
    if (!Edited()) return {};
    if (!base_) return errors_.Fail("no base ruleset loaded"), std::string();
    if (!date.empty() && !Date::Parse(date))
      return errors_.Fail(wasm::NotADate(date)), std::string();
    authoring::DiffOptions options;
    options.lang = lang;
    options.date = date;
    options.all_languages = all_languages;
    for (std::size_t start = 0; start < renamed.size();) {
      std::size_t end = std::min(renamed.find('\n', start), renamed.size());
      std::string_view line(renamed.data() + start, end - start);
      std::size_t tab = line.find('\t'), second = line.find('\t', tab + 1);
      if (tab == line.npos || second == line.npos)
        return errors_.Fail("malformed rename"), std::string();
      options.renamed_options.push_back({std::string(line.substr(0, tab)),
                                         std::string(line.substr(tab + 1, second - tab - 1)),
                                         std::string(line.substr(second + 1))});
      start = end + 1;
    }
    Result<authoring::RulesetDiff> diff = authoring::Diff(*base_, *edited_, options);
    if (!diff.ok()) return errors_.Fail(diff.errors()), std::string();
    return authoring::DiffJson(diff.value());
  }

  // One scenario per class of the edited ruleset: [{"name", "scenario": {...}}].
  std::string Scenarios(const std::string& lang, const std::string& date) {
    std::optional<int> index = Language(lang);
    if (!index) return {};
    if (!date.empty() && !Date::Parse(date))
      return errors_.Fail(wasm::NotADate(date)), std::string();
    authoring::Coverage coverage =
        authoring::EnumerateCoverage(*edited_, std::nullopt, authoring::kScenarioLimit);
    std::string files;
    for (const authoring::ScenarioFile& file :
         authoring::Scenarios(*edited_, coverage, *index, date)) {
      // file.json is the engine's own JSON: it goes in as it is, not parsed again.
      files += std::string(files.empty() ? "" : ",") + "{\"name\":" + Dump(Json(file.name)) +
               ",\"scenario\":" + file.json + "}";
    }
    return "[" + files + "]";
  }

  // `json` rewritten as format 2 (a format 2 ruleset comes back as it is).
  std::string Migrate(const std::string& json) {
    Result<std::string> migrated = authoring::MigrateToFormat2(json);
    if (!migrated.ok()) return errors_.Fail(migrated.errors()), std::string();
    return migrated.value();
  }

  const std::string& error() const { return errors_.error(); }
  const std::string& error_path() const { return errors_.error_path(); }
  const std::string& error_message() const { return errors_.error_message(); }

 private:
  bool LoadInto(const std::string& json, std::optional<Ruleset>& slot) {
    if (&slot == &edited_) verification_.reset();
    Result<Ruleset> loaded = LoadRuleset(json);
    if (!loaded.ok()) {
      slot.reset();
      load_errors_ = loaded.errors();
      failed_text_ = json;
      return errors_.Fail(loaded.errors());
    }
    load_errors_.clear();
    failed_text_.clear();
    slot = std::move(loaded).value();
    return true;
  }

  bool Edited() {
    if (edited_) return true;
    errors_.Fail("no ruleset loaded");
    return false;
  }

  std::optional<int> Language(const std::string& tag) {
    if (!Edited()) return std::nullopt;
    Result<int> index = ResolveLanguage(*edited_, tag);
    if (!index.ok()) return errors_.Fail(index.errors()), std::nullopt;
    return index.value();
  }

  // The declared language that names things for a reader of `ui`: the same language if declared,
  // else the first.
  int NameLanguage(const std::string& ui) const {
    Result<int> index = ResolveLanguage(*edited_, ui);
    return index.ok() ? index.value() : 0;
  }

  std::optional<Ruleset> edited_, base_;
  std::string failed_text_;  // the text of the last load that failed
  std::optional<authoring::Verification> verification_;
  Errors load_errors_;
  wasm::LastError errors_;
};

}  // namespace
}  // namespace couverture

namespace couverture {
namespace {
// The compiled-in ruleset's text, which the studio opens as "the widget's built-in rules".
std::string DefaultRules() { return std::string(DefaultRulesetJson()); }

// A layer over a base (couverture/layer.h), for the studio's layer mode: {"ruleset": the composed
// text, "notes": {warnings, overrides}, "origins": [[composed pointer, layer pointer]...]}, or
// {"errors": [{path, message}]}, every one of them, with paths in the layer.
std::string Compose(const std::string& base, const std::string& layer) {
  Result<LayeredRuleset> loaded = LoadLayered(base, layer);
  Json out = Json::object();
  if (!loaded.ok()) {
    Json errors = Json::array();
    for (const Error& e : loaded.errors())
      errors.push_back({{"path", e.path}, {"message", e.message}});
    out["errors"] = std::move(errors);
    return Dump(out);
  }
  const Composition& c = loaded.value().composition;
  out["ruleset"] = c.ruleset;
  auto notes = [](const std::vector<LayerNote>& list) {
    Json out = Json::array();
    for (const LayerNote& n : list)
      out.push_back({{"kind", n.kind}, {"path", n.path}, {"message", n.message}});
    return out;
  };
  out["notes"] = {{"warnings", notes(c.warnings)}, {"overrides", notes(c.overrides)}};
  Json origins = Json::array();
  for (const auto& [composed, from] : c.origins) origins.push_back(Json::array({composed, from}));
  out["origins"] = std::move(origins);
  return Dump(out);
}
}  // namespace
}  // namespace couverture

EMSCRIPTEN_BINDINGS(couverture_studio) {
  using couverture::Studio;
  emscripten::function("defaultRules", &couverture::DefaultRules);
  emscripten::function("compose", &couverture::Compose);
  emscripten::class_<Studio>("Studio")
      .constructor<>()
      .function("load", &Studio::Load)
      .function("loadBase", &Studio::LoadBase)
      .function("loadErrors", &Studio::LoadErrors)
      .function("languages", &Studio::Languages)
      .function("format", &Studio::Format)
      .function("verify", &Studio::Verify)
      .function("plainFindings", &Studio::PlainFindings)
      .function("grid", &Studio::Grid)
      .function("texts", &Studio::Texts)
      .function("parameters", &Studio::Parameters)
      .function("sources", &Studio::Sources)
      .function("flow", &Studio::Flow)
      .function("table", &Studio::Table)
      .function("graph", &Studio::Graph)
      .function("diff", &Studio::Diff)
      .function("scenarios", &Studio::Scenarios)
      .function("migrate", &Studio::Migrate)
      .function("error", &Studio::error)
      .function("errorPath", &Studio::error_path)
      .function("errorMessage", &Studio::error_message);
}
