// LoadRuleset: the document's top level, then its parts (load_*.cpp), then the compiled forms the
// engine evaluates with (classes, the question flow).
#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "couverture/detail/classes.h"
#include "couverture/detail/flow.h"
#include "couverture/limits.h"
#include "couverture/ruleset.h"
#include "load_context.h"

namespace couverture {
namespace detail {
namespace {

// A language tag as BCP 47 writes one and as browsers' Intl takes it (ECMA-402 reads a Unicode
// locale identifier; anything else throws "Invalid language tag" where the widget formats a date
// or a number): a language of 2-3 or 5-8 letters, then optionally a script (4 letters), a region
// (2 letters or 3 digits) and distinct variants (5-8 letters or digits, or a digit and 3 more), in
// that order; at most 12 characters. Extensions and private use (-u-..., -x-...) name no language.
bool IsLanguageTag(std::string_view tag) {
  if (tag.size() < 2 || tag.size() > 12) return false;
  int stage =
      0;  // what the next subtag may be: 0 the language, 1 a script, 2 a region, 3 a variant
  std::string_view variant;
  for (std::size_t start = 0; start <= tag.size();) {
    std::size_t end = std::min(tag.find('-', start), tag.size());
    std::string_view sub = tag.substr(start, end - start);
    std::size_t n = sub.size(), letters = 0, digits = 0;
    for (char c : sub) {
      letters += (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
      digits += c >= '0' && c <= '9';
    }
    bool variant_shape = (n >= 5 && n <= 8) || (n == 4 && sub[0] >= '0' && sub[0] <= '9');
    if (n == 0 || letters + digits != n) return false;
    if (stage == 0) {
      if (letters != n || !(n == 2 || n == 3 || (n >= 5 && n <= 8))) return false;
      stage = 1;
    } else if (stage == 1 && n == 4 && letters == 4) {
      stage = 2;  // a script
    } else if (stage <= 2 && ((n == 2 && letters == 2) || (n == 3 && digits == 3))) {
      stage = 3;  // a region
    } else if (variant_shape) {
      // Twelve characters hold two variants at most: only the one before can repeat it.
      bool repeated = variant.size() == n;
      for (std::size_t i = 0; repeated && i < n; ++i)
        repeated = (variant[i] | 0x20) == (sub[i] | 0x20);
      if (repeated) return false;
      variant = sub;
      stage = 3;
    } else {
      return false;
    }
    start = end + 1;
  }
  return true;
}

void ReadLanguages(LoadContext& c, const Json& root) {
  const Json* languages = c.ReadArray(root, "", "languages");
  if (!languages) return;
  if (Elements(*languages).empty()) c.Fail("/languages", "declare at least one language");
  if (!c.WithinLimit(Elements(*languages).size(), limits::kLanguages, "/languages", "languages")) {
    return;
  }
  for (std::size_t i = 0; i < Elements(*languages).size(); ++i) {
    const Json& lang = Elements(*languages)[i];
    std::string path = JoinPath("/languages", i);
    if (!lang.is_string() || !IsLanguageTag(StringOf(lang))) {
      c.Fail(path,
             "expected a language tag such as \"en\" or \"fr-CA\" (BCP 47, at most 12 "
             "characters), got " +
                 (lang.is_string() ? Quoted(StringOf(lang)) : TypeName(lang)));
    } else if (c.model.LanguageIndex(StringOf(lang)) >= 0) {
      c.Fail(path, "duplicate language " + Quoted(StringOf(lang)));
    } else {
      c.model.languages.push_back(StringOf(lang));
      c.model.number_formats.push_back(DefaultNumberFormat(StringOf(lang)));
    }
  }
}

void ReadPhrases(LoadContext& c, const Json& root) {
  const Json* phrases = c.ReadObject(root, "", "phrases");
  if (!phrases) return;
  bool format2 = c.model.meta.format == 2;
  if (format2) {
    c.CheckKeys(*phrases, "/phrases",
                {"yes", "no", "not_applicable", "overridden", "pending", "order", "university",
                 "inference"});
  } else {
    c.CheckKeys(*phrases, "/phrases",
                {"yes", "no", "not_applicable", "overridden", "pending", "order"});
  }
  Phrases& p = c.model.phrases;
  p.yes = c.ReadText(*phrases, "/phrases", "yes", LoadContext::Placeholders::kPhrase);
  p.no = c.ReadText(*phrases, "/phrases", "no", LoadContext::Placeholders::kPhrase);
  p.not_applicable =
      c.ReadText(*phrases, "/phrases", "not_applicable", LoadContext::Placeholders::kPhrase);
  p.overridden = c.ReadText(*phrases, "/phrases", "overridden", LoadContext::Placeholders::kPhrase);
  p.pending = c.ReadText(*phrases, "/phrases", "pending", LoadContext::Placeholders::kPhrase);
  p.order = c.ReadText(*phrases, "/phrases", "order", LoadContext::Placeholders::kPhrase);
  if (format2) {
    p.university = c.ReadOptionalText(*phrases, "/phrases", "university");
    p.inference = c.ReadOptionalText(*phrases, "/phrases", "inference");
  }
}

// Format 2: {"fr-CA": {"decimal": ",", "group": " ", "amount": "{number} {symbol}"}} over the
// built-in conventions of each declared language.
void ReadNumberFormats(LoadContext& c, const Json& root) {
  const Json* formats = c.ReadObject(root, "", "number_formats", /*required=*/false);
  if (!formats) return;
  for (const auto& [tag, json] : Members(*formats)) {
    std::string path = JoinPath("/number_formats", tag);
    int lang = c.model.LanguageIndex(tag);
    if (lang < 0) {
      c.Fail(path, "language " + Quoted(tag) + " is not declared in /languages");
      continue;
    }
    if (!json.is_object()) {
      c.Fail(path, "expected an object, got " + TypeName(json));
      continue;
    }
    c.CheckKeys(json, path, {"decimal", "group", "min_grouping", "amount", "percent"});
    NumberFormat& format = c.model.number_formats[lang];
    for (auto [key, field] : {std::pair<const char*, std::string*>{"decimal", &format.decimal},
                              {"group", &format.group},
                              {"amount", &format.amount},
                              {"percent", &format.percent}}) {
      if (!c.Optional(json, key)) continue;
      std::string value = c.ReadString(json, path, key);
      bool separator = std::string_view(key) == "decimal" || std::string_view(key) == "group";
      if (separator && value.size() > 8) {
        c.Fail(JoinPath(path, key), "at most 8 bytes");
      } else if ((std::string_view(key) == "amount" || std::string_view(key) == "percent") &&
                 value.find("{number}") == std::string::npos) {
        c.Fail(JoinPath(path, key), "must contain {number}");
      } else {
        *field = value;
      }
    }
    if (const Json* grouping = c.Optional(json, "min_grouping")) {
      if (!IsInteger(*grouping) || NumberOf(*grouping) < 1 || NumberOf(*grouping) > 9) {
        c.Fail(JoinPath(path, "min_grouping"), "expected an integer from 1 to 9");
      } else {
        format.min_grouping = static_cast<int>(NumberOf(*grouping));
      }
    }
  }
}

void Load(LoadContext& c, const Json& root) {
  if (!root.is_object()) {
    return c.Fail("", "a ruleset must be a JSON object, got " + TypeName(root));
  }
  c.CheckStringSizes(root, "");
  if (const Json* format = c.Required(root, "", "format")) {
    if (!IsInteger(*format) || (NumberOf(*format) != 1 && NumberOf(*format) != 2)) {
      return c.Fail("/format", "formats 1 and 2 are supported (engine/README.md)");
    }
    c.model.meta.format = static_cast<int>(NumberOf(*format));
  } else {
    return;
  }
  bool format2 = c.model.meta.format == 2;
  if (format2) {
    c.CheckKeys(root, "",
                {"format", "id", "version", "title", "notice", "languages", "sources", "valid_from",
                 "valid_until", "review_by", "phrases", "number_formats", "parameters", "questions",
                 "decisions", "citations"});
  } else {
    c.CheckKeys(
        root, "",
        {"format", "id", "version", "title", "notice", "languages", "source", "valid_from",
         "valid_until", "review_by", "phrases", "questions", "rules", "outcomes", "citations"});
  }
  ReadLanguages(c, root);
  if (c.model.languages.empty()) return;  // every text depends on them
  Metadata& meta = c.model.meta;
  meta.id = c.ReadId(root, "", "id");
  meta.version = c.ReadString(root, "", "version", /*required=*/false);
  meta.title = c.ReadText(root, "", "title");
  meta.notice = c.ReadOptionalText(root, "", "notice");
  ReadSources(c, root);
  meta.valid_from = c.ReadDate(root, "", "valid_from");
  meta.valid_until = c.ReadDate(root, "", "valid_until");
  meta.review_by = c.ReadDate(root, "", "review_by");
  if (meta.valid_from && meta.valid_until && *meta.valid_from > *meta.valid_until) {
    c.Fail("/valid_until", "is before valid_from");
  }
  ReadPhrases(c, root);
  if (format2) ReadNumberFormats(c, root);
  ReadCitations(c, root);
  if (format2) ReadParameters(c, root);
  ReadQuestions(c, root);
  if (format2) {
    ReadDecisions(c, root);
  } else {
    ReadMainDecision(c, root);
  }
  CheckDecisionCycles(c);
  CheckPlaceholders(c);
}

int IndexIn(const std::vector<std::string>& ids, std::string_view id) {
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (ids[i] == id) return static_cast<int>(i);
  }
  return -1;
}

template <typename T>
int IndexById(const std::vector<T>& items, std::string_view id) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

int Question::OptionIndex(std::string_view option_id) const {
  return IndexById(options, option_id);
}
int Model::QuestionIndex(std::string_view id) const { return IndexById(questions, id); }
int Model::LanguageIndex(std::string_view tag) const { return IndexIn(languages, tag); }
int Model::DecisionIndex(std::string_view id) const { return IndexById(decisions, id); }
int Model::CitationIndex(std::string_view id) const { return IndexById(citations, id); }
int Model::ParameterIndex(std::string_view id) const { return IndexById(parameters, id); }

}  // namespace detail

const std::string& Ruleset::id() const { return model_->meta.id; }
const std::string& Ruleset::version() const { return model_->meta.version; }
int Ruleset::format() const { return model_->meta.format; }
const std::vector<std::string>& Ruleset::languages() const { return model_->languages; }
std::size_t Ruleset::question_count() const { return model_->questions.size(); }
const std::string& Ruleset::question_id(std::size_t index) const {
  return model_->questions[index].id;
}
std::optional<std::size_t> Ruleset::FindQuestion(std::string_view id) const {
  int index = model_->QuestionIndex(id);
  return index < 0 ? std::nullopt : std::optional<std::size_t>(static_cast<std::size_t>(index));
}
std::size_t Ruleset::decision_count() const { return model_->decisions.size(); }
const std::string& Ruleset::decision_id(std::size_t index) const {
  return model_->decisions[index].id;
}

Result<Ruleset> LoadRuleset(std::string_view json) {
  Result<detail::Json> parsed =
      detail::ParseJson(json, {limits::kRulesetBytes, limits::kJsonDepth, "ruleset"});
  if (!parsed.ok()) return parsed.errors();
  detail::LoadContext context;
  detail::Load(context, parsed.value());
  if (!context.errors.empty()) return std::move(context.errors);
  auto model = std::make_shared<detail::Model>(std::move(context.model));
  model->classes = detail::ComputeClasses(*model);
  model->flow = detail::BuildFlow(*model, Answers{});
  return detail::ModelAccess::Wrap(std::move(model));
}

}  // namespace couverture
