// The embind surface of the engine's runtime core: it only translates types. Every call returns
// its errors as values (an empty string or false, then error(): binding_helpers.h), and
// wasm/api.js turns them into JavaScript Errors. Only couverture_core is linked: the authoring
// tools cannot reach the widget's module.
#include <emscripten/bind.h>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "binding_helpers.h"
#include "couverture/answers.h"
#include "couverture/assess.h"
#include "couverture/date.h"
#include "couverture/error.h"
#include "couverture/language.h"
#include "couverture/limits.h"
#include "couverture/result.h"
#include "couverture/ruleset.h"

namespace couverture {
namespace {

class Engine {
 public:
  // The built-in ruleset's text comes from wasm/api.js (couverture.js carries it, where it
  // compresses better than in this module).
  bool Load(const std::string& json) {
    Result<Ruleset> loaded = LoadRuleset(json);
    if (!loaded.ok()) return errors_.Fail(loaded.errors());
    rules_ = std::move(loaded).value();
    renderers_.clear();
    current_ = nullptr;
    return true;
  }

  std::string Languages() const { return rules_ ? wasm::LanguageLines(*rules_) : std::string(); }

  // The declared tag `tag` names (couverture/language.h), or "" with the error.
  std::string ResolveLanguage(const std::string& tag) {
    if (!rules_) return errors_.Fail("no ruleset loaded"), std::string();
    Result<int> index = couverture::ResolveLanguage(*rules_, tag);
    if (!index.ok()) return errors_.Fail(index.errors()), std::string();
    return rules_->languages()[index.value()];
  }

  // Like ResolveLanguage, without an error: "" when the ruleset has no such language.
  std::string MatchLanguage(const std::string& tag) const {
    if (!rules_) return {};
    std::optional<int> index = couverture::MatchLanguage(*rules_, tag);
    return index ? rules_->languages()[*index] : std::string();
  }

  // Chooses the language and date that texts and results are in: a tag the ruleset declares
  // (see couverture/language.h) and YYYY-MM-DD. Returns false with the error otherwise.
  bool Select(const std::string& lang, const std::string& date) {
    return Renderer(lang, date) != nullptr;
  }

  // The questions and the ruleset's metadata in the chosen language and date, as JSON.
  std::string Questions() { return current_ ? current_->QuestionsJson() : NotSelected(); }
  std::string Metadata() { return current_ ? current_->MetadataJson() : NotSelected(); }

  // Answers as a JSON object keyed by question id, checked and kept for resultTemplate():
  // {"k": the key of their result template, "h": the texts of its holes} (couverture/result.h).
  std::string ResultParts(const std::string& answers_json) {
    if (!current_) return NotSelected();
    Result<Answers> answers = ParseAnswers(*rules_, answers_json);
    if (!answers.ok()) return errors_.Fail(answers.errors()), std::string();
    answers_ = std::move(answers).value();
    return "{\"k\":\"" + current_->TemplateKey(*answers_) +
           "\",\"h\":" + current_->HolesJson(*answers_) + "}";
  }

  // The result template for the answers of the last resultParts().
  std::string ResultTemplate() {
    if (!current_ || !answers_) return NotSelected();
    return current_->ResultTemplateJson(*answers_);
  }

  // A replay link's query -> the answers as JSON; answers as JSON -> a link's query.
  std::string LinkAnswers(const std::string& query) {
    if (!rules_) return errors_.Fail("no ruleset loaded"), std::string();
    Result<Answers> answers = ParseLinkAnswers(*rules_, query);
    if (!answers.ok()) return errors_.Fail(answers.errors()), std::string();
    return AnswersJson(*rules_, answers.value());
  }

  // "" is also the query of no answers: error() tells them apart, so it must not be a stale one.
  std::string LinkQuery(const std::string& answers_json) {
    errors_.Clear();
    if (!rules_) return errors_.Fail("no ruleset loaded"), std::string();
    Result<Answers> answers = ParseAnswers(*rules_, answers_json);
    if (!answers.ok()) return errors_.Fail(answers.errors()), std::string();
    return couverture::LinkQuery(*rules_, answers.value());
  }

  const std::string& error() const { return errors_.error(); }
  const std::string& error_path() const { return errors_.error_path(); }
  const std::string& error_message() const { return errors_.error_message(); }

 private:
  std::string NotSelected() {
    errors_.Fail("no language and date selected");
    return {};
  }

  // The texts of a language at a date, rendered once: a page asks for one or two at a time, so a
  // handful are kept, the oldest dropped first.
  ResultRenderer* Renderer(const std::string& lang, const std::string& date) {
    if (!rules_) return errors_.Fail("no ruleset loaded"), nullptr;
    for (auto& [key, renderer] : renderers_) {
      if (key.first == lang && key.second == date) return current_ = &renderer;
    }
    Result<int> index = couverture::ResolveLanguage(*rules_, lang);
    if (!index.ok()) return errors_.Fail(index.errors()), nullptr;
    std::optional<Date> day = Date::Parse(date);
    if (!day) return errors_.Fail(wasm::NotADate(date)), nullptr;
    Result<ResultRenderer> made = ResultRenderer::Make(*rules_, index.value(), *day);
    if (!made.ok()) return errors_.Fail(made.errors()), nullptr;
    if (renderers_.size() == kRenderers) renderers_.erase(renderers_.begin());
    renderers_.emplace_back(std::make_pair(lang, date), std::move(made).value());
    return current_ = &renderers_.back().second;
  }

  static constexpr std::size_t kRenderers = 4;
  std::optional<Ruleset> rules_;
  std::vector<std::pair<std::pair<std::string, std::string>, ResultRenderer>> renderers_;
  ResultRenderer* current_ = nullptr;  // the one Select chose; into renderers_
  std::optional<Answers> answers_;     // those of the last resultParts()
  wasm::LastError errors_;
};

// Each method of Engine as a function whose first argument is the engine's handle: its address,
// which only wasm/api.js holds, and forgets when it disposes of the engine (api.js refuses calls
// after that). embind's class_ would do the same with type checks on every call, for about
// 2.5 KB gzipped more JavaScript on every page that shows the widget (wasm/README.md).
template <auto Method>
struct OnHandle;
template <typename R, typename... Args, R (Engine::*Method)(Args...)>
struct OnHandle<Method> {
  static R Call(std::uintptr_t engine, Args... args) {
    return (reinterpret_cast<Engine*>(engine)->*Method)(args...);
  }
};
template <typename R, typename... Args, R (Engine::*Method)(Args...) const>
struct OnHandle<Method> {
  static R Call(std::uintptr_t engine, Args... args) {
    return (reinterpret_cast<const Engine*>(engine)->*Method)(args...);
  }
};

std::uintptr_t Create() { return reinterpret_cast<std::uintptr_t>(new Engine); }
void Destroy(std::uintptr_t engine) { delete reinterpret_cast<Engine*>(engine); }

}  // namespace
}  // namespace couverture

EMSCRIPTEN_BINDINGS(couverture) {
  using couverture::Engine;
  using couverture::OnHandle;
  emscripten::function("limits", &couverture::LimitsJson);
  emscripten::function("create", &couverture::Create);
  emscripten::function("destroy", &couverture::Destroy);
  emscripten::function("load", &OnHandle<&Engine::Load>::Call);
  emscripten::function("languages", &OnHandle<&Engine::Languages>::Call);
  emscripten::function("resolveLanguage", &OnHandle<&Engine::ResolveLanguage>::Call);
  emscripten::function("matchLanguage", &OnHandle<&Engine::MatchLanguage>::Call);
  emscripten::function("select", &OnHandle<&Engine::Select>::Call);
  emscripten::function("questions", &OnHandle<&Engine::Questions>::Call);
  emscripten::function("metadata", &OnHandle<&Engine::Metadata>::Call);
  emscripten::function("resultParts", &OnHandle<&Engine::ResultParts>::Call);
  emscripten::function("resultTemplate", &OnHandle<&Engine::ResultTemplate>::Call);
  emscripten::function("linkAnswers", &OnHandle<&Engine::LinkAnswers>::Call);
  emscripten::function("linkQuery", &OnHandle<&Engine::LinkQuery>::Call);
  emscripten::function("error", &OnHandle<&Engine::error>::Call);
  emscripten::function("errorPath", &OnHandle<&Engine::error_path>::Call);
  emscripten::function("errorMessage", &OnHandle<&Engine::error_message>::Call);
}
