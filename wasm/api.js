// The JavaScript API over the embind module (wasm/bindings.cpp): Couverture.create({rules, lang,
// date}) -> engine. It translates types only (objects <-> JSON text, error values -> Error); every
// decision and every text comes from the engine. A result is the engine's own result JSON, the
// one `couverture assess` prints: for a new class of answers, its template (template.js), then
// per answer set the texts of the template's holes.
import {couvertureError, describe, engineError, isoDate} from './errors.js';
import {besideScript, moduleLoader, nativeFunction, node} from './module.js';
import {deepFreeze, prepareTemplate, remember} from './template.js';

// Results remembered for answers asked again (a widget re-asks the few states of one student),
// few, so that they die young when every answer set is new; and templates, one per class of
// answers met. Both bounded by count and by bytes (a result's own size: its texts are shared).
const MEMO_ENTRIES = 64;
const MEMO_BYTES = 64 << 10;
const TEMPLATE_ENTRIES = 256;
const TEMPLATE_BYTES = 4 << 20;
const TEXTS_KEPT = 8;  // languages x dates whose texts, templates and memos are kept

// Emscripten's loader is a CommonJS module: required rather than imported, which spares the
// bundle esbuild's interop between the two kinds of module. It instantiates either of the widget's
// modules (wasm/CMakeLists.txt): couverture.wasm, and couverture-layers.wasm, the same engine
// able to compose a layer, which only a page with a layer loads.
const factory = require('couverture:loader');
const MODULE = 'couverture.wasm';
const LAYERS_MODULE = 'couverture-layers.wasm';
const loaders = {[MODULE]: moduleLoader(factory), [LAYERS_MODULE]: moduleLoader(factory)};

// The URL of this script, wherever and however the page loaded it: a classic <script> has
// document.currentScript; a module script has none, but the stack of an error made now names this
// file. The .wasm is looked for beside it. (The ES module, couverture.mjs, names it with
// new URL(…, import.meta.url) instead, which bundlers follow: configure.)
const SCRIPT_URL = typeof document !== 'object' ? null
    : (document.currentScript && document.currentScript.src) ||
      ((/((?:https?|file|blob):[^\s()]+?):\d+:\d+/.exec(new Error().stack) || [])[1]) || null;

// What the script that carries this API gives it (web/widget/entry-*.js) as it runs, before any
// engine loads: the built-in ruleset's text, and in couverture.mjs the modules' addresses as its
// bundler wrote them.
const given = {builtInRules: null, wasmUrl: null, layersWasmUrl: null};
export function configure({builtInRules, wasmUrl = null, layersWasmUrl = null}) {
  given.builtInRules = builtInRules;
  given.wasmUrl = wasmUrl;
  given.layersWasmUrl = layersWasmUrl;
}

// The module: options.wasmBinary's bytes; in Node the file beside this script (or at
// options.wasmUrl, a path); in a page, fetched from options.wasmUrl (relative to the page: a CMS
// that bundles scripts), else from where couverture.mjs's bundler put it, else from beside this
// script. With a layer, couverture-layers.wasm the same way (layersWasmBinary, layersWasmUrl),
// looked for beside couverture.wasm when only wasmUrl says where that is. Served as
// application/wasm it is compiled while it downloads (the browser streams only that type), so that
// it is ready as soon as its last byte is in; else from its bytes.
const SMALLEST_MODULE = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
function load(options) {
  const layered = options.layer != null;
  const file = layered ? LAYERS_MODULE : MODULE;
  const binary = layered ? options.layersWasmBinary : options.wasmBinary;
  const named = layered ? options.layersWasmUrl : options.wasmUrl;
  return loaders[file](async () => {
    if (binary) return {wasm: binary};
    const beside = !layered || named || !options.wasmUrl ? null : options.wasmUrl;
    if (node) {
      const path = module.require('path');
      return {wasm: besideScript(file, named || (beside && path.join(path.dirname(beside), file)))};
    }
    const page = document.baseURI;
    const url = named ? new URL(named, page).href
        : beside ? new URL(file, new URL(beside, page)).href
        : (layered ? given.layersWasmUrl : given.wasmUrl) || new URL(file, SCRIPT_URL || page).href;
    // The minimal loader would never settle if it could not compile the module, so what would stop
    // it is met here first: a CSP that refuses to compile any (tried on the smallest module there
    // is, while the .wasm downloads), and bytes that are not a WebAssembly module (a server's error
    // page).
    const allowed = WebAssembly.compile(SMALLEST_MODULE);
    allowed.catch(() => {});  // awaited below, after a failed download has been said
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    if (WebAssembly.compileStreaming && response.headers.get('Content-Type') === 'application/wasm') {
      const compiled = WebAssembly.compileStreaming(response);
      compiled.catch(() => {});
      await allowed;
      try {
        return {wasm: await compiled};
      } catch (error) {
        // A download cut short is not a CompileError: said as the network's error.
        const what = error instanceof WebAssembly.CompileError ? 'not a WebAssembly module' : 'not loaded';
        throw new Error(`${url}: ${what} (${error.message})`, {cause: error});
      }
    }
    const wasm = await response.arrayBuffer();
    if (!WebAssembly.validate(wasm)) throw new Error(`${url}: not a WebAssembly module`);
    await allowed;
    return {wasm};
  });
}

// The module's C functions (wasm/bindings.cpp: couverture_result_parts for resultParts) act on
// the engine whose handle they get first; an engine object binds them to one handle. Two return a
// number (true or false), the others a text. Only CouvertureEngine holds the handle, and drops it
// on dispose.
const NATIVE_NUMBERS = ['load', 'loadLayered', 'select'];
const NATIVE_TEXTS = ['languages', 'resolveLanguage', 'matchLanguage', 'questions', 'metadata', 'resultParts',
                      'resultTemplate', 'linkAnswers', 'linkQuery', 'layerNotes', 'error', 'errorPath', 'errorMessage'];
function nativeEngine(module) {
  const handle = module.create();
  let alive = true;
  const native = {
    delete() {
      if (!alive) return;  // freed once, whoever asks again
      alive = false;
      module.destroy(handle);
    },
  };
  for (const name of [...NATIVE_NUMBERS, ...NATIVE_TEXTS]) {
    const c = name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
    native[name] = nativeFunction(module, c, NATIVE_TEXTS.includes(name), handle);
  }
  return native;
}

// A JSON pointer token (RFC 6901) for a key.
const pointer = (key) => `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;

// Answers as the engine reads them: a JSON object. What JSON cannot carry faithfully is refused
// here, by name, instead of being dropped or changed by JSON.stringify: undefined, functions,
// symbols and BigInts, -0 (written 0), NaN and infinities (written null), and values that cannot
// be written at all (cycles). The engine judges everything else.
function answersJson(answers) {
  if (typeof answers === 'string') return answers;
  if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) {
    throw couvertureError('', `answers must be an object keyed by question id, or its JSON text; got ${describe(answers)}`);
  }
  for (const id of Object.keys(answers)) {
    const value = answers[id];
    const type = typeof value;
    if (type === 'string' || type === 'boolean' || value === null) continue;  // the usual answers
    if (type === 'number') {
      if (!Number.isFinite(value)) throw couvertureError(pointer(id), `expected a number, got ${value}`);
      if (value === 0 && 1 / value < 0) throw couvertureError(pointer(id), 'got -0, which JSON would turn into 0: give 0');
    } else if (type === 'object') {
      try {
        JSON.stringify(value);
      } catch (error) {
        // V8's message for a cycle spans several lines: the first says what it is.
        throw couvertureError(pointer(id), `cannot be written as JSON (${String(error.message).split('\n')[0]})`);
      }
    } else {
      throw couvertureError(pointer(id), `${describe(value)} cannot be an answer (JSON cannot carry it): give null for "unanswered"`);
    }
  }
  return JSON.stringify(answers);
}

class CouvertureEngine {
  #native;
  #languages;
  #lang;
  #date;
  #perText = new Map();  // lang + date -> the texts and what is kept for them (#texts)
  #last = null;
  #layer;

  constructor(native, options) {
    this.#native = native;
    const notes = native.layerNotes();
    this.#layer = notes ? deepFreeze(JSON.parse(notes)) : null;
    this.#languages = native.languages().split('\n').filter(Boolean);
    this.lang = options.lang == null ? this.#languages[0] : options.lang;
    this.date = options.date;
  }

  // With a layer: {warnings: [{kind, path, message}], overrides: [...]}, paths in the layer (a
  // base of another version; every national row the layer overrides). null without a layer.
  get layer() { return this.#layer; }

  // The languages the ruleset declares; `lang` is always one of them.
  get languages() { return this.#languages.slice(); }

  get lang() { return this.#lang; }
  // Any tag that names one of the ruleset's languages: "fr", "FR", "fr-CA" finds "fr".
  set lang(value) { this.#lang = this.#checkedLang(value); }

  #checkedLang(value) {
    if (typeof value !== 'string') {
      throw couvertureError('', `lang must be a language tag such as "${this.#languages[0]}", got ${describe(value)}`);
    }
    const native = this.#alive();
    const resolved = native.resolveLanguage(value);
    if (!resolved) throw engineError(native);
    return resolved;
  }

  // The declared language a tag names, or null: for choosing among the page's languages.
  matchLanguage(tag) {
    return typeof tag === 'string' ? this.#alive().matchLanguage(tag) || null : null;
  }

  // The date assessments are made at, YYYY-MM-DD (today by default, and when set to null or
  // undefined): dated parameters such as a fee take their value at this date.
  get date() { return this.#date; }
  set date(value) {
    const text = this.#checkedDate(value);
    this.#texts(this.#lang, text);  // the engine checks it, and that every parameter has a value then
    this.#date = text;
  }

  // YYYY-MM-DD from a string, a Date, or null/undefined (today); the engine checks the string.
  #checkedDate(value) {
    if (value == null) return isoDate();
    if (value instanceof Date) return isoDate(value);
    if (typeof value !== 'string') throw couvertureError('', `date must be a date such as "2026-09-01", got ${describe(value)}`);
    return value;
  }

  // The questions with their types, domains and texts in `lang`, in table order.
  get questions() { return this.#texts(this.#lang, this.#date).questions; }

  // The ruleset's metadata: id, version, format, title, languages, sources, validity, decisions.
  get ruleset() { return this.#texts(this.#lang, this.#date).ruleset; }

  // answers: an object keyed by question id (null or absent = unanswered), or its JSON text.
  // Returns the result object of engine/README.md, the same as `couverture assess` prints, frozen.
  // Throws an Error naming the field on bad answers.
  assess(answers = {}, lang = this.#lang, date = this.#date) {
    if (lang !== this.#lang) lang = this.#checkedLang(lang);
    if (date !== this.#date) date = this.#checkedDate(date);
    const key = answersJson(answers);
    const texts = this.#texts(lang, date);
    const cached = texts.results.get(key);
    if (cached) return cached.result;
    const native = this.#native;
    const parts = native.resultParts(key);
    if (!parts) throw engineError(native);
    const {k, h} = JSON.parse(parts);
    let template = texts.templates.get(k);
    if (!template) {
      template = prepareTemplate(native.resultTemplate());
      remember(texts.templates, k, template, TEMPLATE_ENTRIES, TEMPLATE_BYTES);
    }
    const result = template.result || template.fill(h);
    // A result with holes has sentences of its own (the rest it shares with its template).
    remember(texts.results, key, {result, size: 2 * key.length + 64 + (template.own || 0)}, MEMO_ENTRIES, MEMO_BYTES);
    return result;
  }

  // The answers a replay link's query holds (what follows "#couverture:"), checked by the engine;
  // and the query for a set of answers.
  answersFromLink(query) {
    if (typeof query !== 'string') throw couvertureError('', `a link query must be a string, got ${describe(query)}`);
    const native = this.#alive();
    const json = native.linkAnswers(query);
    if (!json) throw engineError(native);
    return JSON.parse(json);
  }

  linkFor(answers) {
    const native = this.#alive();
    const query = native.linkQuery(answersJson(answers));
    if (!query && native.error()) throw engineError(native);
    return query;
  }

  // Frees the WebAssembly memory the ruleset holds; the engine is unusable afterwards.
  dispose() {
    if (this.#native) this.#native.delete();
    this.#native = null;
    this.#perText.clear();
    this.#last = null;
  }

  #alive() {
    if (!this.#native) throw new Error('this Couverture engine was disposed');
    return this.#native;
  }

  // The engine's texts in a language at a date (which it renders once): the questions and the
  // metadata, with the templates and the results kept for them; selecting them in the engine for
  // the results that follow.
  #texts(lang, date) {
    const last = this.#last;
    if (last && last.lang === lang && last.date === date) return last;
    const native = this.#alive();
    this.#last = null;
    if (!native.select(lang, date)) throw engineError(native);
    const key = `${lang}\u0000${date}`;
    let entry = this.#perText.get(key);
    if (!entry) {
      const questions = native.questions();
      const ruleset = questions && native.metadata();
      if (!ruleset) throw engineError(native);
      entry = {lang, date, questions: deepFreeze(JSON.parse(questions)), ruleset: deepFreeze(JSON.parse(ruleset)),
               templates: new Map(), results: new Map()};
      // A page uses a language or two at one date: a caller going through dates keeps the last few.
      if (this.#perText.size >= TEXTS_KEPT) this.#perText.delete(this.#perText.keys().next().value);
      this.#perText.set(key, entry);
    }
    return this.#last = entry;
  }
}

export const Couverture = {
  // The engine's limits on what it reads (engine/README.md#limits), for callers that enforce them
  // before the engine sees the input: {rulesetBytes, answersBytes, answerKeys, linkBytes, ...}.
  // Given create()'s options, it loads the module create() will use (with a layer, the layers one).
  async limits(options = {}) {
    const module = await load(options);
    return JSON.parse(nativeFunction(module, 'limits', true)());
  },

  // options.rules: a ruleset object or its JSON text; default: the built-in ruleset, which this
  // script carries (the build's COUVERTURE_BUILT_IN_RULES).
  // options.layer: a university's layer over those rules (an object or its JSON text;
  // engine/README.md, "Layers"): composed by the engine; errors have paths in the layer.
  // options.lang: the language of texts (default: the ruleset's first language).
  // options.date: the date assessments are made at, YYYY-MM-DD or a Date (default: today).
  // options.wasmBinary: the .wasm bytes (Node; optional there when the .wasm sits beside this file).
  // options.wasmUrl: where couverture.wasm is (a URL relative to the page; a file path in Node),
  // when it is not beside this script. The first engine made on a page loads the module.
  // With a layer, the engine is couverture-layers.wasm's: options.layersWasmBinary and
  // options.layersWasmUrl say where it is as wasmBinary and wasmUrl do (default: beside
  // couverture.wasm).
  async create(options = {}) {
    if (options === null || typeof options !== 'object') {
      throw couvertureError('', `Couverture.create takes an options object, got ${describe(options)}`);
    }
    const module = await load(options);
    const text = (value, what) => {
      if (typeof value === 'string') return value;
      try {
        return JSON.stringify(value);
      } catch (error) {
        // One line: V8's circular-structure message spreads the path over three.
        throw couvertureError('', `the ${what} cannot be written as JSON (${String(error.message).replace(/\s*\n\s*/g, ' ')})`);
      }
    };
    const rules = text(options.rules == null ? given.builtInRules : options.rules, 'ruleset');
    const layer = options.layer == null ? null : text(options.layer, 'layer');
    const native = nativeEngine(module);
    if (!(layer === null ? native.load(rules) : native.loadLayered(rules, layer))) {
      const error = engineError(native);
      native.delete();
      throw error;
    }
    try {
      return new CouvertureEngine(native, options);
    } catch (error) {
      native.delete();
      throw error;
    }
  },
};
