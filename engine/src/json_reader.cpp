#include "json_reader.h"

#include <string>

namespace couverture {

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

std::string Quoted(std::string_view text) {
  constexpr std::size_t kLimit = 60;
  if (text.size() <= kLimit) return "\"" + std::string(text) + "\"";
  std::size_t cut = kLimit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // whole UTF-8
  return "\"" + std::string(text.substr(0, cut)) + "…\"";
}

std::string TypeName(const Json& value) {
  switch (value.type()) {
    case Json::Type::kNull: return "null";
    case Json::Type::kObject: return "an object";
    case Json::Type::kArray: return "an array";
    case Json::Type::kString: return "a string";
    case Json::Type::kBoolean: return "a boolean";
    case Json::Type::kNumber: return "a number";
  }
  return "a value";
}

}  // namespace couverture
