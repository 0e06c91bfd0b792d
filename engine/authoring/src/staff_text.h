// What the staff-facing texts share (internal): quoting in the staff's language.
#ifndef COUVERTURE_AUTHORING_STAFF_TEXT_H_
#define COUVERTURE_AUTHORING_STAFF_TEXT_H_

#include <string>
#include <string_view>

#include "couverture/authoring/staff_words.h"

namespace couverture::authoring {

// “text” in English, « text » in French (with no-break spaces).
std::string StaffQuote(StaffLanguage lang, std::string_view text);

// The English or the French of a sentence.
inline const char* Pick(StaffLanguage lang, const char* en, const char* fr) {
  return lang == StaffLanguage::kFrench ? fr : en;
}

}  // namespace couverture::authoring

#endif  // COUVERTURE_AUTHORING_STAFF_TEXT_H_
