// The rules studio's JavaScript API over its own embind module (wasm/studio_bindings.cpp):
// CouvertureStudio.create() -> studio. The conventions are Couverture's (wasm/api.js): rulesets
// as objects or JSON text in, plain objects out, and the engine's errors as Errors with `.path`
// (a JSON pointer) and `.detail` (the message alone).
import {couvertureError, engineError, isoDate} from './errors.js';
import {besideScript, moduleLoader, node} from './module.js';

// Emscripten's loader is a CommonJS module: required (see api.js).
const loadStudioModule = moduleLoader(require('couverture:loader'));

// A ruleset as the engine reads it: its JSON text (an object is written as JSON).
function rulesText(rules) {
  if (typeof rules === 'string') return rules;
  if (rules === null || typeof rules !== 'object') {
    throw couvertureError('', `a ruleset must be an object or its JSON text, got ${rules === null ? 'null' : typeof rules}`);
  }
  try {
    return JSON.stringify(rules);
  } catch (error) {
    throw couvertureError('', `the ruleset cannot be written as JSON (${error.message})`);
  }
}

class CouvertureStudioSession {
  constructor(module) {
    this._module = module;
    this._native = new module.Studio();
    // The texts last loaded into the engine, so that check(), table() and graph() of the same
    // edit load it once; and the edited one's load errors (null when it loaded).
    this._editedText = null;
    this._editedErrors = null;
    this._baseText = null;
  }

  // The compiled-in ruleset's JSON text (what the widget uses without `rules`).
  get defaultRules() { return this._module.defaultRules(); }

  // Load errors and verifier findings of a ruleset, in one shape (`couverture check --json`):
  // {loaded, ruleset, version, summary: {errors, warnings, info, ...}, findings: [{severity, kind,
  // message, path, answers}]}. A ruleset that does not load is not exceptional here: each of its
  // load errors is a finding of kind "invalid". options.today: YYYY-MM-DD the validity and review
  // dates are compared with (default: today; "" skips them).
  check(rules, {today = isoDate()} = {}) {
    const errors = this._load(rules);
    if (errors) {
      return {
        loaded: false, ruleset: null, version: null,
        summary: {errors: errors.length, warnings: 0, info: 0},
        findings: errors.map(({path, message}) => ({severity: 'error', kind: 'invalid', message, path, answers: null})),
      };
    }
    const report = this._call((native) => native.verify(today));
    return {loaded: true, ...JSON.parse(report)};
  }

  // A layer composed over a base and checked, in check()'s shape with `composed` (the plain
  // ruleset, for the views) and the layer's notes among the findings. Paths are the layer's: a
  // finding about what the layer put in the composition is taken back to where the layer says
  // it (the engine's origins); one about the base alone keeps its path and says so.
  checkLayered(base, layer, options = {}) {
    const result = JSON.parse(this._module.compose(rulesText(base), rulesText(layer)));
    if (result.errors) {
      return {
        loaded: false, ruleset: null, version: null, composed: null,
        summary: {errors: result.errors.length, warnings: 0, info: 0},
        findings: result.errors.map(({path, message}) => ({severity: 'error', kind: 'invalid', message, path, answers: null})),
      };
    }
    const report = this.check(result.ruleset, options);
    const inLayer = (path) => {
      let best = null;
      for (const [composed, from] of result.origins) {
        const fits = path === composed || path.startsWith(`${composed}/`);
        if (fits && (!best || composed.length > best[0].length)) best = [composed, from];
      }
      return best && best[1] + path.slice(best[0].length);
    };
    const findings = report.findings.map((f) => {
      const path = inLayer(f.path);
      return path === null ? {...f, message: `${f.message} (in the base, at ${f.path})`, path: ''} : {...f, path};
    });
    const notes = [...result.notes.warnings.map((n) => ({severity: 'warning', ...n})),
                   ...result.notes.overrides.map((n) => ({severity: 'info', ...n}))]
        .map(({severity, kind, path, message}) => ({severity, kind, message, path, answers: null}));
    report.summary.warnings += result.notes.warnings.length;
    report.summary.info += result.notes.overrides.length;
    return {...report, composed: result.ruleset, findings: [...notes, ...findings]};
  }

  // The declared languages of a ruleset; its format (1 or 2).
  languages(rules) {
    this._require(rules);
    return this._native.languages().split('\n').filter(Boolean);
  }

  format(rules) {
    this._require(rules);
    return this._native.format();
  }

  // The coverage tables as `couverture table` draws them, as data: {id, version, title, not_asked,
  // tables: [{decision, title, header, rows, total, note}]}. options.rows: the rows listed per
  // table (default 10 000, the CLI's); `total` counts them all.
  table(rules, lang, {rows = 10000} = {}) {
    this._require(rules);
    return JSON.parse(this._call((native) => native.table(this._lang(rules, lang), rows)));
  }

  // The question flow as Graphviz DOT (`couverture graph`), leaves filled by outcome.
  // options.date: parameters in texts read at that date (default: today).
  graph(rules, lang, {date = isoDate()} = {}) {
    this._require(rules);
    return this._call((native) => native.graph(this._lang(rules, lang), date));
  }

  // The semantic diff (`couverture diff --json`) from `oldRules` to `newRules`: {classes,
  // questions, decisions, texts, summary, ...}. options.lang: a language both declare (default:
  // the first they share); options.date: texts read at that date (default: today);
  // options.renamed: options renamed, [{question, old, new}] (`--renamed-option`).
  diff(oldRules, newRules, {lang = '', date = isoDate(), renamed = []} = {}) {
    const oldText = rulesText(oldRules);
    if (oldText !== this._baseText) {
      this._baseText = null;
      if (!this._native.loadBase(oldText)) throw this._prefixed('old ruleset');
      this._baseText = oldText;
    }
    this._require(newRules, 'new ruleset');
    const ids = (r) => [r.question, r.old, r.new];
    if (!Array.isArray(renamed) || !renamed.every((r) => r && ids(r).every((id) => typeof id === 'string' && !/[\t\n]/.test(id)))) {
      throw couvertureError('', 'options.renamed must be an array of {question, old, new} option ids');
    }
    const lines = renamed.map((r) => ids(r).join('\t')).join('\n');
    return JSON.parse(this._call((native) => native.diff(lang, date, lines)));
  }

  // One scenario per class of answers (`couverture scenarios`): [{name, scenario}].
  scenarios(rules, {lang, date = ''} = {}) {
    this._require(rules);
    return JSON.parse(this._call((native) => native.scenarios(this._lang(rules, lang), date)));
  }

  // The ruleset's text in format 2 (`couverture migrate`).
  migrate(rules) {
    return this._call((native) => native.migrate(rulesText(rules)));
  }

  // Frees the WebAssembly memory; the session is unusable afterwards.
  dispose() {
    if (this._native) this._native.delete();
    this._native = null;
  }

  _alive() {
    if (!this._native) throw new Error('this CouvertureStudio session was disposed');
    return this._native;
  }

  // An engine call whose empty answer means an error.
  _call(run) {
    const native = this._alive();
    const out = run(native);
    if (out === '') throw engineError(native);
    return out;
  }

  _lang(rules, lang) {
    return lang == null ? this.languages(rules)[0] : lang;
  }

  _load(rules) {
    const text = rulesText(rules);
    const native = this._alive();
    if (text !== this._editedText) {
      const ok = native.load(text);
      this._editedText = text;
      this._editedErrors = ok ? null : JSON.parse(native.loadErrors());
    }
    return this._editedErrors;
  }

  _require(rules, what = '') {
    const errors = this._load(rules);
    if (!errors) return;
    const [{path, message}] = errors;
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    const prefix = what ? `${what}: ` : '';
    throw couvertureError(path, message, `${prefix}${path ? `${path}: ` : ''}${message}${more}`);
  }

  _prefixed(what) {
    const error = engineError(this._native);
    error.message = `${what}: ${error.message}`;
    return error;
  }
}

export const CouvertureStudio = {
  // options.wasmBinary: the .wasm bytes (Node; optional there when the .wasm sits beside this file).
  async create(options = {}) {
    // The bytes when given, and in Node: in a page the loader fetches the .wasm beside itself.
    const module = await loadStudioModule(() => (options.wasmBinary ? {wasmBinary: options.wasmBinary}
        : node ? {wasmBinary: besideScript('couverture-studio.wasm')} : {}));
    return new CouvertureStudioSession(module);
  },
};
