// Building the evidence map from the compiled model: who cites what, and which classes of
// students each citing row or item reaches.
#include "couverture/authoring/evidence.h"

#include <array>
#include <optional>

#include "couverture/answers.h"
#include "couverture/authoring/coverage.h"
#include "couverture/detail/model.h"

namespace couverture::authoring {
namespace {

using detail::Model;

// Per decision, per row and per item: the classes of the decision's own flow it reaches.
struct DecisionStudents {
  std::vector<EvidenceStudents> rows;
  std::array<std::vector<EvidenceStudents>, kListKinds> items;
};

void Count(const Ruleset& rules, const FlowPath& path, bool truncated, int lang,
           EvidenceStudents& students) {
  if (students.classes++ == 0) {
    students.example = PathText(rules, path, lang);
    students.example_answers = AnswersJson(rules, PathAnswers(rules, path));
  }
  students.truncated = truncated;
}

std::vector<DecisionStudents> StudentsByDecision(const Ruleset& rules, int lang) {
  const Model& model = detail::ModelOf(rules);
  std::vector<DecisionStudents> out(model.decisions.size());
  for (std::size_t d = 0; d < model.decisions.size(); ++d) {
    const detail::Decision& decision = model.decisions[d];
    DecisionStudents& students = out[d];
    students.rows.resize(decision.rules.size());
    for (int kind = 0; kind < kListKinds; ++kind) {
      students.items[kind].resize(decision.items[kind].size());
    }
    // One decision's own flow, as `table` lists it: the questions it (and those it tests) needs.
    Coverage coverage = EnumerateCoverage(
        rules, model.decisions.size() > 1 ? std::optional<int>(static_cast<int>(d)) : std::nullopt);
    bool truncated = coverage.rows_truncated;
    for (const CoverageRow& row : coverage.rows) {
      int rule = row.rules[d];
      if (rule < 0) continue;  // a gap, not applicable, or not settled: no row decides
      Count(rules, row.path, truncated, lang, students.rows[rule]);
      const detail::Outcome& outcome = decision.outcomes[decision.rules[rule].outcome];
      for (int kind = 0; kind < kListKinds; ++kind) {
        for (int item : outcome.lists[kind]) {
          Count(rules, row.path, truncated, lang, students.items[kind][item]);
        }
      }
    }
  }
  return out;
}

bool Names(const detail::Text& text, const std::string& placeholder) {
  for (const std::string& s : text) {
    if (s.find(placeholder) != std::string::npos) return true;
  }
  return false;
}

bool Names(const std::optional<detail::Text>& text, const std::string& placeholder) {
  return text && Names(*text, placeholder);
}

EvidenceUse RowUse(const Model& model, const std::vector<DecisionStudents>& students, int d,
                   int r) {
  EvidenceUse use;
  use.kind = EvidenceUse::Kind::kRow;
  use.decision = model.decisions[d].id;
  use.id = model.decisions[d].rules[r].id;
  use.path = model.decisions[d].rules[r].path;
  use.students = students[d].rows[r];
  return use;
}

EvidenceUse ItemUse(const Model& model, const std::vector<DecisionStudents>& students, int d,
                    int kind, int i) {
  EvidenceUse use;
  use.kind = EvidenceUse::Kind::kItem;
  use.decision = model.decisions[d].id;
  use.group = kListNames[kind];
  use.id = model.decisions[d].items[kind][i].id;
  use.path = model.decisions[d].items[kind][i].path;
  use.students = students[d].items[kind][i];
  return use;
}

// The rows and items whose texts name {parameter}: where students read its value.
std::vector<EvidenceUse> ShownIn(const Model& model, const std::vector<DecisionStudents>& students,
                                 const std::string& parameter) {
  std::string placeholder = "{" + parameter + "}";
  std::vector<EvidenceUse> shown;
  for (std::size_t d = 0; d < model.decisions.size(); ++d) {
    const detail::Decision& decision = model.decisions[d];
    int di = static_cast<int>(d);
    for (std::size_t r = 0; r < decision.rules.size(); ++r) {
      const detail::Rule& rule = decision.rules[r];
      // A row's status and extra note are shown with it: their titles count as its texts.
      const detail::Outcome& outcome = decision.outcomes[rule.outcome];
      bool named = Names(rule.title, placeholder) || Names(rule.because, placeholder);
      if (outcome.status >= 0) {
        const detail::Item& status = decision.statuses[outcome.status];
        named = named || Names(status.title, placeholder) || Names(status.text, placeholder);
      }
      if (outcome.extra >= 0) {
        const detail::Item& extra = decision.extras[outcome.extra];
        named = named || Names(extra.title, placeholder) || Names(extra.text, placeholder);
      }
      if (named) shown.push_back(RowUse(model, students, di, static_cast<int>(r)));
    }
    for (int kind = 0; kind < kListKinds; ++kind) {
      for (std::size_t i = 0; i < decision.items[kind].size(); ++i) {
        const detail::Item& item = decision.items[kind][i];
        if (Names(item.title, placeholder) || Names(item.text, placeholder)) {
          shown.push_back(ItemUse(model, students, di, kind, static_cast<int>(i)));
        }
      }
    }
  }
  return shown;
}

std::vector<EvidenceUse> UsesOf(const Model& model, const std::vector<DecisionStudents>& students,
                                int citation) {
  std::vector<EvidenceUse> uses;
  for (std::size_t d = 0; d < model.decisions.size(); ++d) {
    const detail::Decision& decision = model.decisions[d];
    for (std::size_t r = 0; r < decision.rules.size(); ++r) {
      if (decision.rules[r].citation == citation) {
        uses.push_back(RowUse(model, students, static_cast<int>(d), static_cast<int>(r)));
      }
    }
  }
  for (std::size_t d = 0; d < model.decisions.size(); ++d) {
    for (int kind = 0; kind < kListKinds; ++kind) {
      const std::vector<detail::Item>& items = model.decisions[d].items[kind];
      for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].citation == citation) {
          uses.push_back(ItemUse(model, students, static_cast<int>(d), kind, static_cast<int>(i)));
        }
      }
    }
  }
  for (const detail::Parameter& parameter : model.parameters) {
    for (std::size_t p = 0; p < parameter.periods.size(); ++p) {
      const detail::Period& period = parameter.periods[p];
      if (period.citation != citation) continue;
      EvidenceUse use;
      use.kind = EvidenceUse::Kind::kPeriod;
      use.id = parameter.id;
      use.from = period.from;
      if (p + 1 < parameter.periods.size()) use.until = parameter.periods[p + 1].from;
      use.path = period.path;
      use.shown_in = ShownIn(model, students, parameter.id);
      uses.push_back(std::move(use));
    }
  }
  return uses;
}

}  // namespace

EvidenceMap MapEvidence(const Ruleset& rules, int lang) {
  const Model& model = detail::ModelOf(rules);
  EvidenceMap map;
  map.ruleset = model.meta.id;
  map.version = model.meta.version;
  map.format = model.meta.format;
  std::vector<DecisionStudents> students = StudentsByDecision(rules, lang);
  for (const detail::Source& s : model.sources) {
    EvidenceSource source;
    source.id = s.id;
    source.title = s.title;
    source.url = s.url;
    source.language = s.language;
    source.checked = s.checked;
    source.publisher = s.publisher;
    source.path = s.path;
    map.sources.push_back(std::move(source));
  }
  for (std::size_t c = 0; c < model.citations.size(); ++c) {
    const detail::Citation& citation = model.citations[c];
    if (citation.source < 0) continue;  // a ruleset that loads always names one
    EvidenceSource& source = map.sources[citation.source];
    int source_lang = model.LanguageIndex(source.language);
    EvidenceCitation out;
    out.id = citation.id;
    out.section = citation.section[lang];
    out.quote = citation.quote[source_lang >= 0 ? source_lang : 0];
    out.basis = detail::BasisName(citation.basis);
    out.path = citation.path;
    out.uses = UsesOf(model, students, static_cast<int>(c));
    source.citations.push_back(std::move(out));
  }
  return map;
}

std::string UseName(const EvidenceUse& use) {
  switch (use.kind) {
    case EvidenceUse::Kind::kRow: return use.decision + ": row " + use.id;
    case EvidenceUse::Kind::kItem: return use.decision + ": " + use.group + " " + use.id;
    case EvidenceUse::Kind::kPeriod:
      return "parameter " + use.id + " from " + use.from +
             (use.until.empty() ? "" : " until " + use.until);
  }
  return use.id;
}

}  // namespace couverture::authoring
