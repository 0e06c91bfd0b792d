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
  // message, path, answers, place, plain}]}. A ruleset that does not load is not exceptional here:
  // each of its load errors is a finding of kind "invalid", and malformed JSON's has `line` and
  // `column`, the place to fix. `place` and `plain` say where and what in plain words, in the
  // language of options.ui (en or fr; the ruleset's names in its language closest to it).
  // options.today: YYYY-MM-DD the validity and review dates are compared with (default: today;
  // "" skips them).
  check(rules, {today = isoDate(), ui = 'en'} = {}) {
    const errors = this._load(rules, ui);
    if (errors) {
      return {
        loaded: false, ruleset: null, version: null,
        summary: {errors: errors.length, warnings: 0, info: 0},
        findings: errors.map(({path, message, place, text, line, column}) => ({
          severity: 'error', kind: 'invalid', message, path, answers: null, place, plain: text, line, column})),
      };
    }
    const report = JSON.parse(this._call((native) => native.verify(today)));
    const plain = JSON.parse(this._call((native) => native.plainFindings(ui)));
    report.findings.forEach((finding, i) => {
      finding.place = plain[i].place;
      finding.plain = plain[i].text;
    });
    return {loaded: true, ...report};
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

  // What the studio's forms show, names in the declared language `lang` and the staff's words in
  // options.ui's (en or fr):
  // grid(): each decision as a grid of conditions in words and outcomes, with JSON pointers
  //   (authoring/decision_grid.h); texts(): every text in every language with what uses it
  //   (text_catalog.h); parameters(): dated values with their periods (parameter_periods.h);
  //   sources(): the evidence map (`couverture sources --json`).
  grid(rules, lang, {ui = 'en'} = {}) {
    return this._view(rules, lang, (native, tag) => native.grid(tag, ui));
  }

  texts(rules, lang, {ui = 'en'} = {}) {
    return this._view(rules, lang, (native, tag) => native.texts(tag, ui));
  }

  parameters(rules, lang, {ui = 'en'} = {}) {
    return this._view(rules, lang, (native, tag) => native.parameters(tag, ui));
  }

  sources(rules, lang) {
    return this._view(rules, lang, (native, tag) => native.sources(tag));
  }

  // A part of the question flow (authoring/flow_focus.h): {dot, nodes, edges}. options.decision:
  // a decision's id, its outcomes only (default: every decision); options.root: the flow node to
  // start from (a question's subtree; the drawing names it "n<node>"); options.date as graph().
  flow(rules, lang, {date = isoDate(), decision = '', root = -1, ui = 'en'} = {}) {
    if (typeof decision !== 'string' || !Number.isInteger(root)) {
      throw couvertureError('', 'options.decision must be a decision id and options.root a node number');
    }
    return this._view(rules, lang, (native, tag) => native.flow(tag, date, decision, root, ui));
  }

  // The semantic diff (`couverture diff --json`) from `oldRules` to `newRules`: {classes,
  // questions, decisions, texts, summary, ...}. options.lang: a language both declare (default:
  // the first they share); options.date: texts read at that date (default: today);
  // options.renamed: options renamed, [{question, old, new}] (`--renamed-option`);
  // options.allLanguages: texts compared in every language both declare, each with its `lang`.
  diff(oldRules, newRules, {lang = '', date = isoDate(), renamed = [], allLanguages = false} = {}) {
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
    return JSON.parse(this._call((native) => native.diff(lang, date, lines, Boolean(allLanguages))));
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

  // A view's JSON, parsed.
  _view(rules, lang, run) {
    this._require(rules);
    const tag = this._lang(rules, lang);
    return JSON.parse(this._call((native) => run(native, tag)));
  }

  _lang(rules, lang) {
    return lang == null ? this.languages(rules)[0] : lang;
  }

  // The load errors of `rules` (null when it loads), their plain words in `ui`'s language.
  _load(rules, ui = 'en') {
    const text = rulesText(rules);
    const native = this._alive();
    if (text !== this._editedText || (this._editedErrors && this._errorsUi !== ui)) {
      const ok = native.load(text);
      this._editedText = text;
      this._errorsUi = ui;
      this._editedErrors = ok ? null : JSON.parse(native.loadErrors(ui));
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
