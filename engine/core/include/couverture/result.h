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

  // The same result as a template and its holes, for the WebAssembly API (wasm/api.js), which
  // keeps a template for every answer set of the same classes:
  // - the template: ResultJson's text, with each numeric answer's display text ("30 years") in
  //   the explanations' sentences left as a hole: the character U+0001 (which no ruleset text
  //   can hold) and the question's number in two digits, "\u000104" in the JSON text;
  // - the holes' texts for given answers, by question number: {"4": "30 years"};
  // - the key: which questions are answered and the class of each answer, what the template
  //   depends on. Two answer sets with the same key get the same template.
  std::string ResultTemplateJson(const Answers& answers) const;
  std::string HolesJson(const Answers& answers) const;
  std::string TemplateKey(const Answers& answers) const;

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
