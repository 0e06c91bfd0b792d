// Assessing answers by walking the flow built at load time. Answers given in the flow's own order
// (the widget's) only follow edges; answers given out of order, which could settle more than the
// node reached shows, get a flow built from them on the spot.
#include "couverture/assess.h"

#include <vector>

#include "assessment_writer.h"
#include "couverture/detail/classes.h"
#include "couverture/detail/evaluate.h"
#include "couverture/detail/flow.h"
#include "couverture/detail/model.h"

namespace couverture {
namespace {

using detail::Condition;
using detail::Decision;
using detail::FlowNode;
using detail::Model;
using detail::NodeDecision;
using detail::Outcome;
using detail::Truth;

using detail::AssessmentWriter;
using detail::DecisionFacts;

void FillFromNode(const FlowNode& node, Assessment& out) {
  out.complete = node.question < 0 && node.explored;
  AssessmentWriter::SetDecisionCount(out, static_cast<int>(node.decisions.size()));
  for (std::size_t d = 0; d < node.decisions.size(); ++d) {
    const NodeDecision& s = node.decisions[d];
    bool complete = s.complete && node.explored;
    AssessmentWriter::Set(
        out, static_cast<int>(d),
        {s.applies, complete, s.status, s.extra, complete ? s.rule : -1, s.outcome, s.certain});
  }
  for (int q : node.next) out.next.push_back(q);
}

void AddQuestions(const Model& model, int condition, const Answers& answers, bool answered,
                  std::uint64_t& seen, QuestionList& list) {
  if (condition < 0) return;
  const Condition& c = model.conditions[condition];
  if (c.kind == Condition::Kind::kTest) {
    int q = model.tests[c.test].question;
    if (q < 0) return;  // a decision test: the other decision's questions are listed for it
    std::uint64_t bit = std::uint64_t{1} << q;
    if (answers.Has(q) == answered && !(seen & bit)) {
      seen |= bit;
      list.push_back(q);
    }
    return;
  }
  for (int child : c.children) AddQuestions(model, child, answers, answered, seen, list);
}

// Row by row only, for where the node limit cut the flow short: what it reports is sound (true
// whatever the later answers) but may leave open what exploring would have settled.
Assessment AssessRowByRow(const Model& model, const Answers& answers) {
  Assessment out;
  out.approximate = true;
  out.complete = true;
  AssessmentWriter::SetDecisionCount(out, static_cast<int>(model.decisions.size()));
  std::uint64_t asked_seen = 0, next_seen = 0;
  for (std::size_t d = 0; d < model.decisions.size(); ++d) {
    const Decision& decision = model.decisions[d];
    DecisionFacts a;
    AddQuestions(model, decision.applies, answers, true, asked_seen, out.asked);
    Truth applies = Evaluate(model, decision.applies, answers);
    if (applies == Truth::kFalse) {
      a.applies = Applies::kNo;
      a.complete = true;
      AssessmentWriter::Set(out, static_cast<int>(d), a);
      continue;
    }
    std::vector<int> candidates;
    bool matched = false;
    for (std::size_t i = 0; i < decision.rules.size() && !matched; ++i) {
      int condition = decision.rules[i].condition;
      AddQuestions(model, condition, answers, true, asked_seen, out.asked);
      Truth t = Evaluate(model, condition, answers);
      if (t == Truth::kFalse) continue;
      candidates.push_back(static_cast<int>(i));
      matched = t == Truth::kTrue;
    }
    a.applies = applies == Truth::kTrue ? Applies::kYes : Applies::kUnknown;
    a.complete =
        applies == Truth::kTrue && (candidates.empty() || (candidates.size() == 1 && matched));
    if (!candidates.empty()) {
      const Outcome& first = decision.outcomes[decision.rules[candidates.front()].outcome];
      a.outcome = decision.rules[candidates.front()].outcome;
      if (a.complete) a.rule = candidates.front();
      if (matched && applies == Truth::kTrue) {
        a.status = first.status;
        a.extra = first.extra;
        for (int kind = 0; kind < kListKinds; ++kind) {
          for (int item : first.lists[kind]) a.items[kind] |= std::uint64_t{1} << item;
        }
        for (int rule : candidates) {
          const Outcome& o = decision.outcomes[decision.rules[rule].outcome];
          if (o.status != a.status) a.status = -1;
          if (o.extra != a.extra) a.extra = -1;
          for (int kind = 0; kind < kListKinds; ++kind) {
            std::uint64_t mask = 0;
            for (int item : o.lists[kind]) mask |= std::uint64_t{1} << item;
            a.items[kind] &= mask;
          }
        }
      }
    }
    AssessmentWriter::Set(out, static_cast<int>(d), a);
    if (a.complete) continue;
    out.complete = false;
    AddQuestions(model, decision.applies, answers, false, next_seen, out.next);
    for (int rule : candidates) {
      AddQuestions(model, decision.rules[rule].condition, answers, false, next_seen, out.next);
    }
  }
  return out;
}

}  // namespace

Assessment Assess(const Ruleset& rules, const Answers& answers) {
  const Model& model = detail::ModelOf(rules);
  const detail::Flow& flow = model.flow;
  // Every path returns `out`, so that it is built in place: an assessment is a few hundred bytes.
  Assessment out;
  int at = flow.root;
  std::uint64_t path = 0;
  for (;;) {
    const FlowNode& node = flow.nodes[at];
    if (node.question < 0 || !answers.Has(node.question)) break;
    out.asked.push_back(node.question);
    path |= std::uint64_t{1} << node.question;
    at = node.children[detail::ClassOf(model, node.question, answers.Get(node.question))];
  }
  const FlowNode& reached = flow.nodes[at];
  if (!reached.explored) {
    out = AssessRowByRow(model, answers);
  } else if ((answers.known() & ~path & reached.below) == 0) {
    FillFromNode(reached, out);
  } else {
    // Answers to questions further down the flow: explore from all of them.
    for (int q : reached.next) {
      if (answers.Has(q)) out.asked.push_back(q);
    }
    detail::Flow live = detail::BuildFlow(model, answers, detail::kLiveFlow);
    const FlowNode& root = live.nodes[live.root];
    if (!root.explored) {
      out = AssessRowByRow(model, answers);
    } else {
      QuestionList asked = out.asked;
      out = Assessment{};
      FillFromNode(root, out);
      out.asked = asked;
    }
  }
  return out;
}

}  // namespace couverture
