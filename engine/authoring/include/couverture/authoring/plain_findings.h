// Findings in plain words for the staff who keep rulesets current. The verifier's messages
// (verify.h) are precise and name ids and JSON paths, for authors fluent in the format; these say
// where, in the ruleset's own names ("“CVEC”, row 5 “Other students”"), what it means for students
// and what to do, in English or French. The precise message stays the reference: the studio
// shows it on demand.
#ifndef COUVERTURE_AUTHORING_PLAIN_FINDINGS_H_
#define COUVERTURE_AUTHORING_PLAIN_FINDINGS_H_

#include <optional>
#include <string>
#include <string_view>

#include "couverture/authoring/json_syntax.h"
#include "couverture/authoring/staff_words.h"
#include "couverture/authoring/verify.h"
#include "couverture/error.h"
#include "couverture/ruleset.h"

namespace couverture::authoring {

struct PlainFinding {
  std::string place;  // where, in names
  std::string text;   // what it means and what to do
  // For malformed JSON: the place to fix (line, column), which may come before where the
  // engine's reader stopped.
  std::optional<JsonSyntaxHint> syntax;
};

// A finding of Verify(), names in the ruleset's language `lang` (an index of its languages).
PlainFinding ExplainFinding(const Ruleset& rules, const Finding& finding, int lang,
                            StaffLanguage staff);

// A load error of the ruleset whose text is `text` (it did not load, so places are numbered).
PlainFinding ExplainLoadError(std::string_view text, const Error& error, StaffLanguage staff);

// Each finding of `verification` in plain words, in its order: [{place, text}].
std::string PlainFindingsJson(const Ruleset& rules, const Verification& verification, int lang,
                              StaffLanguage staff);

// Each load error with its plain words: [{path, message, place, text, line, column}], `line` and
// `column` (the place to fix) null but for malformed JSON.
std::string PlainLoadErrorsJson(std::string_view text, const Errors& errors, StaffLanguage staff);

}  // namespace couverture::authoring

#endif  // COUVERTURE_AUTHORING_PLAIN_FINDINGS_H_
