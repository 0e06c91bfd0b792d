// The diff as Markdown for people and as JSON for tools.
#include <cstdio>
#include <string>
#include <vector>

#include "couverture/authoring/diff.h"
#include "couverture/detail/json_document.h"
#include "markdown.h"

namespace couverture::authoring {
namespace {

using detail::Json;

// "1 class", "3 classes".
std::string Count(double n, const char* one, const char* many) {
  char number[32];
  std::snprintf(number, sizeof number, "%.0f", n);
  return std::string(number) + " " + (n == 1 ? one : many);
}

std::string Code(const std::string& text) { return "`" + Printable(text) + "`"; }

std::string CodeList(const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "" : ", ") + Code(id);
  return out;
}

// "Kind: B, Age (new): 18–20": a class as people read it.
std::string PathLine(const DiffClass& c) {
  if (c.path.empty()) return "Every answer";
  std::string line;
  for (const PathStep& step : c.path) {
    std::string side = step.side == "both" ? "" : " (" + step.side + ")";
    line += (line.empty() ? "" : ", ") + step.name + side + ": " + step.answer;
  }
  return MarkdownText(line);
}

std::string OutcomeCell(const DiffOutcome& o, const DiffOutcome& other, bool differs) {
  std::string cell = !o.applies         ? "does not apply"
                     : o.status.empty() ? "no row (gap)"
                                        : Code(o.status) + " (row " + Code(o.rule) + ")";
  if (!differs) return cell;
  // What the status does not show: the lists and extra that differ.
  for (int kind = 0; kind < kListKinds; ++kind) {
    if (o.lists[kind] == other.lists[kind]) continue;
    cell += "; " + std::string(kListNames[kind]) + ": " +
            (o.lists[kind].empty() ? "none" : CodeList(o.lists[kind]));
  }
  if (o.extra != other.extra) {
    cell += "; extra_insurance: " + (o.extra.empty() ? std::string("none") : Code(o.extra));
  }
  return cell;
}

std::string ClassSection(const DiffClass& c, std::size_t number) {
  std::string out = "### " + std::to_string(number) + ". " + PathLine(c) + "\n\n";
  if (c.old_answers == c.new_answers) {
    out += "Answers: `" + Printable(c.old_answers) + "`\n\n";
  } else {
    out += "Answers for the old ruleset: `" + Printable(c.old_answers) + "`  \n";
    out += "Answers for the new ruleset: `" + Printable(c.new_answers) + "`\n\n";
  }
  out += "| decision | old (status, rule) | new (status, rule) |\n|---|---|---|\n";
  for (const DecisionChange& d : c.decisions) {
    std::string name = d.differs ? "**" + Code(d.decision) + "**" : Code(d.decision);
    // Ids only, in code spans: letters, digits, '_' and '-' (the loader's rule).
    out += "| " + name + " | " + OutcomeCell(d.old_outcome, d.new_outcome, d.differs) + " | " +
           OutcomeCell(d.new_outcome, d.old_outcome, d.differs) + " |\n";
  }
  return out + "\n";
}

std::string Summary(const RulesetDiff& diff) {
  if (diff.shared_decisions == 0) {
    return "The rulesets have no decision in common: no class of answers could be compared.\n\n";
  }
  std::string compared = Count(diff.compared_classes, "class", "classes") + " compared";
  std::string out =
      diff.differing_classes == 0
          ? "No class of answers changes (" + compared + ").\n\n"
          : Count(diff.differing_classes, "class of answers changes", "classes of answers change") +
                " for " +
                Count(static_cast<double>(diff.changed_decisions.size()), "decision", "decisions") +
                " (" + CodeList(diff.changed_decisions) + "), of " + compared + ".\n\n";
  if (diff.other_row_classes > 0) {
    out += Count(diff.other_row_classes, "class keeps its", "classes keep their") +
           " outcome but another row decides it (rows reordered or renamed).\n\n";
  }
  if (static_cast<double>(diff.classes.size()) < diff.differing_classes) {
    out +=
        "Only the first " + std::to_string(diff.classes.size()) + " are listed (class limit).\n\n";
  }
  if (diff.truncated) {
    out += "**Incomplete:** the exploration reached its " + DiffLimitReached(diff) + " (" +
           std::to_string(diff.nodes) + " nodes built): some classes were not compared.\n\n";
  }
  return out;
}

// A question whose form differs: how, and how it was compared.
std::string QuestionLine(const QuestionChange& q) {
  std::string how = q.separate ? "compared as two questions, one per ruleset"
                               : "compared on the answers both accept";
  std::string one_sided;
  auto list = [&](const std::vector<std::string>& ids, const char* side) {
    if (!ids.empty())
      one_sided += (one_sided.empty() ? "" : ", ") + CodeList(ids) + " (" + side + ")";
  };
  list(q.options_only_old, "old");
  list(q.options_only_new, "new");
  std::string renamed;
  for (const auto& [old_id, new_id] : q.options_renamed) {
    renamed += (renamed.empty() ? "" : ", ") + Code(old_id) + " \u2192 " + Code(new_id);
  }
  if (q.separate) one_sided.clear();  // every option: said by "two questions"
  if (!one_sided.empty() || !renamed.empty()) how = "compared option by option";
  if (!renamed.empty()) how += "; renamed, compared as one option: " + renamed;
  if (!one_sided.empty()) {
    how += "; offered by one side only, so paired with every option of the other: " + one_sided;
  }
  return "- " + Code(q.id) + ": " + MarkdownText(q.change) +
         " changed: " + MarkdownText(q.old_form) + " \u2192 " + MarkdownText(q.new_form) + " (" +
         how + ")\n";
}

// "- Only the new ruleset asks: `enrolled` (boolean), ...", or "" when none.
std::string OneSideLine(const std::vector<QuestionChange>& changes, const std::string& change,
                        const char* lead) {
  std::string list;
  for (const QuestionChange& q : changes) {
    if (q.change != change) continue;
    list += (list.empty() ? "" : ", ") + Code(q.id) + " (" +
            MarkdownText(change == "added" ? q.new_form : q.old_form) + ")";
  }
  return list.empty() ? "" : "- " + std::string(lead) + ": " + list + "\n";
}

std::string QuestionsSection(const std::vector<QuestionChange>& changes) {
  std::string out;
  for (const QuestionChange& q : changes) {
    if (q.change != "added" && q.change != "removed") out += QuestionLine(q);
  }
  out += OneSideLine(changes, "added", "Only the new ruleset asks");
  out += OneSideLine(changes, "removed", "Only the old ruleset asks");
  return out;
}

std::string TextValue(const std::optional<std::string>& text) {
  return text ? MarkdownText(*text) : "(none)";
}

Json OutcomeJson(const DiffOutcome& o) {
  Json j = Json::object();
  j["applies"] = o.applies;
  j["status"] = detail::TextOrNull(o.status);
  j["rule"] = detail::TextOrNull(o.rule);
  for (int kind = 0; kind < kListKinds; ++kind) {
    Json list = Json::array();
    for (const std::string& id : o.lists[kind]) list.push_back(id);
    j[kListNames[kind]] = std::move(list);
  }
  j["extra_insurance"] = detail::TextOrNull(o.extra);
  return j;
}

// The answers are the engine's own output, so they parse; an empty object all the same if not.
Json AnswersObject(const std::string& json) {
  Result<Json> parsed =
      detail::ParseJson(json, {limits::kAnswersBytes, limits::kJsonDepth, "answers"});
  return parsed.ok() ? parsed.value() : Json::object();
}

Json ClassJson(const DiffClass& c) {
  Json path = Json::array();
  for (const PathStep& step : c.path) {
    path.push_back({{"question", step.question},
                    {"name", step.name},
                    {"side", step.side},
                    {"answer", step.answer}});
  }
  Json decisions = Json::object();
  for (const DecisionChange& d : c.decisions) {
    Json j = Json::object();
    j["differs"] = d.differs;
    j["old"] = OutcomeJson(d.old_outcome);
    j["new"] = OutcomeJson(d.new_outcome);
    decisions[d.decision] = std::move(j);
  }
  Json answers = {{"old", AnswersObject(c.old_answers)}, {"new", AnswersObject(c.new_answers)}};
  Json j = Json::object();
  j["answers"] = std::move(answers);
  j["path"] = std::move(path);
  j["decisions"] = std::move(decisions);
  return j;
}

Json IdentityJson(const RulesetIdentity& r) {
  return {{"id", r.id}, {"version", r.version}, {"title", r.title}};
}

Json OptionalText(const std::optional<std::string>& text) {
  return text ? Json(*text) : Json(nullptr);
}

// "€105", "€105 (carried forward)".
std::string PeriodValue(const PeriodSide& side) {
  return side.shown + (side.carried_forward ? " (carried forward)" : "");
}

// "`cvec_amount` from 2027-05-01: added, €107": one change of a dated value.
std::string ParameterLine(const ParameterChange& p) {
  std::string line =
      Code(p.parameter) + (p.from.empty() ? "" : " from " + MarkdownText(p.from)) + ": ";
  if (p.change == "added" || p.change == "removed") return line + p.change;
  if (p.change == "type") return line + "type or currency changed";
  if (p.change == "period_added") {
    return line + "added, " + MarkdownText(PeriodValue(*p.new_period));
  }
  if (p.change == "period_removed") {
    return line + "removed (was " + MarkdownText(PeriodValue(*p.old_period)) + ")";
  }
  std::string what;
  bool value_said = false;
  for (const std::string& field : p.fields) {
    std::string part;
    if (field == "value" || field == "carried_forward") {
      if (value_said) continue;
      value_said = true;
      part = MarkdownText(PeriodValue(*p.old_period)) + " \u2192 " +
             MarkdownText(PeriodValue(*p.new_period));
    } else if (field == "note") {
      part = "note changed";
    } else {
      part = "source " + Code(p.old_period->source) + " \u2192 " + Code(p.new_period->source);
    }
    what += (what.empty() ? "" : "; ") + part;
  }
  return line + what;
}

Json PeriodJson(const std::optional<PeriodSide>& side) {
  if (!side) return Json(nullptr);
  Json j = Json::object();
  j["shown"] = side->shown;
  j["carried_forward"] = side->carried_forward;
  j["note"] = detail::TextOrNull(side->note);
  j["source"] = detail::TextOrNull(side->source);
  return j;
}

Json ParameterJson(const ParameterChange& p) {
  Json j = Json::object();
  j["parameter"] = p.parameter;
  j["change"] = p.change;
  j["from"] = detail::TextOrNull(p.from);
  j["path"] = p.path;
  j["old"] = PeriodJson(p.old_period);
  j["new"] = PeriodJson(p.new_period);
  j["fields"] = p.fields;
  return j;
}

}  // namespace

std::string DiffLimitReached(const RulesetDiff& diff) {
  return LimitReached(diff.out_of_work, diff.node_limit, diff.work_limit);
}

std::string DiffMarkdown(const RulesetDiff& diff) {
  const RulesetIdentity& o = diff.old_ruleset;
  const RulesetIdentity& n = diff.new_ruleset;
  std::string out = "# Diff: " + MarkdownText(o.id + " " + o.version) + " \u2192 " +
                    MarkdownText(n.id + " " + n.version) + "\n\n";
  out += "Old: " + MarkdownText(o.title) + "  \nNew: " + MarkdownText(n.title) + "\n\n";
  out += Summary(diff);
  if (!diff.classes.empty()) {
    out += "## Classes that change\n\n";
    for (std::size_t i = 0; i < diff.classes.size(); ++i) {
      out += ClassSection(diff.classes[i], i + 1);
    }
  }
  if (!diff.questions.empty()) {
    out += "## Questions that differ\n\n" + QuestionsSection(diff.questions) + "\n";
  }
  if (!diff.decisions_added.empty() || !diff.decisions_removed.empty()) {
    out += "## Decisions added and removed\n\n";
    if (!diff.decisions_added.empty()) out += "- Added: " + CodeList(diff.decisions_added) + "\n";
    if (!diff.decisions_removed.empty()) {
      out += "- Removed: " + CodeList(diff.decisions_removed) + "\n";
    }
    out += "\n";
  }
  if (!diff.parameters.empty()) {
    out += "## Dated values that changed\n\n";
    for (const ParameterChange& p : diff.parameters) out += "- " + ParameterLine(p) + "\n";
    out += "\n";
  }
  if (diff.lang.empty()) {
    out += "## Texts\n\nThe rulesets share no language: texts were not compared.\n";
  } else if (!diff.texts.empty()) {
    out += "## Texts changed (" + MarkdownText(diff.lang) +
           (diff.date.empty() ? "" : ", at " + MarkdownText(diff.date)) + ")\n\n";
    for (const TextChange& t : diff.texts) {
      out += "- " + Code(t.path) + (t.old_path.empty() ? "" : " (old: " + Code(t.old_path) + ")") +
             (t.lang.empty() || t.lang == diff.lang ? "" : " (" + MarkdownText(t.lang) + ")") +
             "\n  - old: " + TextValue(t.old_text) + "\n  - new: " + TextValue(t.new_text) + "\n";
    }
  }
  return out;
}

std::string DiffJson(const RulesetDiff& diff, int indent) {
  Json classes = Json::array();
  for (const DiffClass& c : diff.classes) classes.push_back(ClassJson(c));
  Json questions = Json::array();
  for (const QuestionChange& q : diff.questions) {
    Json j = Json::object();
    j["id"] = q.id;
    j["change"] = q.change;
    j["old"] = detail::TextOrNull(q.old_form);
    j["new"] = detail::TextOrNull(q.new_form);
    j["separate"] = q.separate;
    if (q.change == "options") {
      j["options_only_old"] = q.options_only_old;
      j["options_only_new"] = q.options_only_new;
      Json renamed = Json::array();
      for (const auto& [old_id, new_id] : q.options_renamed) {
        renamed.push_back({{"old", old_id}, {"new", new_id}});
      }
      j["options_renamed"] = std::move(renamed);
    }
    questions.push_back(std::move(j));
  }
  Json texts = Json::array();
  for (const TextChange& t : diff.texts) {
    Json j = Json::object();
    j["path"] = t.path;
    if (!t.old_path.empty()) j["old_path"] = t.old_path;
    j["lang"] = t.lang.empty() ? diff.lang : t.lang;
    j["old"] = OptionalText(t.old_text);
    j["new"] = OptionalText(t.new_text);
    texts.push_back(std::move(j));
  }
  Json parameters = Json::array();
  for (const ParameterChange& p : diff.parameters) parameters.push_back(ParameterJson(p));
  Json summary = Json::object();
  summary["differs"] = diff.OutcomesDiffer();
  summary["classes"] = detail::NumberJson(diff.differing_classes);
  summary["listed"] = diff.classes.size();
  summary["decisions"] = detail::StringsJson(diff.changed_decisions);
  summary["shared_decisions"] = diff.shared_decisions;
  summary["other_row_classes"] = detail::NumberJson(diff.other_row_classes);
  summary["compared"] = detail::NumberJson(diff.compared_classes);
  summary["nodes"] = diff.nodes;
  summary["complete"] = !diff.truncated;
  summary["limit"] = !diff.truncated ? Json(nullptr) : Json(diff.out_of_work ? "work" : "nodes");
  summary["questions"] = diff.questions.size();
  summary["texts"] = diff.texts.size();
  summary["parameters"] = diff.parameters.size();

  Json out = Json::object();
  out["old"] = IdentityJson(diff.old_ruleset);
  out["new"] = IdentityJson(diff.new_ruleset);
  out["lang"] = detail::TextOrNull(diff.lang);
  out["date"] = detail::TextOrNull(diff.date);
  out["classes"] = std::move(classes);
  out["questions"] = std::move(questions);
  out["decisions"] = {{"added", detail::StringsJson(diff.decisions_added)},
                      {"removed", detail::StringsJson(diff.decisions_removed)}};
  out["parameters"] = std::move(parameters);
  out["texts"] = std::move(texts);
  out["summary"] = std::move(summary);
  return detail::Dump(out, indent);
}

}  // namespace couverture::authoring
