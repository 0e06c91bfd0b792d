#include "couverture/detail/residual.h"

#include "couverture/detail/flow.h"

namespace couverture::detail {
namespace {

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
  at.states.assign(model_.decisions.size(), DecisionState{});
  at.end.assign(model_.decisions.size(), 0);
  at.rows.clear();
  for (int d : order_) {
    for (std::size_t r = 0; r < model_.decisions[d].rules.size(); ++r) {
      at.rows.push_back(static_cast<int>(r) * 4 + static_cast<int>(Truth::kUnknown));
    }
    at.end[d] = static_cast<int>(at.rows.size());
  }
}

std::size_t Residuals::Settle(const Answers& answers, const Residual& parent, Residual& at) const {
  at.states.assign(model_.decisions.size(), DecisionState{});
  at.end.assign(model_.decisions.size(), 0);
  at.rows.clear();
  // A decision test reads its decision's state at this point, settled before it: the order puts
  // every decision after those it tests.
  DecisionStates states{&at.states};
  std::size_t work = order_.size();
  int begin = 0;
  for (int d : order_) {
    const Decision& decision = model_.decisions[d];
    DecisionState& state = at.states[d];
    state.applies = parent.states[d].applies;
    if (state.applies == Truth::kUnknown) {
      state.applies = Evaluate(model_, decision.applies, answers, states);
      work += applies_tests_[d].size();
    }
    for (int i = begin; state.applies != Truth::kFalse && i < parent.end[d]; ++i) {
      int row = parent.rows[i] / 4;
      Truth truth = static_cast<Truth>(parent.rows[i] % 4);
      if (truth != Truth::kTrue) {
        truth = Evaluate(model_, decision.rules[row].condition, answers, states);
        work += 1 + rule_tests_[d][row].size();  // a row of many tests costs as many
      }
      if (truth == Truth::kFalse) continue;
      if (state.first.rule < 0) state.first = {row, truth == Truth::kTrue};
      at.rows.push_back(row * 4 + static_cast<int>(truth));
      if (truth == Truth::kTrue) break;
    }
    begin = parent.end[d];
    at.end[d] = static_cast<int>(at.rows.size());
  }
  return work;
}

void Residuals::AppendTruths(const std::vector<int>& tests, const Answers& answers,
                             const Residual& at, std::string& key) const {
  for (int test : tests) {
    key += static_cast<char>(EvaluateTest(model_, model_.tests[test], answers, {&at.states}));
  }
}

void Residuals::Key(const Answers& answers, Residual& at) const {
  std::string& key = at.key;
  key.clear();
  int begin = 0;
  for (int d : order_) {
    Truth applies = at.states[d].applies;
    key += static_cast<char>(applies);
    if (applies == Truth::kUnknown) AppendTruths(applies_tests_[d], answers, at, key);
    for (int i = begin; i < at.end[d]; ++i) {
      int row = at.rows[i] / 4;  // fewer than 65536 (limits::kRowsPerDecision)
      key += static_cast<char>(row & 0xFF);
      key += static_cast<char>(row >> 8);
      key += static_cast<char>(at.rows[i] % 4);
      if (at.rows[i] % 4 == static_cast<int>(Truth::kUnknown)) {
        AppendTruths(rule_tests_[d][row], answers, at, key);
      }
    }
    begin = at.end[d];
    key += '|';
  }
}

int Residuals::Pending(int decision, const Answers& answers, const Residual& at) const {
  if (at.states[decision].settled()) return -1;
  return QuestionForDecision(model_, decision, answers, {&at.states});
}

}  // namespace couverture::detail
