// Decisions: each a table of rows read top to bottom with its own outcome texts. Format 1 has one,
// at the top level (/rules, /outcomes); format 2 lists them under /decisions.
#include <algorithm>

#include "couverture/limits.h"
#include "load_context.h"

namespace couverture::detail {
namespace {

int IndexOf(const std::vector<Item>& items, std::string_view id) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

int CitationOf(LoadContext& c, const Json& object, const std::string& path) {
  std::string id = c.ReadString(object, path, "source", /*required=*/false);
  if (id.empty()) return -1;
  int index = c.model.CitationIndex(id);
  if (index < 0) {
    c.Fail(JoinPath(path, "source"), "unknown citation " + Quoted(id) + " (see /citations)");
  }
  return index;
}

// outcomes.status, outcomes.documents...: objects of id -> {title?, text?, source?}.
std::vector<Item> ReadItems(LoadContext& c, const Json& outcomes, const std::string& outcomes_path,
                            std::string_view kind, bool needs_title, bool needs_text, bool cites) {
  std::vector<Item> items;
  const Json* group = c.ReadObject(outcomes, outcomes_path, kind, /*required=*/false);
  if (!group) return items;
  std::string group_path = JoinPath(outcomes_path, kind);
  if (!c.WithinLimit(Members(*group).size(), limits::kItemsPerGroup, group_path, "entries")) {
    return items;
  }
  for (const auto& [id, json] : Members(*group)) {
    if (!id.empty() && id[0] == '$') continue;
    std::string path = JoinPath(group_path, id);
    c.CheckId(id, path);
    if (!json.is_object()) {
      c.Fail(path, "expected an object, got " + TypeName(json));
      continue;
    }
    if (cites) {
      c.CheckKeys(json, path, {"title", "text", "source"});
    } else {
      c.CheckKeys(json, path, {"title", "text"});
    }
    Item item;
    item.id = id;
    item.path = path;
    item.title =
        needs_title ? c.ReadText(json, path, "title") : c.ReadOptionalText(json, path, "title");
    item.text =
        needs_text ? c.ReadText(json, path, "text") : c.ReadOptionalText(json, path, "text");
    if (cites) item.citation = CitationOf(c, json, path);
    items.push_back(std::move(item));
  }
  return items;
}

void ReadOutcomeTexts(LoadContext& c, const Json& owner, const std::string& owner_path,
                      Decision& d) {
  const Json* outcomes = c.ReadObject(owner, owner_path, "outcomes");
  if (!outcomes) return;
  std::string path = JoinPath(owner_path, "outcomes");
  c.CheckKeys(*outcomes, path,
              {"status", "documents", "alternatives", "steps", "advice", "extra_insurance"});
  d.statuses = ReadItems(c, *outcomes, path, "status", true, false, false);
  if (d.statuses.empty()) c.Fail(JoinPath(path, "status"), "declare at least one status");
  d.extras = ReadItems(c, *outcomes, path, "extra_insurance", true, false, false);
  for (int kind = 0; kind < kListKinds; ++kind) {
    d.items[kind] = ReadItems(c, *outcomes, path, kListNames[kind], false, true, true);
  }
}

int ReadThen(LoadContext& c, const Json& json, const std::string& path, Decision& d) {
  const Json* then = c.ReadObject(json, path, "then");
  if (!then) return 0;
  std::string then_path = JoinPath(path, "then");
  c.CheckKeys(*then, then_path,
              {"status", "documents", "alternatives", "steps", "advice", "extra_insurance"});
  std::string outcomes_path = d.path + "/outcomes";
  Outcome outcome;
  std::string status = c.ReadString(*then, then_path, "status");
  outcome.status = IndexOf(d.statuses, status);
  if (!status.empty() && outcome.status < 0) {
    c.Fail(JoinPath(then_path, "status"),
           "unknown status " + Quoted(status) + " (see " + outcomes_path + "/status)");
  }
  std::string extra = c.ReadString(*then, then_path, "extra_insurance", /*required=*/false);
  if (!extra.empty()) {
    outcome.extra = IndexOf(d.extras, extra);
    if (outcome.extra < 0) {
      c.Fail(JoinPath(then_path, "extra_insurance"),
             "unknown value " + Quoted(extra) + " (see " + outcomes_path + "/extra_insurance)");
    }
  }
  for (int kind = 0; kind < kListKinds; ++kind) {
    const Json* list = c.Optional(*then, kListNames[kind]);
    if (!list) continue;
    std::string list_path = JoinPath(then_path, kListNames[kind]);
    if (!list->is_array()) {
      c.Fail(list_path, "expected an array of ids, got " + TypeName(*list));
      continue;
    }
    for (std::size_t i = 0; i < Elements(*list).size(); ++i) {
      const Json& id = Elements(*list)[i];
      int index = id.is_string() ? IndexOf(d.items[kind], StringOf(id)) : -1;
      if (!id.is_string()) {
        c.Fail(JoinPath(list_path, i), "expected an id, got " + TypeName(id));
      } else if (index < 0) {
        c.Fail(JoinPath(list_path, i), "unknown " + std::string(kListNames[kind]) + " entry " +
                                           Quoted(StringOf(id)) + " (see " + outcomes_path + "/" +
                                           kListNames[kind] + ")");
      } else if (std::find(outcome.lists[kind].begin(), outcome.lists[kind].end(), index) !=
                 outcome.lists[kind].end()) {
        c.Fail(JoinPath(list_path, i), "listed twice");
      } else {
        outcome.lists[kind].push_back(index);
      }
    }
  }
  auto same = std::find(d.outcomes.begin(), d.outcomes.end(), outcome);
  if (same != d.outcomes.end()) return static_cast<int>(same - d.outcomes.begin());
  d.outcomes.push_back(std::move(outcome));
  return static_cast<int>(d.outcomes.size() - 1);
}

void ReadRule(LoadContext& c, const Json& json, const std::string& path, Decision& d) {
  if (!json.is_object()) return c.Fail(path, "expected an object, got " + TypeName(json));
  c.CheckKeys(json, path, {"id", "title", "when", "then", "because", "source"});
  Rule rule;
  rule.path = path;
  rule.id = c.ReadId(json, path, "id");
  for (const Rule& other : d.rules) {
    if (!rule.id.empty() && other.id == rule.id) {
      c.Fail(JoinPath(path, "id"), "duplicate rule id " + Quoted(rule.id));
    }
  }
  rule.title = c.ReadText(json, path, "title");
  rule.because = c.ReadText(json, path, "because");
  rule.citation = CitationOf(c, json, path);
  if (const Json* when = c.Optional(json, "when")) {
    rule.condition = ReadCondition(c, *when, JoinPath(path, "when"), 0);
  }
  rule.outcome = ReadThen(c, json, path, d);
  d.rules.push_back(std::move(rule));
}

void ReadRules(LoadContext& c, const Json& owner, const std::string& owner_path, Decision& d) {
  const Json* rows = c.ReadArray(owner, owner_path, "rules");
  if (!rows) return;
  std::string path = JoinPath(owner_path, "rules");
  if (Elements(*rows).empty()) c.Fail(path, "declare at least one rule");
  if (!c.WithinLimit(Elements(*rows).size(), limits::kRowsPerDecision, path, "rules")) return;
  for (std::size_t i = 0; i < Elements(*rows).size(); ++i) {
    ReadRule(c, Elements(*rows)[i], JoinPath(path, i), d);
  }
}

}  // namespace

void ReadMainDecision(LoadContext& c, const Json& root) {
  Decision d;
  d.id = "main";
  d.title = c.model.meta.title;
  c.model.decisions.push_back(std::move(d));
  Decision& main = c.model.decisions.back();
  ReadOutcomeTexts(c, root, "", main);
  ReadRules(c, root, "", main);
}

void ReadDecisions(LoadContext& c, const Json& root) {
  const Json* decisions = c.ReadArray(root, "", "decisions");
  if (!decisions) return;
  const Json::array_t& list = Elements(*decisions);
  if (list.empty()) c.Fail("/decisions", "declare at least one decision");
  if (!c.WithinLimit(list.size(), limits::kDecisions, "/decisions", "decisions")) return;
  // First every decision's id and outcome texts, so that any condition can refer to any of them;
  // then the conditions and rows.
  for (std::size_t i = 0; i < list.size(); ++i) {
    std::string path = JoinPath("/decisions", i);
    Decision d;
    d.path = path;
    if (!list[i].is_object()) {
      c.Fail(path, "expected an object, got " + TypeName(list[i]));
    } else {
      c.CheckKeys(list[i], path, {"id", "title", "intro", "applies", "rules", "outcomes"});
      d.id = c.ReadId(list[i], path, "id");
      if (!d.id.empty() && c.model.DecisionIndex(d.id) >= 0) {
        c.Fail(JoinPath(path, "id"), "duplicate decision id " + Quoted(d.id));
      }
      d.title = c.ReadText(list[i], path, "title");
      d.intro = c.ReadOptionalText(list[i], path, "intro");
      ReadOutcomeTexts(c, list[i], path, d);
    }
    c.model.decisions.push_back(std::move(d));
  }
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (!list[i].is_object()) continue;
    Decision& d = c.model.decisions[i];
    if (const Json* applies = c.Optional(list[i], "applies")) {
      d.applies = ReadCondition(c, *applies, JoinPath(d.path, "applies"), 0);
    }
    ReadRules(c, list[i], d.path, d);
  }
}

}  // namespace couverture::detail
