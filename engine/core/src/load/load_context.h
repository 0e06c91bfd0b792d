// What the ruleset loader's parts share (internal): the model being built, the errors found so
// far, and readers that check a JSON value's type before they read it, report every problem with
// its path and carry on, so that an author sees all the mistakes at once.
#ifndef COUVERTURE_CORE_LOAD_CONTEXT_H_
#define COUVERTURE_CORE_LOAD_CONTEXT_H_

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "couverture/detail/json_document.h"
#include "couverture/detail/model.h"
#include "couverture/error.h"

namespace couverture::detail {

class LoadContext {
 public:
  Model model;
  Errors errors;

  void Fail(std::string path, std::string message);

  // Keys starting with '$' are left to editors and authors ("$schema", "$comment").
  // Every string of `value`, key or value, at any depth (those under "$" keys too, which the rest
  // of the loader skips), is at most limits::kTextBytes.
  void CheckStringSizes(const Json& value, const std::string& path);
  void CheckKeys(const Json& object, const std::string& path,
                 std::initializer_list<std::string_view> allowed);

  const Json* Required(const Json& object, const std::string& path, std::string_view key);
  const Json* Optional(const Json& object, std::string_view key);  // absent or null: nullptr
  const Json* ReadArray(const Json& object, const std::string& path, std::string_view key,
                        bool required = true);
  const Json* ReadObject(const Json& object, const std::string& path, std::string_view key,
                         bool required = true);
  std::string ReadString(const Json& object, const std::string& path, std::string_view key,
                         bool required = true);
  // Letters, digits, '_' and '-', at most limits::kIdBytes.
  std::string ReadId(const Json& object, const std::string& path, std::string_view key);
  bool CheckId(std::string_view id, const std::string& path);
  std::optional<std::string> ReadDate(const Json& object, const std::string& path,
                                      std::string_view key, bool required = false);

  // A text is an object with one non-empty string per declared language. Texts may name
  // parameters ({cvec_amount}); phrases also their own placeholders ({rule}...); quotes are the
  // source's words, shown as written.
  enum class Placeholders { kParameters, kPhrase, kNone };
  Text ReadText(const Json& object, const std::string& path, std::string_view key,
                Placeholders placeholders = Placeholders::kParameters);
  std::optional<Text> ReadOptionalText(const Json& object, const std::string& path,
                                       std::string_view key);
  Text ReadTextValue(const Json& value, const std::string& path,
                     Placeholders placeholders = Placeholders::kParameters);

  // More than `limit` entries is an error at `path`; returns whether it fits.
  bool WithinLimit(std::size_t count, int limit, const std::string& path, const char* what);

  // Every text read, for checking its placeholders once the parameters are known.
  struct TextRead {
    std::string path;
    Text text;
    Placeholders placeholders;
  };
  std::vector<TextRead> texts;
};

// The parts of a ruleset, in the order LoadRuleset reads them.
void ReadSources(LoadContext& c, const Json& root);  // format 2 "sources", or format 1 "source"
void ReadCitations(LoadContext& c, const Json& root);
void ReadParameters(LoadContext& c, const Json& root);
void ReadQuestions(LoadContext& c, const Json& root);
void ReadDecisions(LoadContext& c, const Json& root);     // format 2 "decisions"
void ReadMainDecision(LoadContext& c, const Json& root);  // format 1 "rules" and "outcomes"
void CheckDecisionCycles(LoadContext& c);
void CheckPlaceholders(LoadContext& c);

// A condition ("when", "applies"): the index of its root in model.conditions, or -1 on errors.
int ReadCondition(LoadContext& c, const Json& json, const std::string& path, int depth);

}  // namespace couverture::detail

#endif  // COUVERTURE_CORE_LOAD_CONTEXT_H_
