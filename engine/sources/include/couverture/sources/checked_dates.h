// Setting sources' `checked` dates in a ruleset's own text: each date string is replaced where it
// stands, so every other byte of the file (layout, key order, escapes, comments in "$comment")
// stays as the author wrote it and version control shows only the dates.
#ifndef COUVERTURE_SOURCES_CHECKED_DATES_H_
#define COUVERTURE_SOURCES_CHECKED_DATES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "couverture/error.h"

namespace couverture::sources {

// `sources` are indexes in /sources (format 2), or {0} for format 1's /source. The text must be a
// ruleset that loads; each of those `checked` values must be written without escapes.
Result<std::string> SetCheckedDates(std::string_view ruleset,
                                    const std::vector<std::size_t>& sources,
                                    const std::string& date);

}  // namespace couverture::sources

#endif  // COUVERTURE_SOURCES_CHECKED_DATES_H_
