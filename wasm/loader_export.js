// Appended after Emscripten's minimal loader (--extern-post-js), which exports nothing itself: to
// esbuild it is a CommonJS module whose export is the factory wasm/api.js requires.
module.exports = CouvertureModule;
