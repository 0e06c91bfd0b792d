// Every text of a ruleset in every declared language, with whose text it is and what uses it:
// the rules studio's Texts view, where staff find a sentence by what it says, edit it beside its
// translations and see at once where it shows.
#ifndef COUVERTURE_AUTHORING_TEXT_CATALOG_H_
#define COUVERTURE_AUTHORING_TEXT_CATALOG_H_

#include <string>

#include "couverture/authoring/staff_words.h"
#include "couverture/ruleset.h"

namespace couverture::authoring {

// {languages: [tag], texts: [{path, group, owner, owner_path, field, texts: {tag: text},
//   uses: [{path, name}]}]}. `path` is the text object's JSON pointer (its languages are its
// members); groups: "ruleset", "phrases", "parameters", "questions", "decisions", "citations".
// Uses: the rows that test a question or an option, list an outcome, cite a quote; the texts that
// name a dated value whose note it is. Names in language `lang`, the staff's words in `staff`'s.
std::string TextCatalogJson(const Ruleset& rules, int lang, StaffLanguage staff);

}  // namespace couverture::authoring

#endif  // COUVERTURE_AUTHORING_TEXT_CATALOG_H_
