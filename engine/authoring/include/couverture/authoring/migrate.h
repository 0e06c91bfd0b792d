// Rewriting a format 1 ruleset as format 2: its one table becomes the decision "main", its one
// source the source "source". The rewritten ruleset decides exactly as the original does.
#ifndef COUVERTURE_AUTHORING_MIGRATE_H_
#define COUVERTURE_AUTHORING_MIGRATE_H_

#include <string>
#include <string_view>

#include "couverture/error.h"

namespace couverture::authoring {

// The ruleset's text in format 2, indented two spaces a level; a format 2 ruleset comes back as it
// is. Errors: the ruleset does not load (every error, with its path).
Result<std::string> MigrateToFormat2(std::string_view json);

}  // namespace couverture::authoring

#endif  // COUVERTURE_AUTHORING_MIGRATE_H_
