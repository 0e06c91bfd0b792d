// A compiled ruleset: loaded and checked once, then immutable. Callers see its identity and its
// vocabulary (languages, question and decision ids); the compiled model behind it (conditions,
// the question flow) is the engine's own. Copies are cheap and share the model.
#ifndef COUVERTURE_RULESET_H_
#define COUVERTURE_RULESET_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "couverture/error.h"

namespace couverture {

namespace detail {
struct Model;
struct ModelAccess;
}  // namespace detail

class Ruleset {
 public:
  const std::string& id() const;
  const std::string& version() const;
  int format() const;  // 1 or 2, as written
  // Language tags in declared order; the first is the default.
  const std::vector<std::string>& languages() const;

  std::size_t question_count() const;
  const std::string& question_id(std::size_t index) const;
  std::optional<std::size_t> FindQuestion(std::string_view id) const;

  // Decisions in declared order; the first is the headline. A format 1 ruleset has one, "main".
  std::size_t decision_count() const;
  const std::string& decision_id(std::size_t index) const;

 private:
  friend struct detail::ModelAccess;
  explicit Ruleset(std::shared_ptr<const detail::Model> model) : model_(std::move(model)) {}
  std::shared_ptr<const detail::Model> model_;
};

// Parses, validates and compiles a ruleset of format 1 or 2 (engine/README.md). Every problem is
// reported with its JSON path; malformed JSON with its line and column.
Result<Ruleset> LoadRuleset(std::string_view json);

// The ruleset compiled into the library (the university's student-services page), compact.
std::string_view DefaultRulesetJson();

}  // namespace couverture

#endif  // COUVERTURE_RULESET_H_
