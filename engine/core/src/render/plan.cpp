#include "plan.h"

#include <algorithm>
#include <string>

#include "couverture/detail/classes.h"
#include "couverture/detail/evaluate.h"
#include "couverture/limits.h"
#include "text_fill.h"

namespace couverture::detail {
namespace {

const char* VerdictName(Verdict verdict) {
  switch (verdict) {
    case Verdict::kNotApplicable: return "not_applicable";
    case Verdict::kPending: return "pending";
    case Verdict::kDecides: return "decides";
    case Verdict::kOverridden: return "overridden";
  }
  return "pending";
}

// A hole (couverture/result.h): U+0001, which no text can hold (the loader refuses control
// characters), and the question's number in two digits.
std::string Hole(int question) {
  return {'\x01', static_cast<char>('0' + question / 10), static_cast<char>('0' + question % 10)};
}

// "30 years".
std::string NumberLabel(const Model& model, const Catalog& catalog, int question, double value) {
  std::string label = FormatNumber(value, model.number_formats[catalog.lang]);
  const std::string& unit = catalog.units[question];
  if (!unit.empty()) label.append(" ").append(unit);
  return label;
}

class Planner {
 public:
  Planner(const Model& model, const Catalog& catalog, const Answers& answers, bool holes)
      : model_(model), catalog_(catalog), answers_(answers), holes_(holes) {}

  Plan Make(const Assessment& a) {
    Plan plan;
    plan.complete = a.complete;
    plan.approximate = a.approximate;
    plan.next.assign(a.next.begin(), a.next.end());
    plan.asked.assign(a.asked.begin(), a.asked.end());
    for (int d = 0; d < a.decision_count(); ++d) {
      plan.decisions.push_back(MakeDecision(d, a.decision(d)));
    }
    plan.cited = std::move(cited_);
    return plan;
  }

 private:
  void Cite(int citation) {
    if (citation >= 0 && std::find(cited_.begin(), cited_.end(), citation) == cited_.end()) {
      cited_.push_back(citation);
    }
  }

  DecisionPlan MakeDecision(int d, const DecisionAssessment& a) {
    const Decision& decision = model_.decisions[d];
    DecisionPlan out;
    out.applies = a.applies();
    out.complete = a.complete();
    out.status = a.status().value_or(-1);
    out.rule = a.rule().value_or(-1);
    out.extra = a.extra().value_or(-1);
    if (std::optional<int> outcome_index = a.outcome()) {
      const Outcome& outcome = decision.outcomes[*outcome_index];
      for (int kind = 0; kind < kListKinds; ++kind) {
        for (int item : outcome.lists[kind]) {
          if (!((a.items(static_cast<ListKind>(kind)) >> item) & 1u)) continue;
          out.items[kind].push_back(item);
          Cite(decision.items[kind][item].citation);
        }
      }
    }
    for (const Reason& r : Explain(model_, d, answers_, a)) out.rows.push_back(Row(d, r, out.rule));
    return out;
  }

  // The words a test fills into {question} and {answer}: the question and its answer, or for a
  // decision test the other decision and its status.
  std::pair<std::string, std::string> Subject(int test) const {
    if (test < 0) return {};
    const Test& t = model_.tests[test];
    if (t.question >= 0) {
      if (!answers_.Has(t.question)) return {catalog_.question_shorts[t.question], ""};
      double value = answers_.Get(t.question);
      const std::vector<std::string>& labels = catalog_.answer_labels[t.question];
      std::string answer;
      if (!labels.empty()) {
        answer = labels[static_cast<std::size_t>(value)];
      } else if (holes_) {
        answer = Hole(t.question);
      } else {
        answer = NumberLabel(model_, catalog_, t.question, value);
      }
      return {catalog_.question_shorts[t.question], answer};
    }
    const DecisionCatalog& other = catalog_.decisions[t.decision];
    DecisionState state = StateOf(model_, t.decision, answers_);
    std::string status = "\u2014";
    if (state.applies == Truth::kTrue && state.first.certain) {
      const Decision& od = model_.decisions[t.decision];
      status = other.status_titles[od.outcomes[od.rules[state.first.rule].outcome].status];
    }
    return {other.title, status};
  }

  RowPlan Row(int d, const Reason& r, int decider) {
    const DecisionCatalog& texts = catalog_.decisions[d];
    const Decision& decision = model_.decisions[d];
    RowPlan row;
    row.rule = r.rule;
    row.verdict = r.verdict;
    const std::string& title = r.rule >= 0 ? texts.rule_titles[r.rule] : texts.title;
    // The deciding row's text is the rule's own: only the others need their subject.
    auto fill = [&](const std::string& phrase) {
      std::pair<std::string, std::string> subject = Subject(r.test);
      const std::string& question = subject.first;
      const std::string& answer = subject.second;
      AppendFilled(row.text, phrase, [&](std::string_view name) -> const std::string* {
        if (name == "rule") return &title;
        if (name == "question") return &question;
        if (name == "answer") return &answer;
        if (name == "winner" && decider >= 0) return &texts.rule_titles[decider];
        return nullptr;
      });
    };
    switch (r.verdict) {
      case Verdict::kDecides: row.text = texts.rule_because[r.rule]; break;
      case Verdict::kNotApplicable: fill(catalog_.not_applicable); break;
      case Verdict::kPending: fill(catalog_.pending); break;
      case Verdict::kOverridden: fill(catalog_.overridden); break;
    }
    if (r.rule >= 0) {
      row.citation = decision.rules[r.rule].citation;
      Cite(row.citation);
    }
    return row;
  }

  const Model& model_;
  const Catalog& catalog_;
  const Answers& answers_;
  bool holes_;
  std::vector<int> cited_;
};

Json OrNull(const std::vector<std::string>& values, int index) {
  return index >= 0 ? Json(values[index]) : Json(nullptr);
}

Json OrNull(const std::vector<Json>& values, int index) {
  return index >= 0 ? values[index] : Json(nullptr);
}

// The members a decision and the top level share: status ... extra_insurance_note.
void PutOutcome(Json& out, const DecisionCatalog& d, const DecisionPlan& p) {
  Put(out, "status", OrNull(d.status_ids, p.status));
  Put(out, "headline", OrNull(d.headlines, p.status));
  Put(out, "rule", OrNull(d.rule_ids, p.rule));
  for (int kind = 0; kind < kListKinds; ++kind) {
    Json items = Json::array();
    for (int item : p.items[kind]) items.push_back(d.items[kind][item]);
    Put(out, kListNames[kind], std::move(items));
  }
  Put(out, "extra_insurance", OrNull(d.extra_ids, p.extra));
  Put(out, "extra_insurance_note", OrNull(d.extra_notes, p.extra));
}

Json Explanation(const DecisionCatalog& d, const DecisionPlan& p, const Catalog& catalog) {
  Json rows = Json::array();
  for (const RowPlan& row : p.rows) {
    Json r = Json::object();
    Put(r, "rule", OrNull(d.rule_ids, row.rule));
    Put(r, "verdict", VerdictName(row.verdict));
    Put(r, "text", row.text);
    Put(r, "source", OrNull(catalog.citation_ids, row.citation));
    rows.push_back(std::move(r));
  }
  Json out = Json::object();
  Put(out, "intro", d.intro);
  Put(out, "rules", std::move(rows));
  return out;
}

}  // namespace

Plan MakePlan(const Model& model, const Catalog& catalog, const Answers& answers,
              const Assessment& assessment, bool holes) {
  return Planner(model, catalog, answers, holes).Make(assessment);
}

std::string PlanKey(const Model& model, const Answers& answers) {
  // Written into a buffer and turned into a string once: in the WebAssembly build each append to
  // a std::string is a call, and this runs for every answer set a page has not seen.
  static constexpr char kHex[] = "0123456789abcdef";
  char key[6 * limits::kQuestions];  // the loader allows no more questions
  std::size_t length = 0;
  for (std::size_t q = 0; q < model.questions.size(); ++q) {
    if (!answers.Has(static_cast<int>(q))) continue;
    int cls = ClassOf(model, static_cast<int>(q), answers.Get(static_cast<int>(q)));
    for (unsigned byte : {static_cast<unsigned>(q), static_cast<unsigned>(cls) & 0xFFu,
                          (static_cast<unsigned>(cls) >> 8) & 0xFFu}) {
      key[length++] = kHex[byte >> 4];
      key[length++] = kHex[byte & 0xFu];
    }
  }
  return std::string(key, length);
}

std::string HolesJson(const Model& model, const Catalog& catalog, const Answers& answers) {
  Json holes = Json::object();
  for (std::size_t q = 0; q < model.questions.size(); ++q) {
    const Question& question = model.questions[q];
    bool numeric =
        question.type == QuestionType::kInteger || question.type == QuestionType::kNumber;
    if (!numeric || !answers.Has(static_cast<int>(q))) continue;
    Put(holes, std::to_string(q),
        NumberLabel(model, catalog, static_cast<int>(q), answers.Get(static_cast<int>(q))));
  }
  return Dump(holes);
}

Json ResultValue(const Model& model, const Catalog& catalog, const Plan& plan) {
  auto question_ids = [&](const std::vector<int>& questions) {
    Json ids = Json::array();
    for (int q : questions) ids.push_back(catalog.question_ids[q]);
    return ids;
  };
  Json out = Json::object();
  Put(out, "ruleset", model.meta.id);
  Put(out, "version", model.meta.version);
  Put(out, "lang", model.languages[catalog.lang]);
  Put(out, "date", catalog.date);
  Put(out, "notice", catalog.notice);
  Put(out, "complete", plan.complete);
  // The headline decision's fields, where results of format 1 have always had them.
  PutOutcome(out, catalog.decisions.front(), plan.decisions.front());
  Put(out, "next", question_ids(plan.next));
  Put(out, "asked", question_ids(plan.asked));
  Put(out, "explanation", Explanation(catalog.decisions.front(), plan.decisions.front(), catalog));
  if (plan.approximate) Put(out, "approximate", true);
  Json sources = Json::object();
  for (int c : plan.cited) Put(sources, catalog.citation_ids[c], catalog.citation_entries[c]);
  Put(out, "sources", std::move(sources));
  Json decisions = Json::object();
  for (std::size_t d = 0; d < plan.decisions.size(); ++d) {
    const DecisionCatalog& texts = catalog.decisions[d];
    const DecisionPlan& p = plan.decisions[d];
    Json one = Json::object();
    Put(one, "title", texts.title);
    Put(one, "applies",
        p.applies == Applies::kUnknown ? Json(nullptr) : Json(p.applies == Applies::kYes));
    Put(one, "complete", p.complete);
    PutOutcome(one, texts, p);
    Put(one, "explanation", Explanation(texts, p, catalog));
    Put(decisions, texts.id, std::move(one));
  }
  Put(out, "decisions", std::move(decisions));
  return out;
}

}  // namespace couverture::detail
