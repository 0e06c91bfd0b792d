#include "plan.h"

#include <algorithm>
#include <charconv>

#include "classes.h"
#include "couverture/limits.h"
#include "evaluate.h"
#include "text_fill.h"

namespace couverture::detail {
namespace {

// As JSON strings, written as they are into every explanation row.
const std::string& VerdictJson(Verdict verdict) {
  static const std::string kNames[] = {"\"not_applicable\"", "\"pending\"", "\"decides\"",
                                       "\"overridden\""};
  switch (verdict) {
    case Verdict::kNotApplicable: return kNames[0];
    case Verdict::kPending: return kNames[1];
    case Verdict::kDecides: return kNames[2];
    case Verdict::kOverridden: return kNames[3];
  }
  return kNames[1];
}

// A hole (couverture/result.h), as it is written inside a JSON string: the escape of U+0001
// (which no text can hold: the loader refuses control characters) and the question's number in
// two digits.
std::string Hole(int question) {
  return "\\u0001" + std::string(1, static_cast<char>('0' + question / 10)) +
         static_cast<char>('0' + question % 10);
}

// "30 years", escaped for inside a JSON string.
std::string NumberLabel(const Model& model, const Catalog& catalog, int question, double value) {
  std::string label = Escaped(FormatNumber(value, model.number_formats[catalog.lang]));
  const std::string& unit = catalog.units_escaped[question];
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

  // The words a test fills into {question} and {answer}, escaped: the question and its answer,
  // or for a decision test the other decision and its status.
  std::pair<std::string, std::string> Subject(int test) const {
    if (test < 0) return {};
    const Test& t = model_.tests[test];
    if (t.question >= 0) {
      if (!answers_.Has(t.question)) return {catalog_.question_shorts_escaped[t.question], ""};
      double value = answers_.Get(t.question);
      const std::vector<std::string>& labels = catalog_.answer_labels_escaped[t.question];
      std::string answer;
      if (!labels.empty()) {
        answer = labels[static_cast<std::size_t>(value)];
      } else if (holes_) {
        answer = Hole(t.question);
      } else {
        answer = NumberLabel(model_, catalog_, t.question, value);
      }
      return {catalog_.question_shorts_escaped[t.question], answer};
    }
    const DecisionCatalog& other = catalog_.decisions[t.decision];
    DecisionState state = StateOf(model_, t.decision, answers_);
    std::string status = "\u2014";
    if (state.applies == Truth::kTrue && state.first.certain) {
      const Decision& od = model_.decisions[t.decision];
      status = other.status_titles_escaped[od.outcomes[od.rules[state.first.rule].outcome].status];
    }
    return {other.title_escaped, status};
  }

  RowPlan Row(int d, const Reason& r, int decider) {
    const DecisionCatalog& texts = catalog_.decisions[d];
    const Decision& decision = model_.decisions[d];
    RowPlan row;
    row.rule = r.rule;
    row.verdict = r.verdict;
    const std::string& title =
        r.rule >= 0 ? texts.rule_titles_escaped[r.rule] : texts.title_escaped;
    // Every part is escaped already, so the filled phrase goes between quotes as it is. The
    // deciding row's text comes from the catalog: only the others need their subject.
    auto fill = [&](const std::string& phrase) {
      std::pair<std::string, std::string> subject = Subject(r.test);
      const std::string& question = subject.first;
      const std::string& answer = subject.second;
      row.filled_text.reserve(phrase.size() + 96);
      row.filled_text = '"';
      AppendFilled(row.filled_text, phrase, [&](std::string_view name) -> const std::string* {
        if (name == "rule") return &title;
        if (name == "question") return &question;
        if (name == "answer") return &answer;
        if (name == "winner" && decider >= 0) return &texts.rule_titles_escaped[decider];
        return nullptr;
      });
      row.filled_text += '"';
    };
    switch (r.verdict) {
      case Verdict::kDecides: row.catalog_text = &texts.rule_because_json[r.rule]; break;
      case Verdict::kNotApplicable: fill(catalog_.not_applicable_escaped); break;
      case Verdict::kPending: fill(catalog_.pending_escaped); break;
      case Verdict::kOverridden: fill(catalog_.overridden_escaped); break;
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

// Results are put together from JSON texts nlohmann/json serialized: the catalog's, once per
// language and date, and the explanation's sentences, per result. Only punctuation and the
// (constant, plain) keys are written here: no value is escaped or formatted outside nlohmann/json.
class ResultWriter {
 public:
  explicit ResultWriter(std::string& out) : out_(out) {}

  // "key":value, with the comma that separates it from the previous member.
  void Member(const char* key, const std::string& value_json) {
    Key(key);
    out_ += value_json;
  }
  void Key(const char* key) {
    if (!first_) out_ += ',';
    first_ = false;
    out_ += '"';
    out_ += key;
    out_ += "\":";
  }
  // A member whose key is a JSON string nlohmann/json wrote (an id from the ruleset).
  void Entry(const std::string& key_json, const std::string& value_json) {
    if (!first_) out_ += ',';
    first_ = false;
    out_ += key_json;
    out_ += ':';
    out_ += value_json;
  }
  void Bool(const char* key, bool value) { Member(key, value ? "true" : "false"); }
  template <typename Each>
  void Array(const char* key, std::size_t count, Each each) {
    Key(key);
    out_ += '[';
    for (std::size_t i = 0; i < count; ++i) {
      if (i) out_ += ',';
      each(i);
    }
    out_ += ']';
  }

 private:
  std::string& out_;
  bool first_ = true;
};

const std::string& OrNull(const std::vector<std::string>& values, int index) {
  static const std::string kNull = "null";
  return index >= 0 ? values[index] : kNull;
}

// The members a decision and the top level share: status ... extra_insurance_note.
void OutcomeMembers(const DecisionCatalog& d, const DecisionPlan& p, ResultWriter& w,
                    std::string& out) {
  w.Member("status", OrNull(d.status_ids_json, p.status));
  w.Member("headline", OrNull(d.headlines_json, p.status));
  w.Member("rule", OrNull(d.rule_ids_json, p.rule));
  for (int kind = 0; kind < kListKinds; ++kind) {
    w.Array(kListNames[kind], p.items[kind].size(),
            [&](std::size_t i) { out += d.items_json[kind][p.items[kind][i]]; });
  }
  w.Member("extra_insurance", OrNull(d.extra_ids_json, p.extra));
  w.Member("extra_insurance_note", OrNull(d.extra_notes_json, p.extra));
}

std::string Explanation(const DecisionCatalog& d, const DecisionPlan& p, const Catalog& catalog) {
  std::string out;
  out.reserve(2048);
  out += "{";
  ResultWriter w(out);
  w.Member("intro", d.intro_json);
  w.Array("rules", p.rows.size(), [&](std::size_t i) {
    const RowPlan& row = p.rows[i];
    out += '{';
    ResultWriter r(out);
    r.Member("rule", OrNull(d.rule_ids_json, row.rule));
    r.Member("verdict", VerdictJson(row.verdict));
    r.Member("text", row.text_json());
    r.Member("source", OrNull(catalog.citation_ids_json, row.citation));
    out += '}';
  });
  out += '}';
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
  // From escaped parts, as the plans are (see ResultWriter): a number's text needs no escaping
  // but where the language's separators would (Escaped), and the unit is escaped once. Whole
  // pieces are appended: in the WebAssembly build each append is a call, and this runs for every
  // answer set a page has not seen.
  std::string out = "{";
  for (std::size_t q = 0; q < model.questions.size(); ++q) {
    const Question& question = model.questions[q];
    bool numeric =
        question.type == QuestionType::kInteger || question.type == QuestionType::kNumber;
    if (!numeric || !answers.Has(static_cast<int>(q))) continue;
    char key[8];  // ,"4":" (the question's number, at most two digits, keys its text)
    char* at = key;
    if (out.size() > 1) *at++ = ',';
    *at++ = '"';
    at = std::to_chars(at, at + 2, q).ptr;
    at = std::copy_n("\":\"", 3, at);
    out.append(key, static_cast<std::size_t>(at - key));
    out.append(NumberLabel(model, catalog, static_cast<int>(q), answers.Get(static_cast<int>(q))));
    out.append("\"");
  }
  return out.append("}");
}

std::string ResultText(const Catalog& catalog, const Plan& plan) {
  std::vector<std::string> explanations;
  for (std::size_t d = 0; d < plan.decisions.size(); ++d) {
    explanations.push_back(Explanation(catalog.decisions[d], plan.decisions[d], catalog));
  }
  std::string out;
  out.reserve(catalog.result_size_hint);
  out += catalog.result_start;
  ResultWriter w(out);
  w.Bool("complete", plan.complete);
  // The headline decision's fields, where results of format 1 have always had them.
  OutcomeMembers(catalog.decisions.front(), plan.decisions.front(), w, out);
  w.Array("next", plan.next.size(),
          [&](std::size_t i) { out += catalog.question_ids_json[plan.next[i]]; });
  w.Array("asked", plan.asked.size(),
          [&](std::size_t i) { out += catalog.question_ids_json[plan.asked[i]]; });
  w.Member("explanation", explanations.front());
  if (plan.approximate) w.Bool("approximate", true);
  w.Key("sources");
  out += '{';
  ResultWriter sources(out);
  for (int c : plan.cited) {
    sources.Entry(catalog.citation_ids_json[c], catalog.citation_entries_json[c]);
  }
  out += '}';
  w.Key("decisions");
  out += '{';
  ResultWriter decisions(out);
  for (std::size_t d = 0; d < plan.decisions.size(); ++d) {
    const DecisionCatalog& texts = catalog.decisions[d];
    const DecisionPlan& p = plan.decisions[d];
    decisions.Entry(texts.id_json, "{");
    ResultWriter one(out);
    one.Member("title", texts.title_json);
    one.Member("applies", p.applies == Applies::kUnknown ? "null"
                          : p.applies == Applies::kYes   ? "true"
                                                         : "false");
    one.Bool("complete", p.complete);
    OutcomeMembers(texts, p, one, out);
    one.Member("explanation", explanations[d]);
    out += '}';
  }
  out += "}}";
  return out;
}

}  // namespace couverture::detail
