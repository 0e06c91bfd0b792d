// The JSON that the CLI prints and the WebAssembly API returns: one format, one implementation.
#ifndef COUVERTURE_RENDER_JSON_H_
#define COUVERTURE_RENDER_JSON_H_

#include <string>

#include "couverture/answers.h"
#include "couverture/assess.h"
#include "couverture/ruleset.h"

namespace couverture {

// The result of an assessment with its texts in language `lang` (see engine/README.md).
std::string ResultJson(const Ruleset& rules, const Answers& answers, const Assessment& assessment,
                       int lang, int indent = -1);

// The questions with their types, domains and texts in `lang`, in table order.
std::string QuestionsJson(const Ruleset& rules, int lang, int indent = -1);

// id, version, title, languages, source, validity.
std::string MetadataJson(const Ruleset& rules, int lang, int indent = -1);

}  // namespace couverture

#endif  // COUVERTURE_RENDER_JSON_H_
