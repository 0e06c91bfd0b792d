// nlohmann/json calls snprintf only to format integers ("\\u%04x" when dumping a control
// character, "<U+%.4X>" when its lexer names one in an error). musl's printf, even its
// integer-only vsniprintf, brings its whole format engine (README.md here has the bytes), and
// nothing in this module formats a floating-point number with printf. So every entry into musl's
// printf that this module's code reaches goes to FormatIntegers (integer_format.h). A format it
// does not handle (anything but integer conversions) stops the module with the format in the
// message (shim_abort.h) rather than print it wrong. The three functions of musl's vsnprintf.c
// are all defined here, so that the linker never takes that file from libc (it would clash with
// them), and snprintf beside them.
#include <cstdarg>
#include <cstddef>

#include "integer_format.h"
#include "shim_abort.h"

namespace {

int Format(char* out, std::size_t size, const char* format, std::va_list arguments) {
  const int written = couverture::wasm::FormatIntegers(out, size, format, arguments);
  if (written < 0) {
    couverture_shim_abort("snprintf in wasm/shims formats integers only, not: ", format);
  }
  return written;
}

}  // namespace

extern "C" int vsnprintf(char* out, std::size_t size, const char* format, std::va_list arguments) {
  return Format(out, size, format, arguments);
}

extern "C" int vsniprintf(char* out, std::size_t size, const char* format, std::va_list arguments) {
  return Format(out, size, format, arguments);
}

extern "C" int __small_vsnprintf(char* out, std::size_t size, const char* format,
                                 std::va_list arguments) {
  return Format(out, size, format, arguments);
}

extern "C" int snprintf(char* out, std::size_t size, const char* format, ...) {
  std::va_list arguments;
  va_start(arguments, format);
  const int written = Format(out, size, format, arguments);
  va_end(arguments);
  return written;
}
