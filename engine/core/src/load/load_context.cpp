#include "load_context.h"

#include <algorithm>

#include "couverture/date.h"
#include "couverture/limits.h"

namespace couverture::detail {

void LoadContext::Fail(std::string path, std::string message) {
  errors.push_back({std::move(path), std::move(message)});
}

void LoadContext::CheckStringSizes(const Json& value, const std::string& path) {
  auto too_long = [](std::size_t size) {
    return "longer than " + std::to_string(limits::kTextBytes) + " bytes (" + std::to_string(size) +
           ")";
  };
  if (value.is_string() && StringOf(value).size() > limits::kTextBytes) {
    Fail(path, too_long(StringOf(value).size()));
  }
  for (std::size_t i = 0; i < Elements(value).size(); ++i) {
    CheckStringSizes(Elements(value)[i], JoinPath(path, i));
  }
  for (const auto& [key, member] : Members(value)) {
    if (key.size() > limits::kTextBytes) {
      Fail(path, "a key " + too_long(key.size()));  // the key itself would make a page of path
      continue;
    }
    CheckStringSizes(member, JoinPath(path, key));
  }
}

void LoadContext::CheckKeys(const Json& object, const std::string& path,
                            std::initializer_list<std::string_view> allowed) {
  for (const auto& [key, value] : Members(object)) {
    if (!key.empty() && key[0] == '$') continue;
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      Fail(JoinPath(path, key), "unknown field " + Quoted(key));
    }
  }
}

const Json* LoadContext::Required(const Json& object, const std::string& path,
                                  std::string_view key) {
  const Json* value = Member(object, key);
  if (!value) Fail(JoinPath(path, key), "is missing");
  return value;
}

const Json* LoadContext::Optional(const Json& object, std::string_view key) {
  const Json* value = Member(object, key);
  return value && !value->is_null() ? value : nullptr;
}

const Json* LoadContext::ReadArray(const Json& object, const std::string& path,
                                   std::string_view key, bool required) {
  const Json* value = required ? Required(object, path, key) : Optional(object, key);
  if (value && !value->is_array()) {
    Fail(JoinPath(path, key), "expected an array, got " + TypeName(*value));
    return nullptr;
  }
  return value;
}

const Json* LoadContext::ReadObject(const Json& object, const std::string& path,
                                    std::string_view key, bool required) {
  const Json* value = required ? Required(object, path, key) : Optional(object, key);
  if (value && !value->is_object()) {
    Fail(JoinPath(path, key), "expected an object, got " + TypeName(*value));
    return nullptr;
  }
  return value;
}

std::string LoadContext::ReadString(const Json& object, const std::string& path,
                                    std::string_view key, bool required) {
  const Json* value = required ? Required(object, path, key) : Optional(object, key);
  if (!value) return "";
  if (!value->is_string()) {
    Fail(JoinPath(path, key), "expected a string, got " + TypeName(*value));
    return "";
  }
  return StringOf(*value);  // at most limits::kTextBytes: CheckStringSizes
}

bool LoadContext::CheckId(std::string_view id, const std::string& path) {
  bool valid =
      !id.empty() && id.size() <= limits::kIdBytes && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_' || c == '-';
      });
  if (!valid) {
    Fail(path, Quoted(id) + " is not a valid id (letters, digits, '_' and '-', at most " +
                   std::to_string(limits::kIdBytes) + ")");
  }
  return valid;
}

std::string LoadContext::ReadId(const Json& object, const std::string& path, std::string_view key) {
  std::string id = ReadString(object, path, key);
  if (!id.empty() && !CheckId(id, JoinPath(path, key))) return "";
  return id;
}

std::optional<std::string> LoadContext::ReadDate(const Json& object, const std::string& path,
                                                 std::string_view key, bool required) {
  if (!Optional(object, key)) {
    if (required) Fail(JoinPath(path, key), "is missing");
    return std::nullopt;
  }
  std::string text = ReadString(object, path, key);
  if (text.empty()) return std::nullopt;
  if (!Date::Parse(text)) {
    Fail(JoinPath(path, key), Quoted(text) + " is not a date of the form YYYY-MM-DD");
    return std::nullopt;
  }
  return text;
}

namespace {

bool HasControlCharacter(const std::string& text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    unsigned char u = static_cast<unsigned char>(c);
    return (u < 0x20 && c != '\n' && c != '\t') || u == 0x7F;
  });
}

}  // namespace

Text LoadContext::ReadTextValue(const Json& value, const std::string& path,
                                Placeholders placeholders) {
  Text text(model.languages.size());
  if (!value.is_object()) {
    Fail(path, "expected an object of texts by language, got " + TypeName(value));
    return text;
  }
  for (const auto& [lang, string] : Members(value)) {
    if (!lang.empty() && lang[0] == '$') continue;
    int index = model.LanguageIndex(lang);
    std::string lang_path = JoinPath(path, lang);
    if (index < 0) {
      Fail(lang_path, "language " + Quoted(lang) + " is not declared in /languages");
    } else if (!string.is_string() || StringOf(string).empty()) {
      Fail(lang_path, "expected a non-empty string");
    } else if (HasControlCharacter(StringOf(string))) {
      // They would be invisible to the student, or worse; results also use one as a marker.
      Fail(lang_path, "holds a control character (only line breaks and tabs are allowed)");
    } else {
      text[index] = StringOf(string);
    }
  }
  for (std::size_t i = 0; i < model.languages.size(); ++i) {
    if (!Member(value, model.languages[i])) {
      Fail(JoinPath(path, model.languages[i]),
           "missing the " + Quoted(model.languages[i]) + " text");
    }
  }
  texts.push_back({path, text, placeholders});
  return text;
}

Text LoadContext::ReadText(const Json& object, const std::string& path, std::string_view key,
                           Placeholders placeholders) {
  const Json* value = Required(object, path, key);
  return value ? ReadTextValue(*value, JoinPath(path, key), placeholders)
               : Text(model.languages.size());
}

std::optional<Text> LoadContext::ReadOptionalText(const Json& object, const std::string& path,
                                                  std::string_view key) {
  const Json* value = Optional(object, key);
  if (!value) return std::nullopt;
  return ReadTextValue(*value, JoinPath(path, key));
}

bool LoadContext::WithinLimit(std::size_t count, int limit, const std::string& path,
                              const char* what) {
  if (count <= static_cast<std::size_t>(limit)) return true;
  Fail(path,
       "at most " + std::to_string(limit) + " " + what + " (limit), got " + std::to_string(count));
  return false;
}

}  // namespace couverture::detail
