// The WebAssembly module's printf (wasm/shims/integer_format.cpp) against the C library's,
// natively: every combination of the flag, width, precision and length it knows, for each integer
// conversion, on values at the edges of each type, must format byte for byte the same, return
// the same length and truncate the same way; everything else it must refuse.
#include "integer_format.h"

#include <gtest/gtest.h>

#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <string>
#include <vector>

namespace {

using couverture::wasm::FormatIntegers;

struct Formatted {
  int length;
  std::string text;
  bool operator==(const Formatted& other) const {
    return length == other.length && text == other.text;
  }
};

void PrintTo(const Formatted& f, std::ostream* os) { *os << f.length << " \"" << f.text << "\""; }

Formatted Ours(std::size_t size, const char* format, ...) {
  std::vector<char> buffer(size + 1, '#');
  std::va_list arguments;
  va_start(arguments, format);
  int length = FormatIntegers(size ? buffer.data() : nullptr, size, format, arguments);
  va_end(arguments);
  return {length, size ? std::string(buffer.data()) : std::string()};
}

Formatted Libc(std::size_t size, const char* format, ...) {
  std::vector<char> buffer(size + 1, '#');
  std::va_list arguments;
  va_start(arguments, format);
  int length = std::vsnprintf(size ? buffer.data() : nullptr, size, format, arguments);
  va_end(arguments);
  return {length, size ? std::string(buffer.data()) : std::string()};
}

// Every spec FormatIntegers knows for `conversion` with `length`.
std::vector<std::string> Specs(char conversion, const std::string& length) {
  std::vector<std::string> specs;
  for (const char* flag : {"", "0"}) {
    for (const char* width : {"", "1", "2", "6", "24"}) {
      for (const char* precision : {"", ".", ".0", ".1", ".4", ".19"}) {
        specs.push_back(std::string("[%") + flag + width + precision + length + conversion + "]");
      }
    }
  }
  return specs;
}

template <typename T>
std::vector<T> Edges() {
  using L = std::numeric_limits<T>;
  std::vector<T> values;
  for (long long v : {0, 1, 7, 8, 9, 10, 15, 16, 255}) values.push_back(static_cast<T>(v));
  values.insert(values.end(), {L::max(), static_cast<T>(L::max() - 1), L::min()});
  if (L::is_signed)
    values.insert(values.end(),
                  {static_cast<T>(-1), static_cast<T>(-8), static_cast<T>(L::min() + 1)});
  return values;
}

// Arguments promote as in a call: char and short pass as int.
template <typename T>
using Passed = std::conditional_t<(sizeof(T) < sizeof(int)),
                                  std::conditional_t<std::is_signed_v<T>, int, unsigned>, T>;

template <typename Signed, typename Unsigned>
void CompareAll(const std::string& length) {
  int compared = 0;
  for (char conversion : std::string("duxX")) {
    bool is_signed = conversion == 'd';
    for (const std::string& spec : Specs(conversion, length)) {
      const char* format = spec.c_str();
      if (is_signed) {
        for (Signed v : Edges<Signed>()) {
          auto p = static_cast<Passed<Signed>>(v);
          ASSERT_EQ(Ours(64, format, p), Libc(64, format, p)) << format << " of " << +v;
          ++compared;
        }
      } else {
        for (Unsigned v : Edges<Unsigned>()) {
          auto p = static_cast<Passed<Unsigned>>(v);
          ASSERT_EQ(Ours(64, format, p), Libc(64, format, p)) << format << " of " << +v;
          ++compared;
        }
      }
    }
  }
  EXPECT_GT(compared, 1000);
}

TEST(IntegerFormat, EveryIntegerSpecFormatsAsTheCLibraryDoes) {
  CompareAll<int, unsigned>("");
  CompareAll<long, unsigned long>("l");
  CompareAll<long long, unsigned long long>("ll");
  CompareAll<std::make_signed_t<std::size_t>, std::size_t>("z");
}

TEST(IntegerFormat, Percent) {
  EXPECT_EQ(Ours(64, "100%%|%%|%d%%", 5), Libc(64, "100%%|%%|%d%%", 5));
}

TEST(IntegerFormat, WhatNlohmannJsonAndEmbindFormat) {
  EXPECT_EQ(Ours(7, "\\u%04x", 0x1f).text, "\\u001f");
  EXPECT_EQ(Ours(9, "<U+%.4X>", 0x0a).text, "<U+000A>");
  // Pointers as musl writes them: 0x and two hexadecimal digits per byte.
  std::string digits(2 * sizeof(void*), '0');
  EXPECT_EQ(Ours(64, "%p", reinterpret_cast<void*>(0xab)).text, "0x" + digits.substr(2) + "ab");
  EXPECT_EQ(Ours(64, "%p", static_cast<void*>(nullptr)).text, digits);
}

TEST(IntegerFormat, TruncatesAndCountsAsTheCLibraryDoes) {
  for (std::size_t size : {0, 1, 2, 5, 6, 7, 40}) {
    EXPECT_EQ(Ours(size, "ab%5dcd%x", -123, 0xabcu), Libc(size, "ab%5dcd%x", -123, 0xabcu)) << size;
  }
}

TEST(IntegerFormat, RefusesWhatItDoesNotKnow) {
  // Floating point, whose argument it would misread, %n, characters and strings, flags other than
  // 0, widths and precisions from the arguments, other conversions and lengths, a lone % at the
  // end.
  for (const char* format :
       {"%f",  "%.2e", "x%gy", "%Lf", "%a",  "%n",   "%c",  "%s",  "%-5d", "%+d",  "% d",  "%#x",
        "%*d", "%.*d", "%o",   "%i",  "%hd", "%hhd", "%jd", "%td", "ab%",  "ab%l", "ab%5", "%q"}) {
    EXPECT_EQ(Ours(64, format, 1.5).length, -1) << format;
  }
  Formatted partial = Ours(64, "ok %d then %f", 3, 1.5);
  EXPECT_EQ(partial.length, -1);
  EXPECT_EQ(partial.text, "ok 3 then ");  // what came before, still terminated
}

}  // namespace
