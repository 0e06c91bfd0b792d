#include "couverture/detail/classes.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace couverture::detail {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// A boundary between two classes: the lower class holds values < value, or <= value when closed.
struct Cut {
  double value;
  bool closed;
  bool operator<(const Cut& o) const {
    return value != o.value ? value < o.value : (!closed && o.closed);
  }
  bool operator==(const Cut& o) const { return value == o.value && closed == o.closed; }
};

std::vector<Cut> CutsFor(const Model& model, int question) {
  const Question& q = model.questions[question];
  std::vector<Cut> cuts;
  for (const Test& t : model.tests) {
    if (t.question != question) continue;
    switch (t.op) {
      case Op::kLt:
      case Op::kGe: cuts.push_back({t.value, false}); break;
      case Op::kLe:
      case Op::kGt: cuts.push_back({t.value, true}); break;
      case Op::kEq:
      case Op::kNe:
        cuts.push_back({t.value, false});
        cuts.push_back({t.value, true});
        break;
      case Op::kIn: break;
    }
  }
  if (q.type == QuestionType::kInteger) {
    // On integers every boundary is "<= n": x < 3 is x <= 2, x <= 2.5 is x <= 2.
    for (Cut& c : cuts) c = {c.closed ? std::floor(c.value) : std::ceil(c.value) - 1, true};
  }
  double min = q.min.value_or(-kInf);
  double max = q.max.value_or(kInf);
  // Drop boundaries that would leave an empty class inside [min, max].
  cuts.erase(std::remove_if(cuts.begin(), cuts.end(),
                            [&](const Cut& c) {
                              return c.closed ? (c.value < min || c.value >= max)
                                              : (c.value <= min || c.value > max);
                            }),
             cuts.end());
  // Few cuts: an insertion sort keeps std::sort's code out of the WebAssembly build.
  for (std::size_t i = 1; i < cuts.size(); ++i) {
    for (std::size_t j = i; j > 0 && cuts[j] < cuts[j - 1]; --j) std::swap(cuts[j], cuts[j - 1]);
  }
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  return cuts;
}

double Representative(const Question& q, double lower, bool lower_closed, double upper,
                      bool upper_closed) {
  bool integer = q.type == QuestionType::kInteger;
  if (std::isfinite(lower)) {
    if (lower_closed) return lower;
    if (integer) return lower + 1;
    return std::isfinite(upper) ? (lower + upper) / 2 : lower + 1;
  }
  if (std::isfinite(upper)) return upper_closed ? upper : upper - 1;
  return 0;
}

}  // namespace

std::vector<Classes> ComputeClasses(const Model& model) {
  std::vector<Classes> all(model.questions.size());
  for (std::size_t i = 0; i < model.questions.size(); ++i) {
    const Question& q = model.questions[i];
    Classes& classes = all[i];
    if (q.type == QuestionType::kChoice) {
      for (std::size_t o = 0; o < q.options.size(); ++o) {
        classes.representative.push_back(static_cast<double>(o));
      }
      continue;
    }
    if (q.type == QuestionType::kBoolean) {
      classes.representative = {0, 1};
      continue;
    }
    std::vector<Cut> cuts = CutsFor(model, static_cast<int>(i));
    double lower = q.min.value_or(-kInf);
    bool lower_closed = true;
    for (std::size_t c = 0; c <= cuts.size(); ++c) {
      double upper = c < cuts.size() ? cuts[c].value : q.max.value_or(kInf);
      bool upper_closed = c < cuts.size() ? cuts[c].closed : true;
      classes.representative.push_back(Representative(q, lower, lower_closed, upper, upper_closed));
      if (c < cuts.size()) {
        classes.upper.push_back(upper);
        classes.upper_closed.push_back(upper_closed);
        lower = upper;
        lower_closed = !upper_closed;
      }
    }
  }
  return all;
}

int ClassOf(const Model& model, int question, double value) {
  const Classes& classes = model.classes[question];
  if (classes.upper.empty()) {
    QuestionType type = model.questions[question].type;
    return type == QuestionType::kChoice || type == QuestionType::kBoolean ? static_cast<int>(value)
                                                                           : 0;
  }
  std::size_t i = 0;
  for (; i < classes.upper.size(); ++i) {
    if (value < classes.upper[i] || (value == classes.upper[i] && classes.upper_closed[i])) break;
  }
  return static_cast<int>(i);
}

std::string ClassLabel(const Model& model, int question, int cls, int lang) {
  const Question& q = model.questions[question];
  if (q.type == QuestionType::kChoice) return q.options[cls].label[lang];
  if (q.type == QuestionType::kBoolean) {
    return cls == 1 ? model.phrases.yes[lang] : model.phrases.no[lang];
  }
  const Classes& classes = model.classes[question];
  auto num = [&](double v) { return FormatNumber(v, model.number_formats[lang]); };
  std::size_t n = classes.upper.size();
  if (n == 0) return "\u2014";
  std::size_t i = static_cast<std::size_t>(cls);
  bool integer = q.type == QuestionType::kInteger;
  if (i == 0) return (classes.upper_closed[0] ? "≤ " : "< ") + num(classes.upper[0]);
  double lower = classes.upper[i - 1];
  bool lower_closed = !classes.upper_closed[i - 1];
  if (integer) lower += 1;  // integer cuts are all "<= n": the next class starts at n + 1
  if (i == n) return (lower_closed || integer ? "≥ " : "> ") + num(lower);
  double upper = classes.upper[i];
  bool upper_closed = classes.upper_closed[i];
  if (integer) return lower == upper ? num(lower) : num(lower) + "–" + num(upper);
  if (lower == upper) return "= " + num(lower);
  return num(lower) + (lower_closed ? " ≤ x " : " < x ") + (upper_closed ? "≤ " : "< ") +
         num(upper);
}

std::string AnswerLabel(const Model& model, int question, double value, int lang) {
  const Question& q = model.questions[question];
  if (q.type == QuestionType::kChoice || q.type == QuestionType::kBoolean) {
    return ClassLabel(model, question, static_cast<int>(value), lang);
  }
  std::string label = FormatNumber(value, model.number_formats[lang]);
  if (q.unit) label += " " + (*q.unit)[lang];
  return label;
}

}  // namespace couverture::detail
