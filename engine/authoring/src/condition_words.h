// Conditions in words (internal): what a row tests, as a decision table's cell shows it to staff.
// Option labels and units come from the ruleset in its language `lang`; the connecting words
// ("more than", "or", "not") are the staff's.
#ifndef COUVERTURE_AUTHORING_CONDITION_WORDS_H_
#define COUVERTURE_AUTHORING_CONDITION_WORDS_H_

#include <string>
#include <vector>

#include "couverture/authoring/staff_words.h"
#include "couverture/detail/model.h"

namespace couverture::authoring {

// One test without its question's name: "more than 28 years", "Swiss citizen or British
// citizen", "Yes", "not “Quebec”"; a decision test: "Health: Register or Covered".
std::string TestWords(const detail::Model& model, const detail::Test& test, int lang,
                      StaffLanguage staff);

// Tests on one question, all of which must hold: "18 years or more and less than 26 years".
std::string TestsWords(const detail::Model& model, const std::vector<int>& tests, int lang,
                       StaffLanguage staff);

// A whole condition with the questions' short names: "Origin: Swiss citizen and (Age: more than
// 28 or not Enrolled: Yes)".
std::string ConditionWords(const detail::Model& model, int condition, int lang,
                           StaffLanguage staff);

// The tests below a condition, in order.
std::vector<int> TestsOf(const detail::Model& model, int condition);

// "A, B or C" / "A, B ou C".
std::string OrList(const std::vector<std::string>& items, StaffLanguage staff);

}  // namespace couverture::authoring

#endif  // COUVERTURE_AUTHORING_CONDITION_WORDS_H_
