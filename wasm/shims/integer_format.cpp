#include "integer_format.h"

#include <climits>
#include <cstdint>
#include <string_view>

namespace couverture::wasm {
namespace {

// Writes into a buffer of `size` bytes, keeping the last for the NUL, and counts what did not fit.
struct Output {
  char* out;
  std::size_t size;
  std::size_t length = 0;

  void Put(char c, int count = 1) {
    for (; count > 0; --count, ++length) {
      if (length + 1 < size) out[length] = c;
    }
  }
};

int ReadNumber(const char*& at) {
  int value = 0;
  while (*at >= '0' && *at <= '9') value = value * 10 + (*at++ - '0');
  return value;
}

}  // namespace

int FormatIntegers(char* out, std::size_t size, const char* format, std::va_list arguments) {
  Output output{out, size};
  // va_list is an array type on some targets: a copy keeps va_arg's use uniform.
  std::va_list args;
  va_copy(args, arguments);
  int result = 0;
  for (const char* at = format; *at != '\0'; ++at) {
    if (*at != '%') {
      output.Put(*at);
      continue;
    }
    bool zero = *++at == '0';
    int width = ReadNumber(at);
    int precision = -1;
    if (*at == '.') precision = ReadNumber(++at);
    // Whether the argument is wider than an int: ll, or l and z where long and size_t are.
    bool wide = false;
    if (at[0] == 'l' && at[1] == 'l') {
      wide = true;
      at += 2;
    } else if (*at == 'l' || *at == 'z') {
      wide = (*at == 'l' ? sizeof(long) : sizeof(std::size_t)) > sizeof(int);
      ++at;
    }

    char conversion = *at;
    char digits[20];  // a 64-bit value in decimal
    char* const end = digits + sizeof digits;
    char* text = end;
    std::string_view sign;  // "-", or "0x" before a pointer
    if (conversion == '%') {
      output.Put('%');
      continue;
    } else if (conversion == 'd' || conversion == 'u' || conversion == 'x' || conversion == 'X' ||
               conversion == 'p') {
      if (conversion == 'p') {
        wide = sizeof(void*) > sizeof(int);
        if (precision < 2 * static_cast<int>(sizeof(void*))) precision = 2 * sizeof(void*);
      }
      std::uintmax_t value;
      if (conversion == 'd') {
        std::intmax_t v = wide ? va_arg(args, long long) : va_arg(args, int);
        value = v < 0 ? 0 - static_cast<std::uintmax_t>(v) : static_cast<std::uintmax_t>(v);
        if (v < 0) sign = "-";
      } else {
        value = wide ? va_arg(args, unsigned long long) : va_arg(args, unsigned);
      }
      if (conversion == 'p' && value != 0) sign = "0x";  // as musl writes it
      unsigned base = conversion == 'd' || conversion == 'u' ? 10 : 16;
      for (; value != 0; value /= base) {
        char digit = "0123456789abcdef"[value % base];
        *--text = conversion == 'X' && digit > '9' ? static_cast<char>(digit - 32) : digit;
      }
      // The 0 flag pads with zeros up to the width only when no precision is given.
      int fill = width - static_cast<int>(sign.size());
      if (precision < 0) precision = zero && fill > 1 ? fill : 1;
    } else {
      result = -1;  // a conversion this printf does not know: stop rather than misread arguments
      break;
    }
    int length = static_cast<int>(end - text);
    int zeros = precision > length ? precision - length : 0;
    output.Put(' ', width - static_cast<int>(sign.size()) - zeros - length);
    for (char c : sign) output.Put(c);
    output.Put('0', zeros);
    for (int i = 0; i < length; ++i) output.Put(text[i]);
  }
  va_end(args);
  if (size > 0) out[output.length < size ? output.length : size - 1] = '\0';
  if (result < 0) return result;
  return output.length > INT_MAX ? -1 : static_cast<int>(output.length);
}

}  // namespace couverture::wasm
