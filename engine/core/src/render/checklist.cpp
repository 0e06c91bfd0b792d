#include "checklist.h"

#include <algorithm>
#include <string>
#include <vector>

namespace couverture::detail {
namespace {

// Texts already said in this result: a step, a document, a need or an advice whose words were
// said before (by another decision, or as a need of an earlier step) is not said again.
class Said {
 public:
  bool First(const Json& text) {
    const std::string& words = StringOf(text);
    if (std::find(texts_.begin(), texts_.end(), words) != texts_.end()) return false;
    texts_.push_back(words);
    return true;
  }

 private:
  std::vector<std::string> texts_;
};

struct Task {
  int rank = 0;  // the When's order: most urgent first, unstated last
  Json value;
};

Json Needs(const Json& item, Said& said) {
  Json needs = Json::array();
  if (const Json* list = Member(item, "needs")) {
    for (const Json& need : Elements(*list)) {
      if (const Json* text = Member(need, "text"); text && said.First(*text)) needs.push_back(need);
    }
  }
  return needs;
}

}  // namespace

void PutChecklist(Json& out, const Model& model, const Catalog& catalog, const Plan& plan) {
  Said said;
  std::vector<Task> tasks;
  std::vector<int> task_count(plan.decisions.size(), 0);
  // Per decision in declared order, its documents (what to get ready) then its steps; then
  // grouped by when, stably, so that within a group the headline decision comes first.
  for (std::size_t d = 0; d < plan.decisions.size(); ++d) {
    const DecisionCatalog& texts = catalog.decisions[d];
    const DecisionPlan& p = plan.decisions[d];
    for (int kind : {kDocuments, kSteps}) {
      for (int index : p.items[kind]) {
        const Json& item = texts.items[kind][index];
        const Json* text = Member(item, "text");
        if (!text || !said.First(*text)) continue;
        Json task = Json::object();
        Put(task, "id", StringOf(*Member(item, "id")));
        Put(task, "decision", texts.id);
        Put(task, "kind", kind == kSteps ? "step" : "document");
        const Json* when = Member(item, "when");
        Put(task, "when", when ? *when : Json(nullptr));
        Put(task, "text", *text);
        const Json* source = Member(item, "source");
        Put(task, "source", source ? *source : Json(nullptr));
        Put(task, "needs", Needs(item, said));
        const Json* deadline = Member(item, "deadline");
        Put(task, "deadline", deadline ? *deadline : Json(nullptr));
        When w = model.decisions[d].items[kind][index].when;
        tasks.push_back({static_cast<int>(w), std::move(task)});
        ++task_count[d];
      }
    }
  }
  std::stable_sort(tasks.begin(), tasks.end(),
                   [](const Task& a, const Task& b) { return a.rank < b.rank; });
  Json checklist = Json::array();
  for (Task& task : tasks) checklist.push_back(std::move(task.value));
  Put(out, "checklist", std::move(checklist));

  Json headlines = Json::array();
  for (std::size_t d = 0; d < plan.decisions.size(); ++d) {
    const DecisionCatalog& texts = catalog.decisions[d];
    const DecisionPlan& p = plan.decisions[d];
    if (p.applies == Applies::kNo || p.status < 0) continue;
    Json one = Json::object();
    Put(one, "decision", texts.id);
    Put(one, "title", texts.title);
    Put(one, "status", texts.status_ids[p.status]);
    Put(one, "tone", texts.status_tones[p.status]);
    Put(one, "headline", texts.headlines[p.status]);
    Put(one, "complete", p.complete);
    Put(one, "tasks", task_count[d]);
    Put(one, "alternatives", static_cast<int>(p.items[kAlternatives].size()));
    headlines.push_back(std::move(one));
  }
  Put(out, "headlines", std::move(headlines));

  Json good = Json::array();
  for (std::size_t d = 0; d < plan.decisions.size(); ++d) {
    const DecisionCatalog& texts = catalog.decisions[d];
    for (int index : plan.decisions[d].items[kAdvice]) {
      const Json& item = texts.items[kAdvice][index];
      const Json* text = Member(item, "text");
      if (!text || !said.First(*text)) continue;
      Json one = item;
      Put(one, "decision", texts.id);
      good.push_back(std::move(one));
    }
  }
  Put(out, "good_to_know", std::move(good));
}

}  // namespace couverture::detail
