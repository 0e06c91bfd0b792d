// Turning assessments and questions into the JSON documented in engine/README.md.
#include "couverture/render_json.h"

#include <string>
#include <string_view>
#include <vector>

#include "classes.h"
#include "couverture/flow.h"
#include "json_reader.h"

namespace couverture {
namespace {

std::string Fill(std::string text, std::string_view name, const std::string& value) {
  std::string placeholder = "{" + std::string(name) + "}";
  for (std::size_t at = text.find(placeholder); at != std::string::npos;
       at = text.find(placeholder, at + value.size())) {
    text.replace(at, placeholder.size(), value);
  }
  return text;
}

std::string AnswerLabel(const Ruleset& rules, int question, const Answers& answers, int lang) {
  const Question& q = rules.questions[question];
  double value = answers.Get(question);
  if (q.type == QuestionType::kChoice || q.type == QuestionType::kBoolean) {
    return ClassLabel(rules, question, static_cast<int>(value), lang);
  }
  std::string label = FormatNumber(value, rules.languages[lang]);
  if (q.unit) label += " " + (*q.unit)[lang];
  return label;
}

Json Null() { return Json(nullptr); }

// {"id": ..., "label": ...}: an answer the widget offers.
Json Choice(Json id, const std::string& label) {
  Json choice = Json::Object();
  choice["id"] = std::move(id);
  choice["label"] = label;
  return choice;
}

class ResultWriter {
 public:
  ResultWriter(const Ruleset& rules, const Answers& answers, int lang)
      : rules_(rules), answers_(answers), lang_(lang) {}

  Json Write(const Assessment& a) {
    Json out = Json::Object();
    out["ruleset"] = rules_.meta.id;
    out["version"] = rules_.meta.version;
    out["lang"] = rules_.languages[lang_];
    out["complete"] = a.complete;
    out["status"] = a.status >= 0 ? Json(rules_.statuses[a.status].id) : Null();
    out["headline"] = a.status >= 0 ? Headline(rules_.statuses[a.status]) : Null();
    out["rule"] = a.rule >= 0 ? Json(rules_.rules[a.rule].id) : Null();
    for (int kind = 0; kind < kListKinds; ++kind) {
      Json list = Json::Array();
      if (a.outcome >= 0) {
        for (int item : rules_.outcomes[a.outcome].lists[kind]) {
          if ((a.items[kind] >> item) & 1u) list.push_back(ItemJson(rules_.items[kind][item]));
        }
      }
      out[kListNames[kind]] = std::move(list);
    }
    const Item* extra =
        a.extra_insurance >= 0 ? &rules_.extra_insurance[a.extra_insurance] : nullptr;
    out["extra_insurance"] = extra ? Json(extra->id) : Null();
    out["extra_insurance_note"] = extra && extra->title ? Json((*extra->title)[lang_]) : Null();
    out["next"] = Ids(a.next);
    out["asked"] = Ids(a.asked);
    out["explanation"] = Explanation(a);
    if (a.approximate) out["approximate"] = true;
    Json sources = Json::Object();
    for (int c : cited_) sources[rules_.citations[c].id] = CitationJson(rules_.citations[c]);
    out["sources"] = std::move(sources);
    return out;
  }

 private:
  Json Headline(const Item& status) {
    Json h = Json::Object();
    h["title"] = status.title ? Json((*status.title)[lang_]) : Null();
    h["text"] = status.text ? Json((*status.text)[lang_]) : Null();
    return h;
  }

  Json Cite(int citation) {
    if (citation < 0) return Null();
    bool seen = false;
    for (int c : cited_) seen = seen || c == citation;
    if (!seen) cited_.push_back(citation);
    return rules_.citations[citation].id;
  }

  Json ItemJson(const Item& item) {
    Json j = Json::Object();
    j["id"] = item.id;
    j["text"] = item.text ? Json((*item.text)[lang_]) : Null();
    j["source"] = Cite(item.source);
    return j;
  }

  Json Ids(const QuestionList& list) {
    Json ids = Json::Array();
    for (int q : list) ids.push_back(rules_.questions[q].id);
    return ids;
  }

  Json Explanation(const Assessment& a) {
    Json rows = Json::Array();
    const Phrases& p = rules_.phrases;
    for (const Reason& r : Explain(rules_, answers_, a)) {
      const Rule& rule = rules_.rules[r.rule];
      std::string text;
      const char* verdict = "";
      switch (r.verdict) {
        case Verdict::kDecides:
          verdict = "decides";
          text = rule.because[lang_];
          break;
        case Verdict::kNotApplicable:
          verdict = "not_applicable";
          text = Fill(p.not_applicable[lang_], "rule", rule.title[lang_]);
          if (r.question >= 0) {
            text = Fill(text, "question", rules_.questions[r.question].short_label[lang_]);
            text = Fill(text, "answer", AnswerLabel(rules_, r.question, answers_, lang_));
          }
          break;
        case Verdict::kPending:
          verdict = "pending";
          text = Fill(p.pending[lang_], "rule", rule.title[lang_]);
          if (r.question >= 0) {
            text = Fill(text, "question", rules_.questions[r.question].short_label[lang_]);
          }
          break;
        case Verdict::kOverridden:
          verdict = "overridden";
          text = Fill(p.overridden[lang_], "rule", rule.title[lang_]);
          text = Fill(text, "winner", rules_.rules[a.rule].title[lang_]);
          break;
      }
      Json row = Json::Object();
      row["rule"] = rule.id;
      row["verdict"] = verdict;
      row["text"] = text;
      row["source"] = Cite(rule.source);
      rows.push_back(std::move(row));
    }
    Json explanation = Json::Object();
    explanation["intro"] = p.order[lang_];
    explanation["rules"] = std::move(rows);
    return explanation;
  }

  Json CitationJson(const Citation& c) {
    Json j = Json::Object();
    j["section"] = c.section[lang_];
    j["quote"] = c.quote[lang_];
    int original = rules_.LanguageIndex(rules_.meta.source_language);
    if (original >= 0 && original != lang_) j["original"] = c.quote[original];
    return j;
  }

  const Ruleset& rules_;
  const Answers& answers_;
  int lang_;
  std::vector<int> cited_;
};

const char* TypeName(QuestionType type) {
  switch (type) {
    case QuestionType::kChoice: return "choice";
    case QuestionType::kBoolean: return "boolean";
    case QuestionType::kInteger: return "integer";
    case QuestionType::kNumber: return "number";
  }
  return "";
}

}  // namespace

std::string ResultJson(const Ruleset& rules, const Answers& answers, const Assessment& assessment,
                       int lang, int indent) {
  return ResultWriter(rules, answers, lang).Write(assessment).Dump(indent);
}

std::string QuestionsJson(const Ruleset& rules, int lang, int indent) {
  Json list = Json::Array();
  for (const Question& q : rules.questions) {
    Json j = Json::Object();
    j["id"] = q.id;
    j["type"] = TypeName(q.type);
    j["label"] = q.label[lang];
    j["short"] = q.short_label[lang];
    j["help"] = q.help ? Json((*q.help)[lang]) : Null();
    j["unit"] = q.unit ? Json((*q.unit)[lang]) : Null();
    j["invalid"] = q.invalid ? Json((*q.invalid)[lang]) : Null();
    if (q.type == QuestionType::kChoice) {
      Json options = Json::Array();
      for (const Option& o : q.options) options.push_back(Choice(o.id, o.label[lang]));
      j["options"] = std::move(options);
    } else if (q.type == QuestionType::kBoolean) {
      Json options = Json::Array();
      options.push_back(Choice(true, rules.phrases.yes[lang]));
      options.push_back(Choice(false, rules.phrases.no[lang]));
      j["options"] = std::move(options);
    } else {
      j["min"] = q.min ? Json(*q.min) : Null();
      j["max"] = q.max ? Json(*q.max) : Null();
    }
    list.push_back(std::move(j));
  }
  return list.Dump(indent);
}

std::string MetadataJson(const Ruleset& rules, int lang, int indent) {
  const Metadata& m = rules.meta;
  auto date = [](const std::optional<std::string>& d) { return d ? Json(*d) : Null(); };
  Json j = Json::Object();
  j["id"] = m.id;
  j["version"] = m.version;
  j["title"] = m.title[lang];
  j["languages"] = rules.languages;
  Json& source = j["source"];
  source["title"] = m.source_title;
  source["url"] = m.source_url.empty() ? Null() : Json(m.source_url);
  source["language"] = m.source_language;
  source["checked"] = m.source_checked;
  j["valid_from"] = date(m.valid_from);
  j["valid_until"] = date(m.valid_until);
  j["review_by"] = date(m.review_by);
  return j.Dump(indent);
}

}  // namespace couverture
