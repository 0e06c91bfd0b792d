// The embind surface of the engine: it only translates types. Every call returns its errors as
// values (an empty string plus error()), because a C++ exception escaping embind reaches
// JavaScript as a bare number and may leave the module unusable; wasm/api.js turns them into
// JavaScript Errors.
#include <emscripten/bind.h>

#include <optional>
#include <string>
#include <utility>

#include "couverture/answers.h"
#include "couverture/assess.h"
#include "couverture/error.h"
#include "couverture/render_json.h"
#include "couverture/ruleset.h"

namespace couverture {
namespace {

class Engine {
 public:
  // Empty text loads the compiled-in default ruleset.
  bool Load(const std::string& json) {
    Result<Ruleset> loaded = LoadRuleset(json.empty() ? DefaultRulesetJson() : json);
    if (!loaded.ok()) return Fail(loaded.errors());
    rules_ = std::move(loaded).value();
    return true;
  }

  // The declared language codes, one per line (codes hold no line breaks).
  std::string Languages() const {
    std::string codes;
    if (rules_) {
      for (const std::string& code : rules_->languages) codes += code + "\n";
    }
    return codes;
  }

  std::string Questions(const std::string& lang) {
    const int index = Language(lang);
    return index < 0 ? std::string() : QuestionsJson(*rules_, index);
  }

  std::string Metadata(const std::string& lang) {
    const int index = Language(lang);
    return index < 0 ? std::string() : MetadataJson(*rules_, index);
  }

  // Answers as a JSON object keyed by question id; the result as engine/README.md describes it.
  std::string Assess(const std::string& answers_json, const std::string& lang) {
    const int index = Language(lang);
    if (index < 0) return {};
    Result<Answers> answers = ParseAnswers(*rules_, answers_json);
    if (!answers.ok()) {
      Fail(answers.errors());
      return {};
    }
    const Assessment assessment = couverture::Assess(*rules_, answers.value());
    return ResultJson(*rules_, answers.value(), assessment, index);
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
    error_message_ = errors.empty() ? error_ : errors.front().message;
    return false;
  }
  bool Fail(std::string message) { return Fail(Errors{Error{"", std::move(message)}}); }

  int Language(const std::string& lang) {
    if (!rules_) return Fail("no ruleset loaded"), -1;
    const int index = rules_->LanguageIndex(lang);
    if (index < 0) {
      // The CLI's wording (engine/cli/input.cpp), so that both sides report the same line.
      std::string known;
      for (const std::string& code : rules_->languages) known += (known.empty() ? "" : ", ") + code;
      Fail("unknown language \"" + lang + "\" (the ruleset has " + known + ")");
    }
    return index;
  }

  std::optional<Ruleset> rules_;
  std::string error_, error_path_, error_message_;
};

}  // namespace
}  // namespace couverture

EMSCRIPTEN_BINDINGS(couverture) {
  using couverture::Engine;
  emscripten::class_<Engine>("Engine")
      .constructor<>()
      .function("load", &Engine::Load)
      .function("languages", &Engine::Languages)
      .function("questions", &Engine::Questions)
      .function("metadata", &Engine::Metadata)
      .function("assess", &Engine::Assess)
      .function("error", &Engine::error)
      .function("errorPath", &Engine::error_path)
      .function("errorMessage", &Engine::error_message);
}
