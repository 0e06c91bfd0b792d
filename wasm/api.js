// The JavaScript API over the embind module: Couverture.create({rules, lang, date}) -> engine.
// It translates types only (objects <-> JSON text, error values -> Error); every decision and every
// text comes from the engine. A result comes in parts the engine renders (couverture/result.h):
// the catalog (every text of a language at a date, parsed and frozen once), the plan (what answers
// of given classes select from it, and the explanation's sentences with holes for numeric answers,
// prepared once per class of answers) and the holes' texts; `build` joins them into the same object
// `couverture assess` prints, sharing frozen parts between results. Concatenated after
// Emscripten's output, where CouvertureModule (the module factory) is in scope.

// Results remembered for answers asked again (a widget re-asks the few states of one student),
// few, so that they die young when every answer set is new; and plans prepared, one per class of
// answers met. Both bounded by count and by bytes (a result's own size: its texts are shared).
const MEMO_ENTRIES = 64;
const MEMO_BYTES = 64 << 10;
const PLAN_ENTRIES = 256;
const PLAN_BYTES = 4 << 20;
const TEXTS_KEPT = 8;  // languages x dates whose texts, plans and memos are kept

// Adds to a Map used as a cache of bounded count and bytes (entry.size), dropping the oldest.
function remember(cache, key, entry, entries, bytes) {
  if (entry.size > bytes) return;
  while (cache.size >= entries || (cache.size && cache.bytes + entry.size > bytes)) {
    const [oldest, dropped] = cache.entries().next().value;
    cache.bytes -= dropped.size;
    cache.delete(oldest);
  }
  cache.set(key, entry);
  cache.bytes = (cache.bytes || 0) + entry.size;
}

const VERDICTS = ['not_applicable', 'pending', 'decides', 'overridden'];
const HEAD_FIELDS = ['status', 'headline', 'rule', 'documents', 'alternatives', 'steps', 'advice',
                     'extra_insurance', 'extra_insurance_note'];
const NONE = Object.freeze([]);
const UTF8 = new TextDecoder();
const LISTS = ['documents', 'alternatives', 'steps', 'advice'];

// One compiled module per page or process, shared by every engine and element.
let modulePromise = null;

// The URL of this script, wherever and however the page loaded it: a classic <script> has
// document.currentScript; a module script has none, but the stack of an error made now names this
// file. The .wasm is looked for beside it. (The ESM entry of the npm package sets
// COUVERTURE_WASM_URL instead, with new URL(…, import.meta.url), which bundlers follow.)
const SCRIPT_URL = typeof document !== 'object' ? null
    : (document.currentScript && document.currentScript.src) ||
      ((/((?:https?|file|blob):[^\s()]+?):\d+:\d+/.exec(new Error().stack) || [])[1]) || null;

function loadModule(options) {
  if (!modulePromise) {
    const settings = {};
    const node = typeof process === 'object' && process.versions && process.versions.node;
    if (options.wasmBinary) {
      settings.wasmBinary = options.wasmBinary;
    } else if (node && typeof __dirname === 'string') {
      // Node: give the bytes, since the loader would otherwise fetch() a file path.
      settings.wasmBinary = require('fs').readFileSync(options.wasmUrl || require('path').join(__dirname, 'couverture.wasm'));
    } else {
      // options.wasmUrl: where couverture.wasm is, relative to the page (a CMS that bundles scripts).
      const url = options.wasmUrl ? new URL(options.wasmUrl, document.baseURI).href
          : typeof COUVERTURE_WASM_URL === 'string' ? COUVERTURE_WASM_URL : null;
      if (url || SCRIPT_URL) settings.locateFile = (path) => url || new URL(path, SCRIPT_URL).href;
    }
    modulePromise = CouvertureModule(settings);
    modulePromise.catch(() => { modulePromise = null; });  // a failed download may be retried
  }
  return modulePromise;
}

// The module's functions act on the engine whose handle they get first (wasm/bindings.cpp); an
// engine object binds them to one handle. Only CouvertureEngine holds it, and drops it on dispose.
const NATIVE_FUNCTIONS = ['load', 'languages', 'resolveLanguage', 'matchLanguage', 'select', 'questions',
                          'metadata', 'catalog', 'plan', 'answerValues', 'planAt', 'planTemplate',
                          'linkAnswers', 'linkQuery', 'error', 'errorPath', 'errorMessage'];
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
  for (const name of NATIVE_FUNCTIONS) native[name] = module[name].bind(null, handle);
  return native;
}

// The engine's error, as a JavaScript Error: message = the one-line summary naming the path;
// path and detail = the first error's JSON pointer and message, for inline display.
function engineError(native) {
  return couvertureError(native.errorPath(), native.errorMessage(), native.error());
}

function couvertureError(path, detail, message = path ? `${path}: ${detail}` : detail) {
  const error = new Error(message);
  error.name = 'CouvertureError';
  error.path = path;
  error.detail = detail;
  return error;
}

// A JSON pointer token (RFC 6901) for a key.
const pointer = (key) => `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;

function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

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
    if (type === 'undefined' || type === 'function' || type === 'symbol' || type === 'bigint') {
      throw couvertureError(pointer(id), `${describe(value)} cannot be an answer (JSON cannot carry it): give null for "unanswered"`);
    }
    if (type === 'number' && !Number.isFinite(value)) {
      throw couvertureError(pointer(id), `expected a number, got ${value}`);
    }
    if (Object.is(value, -0)) throw couvertureError(pointer(id), 'got -0, which JSON would turn into 0: give 0');
    if (type === 'object' && value !== null) {
      try {
        JSON.stringify(value);
      } catch (error) {
        // V8's message for a cycle spans several lines: the first says what it is.
        throw couvertureError(pointer(id), `cannot be written as JSON (${String(error.message).split('\n')[0]})`);
      }
    }
  }
  return JSON.stringify(answers);
}

// A result is a value: frozen, so that one can be handed to the page and kept.
function deepFreeze(value) {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze(value[key]);
  }
  return value;
}

// The local date, as the engine reads dates.
function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// A hole in a plan's sentences: U+0001 and the question's number in two digits (see
// couverture/result.h), filled with the engine's display text of that answer.
const HOLE = /\u0001(\d\d)/g;

// The parts of results that one plan determines, built once and shared by every result of it.
// A plan serves every answer set whose answers fall in the same classes; only the sentences that
// show a numeric answer ("Age: 30 years") differ between them, through their holes.
function prepare(catalog, plan) {
  const ids = (list) => (list.length ? Object.freeze(list.map((q) => catalog.questions[q])) : NONE);
  const decisions = plan.d.map((p, i) => prepareDecision(catalog.decisions[i], p, catalog.citations));
  const entry = {
    catalog, decisions, complete: plan.c === 1, approximate: plan.x === 1, next: ids(plan.n),
    asked: ids(plan.a), holes: decisions.some((d) => d.holes),
    // Object.fromEntries defines own properties: an id such as "__proto__" is a key like any other.
    sources: Object.freeze(Object.fromEntries(plan.s.map((c) => [catalog.citations[c].id, catalog.citations[c].entry]))),
  };
  if (!entry.holes) entry.result = build(entry, null);
  return entry;
}

// One decision's part of a plan (see PlanText in engine/core/src/plan.h for its shape).
function prepareDecision(d, p, citations) {
  const [applies, complete, status, rule, extra] = p;
  const fields = {
    title: d.title,
    applies: applies === 2 ? null : applies === 0,
    complete: complete === 1,
    status: status >= 0 ? d.statuses[status].id : null,
    headline: status >= 0 ? d.statuses[status].headline : null,
    rule: rule >= 0 ? d.rules[rule] : null,
  };
  LISTS.forEach((list, k) => {
    fields[list] = p[5 + k].length ? Object.freeze(p[5 + k].map((i) => d[list][i])) : NONE;
  });
  fields.extra_insurance = extra >= 0 ? d.extras[extra].id : null;
  fields.extra_insurance_note = extra >= 0 ? d.extras[extra].note : null;
  // Rows without a hole are the same in every result of the plan: frozen once, shared. A row
  // with holes keeps its text cut at them ([text, question, text, ...]), to be joined per result.
  const templates = [];
  const rows = p[9].map(([r, verdict, text, citation], index) => {
    const row = {rule: r >= 0 ? d.rules[r] : null, verdict: VERDICTS[verdict], text,
                 source: citation >= 0 ? citations[citation].id : null};
    if (!text.includes('\u0001')) return Object.freeze(row);
    const parts = text.split(HOLE).map((part, i) => (i % 2 ? Number(part) : part));
    templates.push({index, row, parts});
    return null;
  });
  const decision = {id: d.id, intro: d.intro, fields, rows, templates, holes: templates.length > 0};
  if (!decision.holes) decision.result = decisionResult(decision, null);
  return decision;
}

function decisionResult(decision, holes) {
  const rows = decision.rows.slice();
  for (const {index, row, parts} of decision.templates) {
    let text = parts[0];
    for (let i = 1; i < parts.length; i += 2) text += holes[parts[i]] + parts[i + 1];
    rows[index] = Object.freeze({rule: row.rule, verdict: row.verdict, text, source: row.source});
  }
  return Object.freeze({...decision.fields,
                        explanation: Object.freeze({intro: decision.intro, rules: Object.freeze(rows)})});
}

// The result object `couverture assess` prints, from a prepared plan and its holes' texts.
function build(entry, holes) {
  const {catalog} = entry;
  const decisions = entry.decisions.map((d) => d.result || decisionResult(d, holes));
  const head = decisions[0];
  const result = {ruleset: catalog.ruleset, version: catalog.version, lang: catalog.lang, date: catalog.date,
                  complete: entry.complete};
  for (const field of HEAD_FIELDS) result[field] = head[field];
  result.next = entry.next;
  result.asked = entry.asked;
  result.explanation = head.explanation;
  if (entry.approximate) result.approximate = true;
  result.sources = entry.sources;
  result.decisions = Object.freeze(Object.fromEntries(entry.decisions.map((d, i) => [d.id, decisions[i]])));
  return Object.freeze(result);
}

class CouvertureEngine {
  constructor(native, options) {
    this._native = native;
    this._perText = new Map();  // lang + date -> the texts and what is kept for them (_texts)

    this._languages = native.languages().split('\n').filter(Boolean);
    this.lang = options.lang == null ? this._languages[0] : options.lang;
    this.date = options.date;
  }

  // The languages the ruleset declares; `lang` is always one of them.
  get languages() { return this._languages.slice(); }

  get lang() { return this._lang; }
  // Any tag that names one of the ruleset's languages: "fr", "FR", "fr-CA" finds "fr".
  set lang(value) { this._lang = this._checkedLang(value); }

  _checkedLang(value) {
    if (typeof value !== 'string') {
      throw couvertureError('', `lang must be a language tag such as "${this._languages[0]}", got ${describe(value)}`);
    }
    const native = this._alive();
    const resolved = native.resolveLanguage(value);
    if (!resolved) throw engineError(native);
    return resolved;
  }

  // The declared language a tag names, or null: for choosing among the page's languages.
  matchLanguage(tag) {
    return typeof tag === 'string' ? this._alive().matchLanguage(tag) || null : null;
  }

  // The date assessments are made at, YYYY-MM-DD (today by default, and when set to null or
  // undefined): dated parameters such as a fee take their value at this date.
  get date() { return this._date; }
  set date(value) {
    const text = this._checkedDate(value);
    this._texts(this._lang, text);  // the engine checks it, and that every parameter has a value then
    this._date = text;
  }

  // YYYY-MM-DD from a string, a Date, or null/undefined (today); the engine checks the string.
  _checkedDate(value) {
    if (value == null) return today();
    if (value instanceof Date) {
      return `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}`;
    }
    if (typeof value !== 'string') throw couvertureError('', `date must be a date such as "2026-09-01", got ${describe(value)}`);
    return value;
  }

  // The questions with their types, domains and texts in `lang`, in table order.
  get questions() { return this._texts(this._lang, this._date).questions; }

  // The ruleset's metadata: id, version, format, title, languages, sources, validity, decisions.
  get ruleset() { return this._texts(this._lang, this._date).ruleset; }

  // answers: an object keyed by question id (null or absent = unanswered), or its JSON text.
  // Returns the result object of engine/README.md, the same as `couverture assess` prints, frozen.
  // Throws an Error naming the field on bad answers.
  assess(answers = {}, lang = this._lang, date = this._date) {
    if (lang !== this._lang) lang = this._checkedLang(lang);
    if (date !== this._date) date = this._checkedDate(date);
    // Answers whose every value has its question's type go to the engine as numbers (see
    // Engine::PlanAt); anything else as JSON text, whose errors the engine names. Each way has its
    // own memo, so that a JSON text can never be taken for the other's key. Before _texts: the
    // first _typed reads the questions, which selects the engine's default language and date.
    const typed = typeof answers === 'object' && this._typed(answers);
    const texts = this._texts(lang, date);
    const native = this._native;
    const key = typed ? typed.key : answersJson(answers);
    const memo = typed ? texts.typedMemo : texts.jsonMemo;
    const cached = memo.get(key);
    if (cached) return cached.result;
    let bytes;
    if (typed) {
      let values = this._values;
      if (!values || !values.length) values = this._values = native.answerValues();  // after memory growth
      for (let i = 0; i < typed.count; i++) values[this._indexes[i]] = this._stored[i];
      bytes = native.planAt(typed.low, typed.high);
    } else {
      bytes = native.plan(key);
    }
    if (!bytes.length) throw engineError(native);
    const {k, h} = JSON.parse(UTF8.decode(bytes));
    let plan = texts.plans.get(k);
    if (!plan) {
      const template = UTF8.decode(native.planTemplate());
      plan = prepare(texts.catalog, JSON.parse(template));
      plan.size = 2 * template.length;
      remember(texts.plans, k, plan, PLAN_ENTRIES, PLAN_BYTES);
    }
    const result = plan.result || build(plan, h);
    // A result with holes has sentences of its own, about as long as its plan's.
    remember(memo, key, {result, size: 2 * key.length + 64 + (plan.result ? 0 : plan.size)}, MEMO_ENTRIES, MEMO_BYTES);
    return result;
  }

  // {low, high, key, count} for answers that all fit their question's type as the engine stores
  // them (an option's index, 0/1, a finite number), their `count` values left at the start of
  // this._indexes and this._stored; or null. It runs for every call, memoized or not, so it allocates next to nothing.
  _typed(answers) {
    if (answers === null || Array.isArray(answers)) return null;
    if (!this._codec) {
      // Per question: its index, a kind (0 choice, 1 boolean, 2 number), its option indexes, and
      // a tag for the memo key (a character no number's text holds, so keys cannot collide).
      this._codec = new Map(this.questions.map((q, index) => [q.id, {index,
          kind: q.type === 'choice' ? 0 : q.type === 'boolean' ? 1 : 2, tag: String.fromCharCode(0x100 + index),
          options: q.type === 'choice' ? new Map(q.options.map((o, i) => [o.id, i])) : null}]));
      this._indexes = [];
      this._stored = [];
    }
    let low = 0, high = 0, key = '', count = 0;
    for (const id of Object.keys(answers)) {
      const question = this._codec.get(id);
      const value = answers[id];
      if (!question || value === undefined) return null;
      if (value === null) continue;
      let stored;
      if (question.kind === 0) {
        stored = typeof value === 'string' ? question.options.get(value) : undefined;
      } else if (question.kind === 1) {
        stored = typeof value === 'boolean' ? +value : undefined;
      } else if (typeof value === 'number' && Number.isFinite(value) && !(value === 0 && 1 / value < 0)) {
        stored = value;
      }
      if (stored === undefined) return null;
      if (question.index < 32) low |= 1 << question.index;
      else high |= 1 << (question.index - 32);
      this._indexes[count] = question.index;
      this._stored[count++] = stored;
      key += question.tag + stored;
    }
    return {low: low >>> 0, high: high >>> 0, key, count};
  }

  // The answers a replay link's query holds (what follows "#couverture:"), checked by the engine;
  // and the query for a set of answers.
  answersFromLink(query) {
    if (typeof query !== 'string') throw couvertureError('', `a link query must be a string, got ${describe(query)}`);
    const native = this._alive();
    const json = native.linkAnswers(query);
    if (!json) throw engineError(native);
    return JSON.parse(json);
  }

  linkFor(answers) {
    const native = this._alive();
    const query = native.linkQuery(answersJson(answers));
    if (!query && native.error()) throw engineError(native);
    return query;
  }

  // Frees the WebAssembly memory the ruleset holds; the engine is unusable afterwards.
  dispose() {
    if (this._native) this._native.delete();
    this._native = null;
    this._perText.clear();
    this._last = null;
  }

  _alive() {
    if (!this._native) throw new Error('this Couverture engine was disposed');
    return this._native;
  }

  // The engine's texts in a language at a date (which it renders once): the questions, the
  // metadata and the catalog, with the plans prepared and the results memoized for them; selecting
  // them in the engine for the plans that follow.
  _texts(lang, date) {
    const last = this._last;
    if (last && last.lang === lang && last.date === date) return last;
    const native = this._alive();
    this._last = null;
    if (!native.select(lang, date)) throw engineError(native);
    const key = `${lang}\u0000${date}`;
    let entry = this._perText.get(key);
    if (!entry) {
      const questions = native.questions();
      const ruleset = questions && native.metadata();
      const catalog = ruleset && native.catalog();
      if (!catalog) throw engineError(native);
      entry = {lang, date, questions: deepFreeze(JSON.parse(questions)), ruleset: deepFreeze(JSON.parse(ruleset)),
               catalog: deepFreeze(JSON.parse(catalog)), plans: new Map(), typedMemo: new Map(), jsonMemo: new Map()};
      // A page uses a language or two at one date: a caller going through dates keeps the last few.
      if (this._perText.size >= TEXTS_KEPT) this._perText.delete(this._perText.keys().next().value);
      this._perText.set(key, entry);
    }
    return this._last = entry;
  }
}

const Couverture = {
  // The engine's limits on what it reads (engine/README.md#limits), for callers that enforce them
  // before the engine sees the input: {rulesetBytes, answersBytes, answerKeys, linkBytes, ...}.
  async limits(options = {}) {
    const module = await loadModule(options);
    return JSON.parse(module.limits());
  },

  // options.rules: a ruleset object or its JSON text; default: the university page's ruleset
  // (engine/rulesets/default.json, which this script carries: DEFAULT_RULES).
  // options.lang: the language of texts (default: the ruleset's first language).
  // options.date: the date assessments are made at, YYYY-MM-DD or a Date (default: today).
  // options.wasmBinary: the .wasm bytes (Node; optional there when the .wasm sits beside this file).
  // options.wasmUrl: where couverture.wasm is (a URL relative to the page; a file path in Node),
  // when it is not beside this script. The first engine made on a page loads the module.
  async create(options = {}) {
    if (options === null || typeof options !== 'object') {
      throw couvertureError('', `Couverture.create takes an options object, got ${describe(options)}`);
    }
    const module = await loadModule(options);
    let rules = options.rules == null ? DEFAULT_RULES : options.rules;
    if (typeof rules !== 'string') {
      try {
        rules = JSON.stringify(rules);
      } catch (error) {
        throw couvertureError('', `the ruleset cannot be written as JSON (${error.message})`);
      }
    }
    const native = nativeEngine(module);
    if (!native.load(rules)) {
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
