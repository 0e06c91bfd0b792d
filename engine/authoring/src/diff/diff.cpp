// The diff: languages and decisions matched, the joint space explored, its differing classes named
// by ids and labels, and the texts compared.
#include "couverture/authoring/diff.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "couverture/answers.h"
#include "couverture/date.h"
#include "couverture/language.h"
#include "diff_parts.h"
#include "outcome_ids.h"

namespace couverture::authoring {
namespace {

struct Languages {
  int old_lang = 0, new_lang = 0;
  std::string tag;  // "" when none is shared
};

Result<Languages> ChooseLanguages(const Ruleset& old_rules, const Ruleset& new_rules,
                                  const std::string& tag) {
  if (!tag.empty()) {
    Result<int> o = ResolveLanguage(old_rules, tag);
    if (!o.ok()) return Error{"", "old ruleset: " + Summarize(o.errors())};
    Result<int> n = ResolveLanguage(new_rules, tag);
    if (!n.ok()) return Error{"", "new ruleset: " + Summarize(n.errors())};
    return Languages{o.value(), n.value(), old_rules.languages()[o.value()]};
  }
  const std::vector<std::string>& languages = old_rules.languages();
  for (std::size_t i = 0; i < languages.size(); ++i) {
    if (std::optional<int> n = MatchLanguage(new_rules, languages[i])) {
      return Languages{static_cast<int>(i), *n, languages[i]};
    }
  }
  return Languages{};
}

DiffOutcome Outcome(const OutcomeIds& ids) {
  return {ids.applies, ids.status, ids.rule, ids.extra, ids.lists};
}

DiffClass Describe(const Ruleset& old_rules, const Ruleset& new_rules, const DiffSides& sides,
                   const JointSpace& space, const std::vector<DecisionPair>& pairs,
                   const JointClass& found) {
  DiffClass out;
  for (const auto& [question, cls] : found.path) {
    const JointQuestion& q = space.questions[question];
    if (static_cast<std::size_t>(cls) < q.old_labels.size() && !q.old_labels[cls].empty()) {
      // Another option on each side: "Cover (old): Another country, Cover (new): The UK".
      out.path.push_back({q.id, q.name, "old", q.old_labels[cls]});
      out.path.push_back({q.id, q.name, "new", q.labels[cls]});
      continue;
    }
    std::string side = q.old_question < 0 ? "new" : q.new_question < 0 ? "old" : "both";
    out.path.push_back({q.id, q.name, side, q.labels[cls]});
  }
  out.old_answers = AnswersJson(old_rules, found.old_answers);
  out.new_answers = AnswersJson(new_rules, found.new_answers);
  for (std::size_t p = 0; p < pairs.size(); ++p) {
    OutcomeIds o = DecisionOutcome(sides.old_model, pairs[p].old_decision, found.old_rows[p]);
    OutcomeIds n = DecisionOutcome(sides.new_model, pairs[p].new_decision, found.new_rows[p]);
    DecisionChange change;
    change.decision = sides.new_model.decisions[pairs[p].new_decision].id;
    change.old_outcome = Outcome(o);
    change.new_outcome = Outcome(n);
    change.differs = !(o == n);
    out.decisions.push_back(std::move(change));
  }
  return out;
}

// A rename must name a choice question both rulesets ask, an option of each side, and each of
// those options once.
std::optional<Error> CheckRename(const DiffSides& sides, const DiffOptions::RenamedOption& rename,
                                 const std::vector<DiffOptions::RenamedOption>& all) {
  auto quoted = [](const std::string& id) { return "\"" + Printable(id) + "\""; };
  std::string what = "--renamed-option " + Printable(rename.question) + "." +
                     Printable(rename.old_option) + "=" + Printable(rename.new_option) + ": ";
  int old_q = sides.old_model.QuestionIndex(rename.question);
  int new_q = sides.new_model.QuestionIndex(rename.question);
  if (old_q < 0 || new_q < 0) {
    return Error{"", what + "the " + (old_q < 0 ? "old" : "new") + " ruleset has no question " +
                         quoted(rename.question)};
  }
  const detail::Question& o = sides.old_model.questions[old_q];
  const detail::Question& n = sides.new_model.questions[new_q];
  if (o.type != detail::QuestionType::kChoice || n.type != detail::QuestionType::kChoice) {
    return Error{"", what + "only options of a choice question (on both sides) can be renamed"};
  }
  if (o.OptionIndex(rename.old_option) < 0) {
    return Error{"", what + "the old question has no option " + quoted(rename.old_option)};
  }
  if (n.OptionIndex(rename.new_option) < 0) {
    return Error{"", what + "the new question has no option " + quoted(rename.new_option)};
  }
  for (const DiffOptions::RenamedOption& other : all) {
    if (&other == &rename || other.question != rename.question) continue;
    if (other.old_option == rename.old_option || other.new_option == rename.new_option) {
      return Error{"", what + "an option is renamed twice"};
    }
  }
  return std::nullopt;
}

RulesetIdentity Identity(const detail::Model& model, int lang) {
  return {model.meta.id, model.meta.version, model.meta.title[lang]};
}

}  // namespace

Result<RulesetDiff> Diff(const Ruleset& old_rules, const Ruleset& new_rules,
                         const DiffOptions& options) {
  if (!options.date.empty() && !Date::Parse(options.date)) {
    return Error{"", "date " + options.date.substr(0, 32) + " is not of the form YYYY-MM-DD"};
  }
  Result<Languages> languages = ChooseLanguages(old_rules, new_rules, options.lang);
  if (!languages.ok()) return languages.errors();
  const Languages& lang = languages.value();
  DiffSides sides{detail::ModelOf(old_rules), detail::ModelOf(new_rules), lang.old_lang,
                  lang.new_lang};

  RulesetDiff diff;
  diff.old_ruleset = Identity(sides.old_model, lang.old_lang);
  diff.new_ruleset = Identity(sides.new_model, lang.new_lang);
  diff.lang = lang.tag;
  // A date matters only to texts with parameters: say it only then.
  bool dated = !sides.old_model.parameters.empty() || !sides.new_model.parameters.empty();
  diff.date = dated ? options.date : "";

  // The new decision each old one is compared with: the one options.compare names, else the
  // one with its id.
  std::vector<int> counterpart(old_rules.decision_count(), -1);
  std::vector<bool> paired(new_rules.decision_count(), false);
  for (const auto& [old_id, new_id] : options.compare) {
    int o = sides.old_model.DecisionIndex(old_id);
    int n = sides.new_model.DecisionIndex(new_id);
    if (o < 0)
      return Errors{
          Error{"", "--compare: the old ruleset has no decision \"" + Printable(old_id) + "\""}};
    if (n < 0)
      return Errors{
          Error{"", "--compare: the new ruleset has no decision \"" + Printable(new_id) + "\""}};
    if (counterpart[o] >= 0 || paired[n]) {
      return Errors{Error{"", "--compare: decision \"" + Printable(old_id) + "\" or \"" +
                                  Printable(new_id) + "\" is paired twice"}};
    }
    counterpart[o] = n;
    paired[n] = true;
  }
  for (std::size_t d = 0; d < old_rules.decision_count(); ++d) {
    if (counterpart[d] >= 0) continue;
    int n = sides.new_model.DecisionIndex(old_rules.decision_id(d));
    if (n >= 0 && !paired[n]) {
      counterpart[d] = n;
      paired[n] = true;
    }
  }
  std::vector<DecisionPair> pairs;
  for (std::size_t d = 0; d < old_rules.decision_count(); ++d) {
    if (counterpart[d] < 0) {
      diff.decisions_removed.push_back(old_rules.decision_id(d));
    } else {
      pairs.push_back({static_cast<int>(d), counterpart[d]});
    }
  }
  for (std::size_t d = 0; d < new_rules.decision_count(); ++d) {
    if (!paired[d]) diff.decisions_added.push_back(new_rules.decision_id(d));
  }

  for (const DiffOptions::RenamedOption& r : options.renamed_options) {
    if (std::optional<Error> error = CheckRename(sides, r, options.renamed_options)) return *error;
  }
  JointSpace space = MakeJointSpace(sides, options.renamed_options);
  diff.questions = space.changes;
  Exploration explored =
      Explore(sides, space, pairs, options.node_limit, options.work_limit, options.class_limit);
  for (const JointClass& found : explored.differing) {
    diff.classes.push_back(Describe(old_rules, new_rules, sides, space, pairs, found));
  }
  diff.differing_classes = explored.differing_total;
  diff.other_row_classes = explored.other_row_total;
  diff.compared_classes = explored.compared_total;
  diff.shared_decisions = pairs.size();
  diff.nodes = explored.nodes;
  diff.node_limit = options.node_limit;
  diff.work_limit = options.work_limit;
  diff.truncated = explored.truncated;
  diff.out_of_work = explored.out_of_work;
  for (std::size_t p = 0; p < pairs.size(); ++p) {
    if ((explored.changed_pairs >> p) & 1u) {
      // Named as the classes' tables name them: by the new ruleset's id (they differ under
      // --compare).
      diff.changed_decisions.push_back(new_rules.decision_id(pairs[p].new_decision));
    }
  }
  diff.parameters = CompareParameters(old_rules, new_rules, lang.old_lang, lang.new_lang);
  // Without a shared language there is nothing to compare texts in.
  if (!lang.tag.empty()) {
    std::vector<std::pair<int, int>> compared{{lang.old_lang, lang.new_lang}};
    if (options.all_languages) {
      compared.clear();
      const std::vector<std::string>& languages = old_rules.languages();
      for (std::size_t i = 0; i < languages.size(); ++i) {
        if (std::optional<int> n = MatchLanguage(new_rules, languages[i])) {
          compared.emplace_back(static_cast<int>(i), *n);
        }
      }
    }
    for (const auto& [old_lang, new_lang] : compared) {
      DiffSides in_lang{sides.old_model, sides.new_model, old_lang, new_lang};
      for (TextChange& t : CompareTexts(in_lang, pairs, options.renamed_options, options.date)) {
        t.lang = new_rules.languages()[new_lang];
        diff.texts.push_back(std::move(t));
      }
    }
  }
  return diff;
}

}  // namespace couverture::authoring
