#include "shim_abort.h"

#include <emscripten.h>

#include <cstdlib>

// clang-format off
EM_JS(void, couverture_shim_abort_js, (const char* what, const char* text), {
  abort(UTF8ToString(what) + UTF8ToString(text));
});
// clang-format on

extern "C" void couverture_shim_abort(const char* what, const char* text) {
  couverture_shim_abort_js(what, text);
  std::abort();  // not reached: abort() throws
}
