#include "couverture/language.h"

#include <string>

#include "couverture/detail/json_document.h"

namespace couverture {
namespace {

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool SameIgnoringCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (Lower(a[i]) != Lower(b[i])) return false;
  }
  return true;
}

std::string_view Primary(std::string_view tag) { return tag.substr(0, tag.find('-')); }

}  // namespace

std::optional<int> MatchLanguage(const Ruleset& rules, std::string_view tag) {
  const std::vector<std::string>& languages = rules.languages();
  for (std::size_t i = 0; i < languages.size(); ++i) {
    if (SameIgnoringCase(languages[i], tag)) return static_cast<int>(i);
  }
  for (std::size_t i = 0; i < languages.size(); ++i) {
    if (!tag.empty() && SameIgnoringCase(Primary(languages[i]), Primary(tag))) {
      return static_cast<int>(i);
    }
  }
  return std::nullopt;
}

Result<int> ResolveLanguage(const Ruleset& rules, std::string_view tag) {
  if (std::optional<int> index = MatchLanguage(rules, tag)) return *index;
  std::string known;
  for (const std::string& l : rules.languages()) known += (known.empty() ? "" : ", ") + l;
  return Error{"", "unknown language " + detail::Quoted(tag) + " (the ruleset has " + known + ")"};
}

}  // namespace couverture
