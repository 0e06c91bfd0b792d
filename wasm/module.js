// Loading an Emscripten module (the widget's, the studio's): one compiled module per page or
// process, shared by every engine made from it, and loaded again only after a failed attempt.
import {couvertureError} from './errors.js';

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
      loading = Promise.resolve().then(settings).then((given) => start(factory, given));
      loading.catch(() => { loading = null; });  // a failed download may be retried
    }
    return loading;
  };
}

// Emscripten's minimal loader hands settings.wasm to WebAssembly.instantiate and reads `.instance`
// from what that resolves to, which bytes give ({module, instance}) but a module already compiled
// (while it downloaded: wasm/api.js) does not (the instance alone). For the synchronous call in
// which the loader starts, instantiate gives that one shape for a compiled module too (where the
// page has not frozen WebAssembly: compiledAccepted()).
export const compiledAccepted = () => {
  const instantiate = Object.getOwnPropertyDescriptor(WebAssembly, 'instantiate');
  return !!instantiate && instantiate.writable && !Object.isFrozen(WebAssembly);
};
function start(factory, settings) {
  const compiled = typeof WebAssembly === 'object' && settings.wasm instanceof WebAssembly.Module;
  if (!compiled) return factory(settings);
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = (module, imports) => instantiate(module, imports).then((instance) => ({module, instance}));
  try {
    return factory(settings);
  } finally {
    WebAssembly.instantiate = instantiate;
  }
}

// The module's C function couverture_<name> (wasm/bindings.cpp), which the loader hands out as
// `name` (wasm/CMakeLists.txt), as a JavaScript function of
// `leading` (an engine's handle, if any) and then its arguments: each text is written to the
// module's memory for the call, UTF-8 at a pointer, with its byte count; the result is read back
// as a text (up to its NUL) when `text`, else returned as the number it is. module.heap() is the
// module's memory as it is now (it grows).
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const LONE_SURROGATE = /\p{Cs}/u;  // in a u regex, a surrogate pair is one code point: only lone ones match

export function nativeFunction(module, name, text, ...leading) {
  const fn = module[name];
  return (...args) => {
    const values = [...leading];
    const allocated = [];
    try {
      for (const arg of args) {
        if (typeof arg !== 'string') {
          values.push(arg);
          continue;
        }
        // TextEncoder would write U+FFFD for a lone surrogate: silently another text.
        const lone = LONE_SURROGATE.exec(arg);
        if (lone) throw couvertureError('', `not Unicode text: a lone surrogate at character ${lone.index + 1}`);
        const bytes = encoder.encode(arg);
        const pointer = module.malloc(bytes.length + 1);
        allocated.push(pointer);
        module.heap().set(bytes, pointer);
        values.push(pointer, bytes.length);
      }
      const out = fn(...values);
      if (!text) return out;
      const heap = module.heap();
      return decoder.decode(heap.subarray(out, heap.indexOf(0, out)));
    } finally {
      for (const pointer of allocated) module.free(pointer);
    }
  };
}
