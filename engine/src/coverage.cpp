// Listing the flow's root-to-leaf paths: the equivalence classes of complete answers.
#include "couverture/coverage.h"

#include <cmath>
#include <cstdint>
#include <unordered_map>

#include "couverture/flow.h"
#include "json_reader.h"

namespace couverture {
namespace {

class Lister {
 public:
  Lister(const Flow& flow, std::size_t limit) : flow_(flow), limit_(limit) {}

  Coverage Run() {
    Coverage out;
    out.flow_truncated = flow_.truncated;
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
      out.rows.push_back({path, n.rule, n.outcome, n.explored});
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

Coverage EnumerateCoverage(const Ruleset&, const Flow& flow, std::size_t row_limit) {
  return Lister(flow, row_limit).Run();
}

Answers PathAnswers(const Ruleset& rules, const FlowPath& path) {
  Answers answers;
  for (const auto& [question, cls] : path) {
    answers.Set(question, rules.classes[question].representative[cls]);
  }
  return answers;
}

std::string PathText(const Ruleset& rules, const FlowPath& path, int lang) {
  std::string text;
  for (const auto& [question, cls] : path) {
    if (!text.empty()) text += ", ";
    text +=
        rules.questions[question].short_label[lang] + ": " + ClassLabel(rules, question, cls, lang);
  }
  return text;
}

std::string AnswersJson(const Ruleset& rules, const Answers& answers, int indent) {
  Json out = Json::Object();
  for (std::size_t i = 0; i < rules.questions.size(); ++i) {
    int q = static_cast<int>(i);
    if (!answers.Has(q)) continue;
    const Question& question = rules.questions[i];
    double v = answers.Get(q);
    switch (question.type) {
      case QuestionType::kChoice:
        out[question.id] = question.options[static_cast<int>(v)].id;
        break;
      case QuestionType::kBoolean: out[question.id] = v != 0; break;
      case QuestionType::kInteger:
      case QuestionType::kNumber:
        out[question.id] = v;  // whole numbers are written without a decimal point
        break;
    }
  }
  return out.Dump(indent);
}

}  // namespace couverture
