#include "json_reader.h"

#include <cstddef>
#include <optional>
#include <string>

namespace couverture {
namespace {

// Only the first parse error matters: nlohmann's message already holds its line and column.
class ErrorCatcher : public nlohmann::json_sax<Json> {
 public:
  std::optional<std::string> message;

  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) override {
    message = e.what();
    return false;
  }
};

// "[json.exception.parse_error.101] parse error at line 2, column 3: syntax error ..." becomes
// "malformed JSON at line 2, column 3: syntax error ...".
std::string Readable(std::string raw) {
  // nlohmann echoes the offending bytes, which may not be UTF-8: keep the message printable.
  for (char& c : raw) {
    if (static_cast<unsigned char>(c) >= 0x80) c = '?';
  }
  if (raw.rfind("[json.exception.", 0) == 0 && raw.find("] ") != std::string::npos) {
    raw = raw.substr(raw.find("] ") + 2);
  }
  const std::string marker = "parse error";
  if (raw.rfind(marker, 0) == 0) raw = raw.substr(marker.size());
  if (raw.rfind(" at ", 0) == 0) return "malformed JSON" + raw;
  if (!raw.empty() && raw[0] == ':') return "malformed JSON" + raw;
  return "malformed JSON: " + raw;
}

}  // namespace

Result<Json> ParseJson(std::string_view text) {
  Json value = Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (!value.is_discarded()) return value;
  ErrorCatcher catcher;
  Json::sax_parse(text.begin(), text.end(), &catcher);
  return Error{"", Readable(catcher.message.value_or("parse error"))};
}

std::string JoinPath(const std::string& path, std::string_view token) {
  std::string out = path + "/";
  for (char c : token) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

std::string JoinPath(const std::string& path, std::size_t index) {
  return path + "/" + std::to_string(index);
}

std::string TypeName(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::object: return "an object";
    case Json::value_t::array: return "an array";
    case Json::value_t::string: return "a string";
    case Json::value_t::boolean: return "a boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float: return "a number";
    default: return "an unsupported value";
  }
}

}  // namespace couverture
