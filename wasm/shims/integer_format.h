// printf's integer conversions, for the WebAssembly module's snprintf
// (integer_snprintf.cpp). Compiled natively too, where tests compare it with the C library's.
#ifndef COUVERTURE_WASM_INTEGER_FORMAT_H_
#define COUVERTURE_WASM_INTEGER_FORMAT_H_

#include <cstdarg>
#include <cstddef>

namespace couverture::wasm {

// vsnprintf for printf's integer conversions as this module's callers write them: d u x X and p,
// with the 0 flag, a width and a precision given in digits, and the length modifiers l, ll and
// z, all as C defines them; a plain %p as musl writes it (0x and two hexadecimal digits per byte of
// a pointer, or only zeros for null); and %%. Writes at most `size` bytes, the last a NUL, and
// returns the length of the whole formatted text, as vsnprintf does. Anything else (%c, %s,
// floating point, %n, the flags - + space #, *, other lengths) stops it with -1 before it reads
// an argument it might misread; what came before stays written and terminated.
int FormatIntegers(char* out, std::size_t size, const char* format, std::va_list arguments);

}  // namespace couverture::wasm

#endif  // COUVERTURE_WASM_INTEGER_FORMAT_H_
