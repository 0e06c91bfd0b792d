// <couverture-check lang="fr" rules="my-rules.json">: the assessment as a form, one question at a
// time under the list of answers given so far (each with a Change button), and the outcome below.
// It renders what the engine returns and decides nothing itself: `next[0]` is the question asked,
// `asked` the answers shown, and after every change only the answers in the new `asked` are kept.

const FRAGMENT = '#couverture:';  // the answers in a copied link: #couverture:origin=other&age=30

// The engine's own output for the compiled-in ruleset with no answers — per language, the first
// question and the result without its explanation — written in at build time by wasm/prerender.mjs. The first question
// shows while the WebAssembly module is still loading; an answer given before it is ready waits
// for it. Null in an unprocessed build (the placeholder is not JSON).
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
// (a French decimal comma); ranges and integer-ness are the engine's to judge.
function parseNumber(text) {
  const normalized = text.trim().replace(/\s/g, '').replace(',', '.');
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(normalized) ? Number(normalized) : null;
}

// Link fragment <-> answers, typed by the question types.
function encodeAnswers(answers) {
  return FRAGMENT + new URLSearchParams(Object.entries(answers).map(([k, v]) => [k, String(v)]));
}

function decodeAnswers(hash, questions) {
  const answers = {};
  for (const [id, text] of new URLSearchParams(hash.slice(FRAGMENT.length))) {
    const question = questions.find((q) => q.id === id);
    if (question && question.type === 'boolean' && (text === 'true' || text === 'false')) {
      answers[id] = text === 'true';
    } else if (question && isNumeric(question) && parseNumber(text) !== null) {
      answers[id] = parseNumber(text);
    } else {
      answers[id] = text;  // the engine names what is wrong with it
    }
  }
  return answers;
}

// Node loads this file for the API alone: there the element is declared but never defined.
const ElementBase = typeof HTMLElement === 'function' ? HTMLElement : class {};

class CouvertureCheck extends ElementBase {
  static get observedAttributes() { return ['lang', 'rules']; }

  constructor() {
    super();
    this._engine = null;
    this._answers = {};
    this._result = null;
    this._editing = null;   // the id of an answered question being changed
    this._error = null;     // {message, detail, path}: the last rejected answer
    this._notice = null;    // {text, link?, alert?}: a message above the form
    this._early = null;     // the EARLY entry shown while the engine loads
    this._whenReady = null; // an answer submitted before the engine was ready
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
      notice: h('div', {class: 'notice', part: 'notice', 'aria-live': 'polite'}),
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
    else if (this._engine) this._update(this._answers);
    else if (this._early) this._showEarly();
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

  // The element's lang if the ruleset has it, else the page's, else English (else the first).
  _lang() {
    const available = this._engine ? this._engine.languages : Object.keys(this._early ? EARLY : STRINGS);
    for (const tag of [this.getAttribute('lang'), document.documentElement.lang, 'en']) {
      const code = (tag || '').toLowerCase().split('-')[0];
      if (available.includes(code)) return code;
    }
    return available[0];
  }

  _words() { return STRINGS[this._lang()] || STRINGS.en; }

  async _load() {
    const count = ++this._loadCount;
    this._loading = true;
    this._engine = null;
    this._ui.loading.textContent = (STRINGS[this._lang()] || STRINGS.en).loading;
    this._ui.loading.hidden = false;
    const url = this.getAttribute('rules');
    if (!url && EARLY && !this._pending && !location.hash.startsWith(FRAGMENT) &&
        !Object.keys(this._answers).length) {
      this._showEarly();
    }
    let engine;
    try {
      let rules;
      if (url) {
        // No cookies go with it: the widget stores and sends nothing about the student.
        const response = await fetch(url, {credentials: 'omit'});
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${response.statusText}`.trim());
        rules = await response.text();
      }
      try {
        engine = await Couverture.create({rules});
      } catch (error) {
        throw new Error(url ? `${url}: ${error.message}` : error.message);
      }
    } catch (error) {
      if (count !== this._loadCount) return;
      this._loading = false;
      this._showFatal(error);
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
    this._result = this._early.result;
    this._ui.loading.hidden = true;
    this._render();
  }

  // The engine is ready under the early view: keep the view (and the visitor's focus and
  // selection) when the engine's result is the same, as it is unless the build is stale.
  _adoptEarly() {
    const engine = this._engine;
    engine.lang = this._lang();
    const result = engine.assess({});
    const early = this._early.result;  // the result without its explanation: see prerender.mjs
    if (Object.keys(early).some((key) => JSON.stringify(result[key]) !== JSON.stringify(early[key]))) {
      return false;
    }
    this._answers = {};
    this._result = result;
    this.dispatchEvent(new CustomEvent('couverture-result', {detail: result, bubbles: true, composed: true}));
    return true;
  }

  // The author's mistake (a bad rules URL or ruleset), shown where the form would be.
  _showFatal(error) {
    const words = this._words();
    this._ui.loading.hidden = true;
    for (const key of ['answers', 'outcomeSection', 'actions']) this._ui[key].hidden = true;
    this._ui.question.replaceChildren(
        h('div', {class: 'error-summary', part: 'error-summary', role: 'alert'},
          h('h2', {text: words.rulesError}), h('p', {class: 'error-detail', text: error.message})));
  }

  // Opening a copied link: its answers replace the current ones. Returns whether it had any.
  _restoreFromLink(focus) {
    if (!this._engine || !location.hash.startsWith(FRAGMENT)) return false;
    const answers = decodeAnswers(location.hash, this._engine.questions);
    this._editing = null;
    this._error = null;
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
      this._update({});
      this._notice = {text: `${this._words().restoreError}: ${error.message}`, alert: true};
      this._renderNotice();
      return false;
    }
  }

  // Assesses `answers`, keeps only those the flow used, renders, tells the page.
  _update(answers) {
    const engine = this._engine;
    engine.lang = this._lang();
    let result = engine.assess(answers);
    const kept = {};
    for (const id of result.asked) kept[id] = answers[id];
    if (Object.keys(kept).length !== Object.keys(answers).length) {
      // Answers the new flow does not use are dropped, so the result has only the kept ones.
      result = engine.assess(kept);
    }
    this._answers = kept;
    this._result = result;
    this._render();
    this.dispatchEvent(new CustomEvent('couverture-result', {detail: result, bubbles: true, composed: true}));
  }

  _question(id) {
    const questions = this._engine ? this._engine.questions : [this._early.question];
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
    const notice = this._notice;
    const ui = this._ui.notice;
    ui.replaceChildren();
    ui.className = notice && notice.alert ? 'notice notice-alert' : 'notice';
    if (!notice) return;
    ui.append(h('p', {text: notice.text}));
    if (notice.link) {
      ui.append(h('input', {class: 'link-copy', type: 'text', readOnly: true, value: notice.link,
                            'aria-label': this._words().copyLink, onfocus: (e) => e.target.select()}));
    }
  }

  _answerText(question, value) {
    if (isNumeric(question)) {
      const number = new Intl.NumberFormat(this._lang()).format(value);
      return question.unit ? `${number} ${question.unit}` : number;
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
                                 h('span', {class: 'visually-hidden', text: `${words.problem}: `}),
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
      // The engine rejected this answer (range, type). The ruleset's words for the student, in
      // their language, when it has them; else the engine's own message.
      const own = error.path === `/${id}`;
      this._editing = this._answers[id] !== undefined ? id : null;
      const detail = own ? question.invalid || error.detail : error.message;
      return this._reject(question, {detail,
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
    const list = (key, heading, ordered) => result[key] && result[key].length > 0 &&
        h('div', {class: `block block-${key}`, part: `block`},
          h('h3', {text: heading}),
          h(ordered ? 'ol' : 'ul', {class: 'checklist'}, result[key].map((item) => h('li', {text: item.text}))));
    const blocks = [
      list('steps', words.steps, true),
      list('documents', words.documents),
      list('alternatives', words.alternatives),
      // The note names its subject ("Extra sickness insurance: recommended…"): no heading needed.
      result.extra_insurance_note &&
          h('p', {class: 'block block-extra', part: 'block', text: result.extra_insurance_note}),
      list('advice', words.advice),
      this._why(),
    ];
    this._ui.outcome.replaceChildren(...blocks.filter(Boolean));
  }

  // The "Why?" disclosure: the explanation rule by rule, then the cited sentences.
  _why() {
    const result = this._result;
    const words = this._words();
    const explanation = result.explanation || {rules: []};
    const sources = Object.entries(result.sources || {});
    const details = h('details', {class: 'why', part: 'why', open: this._whyOpen},
        h('summary', {}, h('span', {text: words.why})),
        h('div', {class: 'why-body'},
          explanation.intro && h('p', {text: explanation.intro}),
          h('ul', {class: 'reasons'}, explanation.rules.map((reason) =>
              h('li', {class: `verdict-${reason.verdict}`}, reason.text))),
          sources.length > 0 && h('h3', {text: words.sources}),
          sources.length > 0 && h('dl', {class: 'sources'}, sources.map(([, source], i) => [
            // A section is named once for the run of quotes that come from it.
            (i === 0 || sources[i - 1][1].section !== source.section) && h('dt', {text: source.section}),
            h('dd', {}, h('blockquote', {text: source.quote}),
              source.original && h('p', {class: 'original'},
                h('span', {class: 'original-label', text: `${words.original}: `}),
                h('q', {text: source.original})))]))));
    details.addEventListener('toggle', () => { this._whyOpen = details.open; });
    return details;
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
                     onclick: () => this._startAgain()})].filter(Boolean));
  }

  _startAgain() {
    this._editing = null;
    this._error = null;
    this._notice = null;
    this._whyOpen = false;
    this._update({});
    this._focus();
  }

  // The link holds the answers in its fragment, which browsers never send to a server.
  async _copyLink() {
    const link = location.href.split('#')[0] + encodeAnswers(this._answers);
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
