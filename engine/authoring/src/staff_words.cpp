#include "couverture/authoring/staff_words.h"

#include <string>

#include "staff_text.h"

namespace couverture::authoring {

StaffLanguage StaffLanguageOf(std::string_view tag) {
  bool french = tag.size() >= 2 && (tag[0] == 'f' || tag[0] == 'F') &&
                (tag[1] == 'r' || tag[1] == 'R') && (tag.size() == 2 || tag[2] == '-');
  return french ? StaffLanguage::kFrench : StaffLanguage::kEnglish;
}

std::string StaffQuote(StaffLanguage lang, std::string_view text) {
  if (lang == StaffLanguage::kFrench) return "«\u00a0" + std::string(text) + "\u00a0»";
  return "“" + std::string(text) + "”";
}

}  // namespace couverture::authoring
