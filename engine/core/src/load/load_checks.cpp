// Checks over the whole loaded ruleset: decisions that depend on themselves, and placeholders
// that name no parameter.
#include <algorithm>
#include <string>
#include <vector>

#include "json/utf8.h"
#include "load_context.h"
#include "render/text_fill.h"

namespace couverture::detail {
namespace {

// The decision tests under a condition, in reading order.
void CollectDecisionTests(const Model& model, int condition, std::vector<int>& tests) {
  if (condition < 0) return;
  const Condition& c = model.conditions[condition];
  if (c.kind == Condition::Kind::kTest) {
    if (model.tests[c.test].decision >= 0) tests.push_back(c.test);
    return;
  }
  for (int child : c.children) CollectDecisionTests(model, child, tests);
}

class CycleFinder {
 public:
  explicit CycleFinder(LoadContext& c) : c_(c), state_(c.model.decisions.size(), kNew) {
    for (const Decision& d : c.model.decisions) {
      std::vector<int> tests;
      CollectDecisionTests(c.model, d.applies, tests);
      for (const Rule& rule : d.rules) CollectDecisionTests(c.model, rule.condition, tests);
      depends_.push_back(std::move(tests));
    }
  }

  void Run() {
    for (std::size_t d = 0; d < state_.size(); ++d) Visit(static_cast<int>(d));
  }

 private:
  enum State { kNew, kOpen, kDone };

  void Visit(int decision) {
    if (state_[decision] != kNew) return;
    state_[decision] = kOpen;
    chain_.push_back(decision);
    for (int test : depends_[decision]) {
      int next = c_.model.tests[test].decision;
      if (state_[next] == kOpen) {
        std::string cycle;
        for (auto it = std::find(chain_.begin(), chain_.end(), next); it != chain_.end(); ++it) {
          cycle += c_.model.decisions[*it].id + " → ";
        }
        c_.Fail(c_.model.tests[test].path, "decision " + Quoted(c_.model.decisions[next].id) +
                                               " depends on itself: " + cycle +
                                               c_.model.decisions[next].id);
      } else {
        Visit(next);
      }
    }
    chain_.pop_back();
    state_[decision] = kDone;
  }

  LoadContext& c_;
  std::vector<State> state_;
  std::vector<std::vector<int>> depends_;
  std::vector<int> chain_;
};

// A hidden character in a text (see HiddenCharacter); texts are valid UTF-8, as nlohmann/json
// read them.
bool Suspicious(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    Utf8Char c = DecodeUtf8(text, i);
    if (c.length == 0 || HiddenCharacter(c.code, /*allow_layout=*/true)) return true;
    i += c.length;
  }
  return false;
}

}  // namespace

void CheckDecisionCycles(LoadContext& c) { CycleFinder(c).Run(); }

void CheckPlaceholders(LoadContext& c) {
  c.model.parameter_uses.assign(c.model.parameters.size(), 0);
  for (const LoadContext::TextRead& read : c.texts) {
    for (std::size_t lang = 0; lang < read.text.size(); ++lang) {
      if (Suspicious(read.text[lang])) {
        c.model.suspicious_texts.push_back(JoinPath(read.path, c.model.languages[lang]));
      }
      // Format 1 texts and quotes are shown as written.
      if (c.model.meta.format != 2 || read.placeholders == LoadContext::Placeholders::kNone) {
        continue;
      }
      ForEachPlaceholder(read.text[lang], [&](std::string_view name) {
        if (read.placeholders == LoadContext::Placeholders::kPhrase &&
            (name == "rule" || name == "question" || name == "answer" || name == "winner")) {
          return;
        }
        int parameter = c.model.ParameterIndex(name);
        if (parameter >= 0) {
          ++c.model.parameter_uses[parameter];
        } else {
          c.Fail(JoinPath(read.path, c.model.languages[lang]), "unknown parameter " + Quoted(name) +
                                                                   " in {" + std::string(name) +
                                                                   "} (see /parameters)");
        }
      });
    }
  }
}

}  // namespace couverture::detail
