// <couverture-check lang="fr" rules="my-rules.json">: the assessment as a form, one question at a
// time under the list of answers given so far (each with a Change button), and the outcome below.
// It renders what the engine returns and decides nothing itself: `next[0]` is the question asked,
// `asked` the answers shown, and after every change only the answers in the new `asked` are kept.

// The engine's own first question for the built-in ruleset, per language, written in at build
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

const CONTACT = ['name', 'email', 'url', 'hours'];

// Node loads this file for the API alone: there the element is declared but never defined.
const ElementBase = typeof HTMLElement === 'function' ? HTMLElement : class {};

class CouvertureCheck extends ElementBase {
  static get observedAttributes() {
    return ['lang', 'rules', 'date', 'heading-level', ...CONTACT.map((key) => `contact-${key}`)];
  }

  // The element's own words per language, for a page to add one: see strings.js.
  static get strings() { return STRINGS; }

  constructor() {
    super();
    this._result = null;
    // Undefined until set: _engine; _editing (the id of an answered question being
    // changed, whose form opens in its row); _error ({detail, text}: the last rejected answer);
    // _notice ({text, link?}: a message above the form, or beside the buttons for a copied link);
    // _early (the EARLY question shown while the engine loads); _whenReady (an answer submitted
    // before the engine was ready); _pending (answers set before it was ready).
    // Keyed by question id, with no prototype: an id such as "__proto__" is a key like any other.
    this._answers = Object.create(null);
    this._whyOpen = new Set();  // the "Why?" disclosures the student opened
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
      // On paper the widget says what it is: the host page around it is not printed.
      title: h('p', {class: 'print-only h2'}),
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
    };
    const ui = this._ui;
    ui.outcomeSection = h('section', {class: 'outcome', part: 'outcome'}, ui.headline, ui.outcome);
    ui.widget = h('div', {class: 'widget', part: 'widget'}, ui.title, ui.loading, ui.notice, ui.answers,
                  ui.question, ui.outcomeSection, ui.actions);
    root.append(ui.widget);
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

  // The ruleset's metadata (id, version, title, checked, sources...: see wasm/README.md), or null
  // before the engine is ready: for a host page that says which rules are showing.
  get ruleset() { return this._engine ? this._engine.ruleset : null; }

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

  // One of the element's own words, as text, in the widget's language (else English).
  _word(key) {
    const own = STRINGS[this._lang().split('-')[0]];
    return own && own[key] != null ? own[key] : STRINGS.en[key];
  }

  // The same, as a node to show: a word the language lacks is shown in English, marked as English,
  // so that a screen reader does not read it with the ruleset language's voice (WCAG 3.1.2).
  _say(key) {
    const own = STRINGS[this._lang().split('-')[0]];
    return own && own[key] != null ? own[key] : h('span', {lang: 'en', text: STRINGS.en[key]});
  }

  // A heading `depth` levels under the widget's top one: h2 by default, `heading-level="3"` makes
  // it h3 (and its subheadings h4), to fit the host page's outline. Styled by depth, not by tag.
  _heading(depth, props, ...children) {
    const top = Number(this.getAttribute('heading-level'));
    const level = Math.min(6, (top >= 1 && top <= 6 ? Math.floor(top) : 2) + depth);
    return h(`h${level}`, {...props, class: `h${2 + depth} ${props.class || ''}`.trim()}, ...children);
  }

  // The date attribute (YYYY-MM-DD) assessments are made at: dated amounts take their value then.
  // Today by default.
  _date() { return this.getAttribute('date') || undefined; }

  async _load() {
    const count = ++this._loadCount;
    this._loading = true;
    if (this._engine) this._engine.dispose();  // its module memory, or every reload would keep one
    this._engine = null;
    this._markLanguage();
    this._ui.loading.textContent = this._word('loading');
    this._ui.loading.hidden = false;
    const given = this._rulesValue;
    const url = given === undefined ? this.getAttribute('rules') : null;
    if (given === undefined && !url && EARLY && !this._pending && linkQueryFor(this) === null &&
        !Object.keys(this._answers).length) {
      this._showEarly();
    } else if (this._early) {
      // Other rules now: the built-in rules' first question, shown early, is not theirs.
      this._early = null;
      this._whenReady = null;
      this._result = null;
      this._ui.question.replaceChildren();
    }
    // `wasm`: where couverture.wasm is, when it is not beside couverture.js (a CMS bundle).
    const options = {date: this._date(), wasmUrl: this.getAttribute('wasm') || undefined};
    let engine;
    try {
      await Couverture.limits(options);
    } catch (error) {
      // The module itself did not load (not found, blocked by the page's CSP): nothing a student
      // can fix, so a plain sentence for them and the technical reason for the page's developer.
      if (count === this._loadCount) this._cannotStart(error);
      return;
    }
    try {
      const rules = given !== undefined ? given : url ? await fetchRules(url, await Couverture.limits(options)) : undefined;
      engine = await Couverture.create({...options, rules});
    } catch (error) {
      // Whatever failed (the network, HTTP, the JSON, the ruleset), the message names the URL.
      if (count !== this._loadCount) return;
      this._loading = false;
      this._showFatal(this._word('rulesError'), url ? `${url}: ${error.message}` : error.message);
      return;
    }
    if (count !== this._loadCount) {
      engine.dispose();  // a newer load overtook this one
      return;
    }
    this._loading = false;
    this._ui.loading.hidden = true;
    this._engine = engine;
    this._today = engine.date;
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
    this._ui.title.textContent = engine.ruleset.title;
    this._tell(this._result = result);
    return true;
  }

  _cannotStart(error) {
    this._loading = false;
    this._early = null;
    console.error(`<couverture-check>: the WebAssembly engine could not start: ${error.message}. Is couverture.wasm ` +
                  'beside couverture.js (or where the wasm attribute says), and does the CSP allow \'wasm-unsafe-eval\'?');
    this._showFatal(null, this._word('unavailable'));
  }

  // What stops the widget, shown where the form would be: the author's mistake (a bad rules URL
  // or ruleset, with the technical detail), or a plain sentence for a student.
  _showFatal(title, message) {
    this._ui.loading.hidden = true;
    this._ui.answers.hidden = this._ui.actions.hidden = true;
    this._ui.headline.replaceChildren();
    this._ui.outcome.replaceChildren();
    this._ui.question.replaceChildren(
        h('div', {class: 'error-summary', part: 'error-summary', role: 'alert'},
          title && this._heading(0, {}, title), h('p', {class: title ? 'error-detail' : null, text: message})));
  }

  // Opening a copied link: its answers replace the current ones. Returns whether it had any.
  _restoreFromLink(focus) {
    const query = this._engine ? linkQueryFor(this) : null;
    if (query === null) return false;
    this._editing = null;
    this._error = null;
    this._notice = null;  // a link that could not be used, replaced by this one
    let answers;
    try {
      answers = this._engine.answersFromLink(query);
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
    this._notice = {text: this._word('restoreError') + this._word('colon') + this._errorText(error)};
    this._renderNotice();
  }

  // Assesses `answers`, keeps only those the flow used, renders, tells the page.
  _update(answers) {
    const engine = this._engine;
    engine.lang = this._lang();
    // Without a date attribute, the engine's own default (the day it was made).
    engine.date = this._date() || this._today;
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

  // Which rule a number the engine refused breaks, in the student's words: not whole, or out of
  // the question's range; null for anything else (the ruleset's words then).
  _numberError(question, value) {
    if (question.type === 'integer' && !Number.isInteger(value)) return this._word('wholeNumber');
    const {min, max} = question;
    if (!((min != null && value < min) || (max != null && value > max))) return null;
    const format = (n) => new Intl.NumberFormat(this._lang()).format(n);
    const key = min != null && max != null ? 'between' : min != null ? 'atLeast' : 'atMost';
    return this._word(key).replace('{min}', format(min)).replace('{max}', format(max));
  }

  _question(id) {
    const questions = this._engine ? this._engine.questions : [this._early];
    return questions.find((q) => q.id === id);
  }

  // The widget's language and direction, its own: on a lang="de" or dir="rtl" page, English or
  // French are announced and laid out as what they are.
  _markLanguage() {
    const lang = this._lang();
    this._ui.widget.lang = lang;
    this._ui.widget.dir = RTL.test(lang) ? 'rtl' : 'ltr';
  }

  _render() {
    this._markLanguage();
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
    if (!text) return;
    this._ui[link ? 'copied' : 'notice'].append(...[h('p', {text}), link &&
        h('input', {class: 'link-copy', type: 'text', readOnly: true, value: link,
                    'aria-label': this._word('copyLink'), onfocus: (e) => e.target.select()})].filter(Boolean));
  }

  _answerText(question, value) {
    if (isNumeric(question)) {
      const number = new Intl.NumberFormat(this._lang()).format(value);
      return question.unit ? `${number}\u00a0${question.unit}` : number;
    }
    const choice = choicesOf(question).find(([, , answer]) => answer === value);
    return choice ? choice[1] : String(value);
  }

  // The answers so far; the one being changed opens its form in its own row (GOV.UK "check your
  // answers"), with Cancel, instead of below every answer.
  _renderAnswers() {
    const asked = this._result.asked;
    const section = this._ui.answers;
    section.hidden = asked.length === 0;
    if (!asked.length) return section.replaceChildren();
    const rows = asked.map((id) => {
      const question = this._question(id);
      const name = question.short || question.label;
      if (id === this._editing) {
        return h('div', {class: 'row row-editing'}, h('dt', {text: name}),
                 h('dd', {class: 'edit'}, this._form(question)));
      }
      return h('div', {class: 'row'},
               h('dt', {text: name}),
               h('dd', {class: 'value', text: this._answerText(question, this._answers[id])}),
               h('dd', {class: 'change'},
                 h('button', {type: 'button', class: 'link-button', part: 'change-button', 'data-id': id,
                              onclick: () => this._change(id)},
                   this._say('change'), h('span', {class: 'visually-hidden', text: ` ${name}`}))));
    });
    section.replaceChildren(this._heading(0, {}, this._say('yourAnswers')), h('dl', {class: 'summary'}, rows));
  }

  _change(id) {
    this._editing = id;
    this._error = null;
    this._notice = null;
    this._render();
    this._focus();
  }

  _cancel(id) {
    this._editing = null;
    this._error = null;
    this._render();
    const button = this.shadowRoot.querySelector(`[data-id="${CSS.escape(id)}"]`);
    if (button) button.focus();
  }

  // The next question to answer, unless an earlier answer is being changed in its row.
  _renderQuestion() {
    const id = this._editing ? null : this._result.next[0];
    this._ui.question.replaceChildren(...(id ? [this._form(this._question(id))] : []));
  }

  _form(question) {
    const id = question.id;
    const error = this._error;
    const editing = id === this._editing;
    const fieldId = `q-${id}`;
    const hintId = question.help ? `${fieldId}-hint` : null;
    const errorId = error ? `${fieldId}-error` : null;
    const describedBy = [hintId, errorId].filter(Boolean).join(' ') || null;
    const hint = hintId && h('div', {class: 'hint', id: hintId}, rich(question.help));
    const message = error && h('p', {class: 'error-message', id: errorId},
                                 h('span', {class: 'visually-hidden'}, this._say('problem'), this._word('colon')),
                                 error.detail);
    const current = this._answers[id];
    let group;
    if (isNumeric(question)) {
      group = h('div', {class: error ? 'group group-error' : 'group'},
                this._heading(editing ? 1 : 0, {class: 'question-heading'},
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
      const radios = choicesOf(question).map(([value, label, answer], i) =>
          h('div', {class: 'radio'},
            h('input', {type: 'radio', id: `${fieldId}-${i}`, name: id, value, part: 'radio',
                        checked: current === answer}),
            h('label', {for: `${fieldId}-${i}`, text: label})));
      group = h('fieldset', {class: error ? 'group group-error' : 'group', 'aria-describedby': describedBy},
                h('legend', {}, this._heading(editing ? 1 : 0, {class: 'question-heading', text: question.label})),
                hint, message, h('div', {class: 'radios'}, radios));
    }
    const summary = error && h('div', {class: 'error-summary', part: 'error-summary', role: 'alert', tabIndex: -1},
        this._heading(editing ? 1 : 0, {}, this._say('problem')),
        h('ul', {}, h('li', {}, h('a', {href: `#${fieldId}`, text: error.detail,
                                         onclick: (e) => { e.preventDefault(); this._focus(); }}))));
    return h('form', {class: 'question', part: 'question', novalidate: true,
                      onsubmit: (e) => { e.preventDefault(); this._submit(question, e.target); }},
        summary, group,
        h('button', {type: 'submit', class: 'button', part: 'button'}, this._say('continue')),
        editing && h('button', {type: 'button', class: 'link-button', part: 'cancel-button',
                                onclick: () => this._cancel(id)}, this._say('cancel')));
  }

  _submit(question, form) {
    if (!this._engine) {
      this._whenReady = () => this._submit(question, form);
      return;
    }
    const id = question.id;
    const text = isNumeric(question) ? form.elements[id].value : undefined;
    let value;
    if (isNumeric(question)) {
      value = parseNumber(text);
      // Nothing, or not a number: what to enter, in the ruleset's words for this question.
      if (value === null) return this._reject(question, {detail: question.invalid || this._word('enterNumber'), text});
    } else {
      const checked = [...form.querySelectorAll(`input[name="${CSS.escape(id)}"]`)].find((r) => r.checked);
      if (!checked) return this._reject(question, {detail: this._word('choose')});
      value = choicesOf(question).find(([v]) => v === checked.value)[2];
    }
    const wasComplete = this._result && this._result.complete;
    try {
      this._error = null;
      this._editing = null;
      this._notice = null;
      this._update({...this._answers, [id]: value});
    } catch (error) {
      // The engine rejected this answer (range, type): say which rule it broke.
      return this._reject(question, {text,
          detail: (isNumeric(question) && this._numberError(question, value)) || this._errorText(error)});
    }
    if (this._result.complete && !wasComplete) this._focusOutcome();
    else if (this._result.next[0]) this._focus();
    else this._focusOutcome();
  }

  _reject(question, error) {
    if (this._answers[question.id] !== undefined) this._editing = question.id;
    this._error = error;
    this._renderAnswers();
    this._renderQuestion();
    const summary = this.shadowRoot.querySelector('.error-summary');
    if (summary) summary.focus();
  }

  // Focus on the current question's field: the checked radio, else the first; or the text box.
  _focus() {
    const form = this.shadowRoot.querySelector('form');
    if (!form) return;
    const field = form.querySelector('input:checked') || form.querySelector('input');
    if (field) field.focus();
  }

  _focusOutcome() {
    const heading = this._ui.headline.querySelector('.headline-title');
    if (heading) heading.focus();
  }

  _renderOutcome() {
    const result = this._result;
    const section = this._ui.outcomeSection;
    const settled = result.status != null;
    section.classList.toggle('settled', settled);
    section.classList.toggle('complete', !!result.complete);
    if (!settled) {
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
        this._heading(0, {class: 'headline-title', tabIndex: -1, text: title}),
        text && h('p', {class: 'headline-text'}, rich(text)),
        !result.complete && h('p', {class: 'so-far'}, this._say('soFar')),
      ].filter(Boolean));
    }
    const blocks = [
      this._lists(result, 1, true),
      // Not in the early view, which has no explanation (and no engine to say which rules).
      this._engine && [this._why(result.explanation, 'why'), this._decisions(), this._checked()],
    ];
    this._ui.outcome.replaceChildren(...blocks.flat(Infinity).filter(Boolean));
  }

  // A decision's checklist: steps and documents (with the university's contact for help with
  // them), alternatives, its note, advice.
  _lists(decision, depth, main) {
    const list = (key, ordered) => decision[key] && decision[key].length > 0 &&
        h('div', {class: `block block-${key}`, part: 'block'},
          this._heading(depth, {}, this._say(key)),
          h(ordered ? 'ol' : 'ul', {class: 'checklist'}, decision[key].map((item) => h('li', {}, rich(item.text)))));
    return [
      // The options first: a step may depend on the one chosen ("To apply for the CMU…").
      list('alternatives'),
      list('steps', true),
      list('documents'),
      main && this._contact(depth),
      // The note names its subject ("Extra sickness insurance: not applicable…"): no heading needed.
      decision.extra_insurance_note &&
          h('p', {class: 'block block-extra', part: 'block', text: decision.extra_insurance_note}),
      list('advice'),
    ];
  }

  // Where a student gets help with the steps, as the university gives it: contact-name,
  // contact-email, contact-url (https only), contact-hours attributes, and/or markup in
  // slot="contact". Shown with the steps and printed with them.
  _contact(depth) {
    const [name, email, url, hours] = CONTACT.map((key) => this.getAttribute(`contact-${key}`));
    const web = /^https:\/\/\S+$/.test(url || '') ? url : null;
    if (!name && !email && !web && !hours && !this.querySelector('[slot=contact]')) return null;
    return h('div', {class: 'contact', part: 'contact'},
      this._heading(depth, {}, this._say('help')),
      name && h('p', {class: 'contact-name', text: name}),
      email && h('p', {}, h('a', {href: `mailto:${email}`, text: email})),
      web && h('p', {}, h('a', {href: web, rel: 'noopener noreferrer', text: web.replace(/^https:\/\/(www\.)?|\/$/g, '')})),
      hours && h('p', {text: hours}),
      h('slot', {name: 'contact'}));
  }

  // The other decisions (the campus fee, help with costs...), each as its own section once its
  // status is settled; those that do not apply to this student are left out.
  _decisions() {
    const entries = Object.entries(this._result.decisions || {}).slice(1);
    return entries.filter(([, d]) => d.applies !== false && d.status != null).map(([id, d]) =>
        h('section', {class: `decision decision-${id}`, part: 'decision', 'data-status': d.status},
          this._heading(1, {class: 'decision-title', text: d.title}),
          d.headline && h('p', {class: 'decision-status', text: d.headline.title}),
          d.headline && d.headline.text && h('p', {class: 'decision-text'}, rich(d.headline.text)),
          !d.complete && h('p', {class: 'so-far'}, this._say('soFar')),
          this._lists(d, 2),
          this._why(d.explanation, `why-${id}`)));
  }

  // A disclosure that remembers, across renders, whether the student opened it.
  _disclosure(key, props, summary, ...body) {
    const details = h('details', {...props, open: this._whyOpen.has(key)},
                      h('summary', {}, h('span', {}, summary)), h('div', {class: 'why-body'}, ...body));
    details.addEventListener('toggle', () => {
      if (details.open) this._whyOpen.add(key);
      else this._whyOpen.delete(key);
    });
    return details;
  }

  // "Why?": the rule that decides and the sentence of the source it rests on (and the source's
  // page, and how firm it is); one click further, every rule checked in order, each with its
  // sentence, then, for the headline, the sources cited only by the checklist.
  _why(explanation = {rules: []}, key) {
    const result = this._result;
    const sources = result.sources || {};
    // The original quotes are in their source's language, not the widget's: WCAG 3.1.2.
    const ruleset = this._engine.ruleset;
    const languageOf = (source) => (source.source || ruleset.source || ruleset.sources[0]).language;
    const shown = new Set();
    let section;
    const cite = (id) => {
      const source = sources[id];
      if (!source) return null;
      shown.add(id);
      // A section is named once for the run of quotes that come from it.
      const named = source.section !== section && (section = source.section);
      const page = source.source;
      return h('div', {class: 'cite'},
        named && h('p', {class: 'section', text: named}),
        h('blockquote', {text: source.quote}),
        source.original && h('p', {class: 'original'}, this._say('original'), this._word('colon'),
          h('q', {lang: languageOf(source), text: source.original})),
        source.note && h('p', {class: `basis basis-${source.basis}`, text: source.note}),
        page && /^https?:\/\//.test(page.url || '') &&
            h('p', {class: 'page'}, h('a', {href: page.url, rel: 'noopener noreferrer', text: page.title})));
    };
    const decides = explanation.rules.find((reason) => reason.verdict === 'decides');
    const lead = decides && [h('p', {class: 'verdict-decides', text: decides.text}), cite(decides.source)];
    section = undefined;
    const reasons = explanation.rules.map((reason) =>
        h('li', {class: `verdict-${reason.verdict}`}, reason.text, cite(reason.source)));
    // The sources only the checklist cites, under the headline's explanation.
    const rest = key === 'why' ? Object.keys(sources).filter((id) => !shown.has(id) && this._headlineCites(id)) : [];
    const all = [explanation.intro && h('p', {text: explanation.intro}), h('ul', {class: 'reasons'}, reasons),
                 rest.length > 0 && [this._heading(2, {}, this._say('sources')), rest.map(cite)]];
    // While no rule decides yet (questions remain), the list is all there is to say.
    return this._disclosure(key, {class: 'why', part: 'why'}, this._say('why'),
        lead ? [lead, this._disclosure(`${key}/all`, {class: 'why'}, this._say('allRules'), all)] : all);
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
    const {version, checked, title} = this._engine.ruleset;
    this._ui.title.textContent = title;
    // YYYY-MM-DD read as local midnight, so that no time zone moves it to the day before.
    const date = new Date(checked + 'T00:00').toLocaleDateString(this._lang(), {dateStyle: 'long'});
    return h('p', {class: 'checked', text: `${this._word('checkedOn')} ${date}, version ${version}`});
  }

  _renderActions() {
    const any = this._result.asked.length > 0;
    this._ui.actions.hidden = !any;
    if (!any) return this._ui.actions.replaceChildren();
    const button = (key, onclick) => h('button', {type: 'button', class: 'button secondary', part: 'button', onclick},
                                        this._say(key));
    this._ui.actions.replaceChildren(...[
        this._result.status != null && button('print', () => printOnly(this)),
        button('copyLink', () => this._copyLink()),
        button('startAgain', () => this._startAgain()),
        this._ui.copied].filter(Boolean));
  }

  _startAgain() {
    // Forget a replayed link too, or reloading the page would bring its answers back.
    if (linkQueryFor(this) !== null) history.replaceState(history.state, '', location.href.split('#')[0]);
    this._editing = null;
    this._error = null;
    this._notice = null;
    this._whyOpen = new Set();
    this._update({});
    this._focus();
  }

  // The link holds the answers in this widget's fragment (see link.js).
  async _copyLink() {
    const link = location.href.split('#')[0] + fragmentOf(this) + this._engine.linkFor(this._answers);
    try {
      await navigator.clipboard.writeText(link);
      this._notice = {text: this._word('copied'), link};
    } catch (error) {
      this._notice = {text: this._word('copyManually'), link};
    }
    this._renderNotice();
  }
}

if (typeof customElements === 'object' && !customElements.get('couverture-check')) {
  customElements.define('couverture-check', CouvertureCheck);
}
