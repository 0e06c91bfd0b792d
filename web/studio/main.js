// The rules studio: one state object, rendered into the page by the views' pure functions. Every
// edit, after a short pause, re-runs the loader and the verifier (the authoring engine's own
// WebAssembly module, in a Web Worker: workers.js), then redraws the findings, the visible view
// and the preview (the real <couverture-check>, given the edited ruleset through its `rules`
// property). The text is the file's, byte for byte: the studio never reformats what it opens, so
// the engine reports what `couverture check` reports for it and Download saves what was edited.
import {createEditor} from './editor.js';
import {SHIPPED, download, downloadName, fetchShipped, keep, kept, readFile} from './files.js';
import {isLayer, layerBase} from './layer-mode.js';
import {renderChanges} from './changes-view.js';
import {renderFindings} from './findings-view.js';
import {FLOW_MAX_NODES, flowElement} from './flow-view.js';
import {offsetOfLineColumn} from './json-path.js';
import {UI_LANGUAGES, words} from './strings.js';
import {renderTable} from './table-view.js';
import {setupTabs} from './tabs.js';
import {Superseded, workerChannel} from './workers.js';
import {h} from '../dom.js';

// Long enough that a typist's next key usually arrives first, short enough that findings, table
// and preview are current within 300 ms of the last keystroke (tests/web/studio-bench.mjs).
const DEBOUNCE_MS = 80;
// Rows of each coverage table drawn (the rest are counted): ten thousand rows of DOM would slow
// every keystroke, and nobody reads them on screen (`couverture table` prints them all).
const TABLE_ROWS = 200;
// Rows of all the tables together: sixteen decisions of 200 rows of 64 questions' columns would
// be 200 000 cells to draw.
const TABLE_ROWS_IN_ALL = 1000;
const PREVIEW_TIMEOUT_MS = 3000;
const BUILT_IN = 'built-in';

const $ = (id) => document.getElementById(id);

const state = {
  ui: 'en',
  text: '',
  opened: {text: '', name: ''},  // the ruleset as opened: what Changes compares with
  layer: null,                   // layer mode (layer-mode.js): a promise of {name, text, opened}
  renamed: [],                   // options the author said were renamed: [{question, old, new}]
  report: null,                  // the last check of `text`
  good: null,                    // the last text that loaded: what the views and preview show
  goodFlowNodes: 0,              // the size of its question flow (the check's summary)
  languages: [],
  format: 0,
  previewLang: null,             // chosen by the user; else the studio's language, else the first
  current: null,                 // the text that findings, view and preview were last brought up to
  view: 'preview',
  keep: false,
  notesOpen: false,
  fitFlow: false,
};

let engine, layout, editor, schema = null, timer = null, selectView;
const drawn = {table: null, flow: null, changes: null};  // what each panel shows now, by input key
const busy = {engine: null, layout: null};               // what each worker is doing now

function uiLanguage() {
  const asked = new URLSearchParams(location.search).get('lang') || navigator.language || 'en';
  const code = asked.toLowerCase().split('-')[0];
  return UI_LANGUAGES.includes(code) ? code : 'en';
}

function previewLang() {
  const {languages} = state;
  if (languages.includes(state.previewLang)) return state.previewLang;
  return languages.includes(state.ui) ? state.ui : languages[0];
}

function say(message) {
  $('status').textContent = message;
}

// What the workers are doing, said while they do it: a long verification is not a frozen page.
function renderBusy() {
  const w = words(state.ui);
  const label = busy.engine || busy.layout;
  const text = label ? w.busy[label] || w.busy.working : '';
  if ($('busy').textContent !== text) $('busy').textContent = text;
}

// ---- rendering: each part a function of the state

function renderWords() {
  const w = words(state.ui);
  document.documentElement.lang = state.ui;
  document.title = `${w.title} — Couverture`;
  for (const node of document.querySelectorAll('[data-word]')) {
    const text = w[node.dataset.word];
    if (typeof text === 'string') node.textContent = text;
  }
  $('ui-language').value = state.ui;
  const choice = $('open-choice');
  const selected = choice.value || BUILT_IN;
  choice.replaceChildren(h('option', {value: BUILT_IN, text: w.openBuiltIn}),
    ...SHIPPED.map((s) => h('option', {value: s.file, text: w.openShipped(s.name)})));
  choice.value = selected;
  if (editor) editor.setLabel(`${w.editorLabel}. Escape, Tab: next control.`);
}

function renderFindingsPane() {
  const w = words(state.ui);
  $('findings').replaceChildren(...renderFindings(state.report, w, {select: selectFinding, tryAnswers, toggleNotes},
                                                   state.notesOpen));
  // Screen readers hear the counts when they change, not the whole list at every pause in typing.
  const counts = $('findings').querySelector('.summary').textContent;
  if ($('findings-status').textContent !== counts) $('findings-status').textContent = counts;
  $('preview-stale').hidden = !state.report || state.report.loaded;
  $('migrate').hidden = !(state.report && state.report.loaded && state.format === 1);
  const select = $('preview-lang');
  const lang = previewLang();
  if (select.dataset.langs !== state.languages.join(' ')) {
    select.replaceChildren(...state.languages.map((tag) => h('option', {value: tag, text: tag})));
    select.dataset.langs = state.languages.join(' ');
  }
  if (lang) select.value = lang;
}

// What Changes compares with: the ruleset as opened, or in layer mode the layer as opened over
// its base (the base itself when that did not compose).
async function openedRules() {
  const base = state.layer && await state.layer;
  return base ? base.opened || base.text : state.opened.text;
}

// The content of each view, from the workers: a promise of its nodes.
const VIEWS = {
  async table(lang, w) {
    const rows = Math.max(1, Math.min(TABLE_ROWS, Math.floor(TABLE_ROWS_IN_ALL / state.decisions)));
    return renderTable(await engine.call('view', 'table', [state.good, lang, {rows}], 'table'), w);
  },
  async changes(lang, w) {
    const options = {lang: state.languages.includes(lang) ? lang : ''};
    let diff;
    try {
      diff = await engine.call('view', 'diff', [await openedRules(), state.good, {...options, renamed: state.renamed}], 'diff');
    } catch (error) {
      if (error instanceof Superseded || !state.renamed.length) throw error;
      state.renamed = [];  // an edit since took away an option they name: ask again
      diff = await engine.call('view', 'diff', [await openedRules(), state.good, options], 'diff');
    }
    return renderChanges(diff, w, {tryAnswers, rename});
  },
  async flow(lang, w) {
    // Refused before anything is laid out: Graphviz would take minutes, and nobody reads it.
    if (state.goodFlowNodes > FLOW_MAX_NODES) {
      return [h('p', {class: 'notice', text: w.flowTooLarge(state.goodFlowNodes, FLOW_MAX_NODES)})];
    }
    const dot = await engine.call('view', 'graph', [state.good, lang, {date: today()}], 'graph');
    const svg = flowElement(await layout.call('layout', 'render', [dot], 'layout'));
    svg.setAttribute('aria-label', w.flowCaption);
    const scroll = h('div', {class: `flow-scroll${state.fitFlow ? ' fit' : ''}`, tabindex: '0', role: 'region', 'aria-label': w.flow}, svg);
    const fit = h('input', {type: 'checkbox', id: 'flow-fit', checked: state.fitFlow, onchange: (event) => {
      state.fitFlow = event.target.checked;
      scroll.classList.toggle('fit', state.fitFlow);
    }});
    return [h('p', {class: 'flow-caption', text: w.flowCaption}),
            h('p', {class: 'flow-controls'}, fit, h('label', {for: 'flow-fit', text: w.fitFlow})), scroll];
  },
};

// A panel's content, redrawn only when what it shows changed. Resolves once it is drawn (or
// superseded by a newer edit or view).
async function renderView() {
  const w = words(state.ui);
  const lang = previewLang();
  if (!state.good || !lang || state.view === 'preview') return;
  const view = state.view;
  const key = [state.ui, lang, state.good, view === 'changes' ? state.opened.text : '',
               view === 'changes' ? JSON.stringify(state.renamed) : ''].join('\u0000');
  if (drawn[view] === key) return;
  drawn[view] = key;
  const panel = $(`panel-${view}`);
  if (!panel.firstChild) panel.replaceChildren(h('p', {class: 'view-loading', text: w.busy[view === 'flow' ? 'graph' : view === 'changes' ? 'diff' : view]}));
  let content;
  try {
    content = await VIEWS[view](lang, w);
  } catch (error) {
    if (error instanceof Superseded) {
      if (drawn[view] === key) drawn[view] = null;  // drawn again when next shown
      return;
    }
    content = [h('p', {class: 'notice', text: (view === 'flow' ? w.flowFailed : w.viewFailed)(error.message)})];
  }
  if (drawn[view] !== key) return;  // a newer edit overtook it
  panel.replaceChildren(...content);
  if (view === 'flow') {
    // At actual size the root (top centre) is where a reader starts.
    const scroll = panel.querySelector('.flow-scroll');
    if (scroll) scroll.scrollLeft = (scroll.scrollWidth - scroll.clientWidth) / 2;
  }
}

// The author says which old option a new one renamed ("" for none): Changes then compares the two
// as one option. Once an edit takes away an option they name, they are dropped (renderView).
async function rename(question, newId, oldId) {
  state.renamed = state.renamed.filter((r) => !(r.question === question && r.new === newId));
  if (oldId) state.renamed.push({question, old: oldId, new: newId});
  await renderView();
  const select = $('panel-changes').querySelector(`select[data-question="${CSS.escape(question)}"][data-option="${CSS.escape(newId)}"]`);
  if (select) select.focus();
}

function toggleNotes(open) {
  state.notesOpen = open;
  renderFindingsPane();
  document.querySelector('#findings details.notes > summary').focus();
}

// ---- the preview

const preview = () => $('preview');

// Gives the preview the last ruleset that loaded; resolves once it shows a result (or after a
// while: a ruleset the widget refuses shows its own message instead).
function updatePreview() {
  const element = preview();
  element.setAttribute('lang', previewLang() || 'en');
  if (!state.good || element.rules === state.good) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timeout);
      element.removeEventListener('couverture-result', done);
      resolve();
    };
    const timeout = setTimeout(done, PREVIEW_TIMEOUT_MS);
    element.addEventListener('couverture-result', done);
    // The student's answers carry over to the edited rules. Given back while the element reloads,
    // they wait for its engine, which checks them: answers the new rules refuse (an option
    // removed) become the element's notice and a fresh start, not an error.
    const answers = element.answers;
    element.rules = state.good;
    if (Object.keys(answers).length) element.answers = answers;
  });
}

function tryAnswers(answers) {
  selectView('preview');
  try {
    preview().answers = answers;
  } catch (error) {
    say(error.message);
  }
  $('preview-frame').scrollIntoView({block: 'nearest'});
  preview().focus?.();
}

// ---- the check, after each pause in typing

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(run, DEBOUNCE_MS);
}

async function run() {
  timer = null;
  const started = performance.now();
  const text = state.text;
  // A new text: what the views were computing for the last one is of no use any more, and the
  // findings shown are the last text's until this one's come.
  engine.cancel('view');
  layout.cancel('layout');
  $('findings').setAttribute('aria-busy', 'true');
  let report;
  try {
    const base = state.layer && await state.layer;
    report = base ? await engine.call('check', 'checkLayered', [base.text, text, {today: today()}], 'check')
                  : await engine.call('check', 'check', [text, {today: today()}], 'check');
  } catch (error) {
    if (error instanceof Superseded) return;  // a newer edit's check replaced it
    report = {loaded: false, summary: {errors: 1, warnings: 0, info: 0},
              findings: [{severity: 'error', kind: 'invalid', message: error.message, path: error.path || '', answers: null}]};
  }
  if (text !== state.text) return;  // edited meanwhile: that edit's check is on its way
  $('findings').setAttribute('aria-busy', 'false');
  state.report = report;
  if (report.loaded) {
    state.good = report.composed || text;  // a layer's views show the composition
    state.languages = report.languages;
    state.format = report.format;
    state.decisions = report.summary.decisions || 1;
    state.goodFlowNodes = report.summary.flow_nodes || 0;
  }
  renderFindingsPane();
  editor.showFindings(state.report.findings);
  const checked = performance.now();
  await renderView();
  if (text !== state.text) return;
  const viewed = performance.now();
  if (state.keep) keep({text, name: state.opened.name, opened: state.opened.text});
  await updatePreview();
  if (text !== state.text) return;
  const previewed = performance.now();
  state.current = text;  // findings, view and preview all show this text now
  // For the benchmark and the tests: when this edit's findings, view and preview were current.
  document.dispatchEvent(new CustomEvent('studio-updated', {detail: {
    text, at: previewed, changed: state.changedAt, started, check: checked - started, view: viewed - checked,
    preview: previewed - viewed,
  }}));
}

// ---- opening, saving

// The text as it is: a duplicate key, a number out of range, a byte order mark or CRLF line ends
// reach the engine, and Download, untouched.
function open(text, name) {
  state.opened = {text, name};
  state.layer = isLayer(text) ? layerBase(text, engine, builtInText) : null;
  if (state.layer) state.layer.then((base) => say(words(state.ui).openedLayer(name, base.name)));
  state.renamed = [];
  state.previewLang = null;
  drawn.changes = null;
  editor.setText(text);
  say(words(state.ui).opened(name));
}

// The built-in rules as their file reads (the module holds them compacted).
async function builtInText() {
  try {
    return await fetchShipped(SHIPPED[0].file);
  } catch {
    return engine.call('action', 'defaultRules', [], 'open');
  }
}

async function openChoice() {
  const w = words(state.ui);
  const value = $('open-choice').value;
  if (value === BUILT_IN) return open(await builtInText(), SHIPPED[0].name);
  const name = SHIPPED.find((s) => s.file === value).name;
  try {
    open(await fetchShipped(value), name);
  } catch (error) {
    say(w.openFailed(name, error.message));
  }
}

async function openFile(file) {
  const w = words(state.ui);
  try {
    open(await readFile(file), file.name);
  } catch (error) {
    say(w.openFailed(file.name, error.message));
  }
}

// The place a finding names: its JSON path; for malformed JSON, its line and column; for the
// ruleset as a whole, the start.
function selectFinding(finding) {
  if (finding.path) {
    editor.selectPointer(finding.path);
    return;
  }
  const offset = offsetOfLineColumn(editor.view.state.doc.toString(), finding.message);
  editor.selectRange(offset || 0, offset || 0);
}

// ---- start

function wire() {
  $('ui-language').addEventListener('change', (event) => {
    state.ui = event.target.value;
    renderWords();
    renderFindingsPane();
    renderBusy();
    renderView();
    updatePreview();
  });
  $('open').addEventListener('click', openChoice);
  $('open-file').addEventListener('change', (event) => {
    if (event.target.files[0]) openFile(event.target.files[0]);
    event.target.value = '';
  });
  document.addEventListener('dragover', (event) => event.preventDefault());
  document.addEventListener('drop', (event) => {
    event.preventDefault();
    const file = event.dataTransfer && event.dataTransfer.files[0];
    if (file) openFile(file);
  });
  $('download').addEventListener('click', () => download(state.text, downloadName(state.text, state.opened.name)));
  // The engine writes the migrated ruleset (two spaces a level): the author asked for a new text.
  $('migrate').addEventListener('click', async () => {
    try {
      editor.setText(await engine.call('action', 'migrate', [state.text], 'migrate'));
      say(words(state.ui).migrated);
    } catch (error) {
      if (!(error instanceof Superseded)) say(error.message);
    }
  });
  $('keep').addEventListener('change', (event) => {
    state.keep = event.target.checked;
    keep(state.keep ? {text: state.text, name: state.opened.name, opened: state.opened.text} : null);
  });
  $('preview-lang').addEventListener('change', (event) => {
    state.previewLang = event.target.value;
    renderView();
    updatePreview();
  });
  for (const radio of document.querySelectorAll('input[name=preview-width]')) {
    radio.addEventListener('change', () => {
      $('preview-frame').className = `preview-frame ${radio.value}`;
    });
  }
  $('preview-restart').addEventListener('click', () => { preview().answers = {}; });
  // The widget shows nothing where no row applies: the studio says why, for the author.
  preview().addEventListener('couverture-result', (event) => {
    const result = event.detail;
    $('preview-gap').hidden = !(result.complete && result.status == null);
  });
  selectView = setupTabs(document.querySelector('[role=tablist]'), (view) => {
    state.view = view;
    renderView();
  });
}

// Today, local, as YYYY-MM-DD: the date the preview assesses at (dated amounts take their value
// then) and the verifier compares review dates with.
function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function start() {
  state.ui = uiLanguage();
  preview().setAttribute('date', today());
  renderWords();
  wire();
  fetch('ruleset.schema.json').then((r) => r.json()).then((s) => { schema = s; }, () => {});
  engine = workerChannel('studio-engine-worker.js', (label) => { busy.engine = label; renderBusy(); });
  layout = workerChannel('studio-layout-worker.js', (label) => { busy.layout = label; renderBusy(); });
  const saved = kept();
  const initial = saved ? saved.text : await builtInText();
  state.opened = saved ? {text: saved.opened || saved.text, name: saved.name} : {text: initial, name: SHIPPED[0].name};
  // A kept layer is edited over its base again.
  if (isLayer(state.opened.text)) state.layer = layerBase(state.opened.text, engine, builtInText);
  state.keep = Boolean(saved);
  $('keep').checked = state.keep;
  state.text = initial;
  state.decisions = 1;
  editor = createEditor({
    parent: $('editor'), doc: initial, label: `${words(state.ui).editorLabel}. Escape, Tab: next control.`,
    getSchema: () => schema,
    onChange: (text) => {
      state.text = text;
      state.changedAt = performance.now();
      schedule();
    },
  });
  if (saved) say(words(state.ui).restored);
  // For tests and the benchmark: the editor's CodeMirror view, the state and the engine's channel
  // (engine.call(lane, method, args) -> a promise: check, table, graph, diff, migrate).
  window.couvertureStudio = {view: editor.view, state, engine, editor};
  await run();
  window.couvertureStudio.readyAt = performance.now();  // since navigation: the benchmark's first view
  document.documentElement.dataset.studioReady = 'true';
}

start().catch((error) => {
  say(error.message);
  throw error;
});
