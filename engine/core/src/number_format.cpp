#include "number_format.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>

#include "json_document.h"

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

Decimal Shortest(double value) {
  // nlohmann/json's shortest round-trip digits (the grisu2 its serializer writes numbers with).
  char buffer[64];
  std::string text(buffer, nlohmann::detail::to_chars(buffer, buffer + sizeof buffer, value));
  Decimal d;
  std::size_t i = 0;
  if (text[i] == '-') {
    d.negative = true;
    ++i;
  }
  int exponent = 0;
  bool seen_point = false;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c == '.') {
      seen_point = true;
    } else if (c == 'e' || c == 'E') {
      exponent = std::atoi(text.c_str() + i + 1);
      break;
    } else {
      d.digits += c;
      if (!seen_point) ++d.point;
    }
  }
  d.point += exponent;
  while (d.digits.size() > 1 && d.digits.front() == '0') {
    d.digits.erase(0, 1);
    --d.point;
  }
  while (d.digits.size() > 1 && d.digits.back() == '0') d.digits.pop_back();
  if (d.digits == "0") {
    d.point = 1;
    d.negative = false;
  }
  return d;
}

std::string Group(const std::string& integer, const NumberFormat& format) {
  if (static_cast<int>(integer.size()) < format.min_grouping) return integer;
  std::string out;
  for (std::size_t i = 0; i < integer.size(); ++i) {
    if (i > 0 && (integer.size() - i) % 3 == 0) out += format.group;
    out += integer[i];
  }
  return out;
}

std::string Render(const Decimal& d, const NumberFormat& format) {
  std::string integer, fraction;
  if (d.point <= 0) {
    integer = "0";
    fraction = std::string(static_cast<std::size_t>(-d.point), '0') + d.digits;
  } else if (static_cast<std::size_t>(d.point) >= d.digits.size()) {
    integer = d.digits + std::string(static_cast<std::size_t>(d.point) - d.digits.size(), '0');
  } else {
    integer = d.digits.substr(0, static_cast<std::size_t>(d.point));
    fraction = d.digits.substr(static_cast<std::size_t>(d.point));
  }
  std::string out = (d.negative ? "-" : "") + Group(integer, format);
  if (!fraction.empty()) out += format.decimal + fraction;
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
    std::string integer(digits, std::to_chars(digits, digits + sizeof digits, whole).ptr);
    return (value < 0 ? "-" : "") + Group(integer, format);
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
