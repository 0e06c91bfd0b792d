// Listing the flow's root-to-leaf paths: the equivalence classes of complete answers.
#include "couverture/authoring/coverage.h"

#include <unordered_map>

#include "couverture/detail/classes.h"
#include "couverture/detail/flow.h"
#include "couverture/detail/model.h"

namespace couverture::authoring {
namespace {

using detail::Flow;
using detail::FlowNode;

class Lister {
 public:
  Lister(const Flow& flow, std::size_t limit) : flow_(flow), limit_(limit) {}

  Coverage Run() {
    Coverage out;
    out.flow_truncated = flow_.truncated;
    out.flow_out_of_work = flow_.out_of_work;
    if (flow_.root < 0) return out;
    out.total = Count(flow_.root);
    FlowPath path;
    Walk(flow_.root, path, out);
    return out;
  }

 private:
  // Paths below a node, memoized: the DAG may stand for exponentially many.
  double Count(int node) {
    auto known = counts_.find(node);
    if (known != counts_.end()) return known->second;
    const FlowNode& n = flow_.nodes[node];
    double total = n.question < 0 ? 1 : 0;
    for (int child : n.children) total += Count(child);
    counts_.emplace(node, total);
    return total;
  }

  void Walk(int node, FlowPath& path, Coverage& out) {
    const FlowNode& n = flow_.nodes[node];
    if (n.question < 0) {
      if (out.rows.size() >= limit_) {
        out.rows_truncated = true;
        return;
      }
      CoverageRow row;
      row.path = path;
      row.explored = n.explored;
      for (const detail::NodeDecision& d : n.decisions) {
        row.rules.push_back(!d.complete                 ? kNotSettled
                            : d.applies == Applies::kNo ? kNotApplicable
                            : d.rule >= 0               ? d.rule
                                                        : kGap);
      }
      out.rows.push_back(std::move(row));
      return;
    }
    for (std::size_t c = 0; c < n.children.size() && !out.rows_truncated; ++c) {
      path.emplace_back(n.question, static_cast<int>(c));
      Walk(n.children[c], path, out);
      path.pop_back();
    }
  }

  const Flow& flow_;
  std::size_t limit_;
  std::unordered_map<int, double> counts_;
};

}  // namespace

Coverage EnumerateCoverage(const Ruleset& rules, std::optional<int> decision,
                           std::size_t row_limit) {
  const detail::Model& model = detail::ModelOf(rules);
  if (!decision) return Lister(model.flow, row_limit).Run();
  Flow flow = detail::BuildFlow(model, Answers{}, detail::kLoadFlow, std::uint64_t{1} << *decision);
  return Lister(flow, row_limit).Run();
}

std::string LimitReached(bool out_of_work, std::size_t node_limit, std::size_t work_limit) {
  return out_of_work ? "work limit (" + std::to_string(work_limit) + " evaluation steps)"
                     : "node limit (" + std::to_string(node_limit) + " nodes)";
}

Answers PathAnswers(const Ruleset& rules, const FlowPath& path) {
  const detail::Model& model = detail::ModelOf(rules);
  Answers answers;
  for (const auto& [question, cls] : path) {
    answers.Set(question, model.classes[question].representative[cls]);
  }
  return answers;
}

std::string PathText(const Ruleset& rules, const FlowPath& path, int lang) {
  const detail::Model& model = detail::ModelOf(rules);
  std::string text;
  for (const auto& [question, cls] : path) {
    if (!text.empty()) text += ", ";
    text += model.questions[question].short_label[lang] + ": " +
            detail::ClassLabel(model, question, cls, lang);
  }
  return text;
}

}  // namespace couverture::authoring
