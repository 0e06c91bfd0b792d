#include "json.h"

#include <cmath>
#include <cstdint>
#include <string>

namespace couverture {
namespace {

constexpr int kMaxDepth = 256;

// Powers of ten that doubles hold exactly: scaling an integer below 2^53 by one of them is
// correctly rounded (Clinger's fast path), which covers every number a ruleset or answer uses.
constexpr double kExactPowers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                   1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                   1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
constexpr double kTwo53 = 9007199254740992.0;

double ScaleByPowerOfTen(double value, int exponent) {
  while (exponent > 22) {
    value *= 1e22;
    exponent -= 22;
  }
  while (exponent < -22) {
    value /= 1e22;
    exponent += 22;
  }
  return exponent >= 0 ? value * kExactPowers[exponent] : value / kExactPowers[-exponent];
}

std::string Digits(std::uint64_t value) {
  std::string digits;
  do {
    digits.insert(digits.begin(), static_cast<char>('0' + value % 10));
    value /= 10;
  } while (value != 0);
  return digits;
}

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  Result<Json> Run() {
    Json value;
    SkipSpace();
    if (!ParseValue(value, 0)) return std::move(error_);
    SkipSpace();
    if (at_ != text_.size()) {
      Fail("unexpected characters after the JSON value");
      return std::move(error_);
    }
    return value;
  }

 private:
  bool Fail(const std::string& what) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < at_ && i < text_.size(); ++i) {
      if (text_[i] == '\n') {
        ++line;
        column = 1;
      } else if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) {
        ++column;  // count characters, not UTF-8 continuation bytes
      }
    }
    error_ = Error{"", "malformed JSON at line " + std::to_string(line) + ", column " +
                           std::to_string(column) + ": " + what};
    return false;
  }

  void SkipSpace() {
    while (at_ < text_.size() &&
           (text_[at_] == ' ' || text_[at_] == '\t' || text_[at_] == '\n' || text_[at_] == '\r')) {
      ++at_;
    }
  }

  bool Literal(std::string_view word) {
    if (text_.substr(at_, word.size()) != word) return Fail("invalid literal");
    at_ += word.size();
    return true;
  }

  bool ParseValue(Json& out, int depth) {
    if (at_ >= text_.size()) return Fail("unexpected end of input; expected a value");
    switch (text_[at_]) {
      case '{': return ParseObject(out, depth + 1);
      case '[': return ParseArray(out, depth + 1);
      case '"': {
        std::string s;
        if (!ParseString(s)) return false;
        out = Json(std::move(s));
        return true;
      }
      case 't': out = Json(true); return Literal("true");
      case 'f': out = Json(false); return Literal("false");
      case 'n': out = Json(); return Literal("null");
      default:
        if (text_[at_] == '-' || (text_[at_] >= '0' && text_[at_] <= '9')) return ParseNumber(out);
        return Fail(std::string("unexpected ") + Shown(text_[at_]) + "; expected a value");
    }
  }

  static std::string Shown(char c) {
    if (c >= 0x21 && c < 0x7F) return std::string("'") + c + "'";
    return "byte " + std::to_string(static_cast<unsigned char>(c));
  }

  bool ParseObject(Json& out, int depth) {
    if (depth > kMaxDepth) return Fail("nesting deeper than " + std::to_string(kMaxDepth));
    out = Json::Object();
    ++at_;
    SkipSpace();
    if (at_ < text_.size() && text_[at_] == '}') {
      ++at_;
      return true;
    }
    for (;;) {
      SkipSpace();
      if (at_ >= text_.size() || text_[at_] != '"') {
        return Fail(at_ >= text_.size() ? "unexpected end of input; expected a key"
                                        : "expected a key in double quotes");
      }
      std::size_t key_at = at_;
      std::string key;
      if (!ParseString(key)) return false;
      if (out.Contains(key)) {
        at_ = key_at;
        return Fail("duplicate key \"" + key + "\"");
      }
      SkipSpace();
      if (at_ >= text_.size() || text_[at_] != ':') return Fail("expected ':' after a key");
      ++at_;
      SkipSpace();
      Json& value = out[key];
      if (!ParseValue(value, depth)) return false;
      SkipSpace();
      if (at_ < text_.size() && text_[at_] == ',') {
        ++at_;
        continue;
      }
      if (at_ < text_.size() && text_[at_] == '}') {
        ++at_;
        return true;
      }
      return Fail(at_ >= text_.size() ? "unexpected end of input; expected ',' or '}'"
                                      : "expected ',' or '}'");
    }
  }

  bool ParseArray(Json& out, int depth) {
    if (depth > kMaxDepth) return Fail("nesting deeper than " + std::to_string(kMaxDepth));
    out = Json::Array();
    ++at_;
    SkipSpace();
    if (at_ < text_.size() && text_[at_] == ']') {
      ++at_;
      return true;
    }
    for (;;) {
      SkipSpace();
      Json element;
      if (!ParseValue(element, depth)) return false;
      out.push_back(std::move(element));
      SkipSpace();
      if (at_ < text_.size() && text_[at_] == ',') {
        ++at_;
        continue;
      }
      if (at_ < text_.size() && text_[at_] == ']') {
        ++at_;
        return true;
      }
      return Fail(at_ >= text_.size() ? "unexpected end of input; expected ',' or ']'"
                                      : "expected ',' or ']'");
    }
  }

  bool Hex4(std::uint32_t& code) {
    if (at_ + 4 > text_.size()) return Fail("incomplete \\u escape");
    code = 0;
    for (int i = 0; i < 4; ++i) {
      char c = text_[at_++];
      code <<= 4;
      if (c >= '0' && c <= '9') {
        code |= static_cast<std::uint32_t>(c - '0');
      } else if (c >= 'a' && c <= 'f') {
        code |= static_cast<std::uint32_t>(c - 'a' + 10);
      } else if (c >= 'A' && c <= 'F') {
        code |= static_cast<std::uint32_t>(c - 'A' + 10);
      } else {
        --at_;
        return Fail("invalid \\u escape");
      }
    }
    return true;
  }

  static void AppendUtf8(std::string& out, std::uint32_t code) {
    if (code < 0x80) {
      out += static_cast<char>(code);
    } else if (code < 0x800) {
      out += static_cast<char>(0xC0 | (code >> 6));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
      out += static_cast<char>(0xE0 | (code >> 12));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (code >> 18));
      out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    }
  }

  // One UTF-8 sequence starting at at_, checked strictly (no overlong forms, no surrogates).
  bool CopyUtf8(std::string& out) {
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text_[i]); };
    unsigned char lead = byte(at_);
    int length = lead >= 0xF0 && lead <= 0xF4  ? 4
                 : lead >= 0xE0                ? 3
                 : lead >= 0xC2 && lead < 0xE0 ? 2
                                               : 0;
    if (length == 0 || at_ + length > text_.size()) return Fail("invalid UTF-8");
    std::uint32_t code = lead & (0x7F >> length);
    for (int i = 1; i < length; ++i) {
      if ((byte(at_ + i) & 0xC0) != 0x80) return Fail("invalid UTF-8");
      code = (code << 6) | (byte(at_ + i) & 0x3F);
    }
    bool overlong = (length == 3 && code < 0x800) || (length == 4 && code < 0x10000);
    if (overlong || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF) {
      return Fail("invalid UTF-8");
    }
    out.append(text_.substr(at_, length));
    at_ += length;
    return true;
  }

  bool ParseString(std::string& out) {
    ++at_;  // the opening quote
    for (;;) {
      if (at_ >= text_.size()) return Fail("unexpected end of input in a string");
      unsigned char c = static_cast<unsigned char>(text_[at_]);
      if (c == '"') {
        ++at_;
        return true;
      }
      if (c < 0x20) return Fail("control character in a string (escape it)");
      if (c >= 0x80) {
        if (!CopyUtf8(out)) return false;
        continue;
      }
      ++at_;
      if (c != '\\') {
        out += static_cast<char>(c);
        continue;
      }
      if (at_ >= text_.size()) return Fail("unexpected end of input in a string");
      char escape = text_[at_++];
      switch (escape) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          std::uint32_t code = 0;
          if (!Hex4(code)) return false;
          if (code >= 0xDC00 && code <= 0xDFFF) return Fail("invalid \\u escape (lone surrogate)");
          if (code >= 0xD800 && code <= 0xDBFF) {
            std::uint32_t low = 0;
            if (text_.substr(at_, 2) != "\\u") return Fail("invalid \\u escape (lone surrogate)");
            at_ += 2;
            if (!Hex4(low)) return false;
            if (low < 0xDC00 || low > 0xDFFF) return Fail("invalid \\u escape (lone surrogate)");
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
          }
          AppendUtf8(out, code);
          break;
        }
        default: --at_; return Fail("invalid escape in a string");
      }
    }
  }

  bool ParseNumber(Json& out) {
    std::size_t start = at_;
    bool negative = text_[at_] == '-';
    if (negative) ++at_;
    auto digit = [&] { return at_ < text_.size() && text_[at_] >= '0' && text_[at_] <= '9'; };
    if (!digit()) return Fail("invalid number");
    std::uint64_t mantissa = 0;
    int exponent = 0, significant = 0;
    auto take = [&](bool fraction) {
      int d = text_[at_++] - '0';
      if (significant == 0 && d == 0) {
        if (fraction) --exponent;
        return;
      }
      if (significant < 19) {
        mantissa = mantissa * 10 + static_cast<std::uint64_t>(d);
        ++significant;
        if (fraction) --exponent;
      } else if (!fraction) {
        ++exponent;  // digits past 19 only scale the integer part
      }
    };
    if (text_[at_] == '0') {
      ++at_;
      if (digit()) return Fail("invalid number (leading zero)");
    } else {
      while (digit()) take(false);
    }
    if (at_ < text_.size() && text_[at_] == '.') {
      ++at_;
      if (!digit()) return Fail("invalid number");
      while (digit()) take(true);
    }
    if (at_ < text_.size() && (text_[at_] == 'e' || text_[at_] == 'E')) {
      ++at_;
      bool negative_exponent = false;
      if (at_ < text_.size() && (text_[at_] == '+' || text_[at_] == '-')) {
        negative_exponent = text_[at_++] == '-';
      }
      if (!digit()) return Fail("invalid number");
      int written = 0;
      while (digit())
        written = written < 100000 ? written * 10 + (text_[at_++] - '0') : (++at_, written);
      exponent += negative_exponent ? -written : written;
    }
    double value = mantissa == 0 ? 0.0 : ScaleByPowerOfTen(static_cast<double>(mantissa), exponent);
    if (!std::isfinite(value)) {
      at_ = start;
      return Fail("number out of range");
    }
    out = Json(negative ? -value : value);
    return true;
  }

  std::string_view text_;
  std::size_t at_ = 0;
  Error error_;
};

bool NeedsEscape(char c) { return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20; }

void Escape(const std::string& s, std::string& out) {
  out += '"';
  std::size_t run = 0;  // characters are copied in runs: most strings need no escape at all
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (!NeedsEscape(c)) continue;
    out.append(s, run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default: {
        const char* hex = "0123456789abcdef";
        out += "\\u00";
        out += hex[(c >> 4) & 0xF];
        out += hex[c & 0xF];
      }
    }
  }
  out.append(s, run, std::string::npos);
  out += '"';
}

void Write(const Json& value, int indent, int depth, std::string& out) {
  auto newline = [&](int level) {
    if (indent < 0) return;
    out += '\n';
    out.append(static_cast<std::size_t>(indent * level), ' ');
  };
  switch (value.type()) {
    case Json::Type::kNull: out += "null"; return;
    case Json::Type::kBoolean: out += value.boolean() ? "true" : "false"; return;
    case Json::Type::kNumber: out += FormatDecimal(value.number()); return;
    case Json::Type::kString: Escape(value.string(), out); return;
    case Json::Type::kArray: {
      out += '[';
      for (std::size_t i = 0; i < value.elements().size(); ++i) {
        if (i > 0) out += ',';
        newline(depth + 1);
        Write(value.elements()[i], indent, depth + 1, out);
      }
      if (!value.elements().empty()) newline(depth);
      out += ']';
      return;
    }
    case Json::Type::kObject: {
      out += '{';
      for (std::size_t i = 0; i < value.members().size(); ++i) {
        if (i > 0) out += ',';
        newline(depth + 1);
        Escape(value.members()[i].first, out);
        out += indent < 0 ? ":" : ": ";
        Write(value.members()[i].second, indent, depth + 1, out);
      }
      if (!value.members().empty()) newline(depth);
      out += '}';
      return;
    }
  }
}

}  // namespace

Json::Json(const std::vector<std::string>& values) : type_(Type::kArray) {
  for (const std::string& v : values) elements_.emplace_back(v);
}

Json Json::Object() {
  Json j;
  j.type_ = Type::kObject;
  return j;
}

Json Json::Array() {
  Json j;
  j.type_ = Type::kArray;
  return j;
}

bool Json::is_integer() const { return is_number() && number_ == std::floor(number_); }

const Json* Json::Find(std::string_view key) const {
  for (const Member& m : members_) {
    if (m.first == key) return &m.second;
  }
  return nullptr;
}

Json& Json::operator[](std::string_view key) {
  type_ = Type::kObject;
  for (Member& m : members_) {
    if (m.first == key) return m.second;
  }
  members_.emplace_back(std::string(key), Json());
  return members_.back().second;
}

void Json::push_back(Json value) {
  type_ = Type::kArray;
  elements_.push_back(std::move(value));
}

std::string Json::Dump(int indent) const {
  std::string out;
  Write(*this, indent, 0, out);
  return out;
}

Result<Json> ParseJson(std::string_view text) { return Parser(text).Run(); }

std::string FormatDecimal(double value, char decimal) {
  if (std::isnan(value)) return "null";
  if (std::isinf(value)) return value > 0 ? "1e999" : "-1e999";
  std::string sign = value < 0 ? "-" : "";
  double magnitude = std::fabs(value);
  // The fewest decimals that read back exactly: both the scaled integer and the power of ten are
  // exact doubles, so the division that reads it back is correctly rounded.
  for (int decimals = 0; decimals <= 15; ++decimals) {
    double scaled = magnitude * kExactPowers[decimals];
    if (scaled >= kTwo53) break;
    double whole = std::round(scaled);
    if (whole / kExactPowers[decimals] != magnitude) continue;
    std::string digits = Digits(static_cast<std::uint64_t>(whole));
    if (decimals == 0) return sign + digits;
    if (digits.size() <= static_cast<std::size_t>(decimals)) {
      digits.insert(0, static_cast<std::size_t>(decimals) + 1 - digits.size(), '0');
    }
    digits.insert(digits.size() - static_cast<std::size_t>(decimals), 1, decimal);
    return sign + digits;
  }
  // Very large or very precise numbers, which no ruleset needs: 17 significant digits.
  // The exponent by counting rather than log10, which would add libm's code to the module.
  int exponent = 0;
  for (double m = magnitude; m >= 10; m /= 10) ++exponent;
  for (double m = magnitude; m < 1; m *= 10) --exponent;
  double scaled = ScaleByPowerOfTen(magnitude, 16 - exponent);
  std::string digits = Digits(static_cast<std::uint64_t>(std::round(scaled)));
  if (digits.size() > 17) {
    digits.pop_back();
    ++exponent;
  }
  std::string text = sign + digits.substr(0, 1) + decimal + digits.substr(1);
  while (text.back() == '0') text.pop_back();
  if (text.back() == decimal) text.pop_back();
  return text + "e" + (exponent < 0 ? "-" : "") +
         Digits(static_cast<std::uint64_t>(std::abs(exponent)));
}

}  // namespace couverture
