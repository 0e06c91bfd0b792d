// The JavaScript API over the embind module: Couverture.create({rules, lang}) -> engine.
// It translates types only (objects <-> JSON text, error values -> Error); every decision and every
// text comes from the engine. Concatenated after Emscripten's output, where CouvertureModule (the
// module factory) is in scope.

// How many results an engine remembers (each holds its own texts: a few KB).
const MEMO_SIZE = 256;

// One compiled module per page or process, shared by every engine and element.
let modulePromise = null;

function loadModule(options) {
  if (!modulePromise) {
    const settings = {};
    if (options.wasmBinary) {
      settings.wasmBinary = options.wasmBinary;
    } else if (typeof process === 'object' && process.versions && process.versions.node &&
               typeof __dirname === 'string') {
      // Node: give the bytes, since the loader would otherwise fetch() a file path.
      settings.wasmBinary = require('fs').readFileSync(require('path').join(__dirname, 'couverture.wasm'));
    }
    modulePromise = CouvertureModule(settings);
    modulePromise.catch(() => { modulePromise = null; });  // a failed download may be retried
  }
  return modulePromise;
}

// The engine's error, as a JavaScript Error: message = the one-line summary naming the path;
// path and detail = the first error's JSON pointer and message, for inline display.
function engineError(native) {
  return couvertureError(native.errorPath(), native.errorMessage(), native.error());
}

function couvertureError(path, detail, message = `${path}: ${detail}`) {
  const error = new Error(message);
  error.name = 'CouvertureError';
  error.path = path;
  error.detail = detail;
  return error;
}

// A result is a value: frozen, so that one can be handed to the page and kept.
function deepFreeze(value) {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze(value[key]);
  }
  return value;
}

class CouvertureEngine {
  constructor(native, lang) {
    this._native = native;
    this._perLang = new Map();  // lang -> {questions, ruleset}: constant for a loaded ruleset
    this._memo = new Map();     // lang -> (answers JSON -> result, oldest first)
    const languages = native.languages().split('\n').filter(Boolean);
    this._languages = languages;
    this.lang = lang == null ? languages[0] : lang;  // an unknown one throws, as the setter does
  }

  // The languages the ruleset declares; `lang` must be one of them.
  get languages() { return this._languages.slice(); }

  get lang() { return this._lang; }
  set lang(value) {
    if (!this._languages.includes(value)) {
      throw new Error(`unknown language "${value}" (the ruleset has ${this._languages.join(', ')})`);
    }
    this._lang = value;
  }

  // The questions with their types, domains and texts in `lang`, in table order.
  get questions() { return this._describe(this._lang).questions; }

  // The ruleset's metadata: id, version, title, languages, source, validity.
  get ruleset() { return this._describe(this._lang).ruleset; }

  // answers: an object keyed by question id (null or absent = unanswered), or its JSON text.
  // Returns the result object of engine/README.md, the same as `couverture assess` prints.
  // Throws an Error naming the field on bad answers.
  // Results are memoized by (lang, answers text): an assessment is a pure function of them, and
  // rendering the texts (not deciding) is what costs, ~50 us natively. Results are frozen, so a
  // shared one cannot be altered by whoever received it first.
  assess(answers = {}, lang = this._lang) {
    const json = typeof answers === 'string' ? answers : JSON.stringify(answers);
    // JSON has no NaN or Infinity: JSON.stringify quietly made them null (unanswered). Looked for
    // only when the text has a null, so that the memoized path stays as fast as it was.
    if (json.includes('null')) {
      for (const id in answers) {
        const value = answers[id];
        if (typeof value === 'number' && !isFinite(value)) throw couvertureError(`/${id}`, `expected a number, got ${value}`);
      }
    }
    let memo = this._memo.get(lang);
    const cached = memo && memo.get(json);
    if (cached) return cached;
    const native = this._alive();
    const text = native.assess(json, lang);
    if (!text) throw engineError(native);
    const result = deepFreeze(JSON.parse(text));
    if (!memo) this._memo.set(lang, memo = new Map());
    if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value);
    memo.set(json, result);
    return result;
  }

  // Frees the WebAssembly memory the ruleset holds; the engine is unusable afterwards.
  dispose() {
    if (this._native) this._native.delete();
    this._native = null;
    this._memo.clear();
  }

  _alive() {
    if (!this._native) throw new Error('this Couverture engine was disposed');
    return this._native;
  }

  _describe(lang) {
    const native = this._alive();
    let entry = this._perLang.get(lang);
    if (!entry) {
      const questions = native.questions(lang);
      const ruleset = native.metadata(lang);
      if (!questions || !ruleset) throw engineError(native);
      entry = {questions: deepFreeze(JSON.parse(questions)), ruleset: deepFreeze(JSON.parse(ruleset))};
      this._perLang.set(lang, entry);
    }
    return entry;
  }
}

const Couverture = {
  // options.rules: a ruleset object or its JSON text; default: the compiled-in ruleset.
  // options.lang: the language of texts (default: the ruleset's first language).
  // options.wasmBinary: the .wasm bytes (Node; optional there when the .wasm sits beside this file).
  async create(options = {}) {
    const module = await loadModule(options);
    let rules = options.rules == null ? '' : options.rules;
    if (typeof rules !== 'string') rules = JSON.stringify(rules);
    const native = new module.Engine();
    if (!native.load(rules)) {
      const error = engineError(native);
      native.delete();
      throw error;
    }
    try {
      return new CouvertureEngine(native, options.lang);
    } catch (error) {
      native.delete();
      throw error;
    }
  },
};
