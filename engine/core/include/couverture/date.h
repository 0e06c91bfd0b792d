// Calendar dates as rulesets write them (YYYY-MM-DD). The engine never reads the clock: callers
// pass the date an assessment or a verification is made at.
#ifndef COUVERTURE_DATE_H_
#define COUVERTURE_DATE_H_

#include <optional>
#include <string>
#include <string_view>

namespace couverture {

class Date {
 public:
  // A real calendar date from 0001-01-01 to 9999-12-31, or nullopt.
  static std::optional<Date> Parse(std::string_view iso);

  const std::string& iso() const { return iso_; }
  // ISO dates order as their text does.
  bool operator<(const Date& other) const { return iso_ < other.iso_; }
  bool operator<=(const Date& other) const { return iso_ <= other.iso_; }
  bool operator==(const Date& other) const { return iso_ == other.iso_; }
  bool operator!=(const Date& other) const { return iso_ != other.iso_; }

 private:
  explicit Date(std::string iso) : iso_(std::move(iso)) {}
  std::string iso_;
};

}  // namespace couverture

#endif  // COUVERTURE_DATE_H_
