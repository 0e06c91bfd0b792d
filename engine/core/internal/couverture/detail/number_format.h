// Numbers as a language writes them: "2.5" / "2,5", "10,339" / "10 339", "€105" / "105 €". The
// conventions are data: a built-in table by language tag (close to CLDR's), which a ruleset may
// override per language.
#ifndef COUVERTURE_CORE_NUMBER_FORMAT_H_
#define COUVERTURE_CORE_NUMBER_FORMAT_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace couverture::detail {

enum class NumberStyle : std::uint8_t { kNumber, kAmount, kPercent };

struct NumberFormat {
  std::string decimal = ".";
  std::string group = ",";
  int min_grouping = 4;  // integer parts with at least this many digits are grouped by three
  std::string amount = "{symbol}{number}";
  std::string percent = "{number}%";
};

// The conventions of a language tag: "fr-CA" uses fr-CA's where they differ from fr's, and an
// unknown language gets English ones.
NumberFormat DefaultNumberFormat(std::string_view tag);

// The shortest decimal that reads back as `value`, in `format`'s notation.
std::string FormatNumber(double value, const NumberFormat& format);

// A value in a style: a currency amount ("€105", "€0.50") or a percentage ("70 %").
std::string FormatValue(double value, NumberStyle style, std::string_view currency,
                        const NumberFormat& format);

// std::round (halves away from zero), made of operations WebAssembly has as instructions (trunc,
// abs, copysign): libm's round would ship its own code in the module.
double RoundHalfAwayFromZero(double value);

}  // namespace couverture::detail

#endif  // COUVERTURE_CORE_NUMBER_FORMAT_H_
