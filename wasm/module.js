// Loading an Emscripten module (the widget's, the studio's): one compiled module per page or
// process, shared by every engine made from it, and loaded again only after a failed attempt.

export const node = typeof process === 'object' && process.versions && process.versions.node &&
    typeof __dirname === 'string';

// A file beside this script, in Node (the .wasm: its bytes are what the loaders are given there).
// Through module.require, Node's own: a require() call would make esbuild add its stand-in for
// pages, which never come here.
export function besideScript(name, path) {
  return module.require('fs').readFileSync(path || module.require('path').join(__dirname, name));
}

// factory: the MODULARIZE loader Emscripten wrote. Returns load(settings) -> Promise of the module,
// where settings() gives (or promises) what the factory is given, asked for once per attempt.
export function moduleLoader(factory) {
  let loading = null;
  return function load(settings) {
    if (!loading) {
      loading = Promise.resolve().then(settings).then(factory);
      loading.catch(() => { loading = null; });  // a failed download may be retried
    }
    return loading;
  };
}

// The module's C function couverture_<name> (wasm/bindings.cpp) as a JavaScript function of
// `leading` (an engine's handle, if any) and then its arguments: each text is written to the
// module's memory for the call, as a pointer and a byte count; the result is read back as a text
// when `text`, else returned as the number it is.
export function nativeFunction(module, name, text, ...leading) {
  const fn = module[`_couverture_${name}`];
  return (...args) => {
    const values = [...leading];
    const allocated = [];
    try {
      for (const arg of args) {
        if (typeof arg !== 'string') {
          values.push(arg);
          continue;
        }
        const size = module.lengthBytesUTF8(arg) + 1;
        const pointer = module._malloc(size);
        allocated.push(pointer);
        module.stringToUTF8(arg, pointer, size);
        values.push(pointer, size - 1);
      }
      const out = fn(...values);
      return text ? module.UTF8ToString(out) : out;
    } finally {
      for (const pointer of allocated) module._free(pointer);
    }
  };
}
