// Assessing answers by walking the flow built at load time. Answers given in the flow's own order
// (the widget's) only follow edges; answers given out of order, which could settle more than the
// node reached shows, get a flow built from them on the spot.
#include "couverture/assess.h"

#include <algorithm>

#include "couverture/flow.h"
#include "rule_walk.h"

namespace couverture {
namespace {

constexpr std::size_t kLiveNodeLimit = 4096;

void FillFromNode(const FlowNode& node, Assessment& out) {
  out.complete = node.question < 0 && node.explored;
  out.status = node.status;
  out.extra_insurance = node.extra_insurance;
  out.rule = out.complete ? node.rule : -1;
  out.outcome = node.outcome;
  out.items = node.certain;
  for (int q : node.next) out.next.push_back(q);
}

void AddQuestions(const Ruleset& rules, int condition, const Answers& answers, bool answered,
                  std::uint64_t& seen, QuestionList& list) {
  if (condition < 0) return;
  const Condition& c = rules.conditions[condition];
  if (c.kind == Condition::Kind::kTest) {
    int q = rules.tests[c.test].question;
    std::uint64_t bit = std::uint64_t{1} << q;
    if (answers.Has(q) == answered && !(seen & bit)) {
      seen |= bit;
      list.push_back(q);
    }
    return;
  }
  for (int child : c.children) AddQuestions(rules, child, answers, answered, seen, list);
}

// Row by row only, for where the node limit cut the flow short: what it reports is sound (true
// whatever the later answers) but may leave open what exploring would have settled.
Assessment AssessRowByRow(const Ruleset& rules, const Answers& answers) {
  Assessment out;
  out.approximate = true;
  std::vector<int> candidates;
  bool matched = false;
  std::uint64_t asked_seen = 0;
  for (std::size_t i = 0; i < rules.rules.size() && !matched; ++i) {
    int condition = rules.rules[i].condition;
    AddQuestions(rules, condition, answers, true, asked_seen, out.asked);
    Truth t = Evaluate(rules, condition, answers);
    if (t == Truth::kFalse) continue;
    candidates.push_back(static_cast<int>(i));
    matched = t == Truth::kTrue;
  }
  if (candidates.empty()) {
    out.complete = true;  // a gap: nothing matches and nothing is left to ask
    return out;
  }
  const Outcome& first = rules.outcomes[rules.rules[candidates.front()].outcome];
  out.outcome = rules.rules[candidates.front()].outcome;
  if (candidates.size() == 1 && matched) {
    out.complete = true;
    out.rule = candidates.front();
  }
  if (matched) {
    out.status = first.status;
    out.extra_insurance = first.extra_insurance;
    for (int kind = 0; kind < kListKinds; ++kind) {
      for (int item : first.lists[kind]) out.items[kind] |= std::uint64_t{1} << item;
    }
    for (int rule : candidates) {
      const Outcome& o = rules.outcomes[rules.rules[rule].outcome];
      if (o.status != out.status) out.status = -1;
      if (o.extra_insurance != out.extra_insurance) out.extra_insurance = -1;
      for (int kind = 0; kind < kListKinds; ++kind) {
        std::uint64_t mask = 0;
        for (int item : o.lists[kind]) mask |= std::uint64_t{1} << item;
        out.items[kind] &= mask;
      }
    }
  }
  std::uint64_t next_seen = 0;
  if (!out.complete) {
    for (int rule : candidates) {
      AddQuestions(rules, rules.rules[rule].condition, answers, false, next_seen, out.next);
    }
  }
  return out;
}

}  // namespace

Assessment Assess(const Ruleset& rules, const Answers& answers) {
  const Flow& flow = rules.flow;
  Assessment out;
  int at = flow.root;
  std::uint64_t path = 0;
  for (;;) {
    const FlowNode& node = flow.nodes[at];
    if (node.question < 0 || !answers.Has(node.question)) break;
    out.asked.push_back(node.question);
    path |= std::uint64_t{1} << node.question;
    at = node.children[ClassOf(rules, node.question, answers.Get(node.question))];
  }
  const FlowNode& reached = flow.nodes[at];
  if (!reached.explored) return AssessRowByRow(rules, answers);
  if ((answers.known & ~path & reached.below) == 0) {
    FillFromNode(reached, out);
    return out;
  }
  // Answers to questions further down the flow: explore from all of them.
  for (int q : reached.next) {
    if (answers.Has(q)) out.asked.push_back(q);
  }
  Flow live = BuildFlow(rules, answers, kLiveNodeLimit);
  const FlowNode& root = live.nodes[live.root];
  if (!root.explored) return AssessRowByRow(rules, answers);
  QuestionList asked = out.asked;
  out = Assessment{};
  FillFromNode(root, out);
  out.asked = asked;
  return out;
}

}  // namespace couverture
