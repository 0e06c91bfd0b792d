// The C functions of the engine's runtime core that wasm/api.js calls: they only translate types.
// Texts cross as UTF-8: in, a pointer and a byte count into memory the JavaScript side allocated
// for the call; out, a NUL-terminated text the engine keeps until its next call. Every call
// returns its errors as values (an empty text or false, then couverture_error():
// binding_helpers.h), and wasm/api.js turns them into JavaScript Errors. Only couverture_core is
// linked: the authoring tools cannot reach the widget's module.
#include <emscripten/emscripten.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "binding_helpers.h"
#include "couverture/answers.h"
#include "couverture/assess.h"
#include "couverture/date.h"
#include "couverture/error.h"
#include "couverture/language.h"
#include "couverture/layer.h"
#include "couverture/limits.h"
#include "couverture/result.h"
#include "couverture/ruleset.h"

namespace couverture {
namespace {

class Engine {
 public:
  // The built-in ruleset's text comes from wasm/api.js (couverture.js carries it, where it
  // compresses better than in this module).
  bool Load(std::string_view json) {
    Result<Ruleset> loaded = LoadRuleset(json);
    if (!loaded.ok()) return errors_.Fail(loaded.errors());
    rules_ = std::move(loaded).value();
    renderers_.clear();
    current_ = nullptr;
    layer_notes_.clear();
    return true;
  }

  // A university's layer over the rules (couverture/layer.h): errors have paths in the layer.
  // Only couverture-layers.wasm composes (wasm/CMakeLists.txt); wasm/api.js loads it for a layer.
  bool LoadLayered(std::string_view json, std::string_view layer) {
#ifdef COUVERTURE_WASM_LAYERS
    Result<LayeredRuleset> loaded = couverture::LoadLayered(json, layer);
    if (!loaded.ok()) return errors_.Fail(loaded.errors());
    std::string notes = LayerNotesJson(loaded.value().composition);
    rules_ = std::move(loaded).value().ruleset;
    renderers_.clear();
    current_ = nullptr;
    layer_notes_ = std::move(notes);
    return true;
#else
    static_cast<void>(json), static_cast<void>(layer);
    return errors_.Fail("this module composes no layer: couverture-layers.wasm does");
#endif
  }

  // The layer's warnings and overrides as JSON ("" without a layer).
  const std::string& LayerNotes() const { return layer_notes_; }

  std::string Languages() const { return rules_ ? wasm::LanguageLines(*rules_) : std::string(); }

  // The declared tag `tag` names (couverture/language.h), or "" with the error.
  std::string ResolveLanguage(std::string_view tag) {
    if (!rules_) return errors_.Fail("no ruleset loaded"), std::string();
    Result<int> index = couverture::ResolveLanguage(*rules_, tag);
    if (!index.ok()) return errors_.Fail(index.errors()), std::string();
    return rules_->languages()[index.value()];
  }

  // Like ResolveLanguage, without an error: "" when the ruleset has no such language.
  std::string MatchLanguage(std::string_view tag) const {
    if (!rules_) return {};
    std::optional<int> index = couverture::MatchLanguage(*rules_, tag);
    return index ? rules_->languages()[*index] : std::string();
  }

  // Chooses the language and date that texts and results are in: a tag the ruleset declares
  // (see couverture/language.h) and YYYY-MM-DD. Returns false with the error otherwise.
  bool Select(std::string_view lang, std::string_view date) {
    return Renderer(lang, date) != nullptr;
  }

  // The questions and the ruleset's metadata in the chosen language and date, as JSON.
  std::string Questions() { return current_ ? current_->QuestionsJson() : NotSelected(); }
  std::string Metadata() { return current_ ? current_->MetadataJson() : NotSelected(); }

  // Answers as a JSON object keyed by question id, checked and kept for resultTemplate():
  // {"k": the key of their result template, "h": the texts of its holes} (couverture/result.h).
  std::string ResultParts(std::string_view answers_json) {
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
  std::string LinkAnswers(std::string_view query) {
    if (!rules_) return errors_.Fail("no ruleset loaded"), std::string();
    Result<Answers> answers = ParseLinkAnswers(*rules_, query);
    if (!answers.ok()) return errors_.Fail(answers.errors()), std::string();
    return AnswersJson(*rules_, answers.value());
  }

  // "" is also the query of no answers: error() tells them apart, so it must not be a stale one.
  std::string LinkQuery(std::string_view answers_json) {
    errors_.Clear();
    if (!rules_) return errors_.Fail("no ruleset loaded"), std::string();
    Result<Answers> answers = ParseAnswers(*rules_, answers_json);
    if (!answers.ok()) return errors_.Fail(answers.errors()), std::string();
    return couverture::LinkQuery(*rules_, answers.value());
  }

  const wasm::LastError& errors() const { return errors_; }

  // A text returned to JavaScript: kept until the next one.
  const char* Out(std::string text) {
    out_ = std::move(text);
    return out_.c_str();
  }

 private:
  std::string NotSelected() {
    errors_.Fail("no language and date selected");
    return {};
  }

  // The texts of a language at a date, rendered once: a page asks for one or two at a time, so a
  // handful are kept, the oldest dropped first.
  ResultRenderer* Renderer(std::string_view lang, std::string_view date) {
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
    renderers_.emplace_back(std::make_pair(std::string(lang), std::string(date)),
                            std::move(made).value());
    return current_ = &renderers_.back().second;
  }

  static constexpr std::size_t kRenderers = 4;
  std::optional<Ruleset> rules_;
  std::string layer_notes_;
  std::vector<std::pair<std::pair<std::string, std::string>, ResultRenderer>> renderers_;
  ResultRenderer* current_ = nullptr;  // the one Select chose; into renderers_
  std::optional<Answers> answers_;     // those of the last resultParts()
  wasm::LastError errors_;
  std::string out_;
};

}  // namespace
}  // namespace couverture

using couverture::Engine;
using Text = const char*;

// The engine's handle is its address, which only wasm/api.js holds, and forgets when it disposes
// of the engine (api.js refuses calls after that).
extern "C" {
EMSCRIPTEN_KEEPALIVE Engine* couverture_create() { return new Engine; }
EMSCRIPTEN_KEEPALIVE void couverture_destroy(Engine* engine) { delete engine; }
EMSCRIPTEN_KEEPALIVE Text couverture_limits() {
  static const std::string limits = couverture::LimitsJson();
  return limits.c_str();
}
EMSCRIPTEN_KEEPALIVE bool couverture_load(Engine* engine, Text json, std::size_t size) {
  return engine->Load({json, size});
}
EMSCRIPTEN_KEEPALIVE bool couverture_load_layered(Engine* engine, Text json, std::size_t size,
                                                  Text layer, std::size_t layer_size) {
  return engine->LoadLayered({json, size}, {layer, layer_size});
}
EMSCRIPTEN_KEEPALIVE Text couverture_layer_notes(Engine* engine) {
  return engine->Out(engine->LayerNotes());
}
EMSCRIPTEN_KEEPALIVE Text couverture_languages(Engine* engine) {
  return engine->Out(engine->Languages());
}
EMSCRIPTEN_KEEPALIVE Text couverture_resolve_language(Engine* engine, Text tag, std::size_t size) {
  return engine->Out(engine->ResolveLanguage({tag, size}));
}
EMSCRIPTEN_KEEPALIVE Text couverture_match_language(Engine* engine, Text tag, std::size_t size) {
  return engine->Out(engine->MatchLanguage({tag, size}));
}
EMSCRIPTEN_KEEPALIVE bool couverture_select(Engine* engine, Text lang, std::size_t lang_size,
                                            Text date, std::size_t date_size) {
  return engine->Select({lang, lang_size}, {date, date_size});
}
EMSCRIPTEN_KEEPALIVE Text couverture_questions(Engine* engine) {
  return engine->Out(engine->Questions());
}
EMSCRIPTEN_KEEPALIVE Text couverture_metadata(Engine* engine) {
  return engine->Out(engine->Metadata());
}
EMSCRIPTEN_KEEPALIVE Text couverture_result_parts(Engine* engine, Text answers, std::size_t size) {
  return engine->Out(engine->ResultParts({answers, size}));
}
EMSCRIPTEN_KEEPALIVE Text couverture_result_template(Engine* engine) {
  return engine->Out(engine->ResultTemplate());
}
EMSCRIPTEN_KEEPALIVE Text couverture_link_answers(Engine* engine, Text query, std::size_t size) {
  return engine->Out(engine->LinkAnswers({query, size}));
}
EMSCRIPTEN_KEEPALIVE Text couverture_link_query(Engine* engine, Text answers, std::size_t size) {
  return engine->Out(engine->LinkQuery({answers, size}));
}
EMSCRIPTEN_KEEPALIVE Text couverture_error(Engine* engine) {
  return engine->errors().error().c_str();
}
EMSCRIPTEN_KEEPALIVE Text couverture_error_path(Engine* engine) {
  return engine->errors().error_path().c_str();
}
EMSCRIPTEN_KEEPALIVE Text couverture_error_message(Engine* engine) {
  return engine->errors().error_message().c_str();
}
}
