// <couverture-check lang="fr" rules="my-rules.json">: the assessment as a form, one question at a
// time under the list of answers given so far (each with a Change button), and the outcome below.
// It renders what the engine returns and decides nothing itself: `next[0]` is the question asked,
// `asked` the answers shown, and after every change only the answers in the new `asked` are kept.

const FRAGMENT = '#couverture:';  // the answers in a copied link: #couverture:origin=other&age=30

// The engine's own first question for the compiled-in ruleset, per language, written in at build
// time by wasm/prerender.mjs. It shows while the WebAssembly module is still loading; an answer
// given before it is ready waits for it. Null in an unprocessed build (the placeholder is not JSON).
const EARLY = (function (text) {
  try {
    return JSON.parse(text);
  } catch (error) {
    return null;
  }
})('__COUVERTURE_PRERENDER__');

// A question's choices as [control value, label, answer]. The engine lists options for choices
// (string ids) and for booleans (ids true and false, labelled in the ruleset's language).
function choicesOf(question) {
  return (question.options || []).map((o) => [String(o.id), o.label, o.id]);
}

const isNumeric = (question) => question.type === 'integer' || question.type === 'number';

// Typed text -> the answer value the engine validates. Only the notation is translated here
// (one decimal point or French decimal comma; spaces inside are not a number: "2 5" is not 25);
// ranges and integer-ness are the engine's to judge.
function parseNumber(text) {
  const trimmed = text.trim();
  return /^[+-]?(\d+[.,]?\d*|[.,]\d+)$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : null;
}


// The text of a `rules` URL, within the engine's limits: a ruleset that does not arrive within
// RULES_TIMEOUT_MS, or is larger than a ruleset may be, is refused with a message for the page's
// author; bytes that are not UTF-8 too (text() would have replaced them silently).
const RULES_TIMEOUT_MS = 15000;

async function fetchRules(url, limits) {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), RULES_TIMEOUT_MS);
  try {
    // No cookies go with it: the widget stores and sends nothing about the student.
    const response = await fetch(url, {credentials: 'omit', signal: abort.signal});
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
    const tooLarge = () => new Error(`larger than a ruleset may be (${limits.rulesetBytes} bytes)`);
    if (Number(response.headers.get('content-length')) > limits.rulesetBytes) throw tooLarge();
    const chunks = [];
    let size = 0;
    const reader = response.body.getReader();
    for (;;) {
      const {done, value} = await reader.read();
      if (done) break;
      size += value.length;
      if (size > limits.rulesetBytes) {
        abort.abort();
        throw tooLarge();
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    try {
      return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
    } catch (error) {
      throw new Error('not a UTF-8 text');
    }
  } catch (error) {
    if (error.name === 'AbortError') {
      throw new Error(`no complete answer within ${RULES_TIMEOUT_MS / 1000} seconds`);
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

// Node loads this file for the API alone: there the element is declared but never defined.
const ElementBase = typeof HTMLElement === 'function' ? HTMLElement : class {};

class CouvertureCheck extends ElementBase {
  static get observedAttributes() { return ['lang', 'rules', 'date']; }

  constructor() {
    super();
    this._result = null;
    // Undefined until set: _engine; _editing (the id of an answered question being
    // changed); _error ({detail, text}: the last rejected answer); _notice ({text, link?}:
    // a message above the form, or beside the buttons for a copied link); _early (the EARLY
    // question shown while the engine loads); _whenReady (an answer submitted before the engine
    // was ready); _pending (answers set before it was ready).
    // Keyed by question id, with no prototype: an id such as "__proto__" is a key like any other.
    this._answers = Object.create(null);
    this._loadCount = 0;    // ignores a load overtaken by a newer one
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
    this._ui = {
      // Answers from a link that could not be used, above the form.
      notice: h('div', {class: 'notice notice-alert', part: 'notice', 'aria-live': 'polite'}),
      // "Link copied" shows beside the button that copied it, not at the top of the widget.
      copied: h('div', {class: 'notice', part: 'notice', 'aria-live': 'polite'}),
      answers: h('section', {class: 'answers', part: 'answers', hidden: true}),
      question: h('div', {class: 'question-area'}),
      // Only the headline is live, so that a change announces the status and not every list.
      headline: h('div', {class: 'headline', part: 'headline', 'aria-live': 'polite'}),
      outcome: h('div', {class: 'outcome-body'}),
      actions: h('div', {class: 'actions', part: 'actions', hidden: true}),
    };
    this._ui.outcomeSection = h('section', {class: 'outcome', part: 'outcome', hidden: true},
                                this._ui.headline, this._ui.outcome);
    this._ui.loading = h('p', {class: 'loading'});
    root.append(h('div', {class: 'widget', part: 'widget'}, this._ui.loading, this._ui.notice,
                  this._ui.answers, this._ui.question, this._ui.outcomeSection, this._ui.actions));
    this._onHashChange = () => this._restoreFromLink(true);
  }

  connectedCallback() {
    window.addEventListener('hashchange', this._onHashChange);
    if (!this._engine && !this._loading) this._load();
  }

  disconnectedCallback() {
    window.removeEventListener('hashchange', this._onHashChange);
  }

  attributeChangedCallback(name, before, after) {
    if (before === after || !this.isConnected) return;
    if (name === 'rules') this._load();
    else if (this._engine) this._safeUpdate(this._answers);
    else if (this._early) this._showEarly();
  }

  // A ruleset given directly (an object, or its JSON text), in place of the `rules` URL: an
  // editor's preview sets it. Setting it reloads the element; null goes back to the attribute.
  get rules() { return this._rulesValue === undefined ? null : this._rulesValue; }
  set rules(value) {
    this._rulesValue = value == null ? undefined : value;
    if (this.isConnected) this._load();
  }

  // The current result (frozen), or null before the engine is ready.
  // Null while the early view stands in for the engine (its result is partial).
  get result() { return this._early ? null : this._result; }

  // The answers the result uses, keyed by question id. Setting them re-assesses; invalid answers
  // throw the engine's Error.
  get answers() { return {...this._answers}; }
  set answers(value) {
    if (!this._engine) {
      this._pending = {...value};
      return;
    }
    this._editing = null;
    this._error = null;
    this._update({...value});
  }

  // The element's lang if the ruleset has it, else the page's, else English (else the first),
  // as the engine matches tags ("fr-CA" finds "fr"); before the engine, the early view's.
  _lang() {
    const tags = [this.getAttribute('lang'), document.documentElement.lang, 'en'];
    if (this._engine) {
      for (const tag of tags) {
        const match = this._engine.matchLanguage(tag || '');
        if (match) return match;
      }
      return this._engine.languages[0];
    }
    const available = Object.keys(this._early ? EARLY : STRINGS);
    for (const tag of tags) {
      const code = (tag || '').toLowerCase().split('-')[0];
      if (available.includes(code)) return code;
    }
    return available[0];
  }

  _words() { return STRINGS[this._lang().split('-')[0]] || STRINGS.en; }

  // The date attribute (YYYY-MM-DD) assessments are made at: dated amounts take their value then.
  // Today by default.
  _date() { return this.getAttribute('date') || undefined; }

  async _load() {
    const count = ++this._loadCount;
    this._loading = true;
    this._engine = null;
    this._ui.loading.textContent = this._words().loading;
    this._ui.loading.hidden = false;
    const given = this._rulesValue;
    const url = given === undefined ? this.getAttribute('rules') : null;
    if (given === undefined && !url && EARLY && !this._pending && !location.hash.startsWith(FRAGMENT) &&
        !Object.keys(this._answers).length) {
      this._showEarly();
    }
    let engine;
    try {
      const rules = given !== undefined ? given : url ? await fetchRules(url, await Couverture.limits()) : undefined;
      engine = await Couverture.create({rules, date: this._date()});
    } catch (error) {
      // Whatever failed (the network, HTTP, the JSON, the ruleset), the message names the URL.
      if (count !== this._loadCount) return;
      this._loading = false;
      this._showFatal(url ? `${url}: ${error.message}` : error.message);
      return;
    }
    if (count !== this._loadCount) return;
    this._loading = false;
    this._ui.loading.hidden = true;
    this._engine = engine;
    const pending = this._pending;
    this._pending = null;
    if (pending) this._safeUpdate(pending);
    else if (this._early && this._adoptEarly()) this._early = null;
    else if (!this._restoreFromLink(false)) this._update(this._answers);
    this._early = null;
    const waiting = this._whenReady;
    this._whenReady = null;
    if (waiting) waiting();
  }

  _showEarly() {
    this._early = EARLY[this._lang()];
    // What the engine answers to no answers, but the first question: no status, nothing asked yet.
    this._result = {next: [this._early.id], asked: []};
    this._ui.loading.hidden = true;
    this._render();
  }

  // The engine is ready under the early view: keep the view (and the visitor's focus and
  // selection) when the engine asks the same question in the same words and reports no status, as
  // it does unless the build is stale.
  _adoptEarly() {
    const engine = this._engine;
    engine.lang = this._lang();
    const result = engine.assess({});
    if (result.status != null || JSON.stringify(this._question(result.next[0])) !== JSON.stringify(this._early)) {
      return false;
    }
    this._answers = {};
    this._tell(this._result = result);
    return true;
  }

  // The author's mistake (a bad rules URL or ruleset), shown where the form would be.
  _showFatal(message) {
    const words = this._words();
    this._ui.loading.hidden = true;
    for (const key of ['answers', 'outcomeSection', 'actions']) this._ui[key].hidden = true;
    this._ui.question.replaceChildren(
        h('div', {class: 'error-summary', part: 'error-summary', role: 'alert'},
          h('h2', {text: words.rulesError}), h('p', {class: 'error-detail', text: message})));
  }

  // Opening a copied link: its answers replace the current ones. Returns whether it had any.
  _restoreFromLink(focus) {
    if (!this._engine || !location.hash.startsWith(FRAGMENT)) return false;
    this._editing = null;
    this._error = null;
    this._notice = null;  // a link that could not be used, replaced by this one
    let answers;
    try {
      answers = this._engine.answersFromLink(location.hash.slice(FRAGMENT.length));
    } catch (error) {
      this._refuseLink(error);
      return true;
    }
    if (!this._safeUpdate(answers)) return true;
    if (focus) this._focus();
    return true;
  }

  // Like _update, but a rejected set of answers becomes a notice and a fresh start.
  _safeUpdate(answers) {
    try {
      this._update(answers);
      return true;
    } catch (error) {
      this._refuseLink(error);
      return false;
    }
  }

  _refuseLink(error) {
    this._update({});
    const words = this._words();
    this._notice = {text: words.restoreError + words.colon + this._errorText(error)};
    this._renderNotice();
  }

  // Assesses `answers`, keeps only those the flow used, renders, tells the page.
  _update(answers) {
    const engine = this._engine;
    engine.lang = this._lang();
    engine.date = this._date();
    let result = engine.assess(answers);
    const kept = Object.create(null);
    for (const id of result.asked) kept[id] = answers[id];
    if (Object.keys(kept).length !== Object.keys(answers).length) {
      // Answers the new flow does not use are dropped, so the result has only the kept ones.
      result = engine.assess(kept);
    }
    this._answers = kept;
    this._result = result;
    this._render();
    this._tell(result);
  }

  _tell(result) {
    this.dispatchEvent(new CustomEvent('couverture-result', {detail: result, bubbles: true, composed: true}));
  }

  // A rejected answer in the student's words: the ruleset's `invalid` text for the question the
  // engine's error names, in the widget's language, else the engine's message for it; an error
  // about no question keeps the engine's whole line.
  _errorText(error) {
    const question = this._engine.questions.find((q) => `/${q.id}` === error.path);
    return question ? question.invalid || error.detail : error.message;
  }

  _question(id) {
    const questions = this._engine ? this._engine.questions : [this._early];
    return questions.find((q) => q.id === id);
  }

  _render() {
    this._renderNotice();
    this._renderAnswers();
    this._renderQuestion();
    this._renderOutcome();
    this._renderActions();
  }

  _renderNotice() {
    const {text, link} = this._notice || {};
    this._ui.notice.replaceChildren();
    this._ui.copied.replaceChildren();
    if (text) {
      this._ui[link ? 'copied' : 'notice'].append(h('p', {text}), link &&
          h('input', {class: 'link-copy', type: 'text', readOnly: true, value: link,
                      'aria-label': this._words().copyLink, onfocus: (e) => e.target.select()}));
    }
  }

  _answerText(question, value) {
    if (isNumeric(question)) {
      const number = new Intl.NumberFormat(this._lang()).format(value);
      return question.unit ? `${number}\u00a0${question.unit}` : number;
    }
    const choice = choicesOf(question).find(([, , answer]) => answer === value);
    return choice ? choice[1] : String(value);
  }

  _renderAnswers() {
    const words = this._words();
    const asked = this._result.asked;
    const section = this._ui.answers;
    section.hidden = asked.length === 0;
    if (!asked.length) return section.replaceChildren();
    const rows = asked.map((id) => {
      const question = this._question(id);
      const name = question.short || question.label;
      return h('div', {class: id === this._editing ? 'row row-editing' : 'row'},
               h('dt', {text: name}),
               h('dd', {class: 'value', text: this._answerText(question, this._answers[id])}),
               h('dd', {class: 'change'},
                 h('button', {type: 'button', class: 'link-button', part: 'change-button',
                              onclick: () => this._change(id)},
                   words.change, h('span', {class: 'visually-hidden', text: ` ${name}`}))));
    });
    section.replaceChildren(h('h2', {text: words.yourAnswers}), h('dl', {class: 'summary'}, rows));
  }

  _change(id) {
    this._editing = id;
    this._error = null;
    this._notice = null;
    this._render();
    this._focus();
  }

  // The question to answer now: the one being changed, else the engine's next.
  _currentId() { return this._editing || this._result.next[0] || null; }

  _renderQuestion() {
    const area = this._ui.question;
    const id = this._currentId();
    if (!id) return area.replaceChildren();
    const question = this._question(id);
    const words = this._words();
    const error = this._error;
    const fieldId = `q-${id}`;
    const hintId = question.help ? `${fieldId}-hint` : null;
    const errorId = error ? `${fieldId}-error` : null;
    const describedBy = [hintId, errorId].filter(Boolean).join(' ') || null;
    const hint = hintId && h('div', {class: 'hint', id: hintId, text: question.help});
    const message = error && h('p', {class: 'error-message', id: errorId},
                                 h('span', {class: 'visually-hidden', text: words.problem + words.colon}),
                                 error.detail);
    let group;
    if (isNumeric(question)) {
      const current = this._answers[id];
      group = h('div', {class: error ? 'group group-error' : 'group'},
                h('h2', {class: 'question-heading'},
                  h('label', {for: fieldId, text: question.label})),
                hint, message,
                h('div', {class: 'number'},
                  h('input', {id: fieldId, name: id, type: 'text', class: 'input', part: 'input',
                              inputMode: question.type === 'integer' ? 'numeric' : 'decimal',
                              autocomplete: 'off', spellcheck: false,
                              value: error ? error.text : (current == null ? '' : String(current)),
                              'aria-describedby': describedBy, 'aria-invalid': error ? 'true' : null}),
                  question.unit && h('span', {class: 'unit', 'aria-hidden': 'true', text: question.unit})));
    } else {
      const current = this._answers[id];
      const radios = choicesOf(question).map(([value, label, answer], i) =>
          h('div', {class: 'radio'},
            h('input', {type: 'radio', id: `${fieldId}-${i}`, name: id, value, part: 'radio',
                        checked: current === answer}),
            h('label', {for: `${fieldId}-${i}`, text: label})));
      group = h('fieldset', {class: error ? 'group group-error' : 'group', 'aria-describedby': describedBy},
                h('legend', {}, h('h2', {class: 'question-heading', text: question.label})),
                hint, message, h('div', {class: 'radios'}, radios));
    }
    const summary = error && h('div', {class: 'error-summary', part: 'error-summary', role: 'alert', tabIndex: -1},
        h('h2', {text: words.problem}),
        h('ul', {}, h('li', {}, h('a', {href: `#${fieldId}`, text: error.detail,
                                         onclick: (e) => { e.preventDefault(); this._focus(); }}))));
    area.replaceChildren(h('form', {class: 'question', part: 'question', novalidate: true,
                                    onsubmit: (e) => { e.preventDefault(); this._submit(question, e.target); }},
        summary, group,
        h('button', {type: 'submit', class: 'button', part: 'button', text: words.continue})));
  }

  _submit(question, form) {
    if (!this._engine) {
      this._whenReady = () => this._submit(question, form);
      return;
    }
    const words = this._words();
    const id = question.id;
    let value;
    if (isNumeric(question)) {
      const text = form.elements[id].value;
      value = parseNumber(text);
      if (!text.trim()) return this._reject(question, {detail: words.required, text});
      if (value === null) return this._reject(question, {detail: words.notANumber, text});
    } else {
      const checked = [...form.querySelectorAll(`input[name="${CSS.escape(id)}"]`)].find((r) => r.checked);
      if (!checked) return this._reject(question, {detail: words.required});
      value = choicesOf(question).find(([v]) => v === checked.value)[2];
    }
    const wasComplete = this._result && this._result.complete;
    try {
      this._error = null;
      this._editing = null;
      this._notice = null;
      this._update({...this._answers, [id]: value});
    } catch (error) {
      // The engine rejected this answer (range, type): see _errorText.
      this._editing = this._answers[id] !== undefined ? id : null;
      return this._reject(question, {detail: this._errorText(error),
                                     text: isNumeric(question) ? form.elements[id].value : undefined});
    }
    if (this._result.complete && !wasComplete) this._focusOutcome();
    else if (this._currentId()) this._focus();
    else this._focusOutcome();
  }

  _reject(question, error) {
    if (this._answers[question.id] !== undefined) this._editing = question.id;
    this._error = error;
    this._renderQuestion();
    this._renderAnswers();
    const summary = this._ui.question.querySelector('.error-summary');
    if (summary) summary.focus();
  }

  // Focus on the current question's field: the checked radio, else the first; or the text box.
  _focus() {
    const form = this._ui.question.querySelector('form');
    if (!form) return;
    const field = form.querySelector('input:checked') || form.querySelector('input');
    if (field) field.focus();
  }

  _focusOutcome() {
    const heading = this._ui.headline.querySelector('h2');
    if (heading) heading.focus();
  }

  _renderOutcome() {
    const result = this._result;
    const words = this._words();
    const section = this._ui.outcomeSection;
    section.hidden = result.status == null;
    section.classList.toggle('complete', !!result.complete);
    if (result.status == null) {
      delete this._ui.headline.dataset.signature;
      this._ui.headline.replaceChildren();
      this._ui.outcome.replaceChildren();
      return;
    }
    section.dataset.status = result.status;
    const title = result.headline ? result.headline.title : result.status;
    const text = result.headline ? result.headline.text : null;
    // Rewrite the live region only when its words change, so that nothing is announced twice.
    const signature = `${title}\n${text}\n${result.complete}`;
    if (this._ui.headline.dataset.signature !== signature) {
      this._ui.headline.dataset.signature = signature;
      this._ui.headline.replaceChildren(...[
        h('h2', {class: 'headline-title', tabIndex: -1, text: title}),
        text && h('p', {class: 'headline-text', text}),
        !result.complete && h('p', {class: 'so-far', text: words.soFar}),
      ].filter(Boolean));
    }
    const blocks = [
      this._lists(result, 'h3'),
      // Not in the early view, which has no explanation (and no engine to say which rules).
      this._engine && [this._why(result.explanation, 'why'), this._decisions(), this._checked()],
    ];
    this._ui.outcome.replaceChildren(...blocks.flat(Infinity).filter(Boolean));
  }

  // A decision's checklist: steps, documents, alternatives, its note, advice.
  _lists(decision, heading) {
    const words = this._words();
    const list = (key, title, ordered) => decision[key] && decision[key].length > 0 &&
        h('div', {class: `block block-${key}`, part: `block`},
          h(heading, {text: title}),
          h(ordered ? 'ol' : 'ul', {class: 'checklist'}, decision[key].map((item) => h('li', {text: item.text}))));
    return [
      list('steps', words.steps, true),
      list('documents', words.documents),
      list('alternatives', words.alternatives),
      // The note names its subject ("Extra sickness insurance: recommended…"): no heading needed.
      decision.extra_insurance_note &&
          h('p', {class: 'block block-extra', part: 'block', text: decision.extra_insurance_note}),
      list('advice', words.advice),
    ];
  }

  // The other decisions (the campus fee, help with costs...), each as its own section once its
  // status is settled; those that do not apply to this student are left out.
  _decisions() {
    const entries = Object.entries(this._result.decisions || {}).slice(1);
    return entries.filter(([, d]) => d.applies !== false && d.status != null).map(([id, d]) =>
        h('section', {class: `decision decision-${id}`, part: 'decision', 'data-status': d.status},
          h('h3', {class: 'decision-title', text: d.title}),
          d.headline && h('p', {class: 'decision-status', text: d.headline.title}),
          d.headline && d.headline.text && h('p', {class: 'decision-text', text: d.headline.text}),
          !d.complete && h('p', {class: 'so-far', text: this._words().soFar}),
          this._lists(d, 'h4'),
          this._why(d.explanation, `why-${id}`)));
  }

  // The "Why?" disclosure of a decision: its explanation rule by rule, each with the sentence of
  // the source it rests on right under it (and the source's page, and how firm it is); then, for
  // the headline, the sources cited only by the checklist. `key` remembers whether it is open.
  _why(explanation = {rules: []}, key) {
    const result = this._result;
    const words = this._words();
    const sources = result.sources || {};
    this._whyOpen = this._whyOpen || new Set();
    // The original quotes are in their source's language, not the widget's: WCAG 3.1.2.
    const ruleset = this._engine.ruleset;
    const languageOf = (source) => (source.source || ruleset.source || ruleset.sources[0]).language;
    const shown = new Set();
    let section;
    const cite = (key) => {
      const source = sources[key];
      if (!source) return null;
      shown.add(key);
      // A section is named once for the run of quotes that come from it.
      const named = source.section !== section && (section = source.section);
      const page = source.source;
      return h('div', {class: 'cite'},
        named && h('p', {class: 'section', text: named}),
        h('blockquote', {text: source.quote}),
        source.original && h('p', {class: 'original'}, words.original + words.colon,
          h('q', {lang: languageOf(source), text: source.original})),
        source.note && h('p', {class: `basis basis-${source.basis}`, text: source.note}),
        page && /^https?:\/\//.test(page.url || '') &&
            h('p', {class: 'page'}, h('a', {href: page.url, rel: 'noopener noreferrer', text: page.title})));
    };
    const reasons = explanation.rules.map((reason) =>
        h('li', {class: `verdict-${reason.verdict}`}, reason.text, cite(reason.source)));
    // The sources only the checklist cites, under the headline's explanation.
    const rest = key === 'why' ? Object.keys(sources).filter((id) => !shown.has(id) && this._headlineCites(id)) : [];
    const details = h('details', {class: 'why', part: 'why', open: this._whyOpen.has(key)},
        h('summary', {}, h('span', {text: words.why})),
        h('div', {class: 'why-body'},
          explanation.intro && h('p', {text: explanation.intro}),
          h('ul', {class: 'reasons'}, reasons),
          rest.length > 0 && [h('h3', {text: words.sources}), rest.map(cite)]));
    details.addEventListener('toggle', () => {
      if (details.open) this._whyOpen.add(key);
      else this._whyOpen.delete(key);
    });
    return details;
  }

  // Whether the headline decision's checklist cites this citation.
  _headlineCites(id) {
    const result = this._result;
    return ['steps', 'documents', 'alternatives', 'advice'].some((key) =>
        (result[key] || []).some((item) => item.source === id));
  }

  // Which rules these are: the date they were checked against the source, and their version.
  // Printed with the checklist, so that a paper copy says how current it is.
  _checked() {
    const {version, checked} = this._engine.ruleset;
    // YYYY-MM-DD read as local midnight, so that no time zone moves it to the day before.
    const date = new Date(checked + 'T00:00').toLocaleDateString(this._lang(), {dateStyle: 'long'});
    return h('p', {class: 'checked', text: `${this._words().checkedOn} ${date}, version ${version}`});
  }

  _renderActions() {
    const words = this._words();
    const any = this._result.asked.length > 0;
    this._ui.actions.hidden = !any;
    if (!any) return this._ui.actions.replaceChildren();
    this._ui.actions.replaceChildren(...[
        this._result.status != null &&
            h('button', {type: 'button', class: 'button secondary', part: 'button', text: words.print,
                         onclick: () => window.print()}),
        h('button', {type: 'button', class: 'button secondary', part: 'button', text: words.copyLink,
                     onclick: () => this._copyLink()}),
        h('button', {type: 'button', class: 'button secondary', part: 'button', text: words.startAgain,
                     onclick: () => this._startAgain()}),
        this._ui.copied].filter(Boolean));
  }

  _startAgain() {
    // Forget a replayed link too, or reloading the page would bring its answers back.
    if (location.hash.startsWith(FRAGMENT)) history.replaceState(history.state, '', location.href.split('#')[0]);
    this._editing = null;
    this._error = null;
    this._notice = null;
    this._whyOpen = new Set();
    this._update({});
    this._focus();
  }

  // The link holds the answers in its fragment, which browsers never send to a server.
  async _copyLink() {
    const link = location.href.split('#')[0] + FRAGMENT + this._engine.linkFor(this._answers);
    const words = this._words();
    try {
      await navigator.clipboard.writeText(link);
      this._notice = {text: words.copied, link};
    } catch (error) {
      this._notice = {text: words.copyManually, link};
    }
    this._renderNotice();
  }
}

if (typeof customElements === 'object' && !customElements.get('couverture-check')) {
  customElements.define('couverture-check', CouvertureCheck);
}
