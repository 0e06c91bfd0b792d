// Dated values (format 2's `parameters`) as the rules studio's Parameters form shows them: each
// value with its periods, what each period's value reads as, the quote it rests on and where the
// value shows; and the citations and sources a new period may rest on.
#ifndef COUVERTURE_AUTHORING_PARAMETER_PERIODS_H_
#define COUVERTURE_AUTHORING_PARAMETER_PERIODS_H_

#include <string>

#include "couverture/authoring/staff_words.h"
#include "couverture/ruleset.h"

namespace couverture::authoring {

// {parameters: [{id, path, type, currency, shown_in: [{path, name}], periods: [{from, until,
//   value, shown, carried_forward, label, note, citation, path}]}],
//  citations: [{id, section, source, basis, path}], sources: [{id, title, url, publisher,
//  language, checked, path}]}. `shown`: the value as language `lang` writes it ("105 €"), a
// carried-forward period's being the previous one's; `label` and `note` in that language;
// `until`: the next period's start ("" for the last).
std::string ParameterPeriodsJson(const Ruleset& rules, int lang, StaffLanguage staff);

}  // namespace couverture::authoring

#endif  // COUVERTURE_AUTHORING_PARAMETER_PERIODS_H_
