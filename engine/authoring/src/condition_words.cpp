#include "condition_words.h"

#include <string>
#include <vector>

#include "couverture/detail/classes.h"
#include "staff_text.h"

namespace couverture::authoring {
namespace {

using detail::Condition;
using detail::Model;
using detail::Op;
using detail::QuestionType;
using detail::Test;

std::string Label(const Model& model, const Test& t, double value, int lang) {
  return detail::AnswerLabel(model, t.question, value, lang);
}

std::string DecisionTestWords(const Model& model, const Test& t, int lang, StaffLanguage staff) {
  const detail::Decision& d = model.decisions[t.decision];
  std::vector<std::string> statuses;
  for (std::size_t s = 0; s < d.statuses.size(); ++s) {
    if (!((t.set >> s) & 1u)) continue;
    const detail::Item& status = d.statuses[s];
    statuses.push_back(status.title ? (*status.title)[lang] : status.id);
  }
  return d.title[lang] + Pick(staff, ": ", "\u00a0: ") + OrList(statuses, staff);
}

}  // namespace

std::string OrList(const std::vector<std::string>& items, StaffLanguage staff) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? Pick(staff, " or ", " ou ") : ", ";
    out += items[i];
  }
  return out;
}

std::string TestWords(const Model& model, const Test& t, int lang, StaffLanguage staff) {
  if (t.question < 0) return DecisionTestWords(model, t, lang, staff);
  const detail::Question& q = model.questions[t.question];
  bool fr = staff == StaffLanguage::kFrench;
  if (t.op == Op::kIn) {
    std::vector<std::string> labels;
    for (std::size_t o = 0; o < q.options.size(); ++o) {
      if ((t.set >> o) & 1u) labels.push_back(q.options[o].label[lang]);
    }
    return OrList(labels, staff);
  }
  if (q.type == QuestionType::kBoolean && (t.op == Op::kEq || t.op == Op::kNe)) {
    bool yes = (t.value != 0) == (t.op == Op::kEq);
    return yes ? model.phrases.yes[lang] : model.phrases.no[lang];
  }
  std::string value = Label(model, t, t.value, lang);
  if (q.type == QuestionType::kChoice) {
    return t.op == Op::kNe ? std::string(fr ? "pas " : "not ") + StaffQuote(staff, value) : value;
  }
  switch (t.op) {
    case Op::kLt: return (fr ? "moins de " : "less than ") + value;
    case Op::kLe: return value + (fr ? " ou moins" : " or less");
    case Op::kGt: return (fr ? "plus de " : "more than ") + value;
    case Op::kGe: return value + (fr ? " ou plus" : " or more");
    case Op::kNe: return (fr ? "pas " : "not ") + value;
    case Op::kEq:
    case Op::kIn: break;
  }
  return (fr ? "exactement " : "exactly ") + value;
}

std::string TestsWords(const Model& model, const std::vector<int>& tests, int lang,
                       StaffLanguage staff) {
  std::string out;
  for (int t : tests) {
    out += (out.empty() ? "" : Pick(staff, " and ", " et ")) +
           TestWords(model, model.tests[t], lang, staff);
  }
  return out;
}

std::vector<int> TestsOf(const Model& model, int condition) {
  std::vector<int> tests;
  if (condition < 0) return tests;
  const Condition& c = model.conditions[condition];
  if (c.kind == Condition::Kind::kTest) return {c.test};
  for (int child : c.children) {
    std::vector<int> below = TestsOf(model, child);
    tests.insert(tests.end(), below.begin(), below.end());
  }
  return tests;
}

std::string ConditionWords(const Model& model, int condition, int lang, StaffLanguage staff) {
  const Condition& c = model.conditions[condition];
  if (c.kind == Condition::Kind::kTest) {
    const Test& t = model.tests[c.test];
    if (t.question < 0) return TestWords(model, t, lang, staff);
    return model.questions[t.question].short_label[lang] + Pick(staff, ": ", "\u00a0: ") +
           TestWords(model, t, lang, staff);
  }
  if (c.kind == Condition::Kind::kNot) {
    return Pick(staff, "not (", "non (") + ConditionWords(model, c.children.front(), lang, staff) +
           ")";
  }
  std::string joint =
      c.kind == Condition::Kind::kAll ? Pick(staff, " and ", " et ") : Pick(staff, " or ", " ou ");
  std::string out;
  for (int child : c.children) {
    const Condition& inner = model.conditions[child];
    std::string words = ConditionWords(model, child, lang, staff);
    // A group inside another reads with its brackets.
    bool group = inner.kind != Condition::Kind::kTest && inner.kind != Condition::Kind::kNot &&
                 inner.kind != c.kind;
    out += (out.empty() ? "" : joint) + (group ? "(" + words + ")" : words);
  }
  return out;
}

}  // namespace couverture::authoring
