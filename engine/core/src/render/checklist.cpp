#include "checklist.h"

#include <algorithm>
#include <string>
#include <vector>

namespace couverture::detail {
namespace {

// Texts already said in this result: a step, a document, a need or an advice whose words were
// said before (in a more urgent task, by another decision, or as a need) is not said again.
class Said {
 public:
  bool First(const Json* text) {
    if (!text) return false;
    const std::string& words = StringOf(*text);
    if (std::find(texts_.begin(), texts_.end(), words) != texts_.end()) return false;
    texts_.push_back(words);
    return true;
  }

 private:
  std::vector<std::string> texts_;
};

}  // namespace

void PutChecklist(Json& out, const Model& model, const Catalog& catalog, const Plan& plan) {
  Said said;
  Json checklist = Json::array();
  std::vector<int> task_count(plan.decisions.size(), 0);
  // Group by group, most urgent first (those without `when` last); within a group, decisions in
  // declared order, each one's documents (what to get ready) before its steps. No sort: a few
  // dozen items at most are read once per group.
  for (int when = 0; when <= static_cast<int>(When::kUnstated); ++when) {
    for (std::size_t d = 0; d < plan.decisions.size(); ++d) {
      const DecisionCatalog& texts = catalog.decisions[d];
      for (int kind : {kDocuments, kSteps}) {
        for (int index : plan.decisions[d].items[kind]) {
          if (static_cast<int>(model.decisions[d].items[kind][index].when) != when) continue;
          const Json& item = texts.items[kind][index];
          if (!said.First(Member(item, "text"))) continue;
          Json task = Json::object();
          Put(task, "id", *Member(item, "id"));
          Put(task, "decision", texts.id);
          Put(task, "kind", kind == kSteps ? "step" : "document");
          for (const char* key : {"when", "text", "source"}) Put(task, key, *Member(item, key));
          Json needs = Json::array();
          for (const Json& need : Elements(*Member(item, "needs"))) {
            if (said.First(Member(need, "text"))) needs.push_back(need);
          }
          Put(task, "needs", std::move(needs));
          Put(task, "deadline", *Member(item, "deadline"));
          checklist.push_back(std::move(task));
          ++task_count[d];
        }
      }
    }
  }
  Put(out, "checklist", std::move(checklist));

  Json headlines = Json::array();
  Json good = Json::array();
  for (std::size_t d = 0; d < plan.decisions.size(); ++d) {
    const DecisionCatalog& texts = catalog.decisions[d];
    const DecisionPlan& p = plan.decisions[d];
    if (p.applies != Applies::kNo && p.status >= 0) {
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
  }
  for (std::size_t d = 0; d < plan.decisions.size(); ++d) {
    const DecisionCatalog& texts = catalog.decisions[d];
    for (int index : plan.decisions[d].items[kAdvice]) {
      const Json& item = texts.items[kAdvice][index];
      if (!said.First(Member(item, "text"))) continue;
      Json one = item;
      Put(one, "decision", texts.id);
      good.push_back(std::move(one));
    }
  }
  Put(out, "headlines", std::move(headlines));
  Put(out, "good_to_know", std::move(good));
}

}  // namespace couverture::detail
