// Loading an Emscripten module (the widget's, the studio's): one compiled module per page or
// process, shared by every engine made from it, and loaded again only after a failed attempt.

const node = typeof process === 'object' && process.versions && process.versions.node &&
    typeof __dirname === 'string';

// factory: the MODULARIZE loader Emscripten wrote; wasmName: its .wasm's file name.
// Returns load(options) -> Promise of the module. options.wasmBinary: the bytes; in Node they are
// read from beside this script (the loader would otherwise fetch() a file path).
// options.locateFile: where the .wasm is, for a page (see api.js).
export function moduleLoader(factory, wasmName) {
  let loading = null;
  return function load(options) {
    if (!loading) {
      const settings = {};
      if (options.wasmBinary) {
        settings.wasmBinary = options.wasmBinary;
      } else if (node) {
        settings.wasmBinary = require('fs').readFileSync(options.wasmUrl || require('path').join(__dirname, wasmName));
      } else if (options.locateFile) {
        settings.locateFile = options.locateFile;
      }
      loading = factory(settings);
      loading.catch(() => { loading = null; });  // a failed download may be retried
    }
    return loading;
  };
}
