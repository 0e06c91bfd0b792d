// What a shim does when it meets something it does not handle: it stops the module with a message
// (Emscripten's abort writes "Aborted(<what><text>)" to the console and throws a RuntimeError
// with it into the JavaScript that called the module) rather than return an error value that its
// caller, written for the real function, would not read.
#ifndef COUVERTURE_WASM_SHIMS_SHIM_ABORT_H_
#define COUVERTURE_WASM_SHIMS_SHIM_ABORT_H_

extern "C" [[noreturn]] void couverture_shim_abort(const char* what, const char* text);

#endif  // COUVERTURE_WASM_SHIMS_SHIM_ABORT_H_
