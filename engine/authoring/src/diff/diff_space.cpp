// The joint question space of two rulesets: questions matched by id and form, and the classes the
// two sets of rows together can tell apart.
#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "couverture/detail/classes.h"
#include "couverture/detail/number_format.h"
#include "diff_parts.h"

namespace couverture::authoring {
namespace {

using detail::Model;
using detail::Question;
using detail::QuestionType;

bool IsNumeric(const Question& q) {
  return q.type == QuestionType::kInteger || q.type == QuestionType::kNumber;
}

const char* TypeName(QuestionType type) {
  switch (type) {
    case QuestionType::kChoice: return "choice";
    case QuestionType::kBoolean: return "boolean";
    case QuestionType::kInteger: return "integer";
    case QuestionType::kNumber: return "number";
  }
  return "";
}

// "choice (eu, other)", "integer 0–120", "number ≥ 0": what an author compares.
std::string Form(const Question& q) {
  std::string form = TypeName(q.type);
  if (q.type == QuestionType::kChoice) {
    std::string ids;
    for (const detail::Option& o : q.options) ids += (ids.empty() ? "" : ", ") + o.id;
    return form + " (" + ids + ")";
  }
  detail::NumberFormat plain;
  plain.group = "";  // ids and bounds, not prose
  auto num = [&](double v) { return detail::FormatNumber(v, plain); };
  if (q.min && q.max) return form + " " + num(*q.min) + "\u2013" + num(*q.max);
  if (q.min) return form + " \u2265 " + num(*q.min);
  if (q.max) return form + " \u2264 " + num(*q.max);
  return form;
}

// The answers both sides accept: [max of the minimums, min of the maximums].
struct Range {
  std::optional<double> min, max;
  bool empty() const { return min && max && *min > *max; }
};

Range Overlap(const Question& a, const Question& b) {
  Range r;
  r.min = a.min && b.min ? std::max(*a.min, *b.min) : (a.min ? a.min : b.min);
  r.max = a.max && b.max ? std::min(*a.max, *b.max) : (a.max ? a.max : b.max);
  return r;
}

// A one-question model holding both sides' tests on a shared number, over the answers both accept,
// so that the core's own ComputeClasses and ClassLabel cut and name the joint classes.
Model CutModel(const DiffSides& sides, int old_q, int new_q, const Range& range) {
  Model m;
  m.languages = sides.new_model.languages;
  m.number_formats = sides.new_model.number_formats;
  Question q = sides.new_model.questions[new_q];
  q.min = range.min;
  q.max = range.max;
  m.questions.push_back(std::move(q));
  auto take = [&](const Model& side, int question) {
    for (const detail::Test& t : side.tests) {
      if (t.question != question) continue;
      m.tests.push_back(t);
      m.tests.back().question = 0;
    }
  };
  take(sides.old_model, old_q);
  take(sides.new_model, new_q);
  m.classes = detail::ComputeClasses(m);
  return m;
}

// A question one side asks alone: that side's own classes.
JointQuestion OneSide(const Model& model, int question, int lang, bool old_side) {
  const Question& q = model.questions[question];
  JointQuestion j;
  j.id = q.id;
  j.name = q.short_label[lang];
  (old_side ? j.old_question : j.new_question) = question;
  const std::vector<double>& values = model.classes[question].representative;
  (old_side ? j.old_values : j.new_values) = values;
  for (std::size_t c = 0; c < values.size(); ++c) {
    j.labels.push_back(detail::ClassLabel(model, question, static_cast<int>(c), lang));
  }
  return j;
}

JointQuestion Shared(const DiffSides& sides, int old_q, int new_q, const Range& range,
                     const OptionPairing& options) {
  const Question& o = sides.old_model.questions[old_q];
  const Question& n = sides.new_model.questions[new_q];
  JointQuestion j;
  j.id = n.id;
  j.name = n.short_label[sides.new_lang];
  j.old_question = old_q;
  j.new_question = new_q;
  if (IsNumeric(n)) {
    Model cuts = CutModel(sides, old_q, new_q, range);
    j.new_values = j.old_values = cuts.classes.front().representative;
    for (std::size_t c = 0; c < j.new_values.size(); ++c) {
      j.labels.push_back(detail::ClassLabel(cuts, 0, static_cast<int>(c), sides.new_lang));
    }
    return j;
  }
  if (n.type != QuestionType::kChoice) {
    for (int c = 0; c < 2; ++c) {
      j.new_values.push_back(c);
      j.old_values.push_back(c);
      j.labels.push_back(detail::ClassLabel(sides.new_model, new_q, c, sides.new_lang));
    }
    return j;
  }
  // Choices in the new side's option order; the old side stores the same option by its index.
  auto add = [&](int old_option, int new_option, bool same) {
    j.old_values.push_back(old_option);
    j.new_values.push_back(new_option);
    j.labels.push_back(detail::ClassLabel(sides.new_model, new_q, new_option, sides.new_lang));
    j.old_labels.push_back(
        same ? "" : detail::ClassLabel(sides.old_model, old_q, old_option, sides.old_lang));
  };
  const int old_count = static_cast<int>(o.options.size());
  const int new_count = static_cast<int>(n.options.size());
  for (int c = 0; c < new_count; ++c) {
    int old_option = options.old_of_new[c];
    // The same option, by id or renamed (DiffOptions::renamed_options).
    if (old_option >= 0) add(old_option, c, /*same=*/true);
  }
  // An option only one side offers: the diff cannot know which option of the other side the
  // same student gives, so it pairs it with each (a new `uk` with the old `other` that UK
  // students used to pick, and with every other old option).
  for (int c = 0; c < new_count; ++c) {
    if (options.old_of_new[c] >= 0) continue;
    for (int old_option = 0; old_option < old_count; ++old_option) add(old_option, c, false);
  }
  for (int old_option = 0; old_option < old_count; ++old_option) {
    if (options.new_of_old[old_option] >= 0) continue;
    for (int c = 0; c < new_count; ++c) {
      if (options.old_of_new[c] >= 0) add(old_option, c, false);  // new-only: above
    }
  }
  return j;
}

void Add(JointSpace& space, JointQuestion question) {
  int index = static_cast<int>(space.questions.size());
  if (question.old_question >= 0) space.of_old[question.old_question] = index;
  if (question.new_question >= 0) space.of_new[question.new_question] = index;
  space.questions.push_back(std::move(question));
}

}  // namespace

OptionPairing PairOptions(const Question& o, const Question& n,
                          const std::vector<DiffOptions::RenamedOption>& renamed) {
  OptionPairing p;
  p.old_of_new.assign(n.options.size(), -1);
  p.new_of_old.assign(o.options.size(), -1);
  auto pair = [&](int old_option, int new_option) {
    if (old_option < 0 || new_option < 0) return false;
    if (p.new_of_old[old_option] >= 0 || p.old_of_new[new_option] >= 0) return false;
    p.new_of_old[old_option] = new_option;
    p.old_of_new[new_option] = old_option;
    return true;
  };
  for (const DiffOptions::RenamedOption& r : renamed) {
    if (r.question != n.id) continue;
    bool paired = pair(o.OptionIndex(r.old_option), n.OptionIndex(r.new_option));
    if (paired && r.old_option != r.new_option) p.renamed.emplace_back(r.old_option, r.new_option);
  }
  for (std::size_t c = 0; c < n.options.size(); ++c) {
    pair(o.OptionIndex(n.options[c].id), static_cast<int>(c));
  }
  return p;
}

JointSpace MakeJointSpace(const DiffSides& sides,
                          const std::vector<DiffOptions::RenamedOption>& renamed) {
  const Model& old_model = sides.old_model;
  const Model& new_model = sides.new_model;
  JointSpace space;
  space.of_old.assign(old_model.questions.size(), -1);
  space.of_new.assign(new_model.questions.size(), -1);
  for (std::size_t i = 0; i < new_model.questions.size(); ++i) {
    int new_q = static_cast<int>(i);
    const Question& n = new_model.questions[i];
    int old_q = old_model.QuestionIndex(n.id);
    if (old_q < 0) {
      space.changes.push_back({n.id, "added", "", Form(n), false, {}, {}, {}});
      Add(space, OneSide(new_model, new_q, sides.new_lang, /*old_side=*/false));
      continue;
    }
    const Question& o = old_model.questions[old_q];
    QuestionChange change{n.id, "", Form(o), Form(n), true, {}, {}, {}};
    Range range = Overlap(o, n);
    OptionPairing options = PairOptions(o, n, renamed);
    if (o.type != n.type) {
      change.change = "type";
    } else if (n.type == QuestionType::kChoice && !options.Same()) {
      change.change = "options";
      change.separate = !options.SharesAnOption();
      // Listed even when separate (then all of them): where a rename could pair them.
      for (std::size_t c = 0; c < o.options.size(); ++c) {
        if (options.new_of_old[c] < 0) change.options_only_old.push_back(o.options[c].id);
      }
      for (std::size_t c = 0; c < n.options.size(); ++c) {
        if (options.old_of_new[c] < 0) change.options_only_new.push_back(n.options[c].id);
      }
      change.options_renamed = options.renamed;
    } else if (IsNumeric(n) && (o.min != n.min || o.max != n.max)) {
      change.change = "range";
      change.separate = range.empty();
    }
    if (!change.change.empty()) space.changes.push_back(change);
    if (change.change.empty() || !change.separate) {
      Add(space, Shared(sides, old_q, new_q, range, options));
    } else {
      Add(space, OneSide(old_model, old_q, sides.old_lang, /*old_side=*/true));
      Add(space, OneSide(new_model, new_q, sides.new_lang, /*old_side=*/false));
    }
  }
  for (std::size_t i = 0; i < old_model.questions.size(); ++i) {
    if (new_model.QuestionIndex(old_model.questions[i].id) >= 0) continue;
    space.changes.push_back({old_model.questions[i].id,
                             "removed",
                             Form(old_model.questions[i]),
                             "",
                             false,
                             {},
                             {},
                             {}});
    Add(space, OneSide(old_model, static_cast<int>(i), sides.old_lang, /*old_side=*/true));
  }
  return space;
}

}  // namespace couverture::authoring
