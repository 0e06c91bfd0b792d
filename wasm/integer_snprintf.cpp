// nlohmann/json calls snprintf only to format integers: "\\u%04x" when dumping a control
// character, "<U+%.4X>" when the lexer names one in an error. musl's snprintf links the
// long double formatter with it, which nothing in this module uses; Emscripten's libc keeps an
// integer-only variant, so snprintf goes there (see wasm/README.md for the bytes saved).
#include <cstdarg>
#include <cstddef>
#include <cstdio>

extern "C" int vsniprintf(char* out, std::size_t size, const char* format, std::va_list arguments);

extern "C" int snprintf(char* out, std::size_t size, const char* format, ...) {
  std::va_list arguments;
  va_start(arguments, format);
  const int written = vsniprintf(out, size, format, arguments);
  va_end(arguments);
  return written;
}
