// nlohmann/json's SAX parser reads the ruleset through an iterator that publishes how far it has
// read, so a string event knows where its closing quote is: the date is replaced there.
#include "couverture/sources/checked_dates.h"

#include <iterator>
#include <nlohmann/json.hpp>
#include <set>

namespace couverture::sources {
namespace {

// A const char* that writes its position to `*cursor` whenever it moves.
struct CountingIterator {
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  const char* at;
  const char** cursor;

  reference operator*() const { return *at; }
  CountingIterator& operator++() {
    *cursor = ++at;
    return *this;
  }
  CountingIterator operator++(int) {
    CountingIterator before = *this;
    ++*this;
    return before;
  }
  bool operator==(const CountingIterator& other) const { return at == other.at; }
  bool operator!=(const CountingIterator& other) const { return at != other.at; }
};

// Finds the `checked` strings of /sources/<i> (or /source) and where they end.
class CheckedFinder : public nlohmann::json::json_sax_t {
 public:
  CheckedFinder(const char* const* cursor, const char* base) : cursor_(cursor), base_(base) {}

  struct Found {
    std::size_t source;
    bool format1;
    std::size_t end;  // the offset just past the closing quote
    std::string value;
  };
  std::vector<Found> found;

  bool null() override { return Value(); }
  bool boolean(bool) override { return Value(); }
  bool number_integer(number_integer_t) override { return Value(); }
  bool number_unsigned(number_unsigned_t) override { return Value(); }
  bool number_float(number_float_t, const string_t&) override { return Value(); }
  bool binary(binary_t&) override { return Value(); }
  bool string(string_t& value) override {
    Segment();
    // /sources/<i>/checked or /source/checked
    // (path_[0] is the root's empty segment.)
    bool format2 = path_.size() == 4 && path_[1] == "sources" && path_[3] == "checked";
    bool format1 = path_.size() == 3 && path_[1] == "source" && path_[2] == "checked";
    if (format2 || format1) {
      found.push_back({format2 ? std::stoul(path_[2]) : 0, format1,
                       static_cast<std::size_t>(*cursor_ - base_), value});
    }
    path_.pop_back();
    return true;
  }
  bool start_object(std::size_t) override {
    Segment();
    frames_.push_back({false, 0});
    return true;
  }
  bool key(string_t& key) override {
    key_ = key;
    return true;
  }
  bool end_object() override { return End(); }
  bool start_array(std::size_t) override {
    Segment();
    frames_.push_back({true, 0});
    return true;
  }
  bool end_array() override { return End(); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    return false;
  }

 private:
  struct Frame {
    bool array;
    std::size_t next;
  };
  // The path segment of the value that starts now.
  void Segment() {
    if (frames_.empty()) {
      path_.emplace_back("");
    } else if (frames_.back().array) {
      path_.push_back(std::to_string(frames_.back().next++));
    } else {
      path_.push_back(key_);
    }
  }
  bool Value() {
    Segment();
    path_.pop_back();
    return true;
  }
  bool End() {
    frames_.pop_back();
    path_.pop_back();
    return true;
  }

  const char* const* cursor_;
  const char* base_;
  std::vector<Frame> frames_;
  std::vector<std::string> path_;
  std::string key_;
};

std::string CheckedPath(bool format1, std::size_t source) {
  return format1 ? "/source/checked" : "/sources/" + std::to_string(source) + "/checked";
}

}  // namespace

Result<std::string> SetCheckedDates(std::string_view ruleset,
                                    const std::vector<std::size_t>& sources,
                                    const std::string& date) {
  const char* cursor = ruleset.data();
  CheckedFinder finder(&cursor, ruleset.data());
  CountingIterator first{ruleset.data(), &cursor};
  CountingIterator last{ruleset.data() + ruleset.size(), &cursor};
  if (!nlohmann::json::sax_parse(first, last, &finder)) {
    return Error{"", "the ruleset is not valid JSON"};
  }
  std::set<std::size_t> wanted(sources.begin(), sources.end());
  std::string out(ruleset);
  // From the end, so that earlier offsets stay valid as dates change length (they never do:
  // both are YYYY-MM-DD).
  for (auto it = finder.found.rbegin(); it != finder.found.rend(); ++it) {
    if (wanted.count(it->source) == 0) continue;
    std::size_t length = it->value.size() + 2;
    std::size_t begin = it->end - length;
    if (it->end < length || ruleset.substr(begin, length) != "\"" + it->value + "\"") {
      return Error{CheckedPath(it->format1, it->source),
                   "written with escapes: set this date by hand"};
    }
    out.replace(begin + 1, it->value.size(), date);
    wanted.erase(it->source);
  }
  if (!wanted.empty()) {
    return Error{"/sources/" + std::to_string(*wanted.begin()) + "/checked", "not found"};
  }
  return out;
}

}  // namespace couverture::sources
