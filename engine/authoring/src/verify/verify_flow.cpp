// The checks read from the question flow: it reaches every equivalence class, so a leaf where a
// decision applies without a row is a gap, a node whose answers all lead to the same outcomes is
// a useless question, and a question no node asks is never needed.
#include <algorithm>
#include <deque>
#include <map>
#include <string>
#include <vector>

#include "couverture/answers.h"
#include "couverture/detail/flow.h"
#include "verify_checks.h"

namespace couverture::authoring {
namespace {

using detail::Flow;
using detail::FlowNode;
using detail::Model;

constexpr std::size_t kGapExamples = 10;

bool IsUnexplored(const FlowNode& n) { return n.question < 0 && !n.explored; }

// Calls visit(node) once for every node reachable from the root, children before parents,
// without recursion (a flow may be deep and wide).
template <typename Visit>
void PostOrder(const Flow& flow, Visit visit) {
  std::vector<bool> done(flow.nodes.size(), false);
  std::vector<int> stack = {flow.root};
  while (!stack.empty()) {
    int node = stack.back();
    if (done[node]) {
      stack.pop_back();
      continue;
    }
    bool ready = true;
    for (int child : flow.nodes[node].children) {
      if (!done[child]) {
        ready = false;
        stack.push_back(child);
      }
    }
    if (!ready) continue;
    stack.pop_back();
    visit(node);
    done[node] = true;
  }
}

// Paths below each node that end in a leaf satisfying `pick`, memoized over the DAG.
template <typename Pick>
std::vector<double> CountPaths(const Flow& flow, Pick pick) {
  std::vector<double> count(flow.nodes.size(), -1);
  PostOrder(flow, [&](int node) {
    const FlowNode& n = flow.nodes[node];
    double total = n.question < 0 && pick(n) ? 1 : 0;
    for (int child : n.children) total += count[child];
    count[node] = total;
  });
  return count;
}

// Up to `limit` paths from the root to leaves satisfying `pick`.
void CollectPaths(const Flow& flow, const std::vector<double>& count, int node, FlowPath& path,
                  std::size_t limit, std::vector<FlowPath>& out) {
  const FlowNode& n = flow.nodes[node];
  if (n.question < 0) {
    out.push_back(path);
    return;
  }
  for (std::size_t c = 0; c < n.children.size() && out.size() < limit; ++c) {
    if (count[n.children[c]] <= 0) continue;
    path.emplace_back(n.question, static_cast<int>(c));
    CollectPaths(flow, count, n.children[c], path, limit, out);
    path.pop_back();
  }
}

void ReportGaps(const Ruleset& rules, const Flow& flow, int decision, Verification& out) {
  const Model& model = detail::ModelOf(rules);
  auto is_gap = [&](const FlowNode& n) {
    const detail::NodeDecision& d = n.decisions[decision];
    return n.explored && d.complete && d.applies == Applies::kYes && d.rule < 0;
  };
  std::vector<double> gaps = CountPaths(flow, is_gap);
  if (gaps[flow.root] <= 0) return;
  std::vector<FlowPath> paths;
  FlowPath path;
  CollectPaths(flow, gaps, flow.root, path, kGapExamples, paths);
  const detail::Decision& d = model.decisions[decision];
  std::string rows_path = d.path + "/rules";
  std::string which = model.decisions.size() > 1 ? " of decision \"" + d.id + "\"" : std::string();
  for (const FlowPath& p : paths) {
    std::string where = p.empty() ? "whatever the answers" : "when " + PathText(rules, p);
    out.findings.push_back({Severity::kError, "gap",
                            "no row" + which + " applies " + where +
                                ": a student with these answers gets no status. Add a row for "
                                "them, or a last row without \"when\".",
                            rows_path, Example(rules, p)});
  }
  if (gaps[flow.root] > static_cast<double>(paths.size())) {
    out.findings.push_back({Severity::kError, "gap",
                            std::to_string(static_cast<long long>(
                                gaps[flow.root] - static_cast<double>(paths.size()))) +
                                " more classes of answers get no status" + which + " (the first " +
                                std::to_string(paths.size()) + " are listed above)",
                            rows_path, std::nullopt});
  }
}

void ReportUnexplored(const Ruleset& rules, const Flow& flow, Verification& out) {
  std::vector<double> cut = CountPaths(flow, IsUnexplored);
  if (cut[flow.root] <= 0) return;
  std::vector<FlowPath> paths;
  FlowPath path;
  CollectPaths(flow, cut, flow.root, path, 1, paths);
  out.covered = false;
  out.findings.push_back(
      {Severity::kWarning, "incomplete",
       "the question flow stopped at its " +
           (flow.out_of_work
                ? "work limit (" + std::to_string(limits::kFlowWork) + " evaluation steps; " +
                      std::to_string(flow.nodes.size()) + " nodes built)"
                : "node limit (" + std::to_string(flow.nodes.size()) + " nodes built)") +
           ": " + std::to_string(static_cast<long long>(cut[flow.root])) +
           " branches were not explored (the first after " +
           (paths.front().empty() ? std::string("no answers") : PathText(rules, paths.front())) +
           "), so gaps, useless and never-asked questions were checked in the explored part "
           "only. Split the table or simplify its conditions.",
       "", Example(rules, paths.front())});
}

// Two nodes are equivalent when every answer below leads to the same outcomes; a node whose
// children are all equivalent asks a question that changes nothing.
void ReportUseless(const Ruleset& rules, const Flow& flow, const std::vector<FlowPath>& paths,
                   Verification& out) {
  const Model& model = detail::ModelOf(rules);
  std::vector<int> canon(flow.nodes.size(), -1);
  std::map<std::vector<int>, int> ids;
  auto intern = [&](std::vector<int> key) {
    return ids.emplace(std::move(key), static_cast<int>(ids.size())).first->second;
  };
  std::vector<int> useless_at(model.questions.size(), -1);
  std::vector<int> useless_count(model.questions.size(), 0);
  PostOrder(flow, [&](int node) {
    const FlowNode& n = flow.nodes[node];
    if (n.question < 0) {
      if (!n.explored) {
        canon[node] = intern({-2, node});
        return;
      }
      std::vector<int> key = {-1};
      for (const detail::NodeDecision& d : n.decisions) {
        key.push_back(d.applies == Applies::kNo ? -2 : d.rule < 0 ? -1 : d.outcome);
      }
      canon[node] = intern(std::move(key));
      return;
    }
    std::vector<int> key = {n.question};
    bool same = true;
    for (int child : n.children) {
      key.push_back(canon[child]);
      same = same && canon[child] == canon[n.children.front()];
    }
    if (same) {
      canon[node] = canon[n.children.front()];
      int& first = useless_at[n.question];
      if (first < 0 || paths[node].size() < paths[first].size()) first = node;
      ++useless_count[n.question];
    } else {
      canon[node] = intern(std::move(key));
    }
  });
  for (std::size_t q = 0; q < model.questions.size(); ++q) {
    int node = useless_at[q];
    if (node < 0) continue;
    const FlowPath& path = paths[node];
    std::string where = path.empty() ? "first" : "after " + PathText(rules, path);
    std::string times = useless_count[q] > 1
                            ? " (and in " + std::to_string(useless_count[q] - 1) + " more places)"
                            : "";
    out.findings.push_back(
        {Severity::kWarning, "useless_question",
         "the flow asks " + QuestionName(model, static_cast<int>(q)) + " " + where + times +
             ", but every answer leads to the same outcome: merge the rows that tell its answers "
             "apart, or give them different outcomes",
         model.questions[q].path, Example(rules, path)});
  }
}

void ReportUnasked(const Model& model, const Flow& flow, Verification& out) {
  std::uint64_t asked = 0;
  for (const FlowNode& n : flow.nodes) {
    if (n.question >= 0) asked |= std::uint64_t{1} << n.question;
  }
  std::vector<bool> reported(model.questions.size(), false);
  for (const detail::Test& test : model.tests) {
    if (test.question < 0) continue;
    if (((asked >> test.question) & 1u) || reported[test.question]) continue;
    reported[test.question] = true;
    out.findings.push_back(
        {Severity::kWarning, "unasked_question",
         "a row tests " + QuestionName(model, test.question) +
             " but the flow never asks it: whatever the answer, the same row decides. Remove the "
             "test, or the row it belongs to if that row is dead",
         test.path, std::nullopt});
  }
}

}  // namespace

std::vector<FlowPath> ShortestPaths(const Flow& flow) {
  std::vector<FlowPath> paths(flow.nodes.size());
  std::vector<bool> seen(flow.nodes.size(), false);
  if (flow.root < 0) return paths;
  std::deque<int> queue = {flow.root};
  seen[flow.root] = true;
  while (!queue.empty()) {
    int node = queue.front();
    queue.pop_front();
    const FlowNode& n = flow.nodes[node];
    for (std::size_t c = 0; c < n.children.size(); ++c) {
      int child = n.children[c];
      if (seen[child]) continue;
      seen[child] = true;
      paths[child] = paths[node];
      paths[child].emplace_back(n.question, static_cast<int>(c));
      queue.push_back(child);
    }
  }
  return paths;
}

std::string Example(const Ruleset& rules, const FlowPath& path) {
  return AnswersJson(rules, PathAnswers(rules, path));
}

FlowFacts CheckFlow(const Ruleset& rules, const Flow& flow, Verification& out) {
  const Model& model = detail::ModelOf(rules);
  FlowFacts facts;
  for (const detail::Decision& d : model.decisions)
    facts.decides.emplace_back(d.rules.size(), false);
  facts.complete = !flow.truncated;
  out.flow_nodes = flow.nodes.size();
  if (flow.root < 0) return facts;
  std::vector<double> leaves = CountPaths(flow, [](const FlowNode&) { return true; });
  out.classes = leaves[flow.root];
  for (const FlowNode& n : flow.nodes) {
    if (n.question >= 0) continue;
    ++out.flow_leaves;
    for (std::size_t d = 0; d < n.decisions.size(); ++d) {
      if (n.decisions[d].complete && n.decisions[d].rule >= 0) {
        facts.decides[d][n.decisions[d].rule] = true;
      }
    }
  }
  std::vector<FlowPath> paths = ShortestPaths(flow);
  for (std::size_t d = 0; d < model.decisions.size(); ++d) {
    ReportGaps(rules, flow, static_cast<int>(d), out);
  }
  ReportUnexplored(rules, flow, out);
  ReportUseless(rules, flow, paths, out);
  if (facts.complete) ReportUnasked(model, flow, out);
  return facts;
}

}  // namespace couverture::authoring
