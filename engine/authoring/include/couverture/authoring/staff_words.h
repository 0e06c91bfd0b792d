// The language the rules studio speaks to the staff who keep rulesets current: plain sentences
// about JSON syntax, findings and conditions, in English or French (the studio's two languages).
// Texts taken from a ruleset (labels, titles) are in one of its own declared languages instead.
#ifndef COUVERTURE_AUTHORING_STAFF_WORDS_H_
#define COUVERTURE_AUTHORING_STAFF_WORDS_H_

#include <string_view>

namespace couverture::authoring {

enum class StaffLanguage { kEnglish, kFrench };

// "fr", "fr-CA", "FR" → French; anything else English.
StaffLanguage StaffLanguageOf(std::string_view tag);

}  // namespace couverture::authoring

#endif  // COUVERTURE_AUTHORING_STAFF_WORDS_H_
