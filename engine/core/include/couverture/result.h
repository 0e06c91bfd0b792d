// The JSON that the CLI prints and the WebAssembly API returns
// (engine/README.md#the-result-format). A renderer holds a ruleset's texts in one language at one
// date, with their parameters filled in, so that each result only adds what depends on the answers.
#ifndef COUVERTURE_RESULT_H_
#define COUVERTURE_RESULT_H_

#include <memory>
#include <string>

#include "couverture/answers.h"
#include "couverture/assess.h"
#include "couverture/date.h"
#include "couverture/error.h"
#include "couverture/ruleset.h"

namespace couverture {

namespace detail {
struct Catalog;
}

class ResultRenderer {
 public:
  // Fails when a parameter the texts use has no value at `date`.
  static Result<ResultRenderer> Make(const Ruleset& rules, int lang, const Date& date);

  // The whole result.
  std::string ResultJson(const Answers& answers, const Assessment& assessment,
                         int indent = -1) const;

  // The same result in parts, for the WebAssembly API, which joins them in wasm/api.js:
  // - the catalog: every text, once per language and date;
  // - the plan: what answers select from the catalog, and the explanation's sentences, with a
  //   hole for each numeric answer's display text ("30 years"). The same for every answer set
  //   whose answers fall in the same classes (see PlanKey): it can be kept and reused;
  // - the holes' texts for given answers.
  const std::string& CatalogJson() const;
  std::string PlanJson(const Answers& answers) const;
  std::string HolesJson(const Answers& answers) const;
  // Which questions are answered and the class of each answer: what the plan depends on.
  std::string PlanKey(const Answers& answers) const;

  // The questions with their types, domains and texts; the ruleset's metadata.
  std::string QuestionsJson(int indent = -1) const;
  std::string MetadataJson(int indent = -1) const;

 private:
  ResultRenderer(Ruleset rules, std::shared_ptr<const detail::Catalog> catalog)
      : rules_(std::move(rules)), catalog_(std::move(catalog)) {}
  Ruleset rules_;
  std::shared_ptr<const detail::Catalog> catalog_;
};

}  // namespace couverture

#endif  // COUVERTURE_RESULT_H_
