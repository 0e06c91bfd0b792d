// <couverture-check lang="fr" rules="my-rules.json">: the assessment as a form, one question at a
// time under the list of answers given so far (each with a Change button), and the outcome below.
// It renders what the engine returns and decides nothing itself: `next[0]` is the question asked,
// `asked` the answers shown, and after every change only the answers in the new `asked` are kept.
// The element owns the state and the events; the views (question-form.js, answers-list.js,
// outcome.js, why.js, messages.js) turn it into DOM.
import {Couverture} from '../../wasm/api.js';
import {h} from '../dom.js';
import {answerRow, answersList} from './answers-list.js';
import {fetchRules} from './fetch-rules.js';
import {fragmentOf, linkQueryFor} from './link.js';
import {fatal, notice} from './messages.js';
import {headline, headlineWords, outcomeBody} from './outcome.js';
import {printOnly} from './print.js';
import {isNumeric, numberError, questionForm, readAnswer} from './question-form.js';
import {RTL, STRINGS} from './strings.js';
import STYLES from './couverture.css';
import {viewContext} from './words.js';

// A rules URL as the page wrote it and, when relative, as it was fetched.
function triedUrl(url) {
  let resolved;
  try {
    resolved = new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
  return resolved === url ? url : `${url} (${resolved})`;
}

// The engine's own first question for the built-in ruleset, per language, computed at build time
// (web/build.mjs) and given to defineElement. It shows while the WebAssembly module is still
// loading; an answer given before it is ready waits for it. Null in the build's first pass, which
// computes it.
let EARLY = null;

const CONTACT = ['name', 'email', 'url', 'hours'];

// Runs `task` when the page has nothing else to do (soon, where browsers lack requestIdleCallback).
const idle = (task) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(task, {timeout: 2000})
                                                                  : setTimeout(task, 200));
// Runs `task` once what the page shows now has been painted: when it is next idle (within half a
// second), or just after the next frame where browsers lack requestIdleCallback.
const afterPaint = (task) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(task, {timeout: 500})
                                                                        : requestAnimationFrame(() => setTimeout(task)));

// Node loads this file for the API alone: there the element is declared but never defined.
const ElementBase = typeof HTMLElement === 'function' ? HTMLElement : class {};

class CouvertureCheck extends ElementBase {
  static get observedAttributes() {
    return ['lang', 'rules', 'layer', 'date', 'heading-level', ...CONTACT.map((key) => `contact-${key}`)];
  }

  // The element's own words per language, for a page to add one: see strings.js.
  static get strings() { return STRINGS; }

  #engine = null;
  #loading = false;
  #loadCount = 0;       // ignores a load overtaken by a newer one
  #today;               // the engine's default date, the day it was made
  #rulesValue;          // the `rules` property, undefined when not set
  #result = null;
  // Keyed by question id, with no prototype: an id such as "__proto__" is a key like any other.
  #answers = Object.create(null);
  #editing = null;      // the id of an answered question being changed, whose form opens in its row
  #error = null;        // {detail, text}: the last rejected answer
  #notice = null;       // {text, link?}: above the form, or beside the buttons for a copied link
  #early = null;        // the EARLY question shown while the engine loads
  #whenReady = null;    // an answer submitted before the engine was ready
  #pending = null;      // answers set before it was ready
  #whyOpen = new Set(); // the "Why?" disclosures the student opened
  #below = null;        // what lies under the headline, when it waits for an idle moment (#render)
  #actionsFor = null;   // the language and buttons the actions were made for
  #rows = null;         // the answers' list shown: {list, made (what each row was made from), view}
  // Every answer the student gave, kept when a change makes the flow skip it: changing an answer
  // and changing it back brings the later answers back.
  #memory = Object.create(null);
  #ui;
  #onHashChange = () => {
    if (this.#restoreFromLink(true)) this.#record(false);
  };
  #onPopState = () => this.#restoreFromHistory();
  // Printed whole, from the Print button or the browser's menu: what waits for an idle moment is
  // made first (#render).
  #onBeforePrint = () => {
    if (this.#below) this.#below();
  };

  constructor() {
    super();
    const root = this.attachShadow({mode: 'open'});
    if (root.adoptedStyleSheets !== undefined && typeof CSSStyleSheet === 'function' &&
        'replaceSync' in CSSStyleSheet.prototype) {
      // A constructed sheet is not an inline style, so a strict style-src does not block it.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLES);
      root.adoptedStyleSheets = [sheet];
    } else {
      root.append(h('style', {text: STYLES}));
    }
    const ui = this.#ui = {
      // On paper the widget says what it is: the host page around it is not printed.
      title: h('p', {class: 'print-only h2'}),
      // The ruleset's own notice (rules kept as history say that they no longer apply), first.
      rulesNotice: h('div', {class: 'notice notice-warning', part: 'rules-notice', role: 'note', hidden: true}),
      loading: h('p', {class: 'loading'}),
      // Answers from a link that could not be used, above the form.
      notice: h('div', {class: 'notice notice-alert', part: 'notice', 'aria-live': 'polite'}),
      // "Link copied" shows beside the button that copied it, not at the top of the widget.
      copied: h('div', {class: 'notice', part: 'notice', 'aria-live': 'polite'}),
      answers: h('section', {class: 'answers', part: 'answers', hidden: true}),
      question: h('div', {class: 'question-area'}),
      // Only the headline is live, so that a change announces the status and not every list. It
      // stays in the tree, empty, until there is a status: a live region that appears in the same
      // update that fills it may not be announced.
      headline: h('div', {class: 'headline', part: 'headline', 'aria-live': 'polite'}),
      outcome: h('div', {class: 'outcome-body'}),
      actions: h('div', {class: 'actions', part: 'actions', hidden: true}),
      // On paper, a check not finished says which questions remain.
      remaining: h('section', {class: 'remaining print-only', hidden: true}),
    };
    ui.outcomeSection = h('section', {class: 'outcome', part: 'outcome'}, ui.headline, ui.outcome);
    ui.widget = h('div', {class: 'widget', part: 'widget'}, ui.title, ui.rulesNotice, ui.loading, ui.notice, ui.answers,
                  ui.question, ui.remaining, ui.outcomeSection, ui.actions);
    root.append(ui.widget);
  }

  connectedCallback() {
    window.addEventListener('hashchange', this.#onHashChange);
    window.addEventListener('popstate', this.#onPopState);
    window.addEventListener('beforeprint', this.#onBeforePrint);
    if (!this.#engine && !this.#loading) this.#load();
  }

  disconnectedCallback() {
    window.removeEventListener('hashchange', this.#onHashChange);
    window.removeEventListener('popstate', this.#onPopState);
    window.removeEventListener('beforeprint', this.#onBeforePrint);
  }

  attributeChangedCallback(name, before, after) {
    if (before === after || !this.isConnected) return;
    if (name === 'rules' || name === 'layer') this.#load();
    else if (name === 'date' && this.#engine && !this.#dateTaken()) return;
    else if (this.#engine) this.#safeUpdate(this.#answers);
    else if (this.#early) this.#showEarly();
  }

  // A date attribute changed after load: a bad one is said where the form would be, for the page's
  // author (the answers stay, and come back with a good date).
  #dateTaken() {
    try {
      this.#engine.date = this.#date() || this.#today;
      return true;
    } catch (error) {
      this.#showFatal(this.#context().word('attributeError'), `date="${this.getAttribute('date')}": ${error.message}`);
      return false;
    }
  }

  // A ruleset given directly (an object, or its JSON text), in place of the `rules` URL: an
  // editor's preview sets it. Setting it reloads the element; null goes back to the attribute.
  get rules() { return this.#rulesValue === undefined ? null : this.#rulesValue; }
  set rules(value) {
    this.#rulesValue = value == null ? undefined : value;
    if (this.isConnected) this.#load();
  }

  // The ruleset's metadata (id, version, title, checked, sources...: see wasm/README.md), or null
  // before the engine is ready: for a host page that says which rules are showing.
  get ruleset() { return this.#engine ? this.#engine.ruleset : null; }

  // The replay link's fragment for the current answers ("#couverture:origin=other&age=30"), or
  // null before the engine is ready: a host page adds it to a link (the other language's page)
  // so that the answers follow.
  get link() { return this.#engine ? fragmentOf(this) + this.#engine.linkFor(this.#answers) : null; }

  // The current result (frozen), or null before the engine is ready.
  // Null while the early view stands in for the engine (its result is partial).
  get result() { return this.#early ? null : this.#result; }

  // The answers the result uses, keyed by question id. Setting them re-assesses; invalid answers
  // throw the engine's Error.
  get answers() { return {...this.#answers}; }
  set answers(value) {
    if (!this.#engine) {
      this.#pending = {...value};
      return;
    }
    this.#editing = null;
    this.#error = null;
    this.#update({...value});
  }

  // The element's lang if the ruleset has it, else the page's, else English (else the first),
  // as the engine matches tags ("fr-CA" finds "fr"); before the engine, the early view's.
  #lang() {
    const tags = [this.getAttribute('lang'), document.documentElement.lang, 'en'];
    if (this.#engine) {
      for (const tag of tags) {
        const match = this.#engine.matchLanguage(tag || '');
        if (match) return match;
      }
      return this.#engine.languages[0];
    }
    const available = Object.keys(this.#early ? EARLY : STRINGS);
    for (const tag of tags) {
      const code = (tag || '').toLowerCase().split('-')[0];
      if (available.includes(code)) return code;
    }
    return available[0];
  }

  // The words and headings of a render, in the widget's language.
  #context() {
    return viewContext(this.#lang(), this.getAttribute('heading-level'));
  }

  // The date attribute (YYYY-MM-DD) assessments are made at: dated amounts take their value then.
  // Today by default.
  #date() { return this.getAttribute('date') || undefined; }

  async #load() {
    const count = ++this.#loadCount;
    const ui = this.#ui;
    this.#loading = true;
    if (this.#engine) this.#engine.dispose();  // its module memory, or every reload would keep one
    this.#engine = null;
    this.#markLanguage();
    ui.loading.textContent = this.#context().word('loading');
    ui.loading.hidden = false;
    const given = this.#rulesValue;
    const url = given === undefined ? this.getAttribute('rules') : null;
    if (given === undefined && !url && EARLY && !this.#pending && linkQueryFor(this) === null &&
        this.#saved(true) === null && !Object.keys(this.#answers).length) {
      this.#showEarly();
    } else if (this.#early) {
      // Other rules now: the built-in rules' first question, shown early, is not theirs.
      this.#early = null;
      this.#whenReady = null;
      this.#result = null;
      ui.question.replaceChildren();
    }
    // `wasm`: where couverture.wasm is, when it is not beside couverture.js (a CMS bundle).
    const options = {date: this.#date(), wasmUrl: this.getAttribute('wasm') || undefined};
    // The rules URL is fetched while the module loads, not after: its first question can then show
    // as soon as the module is ready. With a layer, the module is the one that composes layers.
    const layerWanted = this.getAttribute('layer');
    const limits = Couverture.limits(layerWanted ? {...options, layer: layerWanted} : options);
    const fetched = given === undefined && url ? fetchRules(url, limits) : null;
    if (fetched) fetched.catch(() => {});  // reported below, once the module is known to work
    const layerFetched = layerWanted ? fetchRules(layerWanted, limits, 'layer') : null;
    if (layerFetched) layerFetched.catch(() => {});
    let engine;
    let layerUrl = null;  // named in an error once the rules have arrived
    try {
      await limits;
    } catch (error) {
      // The module itself did not load (not found, blocked by the page's CSP): nothing a student
      // can fix, so a plain sentence for them and the technical reason for the page's developer.
      if (count === this.#loadCount) this.#cannotStart(error);
      return;
    }
    try {
      const rules = given !== undefined ? given : fetched ? await fetched : undefined;
      // `layer`: a university's layer over those rules, fetched as they are (same limits on time).
      layerUrl = layerWanted;
      const layer = layerFetched ? await layerFetched : undefined;
      engine = await Couverture.create({...options, rules, layer});
    } catch (error) {
      // Whatever failed (the network, HTTP, the JSON, the ruleset), the message names the URL,
      // as written and as fetched: a relative `rules` is read from the page's address, not from
      // couverture.js's.
      if (count !== this.#loadCount) return;
      this.#loading = false;
      const where = [url && triedUrl(url), layerUrl && `layer ${triedUrl(layerUrl)}`].filter(Boolean).join(', ');
      this.#showFatal(this.#context().word('rulesError'), where ? `${where}: ${error.message}` : error.message);
      return;
    }
    if (count !== this.#loadCount) {
      engine.dispose();  // a newer load overtook this one
      return;
    }
    this.#loading = false;
    ui.loading.hidden = true;
    this.#engine = engine;
    this.#today = engine.date;
    const pending = this.#pending;
    this.#pending = null;
    if (pending) this.#safeUpdate(pending);
    else if (this.#early && this.#adoptEarly()) this.#early = null;
    else if (!this.#restoreFromHistory(true) && !this.#restoreFromLink(false)) this.#keepAnswers(engine);
    this.#early = null;
    const waiting = this.#whenReady;
    this.#whenReady = null;
    if (waiting) waiting();
    idle(() => this.#prepare(engine));
  }

  // While the student reads the question, what their answer will need and a page makes only once:
  // the browser compiles the engine's code the first time it runs (an answer to the question
  // asked, assessed and dropped, runs it), and Intl's formatters for the widget's language.
  #prepare(engine) {
    if (engine !== this.#engine || !this.#result || this.#early) return;
    const question = this.#question(this.#result.next[0]);
    if (question) {
      const answer = question.options ? question.options[0].id : question.min != null ? question.min : 0;
      try {
        engine.assess({...this.#answers, [question.id]: answer});
      } catch {
        // an answer the engine refuses runs the same code
      }
    }
    const ui = this.#context();
    ui.number(0);
    ui.date('2000-01-01');
  }

  #showEarly() {
    this.#early = EARLY[this.#lang()];
    // What the engine answers to no answers, but the first question: no status, nothing asked yet.
    this.#result = {next: [this.#early.id], asked: []};
    this.#ui.loading.hidden = true;
    this.#render();
  }

  // The engine is ready under the early view: keep the view (and the visitor's focus and
  // selection) when the engine asks the same question in the same words and reports no status, as
  // it does unless the build is stale.
  #adoptEarly() {
    const engine = this.#engine;
    engine.lang = this.#lang();
    const result = engine.assess({});
    if (result.status != null || JSON.stringify(this.#question(result.next[0])) !== JSON.stringify(this.#early)) {
      return false;
    }
    this.#answers = {};
    this.#ui.title.textContent = engine.ruleset.title;
    this.#tell(this.#result = result);
    return true;
  }

  #cannotStart(error) {
    this.#loading = false;
    this.#early = null;
    console.error(`<couverture-check>: the WebAssembly engine could not start: ${error.message}. Is couverture.wasm ` +
                  'beside couverture.js (or where the wasm attribute says), and does the CSP allow \'wasm-unsafe-eval\'?');
    this.#showFatal(null, this.#context().word('unavailable'));
  }

  // What stops the widget, shown where the form would be (messages.js).
  #showFatal(title, message) {
    const ui = this.#ui;
    ui.loading.hidden = true;
    ui.answers.hidden = ui.actions.hidden = true;
    ui.headline.replaceChildren();
    ui.outcome.replaceChildren();
    this.#below = null;
    ui.question.replaceChildren(fatal(title, message, this.#context()));
  }

  // The answers a replay link holds, or null when the engine refuses it (the student is told).
  #linkAnswers(query) {
    try {
      return this.#engine.answersFromLink(query);
    } catch (error) {
      this.#refuseLink(error);
      return null;
    }
  }

  // Opening a copied link: its answers replace the current ones. Returns whether it had any.
  #restoreFromLink(focus) {
    const query = this.#engine ? linkQueryFor(this) : null;
    if (query === null) return false;
    this.#editing = null;
    this.#error = null;
    this.#notice = null;  // a link that could not be used, replaced by this one
    const answers = this.#linkAnswers(query);
    if (!answers) return true;
    Object.assign(this.#memory, answers);
    if (!this.#safeUpdate(answers)) return true;
    if (focus) this.#focus();
    return true;
  }

  // New rules (a `rules` attribute changed): the answers to questions they also ask are kept,
  // the others dropped; answers the new rules refuse (another range, another option) start afresh
  // rather than stop the widget.
  #keepAnswers(engine) {
    const known = new Set(engine.questions.map((q) => q.id));
    const kept = Object.create(null);
    for (const [id, value] of Object.entries(this.#answers)) if (known.has(id)) kept[id] = value;
    try {
      this.#update(kept);
    } catch {
      this.#update({});
    }
  }

  // Like #update, but a rejected set of answers becomes a notice and a fresh start.
  #safeUpdate(answers) {
    try {
      this.#update(answers);
      return true;
    } catch (error) {
      this.#refuseLink(error);
      return false;
    }
  }

  // A link (or a saved step) whose answers these rules cannot use: an older version's, or cut
  // short in a message. The student is told in plain words and starts afresh; the ids are for the
  // page's developer, in the console.
  #refuseLink(error) {
    console.warn(`<couverture-check>: the answers in the link could not be used: ${error.message}`);
    this.#memory = Object.create(null);
    this.#update({});
    this.#notice = {text: this.#context().word('linkDamaged')};
    this.#renderNotice();
  }

  // This widget's entry in the page's history state: {q: its replay-link query, depth: how many
  // answers it pushed before this one, r: the rules' id}, or null (also when it was saved under
  // other rules than the engine's, unless `anyRules`). The state is the page's own object with one
  // key added, and the URL is never changed, so the page's routing (path, hash) is left alone.
  #saved(anyRules = false) {
    const state = history.state;
    const own = state && typeof state === 'object' && state.couverture && state.couverture[fragmentOf(this)];
    if (!own || typeof own.q !== 'string' || !Number.isInteger(own.depth)) return null;
    return anyRules || (this.#engine && own.r === this.#engine.ruleset.id) ? own : null;
  }

  // Records the answers in the page's history: a new entry for a student's step (so that the
  // browser's Back and Forward move between questions), else in place. A reload keeps them.
  #record(push) {
    const state = history.state;
    if (!this.#engine || (state != null && typeof state !== 'object')) return;
    const query = this.#engine.linkFor(this.#answers);
    const saved = this.#saved();
    if (saved && saved.q === query) return;
    const depth = push ? (saved ? saved.depth + 1 : 1) : saved ? saved.depth : 0;
    const next = {...(state || {}), couverture: {...((state && state.couverture) || {}), [fragmentOf(this)]: {q: query, depth, r: this.#engine.ruleset.id}}};
    try {
      if (push) history.pushState(next, '', location.href);
      else history.replaceState(next, '', location.href);
    } catch {
      // a sandboxed frame may refuse: the answers still work, without Back
    }
  }

  // The browser moved to another entry (Back, Forward), or the page was reloaded: the answers
  // saved with it, else the link's (an entry from before the first answer). Returns whether it
  // applied any.
  #restoreFromHistory(loading = false) {
    if (!this.#engine) return false;
    const saved = this.#saved();
    const query = saved ? saved.q : linkQueryFor(this);
    if (query === null) {
      // An entry from before the first answer, on a page opened without a link.
      if (loading || !Object.keys(this.#answers).length) return false;
      this.#update({});
      this.#focus();
      return true;
    }
    if (loading && !saved) return false;  // the link alone: #restoreFromLink's
    const answers = this.#linkAnswers(query);
    if (!answers) return true;
    // Already showing these answers (the host page's own history entry): nothing to do.
    if (!loading && this.#engine.linkFor(answers) === this.#engine.linkFor(this.#answers)) return true;
    this.#editing = null;
    this.#error = null;
    this.#notice = null;
    Object.assign(this.#memory, answers);
    if (!this.#safeUpdate(answers)) return true;
    if (!loading) this.#focus();
    return true;
  }

  // Assesses `answers`, keeps only those the flow used, renders, tells the page.
  // remember: answers the student gave before and the new flow asks again are filled in (a
  // changed answer changed back keeps the later ones).
  #update(answers, remember = false) {
    const engine = this.#engine;
    engine.lang = this.#lang();
    // Without a date attribute, the engine's own default (the day it was made).
    engine.date = this.#date() || this.#today;
    let result = engine.assess(answers);
    let kept = Object.create(null);
    for (const id of result.asked) kept[id] = answers[id];
    if (Object.keys(kept).length !== Object.keys(answers).length) {
      // Answers the new flow does not use are dropped, so the result has only the kept ones.
      result = engine.assess(kept);
    }
    for (let id = result.next[0]; remember && id && id in this.#memory && !(id in kept); id = result.next[0]) {
      const more = {...kept, [id]: this.#memory[id]};
      try {
        result = engine.assess(more);
      } catch {
        delete this.#memory[id];
        result = engine.assess(kept);
        break;
      }
      kept = Object.assign(Object.create(null), more);
    }
    this.#answers = kept;
    this.#result = result;
    this.#render();
    this.#tell(result);
    idle(() => this.#prepare(engine));
  }

  #tell(result) {
    this.dispatchEvent(new CustomEvent('couverture-result', {detail: result, bubbles: true, composed: true}));
  }

  // A rejected answer in the student's words: the ruleset's `invalid` text for the question the
  // engine's error names, in the widget's language, else the engine's message for it; an error
  // about no question keeps the engine's whole line.
  #errorText(error) {
    const question = this.#engine.questions.find((q) => `/${q.id}` === error.path);
    return question ? question.invalid || error.detail : error.message;
  }

  #question(id) {
    const questions = this.#engine ? this.#engine.questions : [this.#early];
    return questions.find((q) => q.id === id);
  }

  // The widget's language and direction, its own: on a lang="de" or dir="rtl" page, English or
  // French are announced and laid out as what they are.
  #markLanguage(lang = this.#lang()) {
    this.#ui.widget.lang = lang;
    this.#ui.widget.dir = RTL.test(lang) ? 'rtl' : 'ltr';
  }

  // Every part, with one view context (the widget's language, its words, its headings). While a
  // question remains to be answered, what lies under the headline (the outcome's explanation,
  // options and checklist, the buttons, what is printed of the questions left) is made once the
  // question has been painted (afterPaint): the student is on the question, which a slow phone would
  // otherwise paint only after building and laying out all of that. The headline, the live region,
  // is made at once.
  #render() {
    const ui = this.#context();
    this.#markLanguage(ui.lang);
    this.#renderNotice(ui);
    this.#renderAnswers(ui);
    this.#renderQuestion(ui);
    this.#renderHeadline(ui);
    const below = this.#below = () => {
      if (this.#below !== below) return;
      this.#below = null;
      this.#renderOutcome(ui);
      this.#renderRemaining(ui);
      this.#renderActions(ui);
    };
    if (this.#result.next[0] && !this.#editing) {
      this.#ui.outcome.replaceChildren();  // never the previous answers' outcome under this headline
      afterPaint(below);
    } else {
      below();
    }
  }

  #renderNotice(ui = this.#context()) {
    const rulesNotice = this.#engine && this.#engine.ruleset.notice;
    this.#ui.rulesNotice.hidden = !rulesNotice;
    this.#ui.rulesNotice.replaceChildren(...(rulesNotice ? [h('p', {text: rulesNotice})] : []));
    this.#ui.notice.replaceChildren();
    this.#ui.copied.replaceChildren();
    if (!this.#notice) return;
    this.#ui[this.#notice.link ? 'copied' : 'notice'].append(...notice(this.#notice, ui));
  }

  // The answers so far. A step forward adds a row: the rows before it, made from the same answers
  // (and neither being changed nor the rules since changed), stay as they are.
  #renderAnswers(ui = this.#context()) {
    const asked = this.#result.asked;
    const section = this.#ui.answers;
    section.hidden = asked.length === 0;
    const made = asked.map((id) => id !== this.#editing && `${id}\n${JSON.stringify(this.#answers[id])}`);
    // The rows' words: the rules' texts in a language at a date, and the widget's headings.
    const view = [this.#engine, ui.lang, this.#engine && this.#engine.date, this.getAttribute('heading-level')];
    const on = {form: (q) => this.#form(q, ui), change: (id) => this.#change(id)};
    const row = (id) => answerRow(this.#question(id), this.#answers[id], id === this.#editing, ui, on);
    const shown = this.#rows;
    if (asked.length && shown && section.contains(shown.list) && view.every((x, i) => x === shown.view[i])) {
      let kept = 0;
      while (made[kept] && made[kept] === shown.made[kept]) kept++;
      [...shown.list.children].slice(kept).forEach((node) => node.remove());
      shown.list.append(...asked.slice(kept).map(row));
      shown.made = made;
      return;
    }
    const [heading, list] = answersList(asked, row, ui);
    section.replaceChildren(...(asked.length ? [heading, list] : []));
    this.#rows = {list, made, view};
  }

  #change(id) {
    this.#editing = id;
    this.#error = null;
    this.#notice = null;
    this.#render();
    this.#focus();
  }

  #cancel(id) {
    this.#editing = null;
    this.#error = null;
    this.#render();
    const button = this.shadowRoot.querySelector(`[data-id="${CSS.escape(id)}"]`);
    if (button) button.focus();
  }

  // The next question to answer, unless an earlier answer is being changed in its row.
  #renderQuestion(ui = this.#context()) {
    const id = this.#editing ? null : this.#result.next[0];
    this.#ui.question.replaceChildren(...(id ? [this.#form(this.#question(id), ui)] : []));
  }

  #form(question, ui) {
    const id = question.id;
    // A question asked again (after Back) shows the answer given before.
    const answer = id in this.#answers ? this.#answers[id] : this.#memory[id];
    return questionForm(question, {answer, error: this.#error, editing: id === this.#editing},
                        ui, {submit: (form) => this.#submit(question, form), cancel: () => this.#cancel(id),
                                          showField: () => this.#focus()});
  }

  #submit(question, form) {
    if (!this.#engine) {
      this.#whenReady = () => this.#submit(question, form);
      return;
    }
    const ui = this.#context();
    const {value, text, error} = readAnswer(question, form, ui);
    if (error) return this.#reject(question, error);
    const wasComplete = this.#result && this.#result.complete;
    try {
      this.#error = null;
      this.#editing = null;
      this.#notice = null;
      const changed = question.id in this.#answers;
      this.#update({...this.#answers, [question.id]: value}, changed);
      this.#memory[question.id] = value;
      this.#record(true);
    } catch (refused) {
      // The engine rejected this answer (range, type): say which rule it broke.
      return this.#reject(question, {text,
          detail: (isNumeric(question) && numberError(question, value, ui)) || this.#errorText(refused)});
    }
    if (this.#result.complete && !wasComplete) this.#focusOutcome();
    else if (this.#result.next[0]) this.#focus();
    else this.#focusOutcome();
  }

  #reject(question, error) {
    if (this.#answers[question.id] !== undefined) this.#editing = question.id;
    this.#error = error;
    this.#renderAnswers();
    this.#renderQuestion();
    const summary = this.shadowRoot.querySelector('.error-summary');
    if (summary) summary.focus();
  }

  // Focus on the current question's field: the checked radio, else the first; or the text box.
  #focus() {
    const form = this.shadowRoot.querySelector('form');
    if (!form) return;
    const field = form.querySelector('input:checked') || form.querySelector('input');
    if (field) field.focus();
  }

  #focusOutcome() {
    const heading = this.#ui.headline.querySelector('.headline-title');
    if (heading) heading.focus();
  }

  #renderHeadline(context) {
    const result = this.#result;
    const ui = this.#ui;
    const settled = result.status != null;
    ui.outcomeSection.classList.toggle('settled', settled);
    ui.outcomeSection.classList.toggle('complete', !!result.complete);
    if (!settled) {
      delete ui.headline.dataset.signature;
      ui.headline.replaceChildren();
      return;
    }
    ui.outcomeSection.dataset.status = result.status;
    if (result.tone) ui.outcomeSection.dataset.tone = result.tone;
    else delete ui.outcomeSection.dataset.tone;
    // Rewrite the live region only when its words change, so that nothing is announced twice.
    const signature = [...headlineWords(result), result.complete].join('\n');
    if (ui.headline.dataset.signature !== signature) {
      ui.headline.dataset.signature = signature;
      ui.headline.replaceChildren(...headline(result, context));
    }
    if (this.#engine) ui.title.textContent = this.#engine.ruleset.title;
  }

  #renderOutcome(context) {
    const result = this.#result;
    const ui = this.#ui;
    if (result.status == null) return ui.outcome.replaceChildren();
    const ruleset = this.#engine ? this.#engine.ruleset : null;
    // The page's contact-* attributes win; else the ruleset's contact (a layer's university).
    const own = (ruleset && ruleset.contact) || {};
    const contact = Object.fromEntries(CONTACT.map((key) => [key, this.getAttribute(`contact-${key}`) ?? own[key] ?? null]));
    contact.slotted = !!this.querySelector('[slot=contact]');
    const folds = {open: this.#whyOpen, toggle: (key, open) => (open ? this.#whyOpen.add(key) : this.#whyOpen.delete(key))};
    ui.outcome.replaceChildren(...outcomeBody(result, ruleset, contact, context, folds));
  }

  // Printed only: the questions a check not finished still has to ask.
  #renderRemaining(context) {
    const {next, asked} = this.#result;
    const section = this.#ui.remaining;
    section.hidden = !asked.length || !next.length;
    section.replaceChildren(...(section.hidden ? [] : [
      context.heading(0, {}, context.say('remaining')),
      h('ul', {}, next.map((id) => this.#question(id)).filter(Boolean).map((q) => h('li', {text: q.label})))]));
  }

  #renderActions(context) {
    const ui = this.#ui;
    const any = this.#result.asked.length > 0;
    ui.actions.hidden = !any;
    // Made again only when they change: each button acts on the answers as they are when clicked.
    const made = any && `${context.lang} ${this.#result.status != null}`;
    if (made === this.#actionsFor) return;
    this.#actionsFor = made;
    if (!any) return ui.actions.replaceChildren();
    const button = (key, onclick) => h('button', {type: 'button', class: 'button secondary', part: 'button', onclick},
                                        context.say(key));
    ui.actions.replaceChildren(...[
        button('back', () => this.#back()),
        this.#result.status != null && button('print', () => printOnly(this)),
        button('copyLink', () => this.#copyLink()),
        button('startAgain', () => this.#startAgain()),
        ui.copied].filter(Boolean));
  }

  #startAgain() {
    // Forget a replayed link too, or reloading the page would bring its answers back.
    if (linkQueryFor(this) !== null) history.replaceState(history.state, '', location.href.split('#')[0]);
    this.#editing = null;
    this.#error = null;
    this.#notice = null;
    this.#whyOpen = new Set();
    this.#memory = Object.create(null);
    this.#update({});
    this.#record(true);
    this.#focus();
  }

  // Back to the question before: the browser's Back when this widget recorded that step, so that
  // the two agree; else the last answer taken off.
  #back() {
    const saved = this.#saved();
    if (saved && saved.depth > 0 && saved.q === this.#engine.linkFor(this.#answers)) return history.back();
    const asked = this.#result.asked;
    const answers = {...this.#answers};
    delete answers[asked[asked.length - 1]];
    this.#editing = null;
    this.#error = null;
    this.#update(answers);
    this.#record(false);
    this.#focus();
  }

  // The link holds the answers in this widget's fragment (see link.js).
  async #copyLink() {
    const link = location.href.split('#')[0] + fragmentOf(this) + this.#engine.linkFor(this.#answers);
    const ui = this.#context();
    try {
      await navigator.clipboard.writeText(link);
      this.#notice = {text: ui.word('copied'), link};
    } catch {
      this.#notice = {text: ui.word('copyManually'), link};
    }
    this.#renderNotice();
  }
}

// Called by the script that carries the element (entry-script.js, entry-module.js) once the API
// is set up, with the first question's JSON text (or null). In Node, which loads the script for
// the API alone, there is no element to define.
export function defineElement(firstQuestion) {
  EARLY = firstQuestion ? JSON.parse(firstQuestion) : null;
  if (typeof customElements === 'object' && !customElements.get('couverture-check')) {
    customElements.define('couverture-check', CouvertureCheck);
  }
}
