// Where a JSON pointer into a ruleset points, in words for staff (internal): the ruleset's own
// names ("CVEC, row 5 “Other students”") when it is loaded, numbers ("Decision 2, row 5") when not.
#ifndef COUVERTURE_AUTHORING_PLACE_NAMES_H_
#define COUVERTURE_AUTHORING_PLACE_NAMES_H_

#include <string>
#include <string_view>
#include <vector>

#include "couverture/authoring/staff_words.h"
#include "couverture/detail/model.h"

namespace couverture::authoring {

// RFC 6901 reference tokens, unescaped.
std::vector<std::string> PointerTokens(std::string_view pointer);

// A place in a loaded ruleset, its names in the ruleset's language `lang`.
std::string PlaceName(const detail::Model& model, std::string_view pointer, int lang,
                      StaffLanguage staff);

// A place in a ruleset that does not load: from the pointer alone.
std::string PlaceOfPointer(std::string_view pointer, StaffLanguage staff);

// "row 5 “Other students”": a row as staff number them (from 1), with its title.
std::string RowWords(const detail::Model& model, int decision, int row, int lang,
                     StaffLanguage staff);

// Which decision and row a pointer names ("/decisions/1/rules/4/when", format 1's "/rules/4");
// false when it names neither.
bool RowOfPointer(const detail::Model& model, std::string_view pointer, int& decision, int& row);

}  // namespace couverture::authoring

#endif  // COUVERTURE_AUTHORING_PLACE_NAMES_H_
