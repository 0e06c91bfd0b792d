#include "couverture/detail/number_format.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>
#include <string_view>

#include "couverture/detail/json_document.h"
#include "json/nlohmann_internals.h"

namespace couverture::detail {
namespace {

constexpr const char* kNbsp = "\u00a0";
constexpr const char* kNarrowNbsp = "\u202f";

// Fields a language changes from the English defaults; null keeps the default.
struct Convention {
  const char* tag;
  const char* decimal;
  const char* group;
  int min_grouping;
  const char* amount;
  const char* percent;
};

// Tags match whole ("fr-CA") before their primary language ("fr").
constexpr Convention kConventions[] = {
    {"fr", ",", kNarrowNbsp, 4, "{number}\u00a0{symbol}", "{number}\u202f%"},
    {"fr-CA", ",", kNbsp, 4, "{number}\u00a0{symbol}", "{number}\u00a0%"},
    {"fr-CH", ",", kNarrowNbsp, 4, "{number}\u00a0{symbol}", "{number}%"},
    {"de", ",", ".", 4, "{number}\u00a0{symbol}", "{number}\u00a0%"},
    {"de-CH", ".", "\u2019", 4, "{symbol}\u00a0{number}", "{number}%"},
    {"de-AT", ",", kNbsp, 4, "{symbol}\u00a0{number}", "{number}\u00a0%"},
    {"es", ",", ".", 5, "{number}\u00a0{symbol}", "{number}\u00a0%"},
    {"it", ",", ".", 4, "{number}\u00a0{symbol}", "{number}%"},
    {"pt", ",", kNbsp, 5, "{number}\u00a0{symbol}", "{number}%"},
    {"pt-BR", ",", ".", 4, "{symbol}\u00a0{number}", "{number}%"},
    {"nl", ",", ".", 4, "{symbol}\u00a0{number}", "{number}%"},
    {"pl", ",", kNbsp, 5, "{number}\u00a0{symbol}", "{number}%"},
    {"sv", ",", kNbsp, 4, "{number}\u00a0{symbol}", "{number}\u00a0%"},
    {"ru", ",", kNbsp, 5, "{number}\u00a0{symbol}", "{number}\u00a0%"},
    {"tr", ",", ".", 4, "{symbol}{number}", "%{number}"},
    {"ar", ".", ",", 4, "{number}\u00a0{symbol}", "{number}%"},
};

bool SameTag(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i] >= 'A' && a[i] <= 'Z' ? static_cast<char>(a[i] + 32) : a[i];
    char y = b[i] >= 'A' && b[i] <= 'Z' ? static_cast<char>(b[i] + 32) : b[i];
    if (x != y) return false;
  }
  return true;
}

const char* CurrencySymbol(std::string_view code) {
  if (code == "EUR") return "€";
  if (code == "USD" || code == "CAD" || code == "AUD") return "$";
  if (code == "GBP") return "£";
  if (code == "JPY") return "¥";
  return nullptr;
}

std::string Replace(std::string pattern, std::string_view name, const std::string& value) {
  std::string placeholder = "{" + std::string(name) + "}";
  std::size_t at = pattern.find(placeholder);
  if (at != std::string::npos) pattern.replace(at, placeholder.size(), value);
  return pattern;
}

// Digits and the position of the decimal point, from nlohmann/json's shortest round-trip form
// ("2.5", "29.0", "1e+20", "1.5e-07").
struct Decimal {
  bool negative = false;
  std::string digits;  // without leading or trailing zeros, except "0" for zero
  int point = 0;       // digits before the decimal point (may be <= 0 or > digits.size())
};

// The strings here are built from whole pieces rather than character by character: in the
// WebAssembly build each append to a std::string is a call, and a number's text is made for every
// answer set a page has not seen.
Decimal Shortest(double value) {
  // nlohmann/json's shortest round-trip digits (the grisu2 its serializer writes numbers with).
  char text[64] = {};
  char* end = nlohmann::detail::to_chars(text, text + sizeof text - 1, value);
  *end = '\0';  // for atoi
  Decimal d;
  const char* at = text;
  if (*at == '-') {
    d.negative = true;
    ++at;
  }
  char digits[32];  // grisu2 writes at most 17
  std::size_t first = 0, count = 0;
  int exponent = 0;
  bool seen_point = false;
  for (; at < end; ++at) {
    if (*at == '.') {
      seen_point = true;
    } else if (*at == 'e' || *at == 'E') {
      exponent = std::atoi(at + 1);
      break;
    } else {
      digits[count++] = *at;
      if (!seen_point) ++d.point;
    }
  }
  d.point += exponent;
  for (; count - first > 1 && digits[first] == '0'; ++first) --d.point;
  while (count - first > 1 && digits[count - 1] == '0') --count;
  d.digits.assign(digits + first, count - first);
  if (d.digits == "0") {
    d.point = 1;
    d.negative = false;
  }
  return d;
}

std::string Group(std::string_view integer, const NumberFormat& format) {
  if (static_cast<int>(integer.size()) < format.min_grouping) return std::string(integer);
  std::string out;
  // Runs of three digits from the right: the first run holds what is left over.
  for (std::size_t i = 0; i < integer.size();) {
    std::size_t run = (integer.size() - i) % 3 == 0 ? 3 : (integer.size() - i) % 3;
    if (i > 0) out.append(format.group);
    out.append(integer.substr(i, run));
    i += run;
  }
  return out;
}

std::string Render(const Decimal& d, const NumberFormat& format) {
  std::string_view digits = d.digits;
  std::size_t point = d.point > 0 ? static_cast<std::size_t>(d.point) : 0;
  std::string integer = point == 0 ? std::string("0") : std::string(digits.substr(0, point));
  if (point > digits.size()) integer.append(point - digits.size(), '0');
  std::string out = d.negative ? "-" : "";
  out.append(Group(integer, format));
  if (point < digits.size()) {
    out.append(format.decimal);
    if (d.point < 0) out.append(static_cast<std::size_t>(-d.point), '0');
    out.append(digits.substr(point));
  }
  return out;
}

}  // namespace

double RoundHalfAwayFromZero(double value) {
  // value - trunc(value) is exact for every double, so the comparison with 0.5 is too.
  double whole = std::trunc(value);
  return std::fabs(value - whole) >= 0.5 ? whole + std::copysign(1.0, value) : whole;
}

NumberFormat DefaultNumberFormat(std::string_view tag) {
  std::string_view primary = tag.substr(0, tag.find('-'));
  const Convention* found = nullptr;
  for (const Convention& c : kConventions) {
    if (SameTag(c.tag, tag)) {
      found = &c;
      break;
    }
    if (!found && SameTag(c.tag, primary)) found = &c;
  }
  NumberFormat format;
  if (found) {
    format.decimal = found->decimal;
    format.group = found->group;
    format.min_grouping = found->min_grouping;
    format.amount = found->amount;
    format.percent = found->percent;
  }
  return format;
}

std::string FormatNumber(double value, const NumberFormat& format) {
  if (!std::isfinite(value)) return value != value ? "NaN" : (value < 0 ? "-∞" : "∞");
  // Past 21 digits a plain decimal is no longer readable; such values never come from a ruleset.
  if (std::fabs(value) >= 1e21) return Json(value).dump();
  // Whole numbers (ages, most answers) need no shortest-digits search: their integer's digits.
  if (std::fabs(value) < 1e15 && value == std::floor(value)) {
    char digits[24];
    long long whole = static_cast<long long>(std::fabs(value));
    char* end = std::to_chars(digits, digits + sizeof digits, whole).ptr;
    std::string out = value < 0 ? "-" : "";
    return out.append(
        Group(std::string_view(digits, static_cast<std::size_t>(end - digits)), format));
  }
  return Render(Shortest(value), format);
}

std::string FormatValue(double value, NumberStyle style, std::string_view currency,
                        const NumberFormat& format) {
  switch (style) {
    case NumberStyle::kNumber: return FormatNumber(value, format);
    case NumberStyle::kPercent:
      return Replace(format.percent, "number", FormatNumber(value, format));
    case NumberStyle::kAmount: {
      // Whole amounts print without cents ("€105"); others with two decimals ("€0.50").
      double cents = RoundHalfAwayFromZero(value * 100);
      // The sign before the symbol ("-€3", "-3 €"), not inside the pattern ("€-3").
      if (cents < 0) return "-" + FormatValue(-value, style, currency, format);
      std::string number;
      // A whole number of cents in whole units, tested without fmod (its code ships to browsers).
      if (RoundHalfAwayFromZero(value) * 100 == cents) {
        number = FormatNumber(cents / 100, format);
      } else {
        Decimal d = Shortest(cents / 100);
        while (static_cast<int>(d.digits.size()) < d.point + 2) d.digits += '0';
        number = Render(d, format);
      }
      const char* symbol = CurrencySymbol(currency);
      std::string with_symbol = Replace(format.amount, "number", number);
      return Replace(with_symbol, "symbol", symbol ? symbol : std::string(currency));
    }
  }
  return FormatNumber(value, format);
}

}  // namespace couverture::detail
