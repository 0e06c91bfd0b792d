// Each decision as a grid, as decision-table modelers (DMN) show one: a row per rule in order, a
// column per question its rows test, each cell the condition in words with the JSON pointer it is
// written at, then the outcome. The rules studio draws and edits its decision tables from it.
#ifndef COUVERTURE_AUTHORING_DECISION_GRID_H_
#define COUVERTURE_AUTHORING_DECISION_GRID_H_

#include <string>

#include "couverture/authoring/staff_words.h"
#include "couverture/ruleset.h"

namespace couverture::authoring {

// {decisions: [{id, title, path, applies: {text, path} | null, columns: [question id],
//   other: bool, rows: [{id, title, because, path, default, cells: {question: {text, path}},
//   other: [{text, path}], status, lists: {documents: [id], ...}, extra, citation}],
//   statuses: [{id, title, path}], lists: {documents: [{id, title, text, path}], ...},
//   extras: [...]}],
//  questions: [{id, type, short, label, options: [{id, label}], min, max, path}],
//  citations: [{id, section, source, basis, path}]}
// Texts in the ruleset's language `lang`; connecting words ("more than", "or") in `staff`'s. A
// cell is a question's tests written directly in `when` ("age": {">": 28}); anything else (all,
// any, not, decision tests) is an `other` cell of its row, in words.
std::string DecisionGridJson(const Ruleset& rules, int lang, StaffLanguage staff);

}  // namespace couverture::authoring

#endif  // COUVERTURE_AUTHORING_DECISION_GRID_H_
