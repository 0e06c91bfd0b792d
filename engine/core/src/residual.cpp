#include "residual.h"

#include "flow.h"
#include "three_valued.h"

namespace couverture::detail {
namespace {

// Decision states for three_valued.h: a decision test reads its decision's state at the point
// being settled, settled before it (Residuals' order puts every decision after those it tests).
struct Settled {
  const Residual& at;
  DecisionState Of(const Model&, int decision, const Answers&) const { return at.states[decision]; }
};

void CollectTests(const Model& model, int condition, std::vector<int>& tests) {
  if (condition < 0) return;
  const Condition& c = model.conditions[condition];
  if (c.kind == Condition::Kind::kTest) tests.push_back(c.test);
  for (int child : c.children) CollectTests(model, child, tests);
}

}  // namespace

Residuals::Residuals(const Model& model, std::uint64_t focus)
    : model_(model), focus_(WithDependencies(model, focus)) {
  for (const Decision& d : model.decisions) {
    applies_tests_.emplace_back();
    CollectTests(model, d.applies, applies_tests_.back());
    std::vector<std::vector<int>> rows(d.rules.size());
    for (std::size_t r = 0; r < d.rules.size(); ++r) {
      CollectTests(model, d.rules[r].condition, rows[r]);
    }
    rule_tests_.push_back(std::move(rows));
  }
  std::vector<char> seen(model.decisions.size(), 0);
  for (std::size_t d = 0; d < model.decisions.size(); ++d) {
    if (InFocus(d)) Order(static_cast<int>(d), seen);
  }
}

void Residuals::Order(int decision, std::vector<char>& seen) {
  if (seen[decision]) return;
  seen[decision] = 1;  // the loader refuses a decision that depends on itself
  auto after = [&](const std::vector<int>& tests) {
    for (int test : tests) {
      if (model_.tests[test].decision >= 0) Order(model_.tests[test].decision, seen);
    }
  };
  after(applies_tests_[decision]);
  for (const std::vector<int>& row : rule_tests_[decision]) after(row);
  order_.push_back(decision);
}

void Residuals::Start(Residual& at) const {
  at.applies.assign(model_.decisions.size(), Truth::kUnknown);
  at.end.assign(model_.decisions.size(), 0);
  at.rows.clear();
  at.truths.clear();
  for (int d : order_) {
    for (std::size_t r = 0; r < model_.decisions[d].rules.size(); ++r) {
      at.rows.push_back(static_cast<int>(r));
      at.truths.push_back(Truth::kUnknown);
    }
    at.end[d] = at.rows.size();
  }
  at.states.assign(model_.decisions.size(), DecisionState{});
}

std::size_t Residuals::Settle(const Answers& answers, const Residual& parent, Residual& at) const {
  at.applies = parent.applies;
  at.rows.clear();
  at.truths.clear();
  at.end.assign(model_.decisions.size(), 0);
  at.states.assign(model_.decisions.size(), DecisionState{});
  Settled states{at};
  std::size_t work = order_.size();
  std::size_t begin = 0;
  for (int d : order_) {
    const Decision& decision = model_.decisions[d];
    Truth& applies = at.applies[d];
    if (applies == Truth::kUnknown) {
      applies = EvaluateWith(states, model_, decision.applies, answers);
      work += applies_tests_[d].size();
    }
    DecisionState& state = at.states[d];
    state.applies = applies;
    for (std::size_t i = begin; applies != Truth::kFalse && i < parent.end[d]; ++i) {
      int row = parent.rows[i];
      Truth truth = parent.truths[i] == Truth::kTrue
                        ? Truth::kTrue
                        : EvaluateWith(states, model_, decision.rules[row].condition, answers);
      work += 1 + rule_tests_[d][row].size();  // a row of many tests costs as many
      if (truth == Truth::kFalse) continue;
      if (state.first.rule < 0) state.first = {row, truth == Truth::kTrue};
      at.rows.push_back(row);
      at.truths.push_back(truth);
      if (truth == Truth::kTrue) break;
    }
    begin = parent.end[d];
    at.end[d] = at.rows.size();
  }
  return work;
}

void Residuals::AppendTruths(const std::vector<int>& tests, const Answers& answers,
                             const Residual& at, std::string& key) const {
  for (int test : tests) {
    key += static_cast<char>(EvaluateTestWith(Settled{at}, model_, model_.tests[test], answers));
  }
}

void Residuals::Key(const Answers& answers, Residual& at) const {
  std::string& key = at.key;
  key.clear();
  std::size_t begin = 0;
  for (int d : order_) {
    key += static_cast<char>(at.applies[d]);
    if (at.applies[d] == Truth::kUnknown) AppendTruths(applies_tests_[d], answers, at, key);
    for (std::size_t i = begin; i < at.end[d]; ++i) {
      int row = at.rows[i];  // fewer than 65536 (limits::kRowsPerDecision)
      key += static_cast<char>(row & 0xFF);
      key += static_cast<char>(row >> 8);
      key += static_cast<char>(at.truths[i]);
      if (at.truths[i] == Truth::kUnknown) AppendTruths(rule_tests_[d][row], answers, at, key);
    }
    begin = at.end[d];
    key += '|';
  }
}

int Residuals::Pending(int decision, const Answers& answers, const Residual& at) const {
  if (at.states[decision].settled()) return -1;
  return QuestionForDecisionWith(Settled{at}, model_, decision, answers);
}

}  // namespace couverture::detail
