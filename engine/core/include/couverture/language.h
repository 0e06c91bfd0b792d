// Choosing one of a ruleset's languages from a tag a caller gives ("fr", "fr-CA", "FR").
// The CLI's --lang, the WebAssembly API's lang and the element's lang all go through here.
#ifndef COUVERTURE_LANGUAGE_H_
#define COUVERTURE_LANGUAGE_H_

#include <optional>
#include <string_view>

#include "couverture/error.h"
#include "couverture/ruleset.h"

namespace couverture {

// The declared language the tag names: the same tag (ignoring case), else the declared tag with
// the same primary language ("fr-CA" finds "fr", "fr" finds "fr-CA"). nullopt when none does.
std::optional<int> MatchLanguage(const Ruleset& rules, std::string_view tag);

// The same, with the one error every edge reports: unknown language "de" (the ruleset has en, fr).
Result<int> ResolveLanguage(const Ruleset& rules, std::string_view tag);

}  // namespace couverture

#endif  // COUVERTURE_LANGUAGE_H_
