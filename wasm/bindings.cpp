// The embind surface of the engine's runtime core: it only translates types. Every call returns
// its errors as values (an empty string plus error()), because a C++ exception escaping embind
// reaches JavaScript as a bare number and may leave the module unusable; wasm/api.js turns them
// into JavaScript Errors. Only couverture_core is linked: the authoring tools cannot reach the
// widget's module.
#include <emscripten/bind.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

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
  // The default ruleset's text comes from wasm/api.js (couverture.js carries it, where it
  // compresses better than in this module).
  bool Load(const std::string& json) {
    Result<Ruleset> loaded = LoadRuleset(json);
    if (!loaded.ok()) return Fail(loaded.errors());
    rules_ = std::move(loaded).value();
    renderers_.clear();
    current_ = nullptr;
    return true;
  }

  // The declared language tags, one per line (tags hold no line breaks).
  std::string Languages() const {
    std::string tags;
    if (rules_) {
      for (const std::string& tag : rules_->languages()) tags += tag + "\n";
    }
    return tags;
  }

  // The declared tag `tag` names (couverture/language.h), or "" with the error.
  std::string ResolveLanguage(const std::string& tag) {
    if (!rules_) return Fail("no ruleset loaded"), std::string();
    Result<int> index = couverture::ResolveLanguage(*rules_, tag);
    if (!index.ok()) return Fail(index.errors()), std::string();
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

  // The questions, the ruleset's metadata and the catalog (every text of a result) in the chosen
  // language and date, as JSON.
  std::string Questions() { return current_ ? current_->QuestionsJson() : NotSelected(); }
  std::string Metadata() { return current_ ? current_->MetadataJson() : NotSelected(); }
  std::string Catalog() { return current_ ? current_->CatalogJson() : NotSelected(); }

  // Answers as a JSON object keyed by question id, checked and kept for planTemplate(); returns
  // {"k": the plan's key, "h": the texts for its holes} (see couverture/result.h). Results come
  // back as a view of their UTF-8 bytes (valid until the next call), which JavaScript decodes at
  // once: embind's own string conversion scans every byte.
  emscripten::val Plan(const std::string& answers_json) {
    if (!current_) return Bytes(NotSelected());
    Result<Answers> answers = ParseAnswers(*rules_, answers_json);
    if (!answers.ok()) return Fail(answers.errors()), Bytes("");
    return KeyAndHoles(answers.value());
  }

  // The same for answers already translated to the engine's values (SetAnswerAt): question i's
  // value in answerValues()[i], for each bit i of the 64-bit mask given in two halves. It spares
  // a JSON text per call; wasm/api.js takes this path when every answer's type fits.
  emscripten::val AnswerValues() {
    return emscripten::val(emscripten::typed_memory_view(values_.size(), values_.data()));
  }

  emscripten::val PlanAt(unsigned known_low, unsigned known_high) {
    if (!current_) return Bytes(NotSelected());
    std::uint64_t known = (std::uint64_t{known_high} << 32) | known_low;
    Answers answers;
    Errors errors;
    for (int q = 0; q < static_cast<int>(values_.size()); ++q) {
      if (!((known >> q) & 1u)) continue;
      if (std::optional<Error> error = SetAnswerAt(*rules_, q, values_[q], answers)) {
        errors.push_back(std::move(*error));
      }
    }
    if (!errors.empty()) return Fail(errors), Bytes("");
    return KeyAndHoles(answers);
  }

  // The plan (with its holes) for the answers of the last plan() or planAt().
  emscripten::val PlanTemplate() {
    if (!current_ || !answers_) return Bytes(NotSelected());
    return Bytes(current_->PlanJson(*answers_));
  }

  // A replay link's query -> the answers as JSON; answers as JSON -> a link's query.
  std::string LinkAnswers(const std::string& query) {
    if (!rules_) return Fail("no ruleset loaded"), std::string();
    Result<Answers> answers = ParseLinkAnswers(*rules_, query);
    if (!answers.ok()) return Fail(answers.errors()), std::string();
    return AnswersJson(*rules_, answers.value());
  }

  // "" is also the query of no answers: error() tells them apart, so it must not be a stale one.
  std::string LinkQuery(const std::string& answers_json) {
    error_.clear();
    if (!rules_) return Fail("no ruleset loaded"), std::string();
    Result<Answers> answers = ParseAnswers(*rules_, answers_json);
    if (!answers.ok()) return Fail(answers.errors()), std::string();
    return couverture::LinkQuery(*rules_, answers.value());
  }

  // The last failure: the one-line summary, and the first error's JSON pointer and message, so
  // that the widget can put the message next to the field it names.
  const std::string& error() const { return error_; }
  const std::string& error_path() const { return error_path_; }
  const std::string& error_message() const { return error_message_; }

 private:
  bool Fail(const Errors& errors) {
    error_ = Summarize(errors);
    error_path_ = errors.empty() ? std::string() : errors.front().path;
    error_message_ = errors.empty() ? error_ : Printable(errors.front().message);
    return false;
  }
  bool Fail(std::string message) { return Fail(Errors{Error{"", std::move(message)}}); }

  std::string NotSelected() {
    Fail("no language and date selected");
    return {};
  }

  emscripten::val KeyAndHoles(const Answers& answers) {
    answers_ = answers;
    std::string text = "{\"k\":\"";
    text.append(current_->PlanKey(answers)).append("\",\"h\":");
    text.append(current_->HolesJson(answers)).append("}");
    return Bytes(std::move(text));
  }

  emscripten::val Bytes(std::string text) {
    bytes_ = std::move(text);
    return emscripten::val(emscripten::typed_memory_view(
        bytes_.size(), reinterpret_cast<const unsigned char*>(bytes_.data())));
  }

  // The texts of a language at a date, rendered once: a page asks for one or two at a time, so a
  // handful are kept, the oldest dropped first.
  ResultRenderer* Renderer(const std::string& lang, const std::string& date) {
    if (!rules_) return Fail("no ruleset loaded"), nullptr;
    for (auto& [key, renderer] : renderers_) {
      if (key.first == lang && key.second == date) return current_ = &renderer;
    }
    Result<int> index = couverture::ResolveLanguage(*rules_, lang);
    if (!index.ok()) return Fail(index.errors()), nullptr;
    std::optional<Date> day = Date::Parse(date);
    if (!day)
      return Fail("date \"" + Printable(date.substr(0, 32)) +
                  "\" is not a date of the form YYYY-MM-DD"),
             nullptr;
    Result<ResultRenderer> made = ResultRenderer::Make(*rules_, index.value(), *day);
    if (!made.ok()) return Fail(made.errors()), nullptr;
    if (renderers_.size() == kRenderers) renderers_.erase(renderers_.begin());
    renderers_.emplace_back(std::make_pair(lang, date), std::move(made).value());
    return current_ = &renderers_.back().second;
  }

  static constexpr std::size_t kRenderers = 4;
  std::optional<Ruleset> rules_;
  std::vector<std::pair<std::pair<std::string, std::string>, ResultRenderer>> renderers_;
  ResultRenderer* current_ = nullptr;  // the one Select chose; into renderers_
  std::array<double, limits::kQuestions> values_{};
  std::string bytes_;               // what the last view returned points into
  std::optional<Answers> answers_;  // the last answers planned
  std::string error_, error_path_, error_message_;
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
  emscripten::function("catalog", &OnHandle<&Engine::Catalog>::Call);
  emscripten::function("plan", &OnHandle<&Engine::Plan>::Call);
  emscripten::function("answerValues", &OnHandle<&Engine::AnswerValues>::Call);
  emscripten::function("planAt", &OnHandle<&Engine::PlanAt>::Call);
  emscripten::function("planTemplate", &OnHandle<&Engine::PlanTemplate>::Call);
  emscripten::function("linkAnswers", &OnHandle<&Engine::LinkAnswers>::Call);
  emscripten::function("linkQuery", &OnHandle<&Engine::LinkQuery>::Call);
  emscripten::function("error", &OnHandle<&Engine::error>::Call);
  emscripten::function("errorPath", &OnHandle<&Engine::error_path>::Call);
  emscripten::function("errorMessage", &OnHandle<&Engine::error_message>::Call);
}
