// The rules studio: one state object, rendered into the page by the views' pure functions. The
// JSON text is the one source of truth: the editor holds it byte for byte, the forms (Decisions,
// Dated values, Texts, Sources) show what the engine reads in it and change it by small text
// edits (edits.js), so that undo and redo are the editor's history whatever the view, and the JSON
// view always shows the document as it is. Every edit, after a short pause, re-runs the loader
// and the verifier (the authoring engine's own WebAssembly module, in a Web Worker: workers.js),
// then redraws the findings, the visible view and the preview (the real <couverture-check>, given
// the edited ruleset through its `rules` property, at the preview's date).
import {createEditor} from './editor.js';
import {decisionEditors} from './decision-editors.js';
import {renderDecisions} from './decisions-view.js';
import {openForm} from './dialog.js';
import {openDownload} from './download-dialog.js';
import {exists, segments, setEdits, valueAt} from './edits.js';
import {CURRENT_RULES, download, fetchIndex, fetchShipped, keep, kept, readFile, titleIn} from './files.js';
import {isLayer, layerBase} from './layer-mode.js';
import {renderChanges} from './changes-view.js';
import {renderFindings} from './findings-view.js';
import {FLOW_MAX_NODES, renderFlow} from './flow-view.js';
import {offsetOfLineColumn} from './json-path.js';
import {parameterEditors, renderParameters} from './parameters-view.js';
import {reviewMarks} from './review-marks.js';
import {renderSources} from './sources-view.js';
import {UI_LANGUAGES, words} from './strings.js';
import {renderTable} from './table-view.js';
import {TEXTS_PAGE, renderTexts} from './texts-view.js';
import {setupTabs} from './tabs.js';
import {Superseded, workerChannel} from './workers.js';
import {h} from '../dom.js';

// Long enough that a typist's next key usually arrives first, short enough that findings, table
// and preview are current within 300 ms of the last keystroke (tests/web/studio-bench.mjs).
const DEBOUNCE_MS = 80;
// A text typed in the Texts view goes into the document after this pause: one edit per word or
// so, not per key, and the field keeps up with the typist.
const TEXT_EDIT_MS = 250;
// Rows of each coverage table drawn (the rest are counted): ten thousand rows of DOM would slow
// every keystroke, and nobody reads them on screen (`couverture table` prints them all).
const TABLE_ROWS = 200;
// Rows of all the tables together: sixteen decisions of 200 rows of 64 questions' columns would
// be 200 000 cells to draw.
const TABLE_ROWS_IN_ALL = 1000;
const PREVIEW_TIMEOUT_MS = 3000;

const $ = (id) => document.getElementById(id);

const state = {
  ui: 'en',
  text: '',
  opened: {text: '', name: '', file: ''},  // the ruleset as opened: what Changes compares with
  layer: null,                   // layer mode (layer-mode.js): a promise of {name, text, opened}
  saved: '',                     // the text as last opened or downloaded: leaving asks unless it is this
  index: [],                     // the shipped rulesets, with their titles
  renamed: [],                   // options the author said were renamed: [{question, old, new}]
  report: null,                  // the last check of `text`
  good: null,                    // the last text that loaded: what the views and preview show
  goodFlowNodes: 0,              // the size of its question flow (the check's summary)
  languages: [],
  format: 0,
  rulesetId: null,
  previewLang: null,             // chosen by the user; else the studio's language, else the first
  date: '',                      // the preview's date: the widget, the flow and Changes read amounts then
  current: null,                 // the text that findings, view and preview were last brought up to
  view: 'preview',
  keep: false,
  notesOpen: false,
  // Each view's own choices: which decision, which texts, which part of the flow.
  local: {
    decisions: {index: 0, columns: {}, focus: null},
    texts: {query: '', group: 'all', awaiting: false, limit: TEXTS_PAGE, path: null},
    flow: {decision: null, root: -1, rootLabel: '', zoom: 'fit'},
    sources: {focus: null},
    parameters: {focus: null},
  },
};

let engine, layout, editor, schema = null, timer = null, selectView;
const data = {};   // each view's data from the engine, by input key: {key, value}
const drawn = {};  // what each panel shows now, by input key
const busy = {engine: null, layout: null};
const review = reviewMarks();
const textTimers = new Map();
let drawnFlow = null;  // the flow drawing last scrolled to its start
let editingText = null;  // the text field typed in last (path, language)

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

const unsaved = () => state.text !== state.saved;

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
  const selected = choice.value || state.opened.file || CURRENT_RULES;
  choice.replaceChildren(...state.index.map((entry) => h('option', {value: entry.file, text: titleIn(entry.title, state.ui)})));
  if (!state.index.length) choice.append(h('option', {value: '', text: w.noShipped}));
  choice.value = selected;
  if (editor) editor.setLabel(`${w.editorLabel}. Escape, Tab: next control.`);
  renderUndo();
}

function renderUndo() {
  if (!editor) return;
  $('undo').disabled = !editor.canUndo();
  $('redo').disabled = !editor.canRedo();
}

function renderFindingsPane() {
  const w = words(state.ui);
  $('findings').replaceChildren(...renderFindings(state.report, w, {select: selectFinding, tryAnswers, toggleNotes, show: showFinding,
                                                                     target: findingTarget}, state.notesOpen));
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

// The findings the forms show on their cells: errors, warnings, and notes once asked for.
const shownFindings = () => (state.report && state.report.loaded
  ? state.report.findings.filter((f) => f.severity !== 'info' || state.notesOpen) : []);

// Whether the forms may edit: the text they show is the text being edited, or edits of it typed
// since (a form's own); not while the text does not load.
const editable = () => Boolean(state.report && state.report.loaded && state.good);

// The document as the forms edit it.
const doc = {
  text: () => editor.text(),
  apply(edits, message) {
    if (!edits.length) return;
    editor.applyEdits(edits);
    if (message) say(message);
  },
};

// ---- the views: each one's data from the engine (by a key of what it depends on), drawn by its
// pure function with the view's own choices.

function lang() {
  return previewLang();
}

const VIEWS = {
  table: {
    key: () => '',
    async fetch(tag) {
      const rows = Math.max(1, Math.min(TABLE_ROWS, Math.floor(TABLE_ROWS_IN_ALL / state.decisions)));
      return engine.call('view', 'table', [state.good, tag, {rows}], 'table');
    },
    render: (value, w) => renderTable(value, w),
  },
  changes: {
    key: () => [state.opened.text, JSON.stringify(state.renamed), state.date].join('\u0000'),
    async fetch(tag) {
      // Texts in every language: staff edit any of them.
      const options = {lang: state.languages.includes(tag) ? tag : '', date: state.date, allLanguages: true};
      try {
        return await engine.call('view', 'diff', [await openedRules(), state.good, {...options, renamed: state.renamed}], 'diff');
      } catch (error) {
        if (error instanceof Superseded || !state.renamed.length) throw error;
        state.renamed = [];  // an edit since took away an option they name: ask again
        return engine.call('view', 'diff', [await openedRules(), state.good, options], 'diff');
      }
    },
    render: (value, w) => renderChanges(value, w, {tryAnswers, rename, goTo}),
  },
  flow: {
    key: () => [state.date, flowDecision(), state.local.flow.root].join('\u0000'),
    async fetch(tag) {
      const local = state.local.flow;
      // One decision at a time by default: the first, the headline.
      if (local.decision == null) local.decision = flowDecision();
      // Every decision at once: refused before anything is laid out when too large to read.
      if (!local.decision && state.goodFlowNodes > FLOW_MAX_NODES) return {tooLarge: state.goodFlowNodes};
      let flow;
      try {
        flow = await engine.call('view', 'flow', [state.good, tag, {date: state.date, decision: local.decision || '',
                                                                   root: local.root, ui: state.ui}], 'graph');
      } catch (error) {
        if (error instanceof Superseded || local.root < 0) throw error;
        local.root = -1;  // the node is gone with an edit: the whole drawing again
        return VIEWS.flow.fetch(tag);
      }
      if (flow.nodes > FLOW_MAX_NODES) return {tooLarge: flow.nodes};
      return {svg: await layout.call('layout', 'render', [flow.dot], 'layout'), nodes: flow.nodes};
    },
    render(value, w) {
      if (value.tooLarge) return [h('p', {class: 'notice', text: w.flowTooLarge(value.tooLarge, FLOW_MAX_NODES)}), flowChoice(w)];
      const decisions = data.decisions ? data.decisions.value.decisions.map((d) => ({id: d.id, title: d.title})) : decisionList();
      return renderFlow(value.svg, {words: w, decisions, local: state.local.flow, nodes: value.nodes, actions: {
        decision(id) {
          state.local.flow.decision = id || '';
          state.local.flow.root = -1;
          renderView();
        },
        root(node, label) {
          state.local.flow.root = node;
          state.local.flow.rootLabel = label;
          renderView().then(() => $('panel-flow').querySelector('.flow-scroll')?.focus());
        },
      }});
    },
  },
  decisions: {
    key: () => state.ui,
    fetch: (tag) => engine.call('view', 'grid', [state.good, tag, {ui: state.ui}], 'grid'),
    render(value, w) {
      const local = state.local.decisions;
      const decision = value.decisions[Math.min(local.index, value.decisions.length - 1)];
      const editors = decisionEditors({doc, words: w});
      return renderDecisions(value, {words: w, findings: shownFindings(), editable: editable(),
        local: {decision: decision.id, columns: local.columns, focus: local.focus},
        actions: {
          selectDecision(id) {
            local.index = value.decisions.findIndex((d) => d.id === id);
            redraw('decisions');
          },
          editCell: (d, row, q, cell) => editors.editCell(d, row, q, cell, value),
          editOutcome: (d, row, index) => editors.editOutcome(d, row, index),
          editRow: (d, row, index) => editors.editRow(d, row, index, value, state.languages),
          addRow: (d) => editors.addRow(d, value, state.languages),
          move: (d, index) => editors.move(d, index),
          addColumn(d, q) {
            (local.columns[d.id] ||= []).push(q);
            redraw('decisions');
          },
          selectPath: (path) => selectPath(path),
        }});
    },
  },
  parameters: {
    key: () => state.ui,
    fetch: (tag) => engine.call('view', 'parameters', [state.good, tag, {ui: state.ui}], 'parameters'),
    render(value, w) {
      const editors = parameterEditors({doc, words: w});
      return renderParameters(value, {words: w, findings: shownFindings(), editable: editable(), actions: {
        addPeriod: (p) => editors.addPeriod(p, value, state.languages),
        editPeriod: (p, index) => editors.editPeriod(p, index, value, state.languages),
      }});
    },
  },
  texts: {
    key: () => state.ui,
    fetch: (tag) => engine.call('view', 'texts', [state.good, tag, {ui: state.ui}], 'texts'),
    render(value, w) {
      const local = state.local.texts;
      const catalog = local.path ? {...value, texts: value.texts.filter((t) => t.path === local.path || t.path.startsWith(`${local.path}/`))}
        : value;
      const nodes = renderTexts(catalog, {words: w, ui: state.ui, local, review, findings: shownFindings(), editable: editable(), actions: {
        search(query) {
          local.query = query;
          local.editing = null;
          local.limit = TEXTS_PAGE;
          redraw('texts');
        },
        filter(change) {
          Object.assign(local, change, {limit: TEXTS_PAGE});
          redraw('texts');
        },
        more() {
          local.limit += TEXTS_PAGE;
          redraw('texts');
        },
        edit: editText,
        confirm(entry, tag) {
          review.confirm(entry.path, tag);
          editingText = null;
          keepNow();
          redraw('texts');
          say(w.confirmed);
        },
        goTo,
      }});
      if (local.path) {
        nodes.unshift(h('p', {class: 'notice'}, w.textsOf(local.path), ' ', h('button', {type: 'button', class: 'secondary small', onclick: () => {
          local.path = null;
          redraw('texts');
        }}, w.allTexts)));
      }
      return nodes;
    },
  },
  sources: {
    key: () => '',
    fetch: (tag) => engine.call('view', 'sources', [state.good, tag], 'sources'),
    render: (value, w) => renderSources(value, {words: w, findings: shownFindings(), editable: editable(), today: today(), actions: {
      checkedToday(source) {
        const path = [...segments(source.path), 'checked'];
        if (!exists(doc.text(), path)) return;
        doc.apply(setEdits(doc.text(), path, today()), w.markedChecked(source.title));
      },
    }}),
  },
};

// The decision the flow shows: the one chosen, else the first ("" for every decision at once).
function flowDecision() {
  const local = state.local.flow;
  if (local.decision != null) return local.decision;
  const decisions = decisionList();
  return decisions.length > 1 ? decisions[0].id : '';
}

// The decisions' ids and titles for the flow's choice, before the grid was ever fetched: from
// the text (the engine has loaded it: it parses).
function decisionList() {
  const decisions = valueAt(state.good, ['decisions']);
  const tag = previewLang();
  return Array.isArray(decisions) ? decisions.map((d) => ({id: d.id, title: (d.title && d.title[tag]) || d.id})) : [];
}

function flowChoice(w) {
  const decisions = decisionList();
  if (decisions.length < 2) return null;
  const select = h('select', {id: 'flow-decision', onchange: (event) => {
    state.local.flow.decision = event.target.value;
    renderView();
  }}, h('option', {value: '', text: w.allDecisions}), decisions.map((d) => h('option', {value: d.id, text: d.title})));
  return h('p', {class: 'field-inline'}, h('label', {for: 'flow-decision', text: w.flowDecision}), select);
}

// Replaces a panel's content, keeping what the person is doing: the focused control (a field
// being typed in stays the very same element, with its caret and its newest text), and how far
// each scrolling box was scrolled.
function replacePreserving(panel, nodes) {
  const active = document.activeElement;
  const key = active && panel.contains(active) ? active.dataset.key : null;
  const scrolls = new Map([...panel.querySelectorAll('[role=region]')].map((n) => [n.getAttribute('aria-label'), [n.scrollLeft, n.scrollTop]]));
  panel.replaceChildren(...nodes.flat().filter(Boolean));
  for (const n of panel.querySelectorAll('[role=region]')) {
    const at = scrolls.get(n.getAttribute('aria-label'));
    if (at) [n.scrollLeft, n.scrollTop] = at;
  }
  if (!key) return;
  const same = panel.querySelector(`[data-key="${CSS.escape(key)}"]`);
  if (!same) return;
  if (/^(TEXTAREA|INPUT)$/.test(active.tagName) && same.tagName === active.tagName) {
    same.replaceWith(active);
    active.focus();
  } else if (!same.disabled) {
    same.focus();
  }
}

// A panel's content, brought up to date: its data fetched again only when what it depends on
// changed, its drawing redone when the data, the findings or the view's choices did. Resolves
// once it is drawn (or superseded by a newer edit or view).
async function renderView() {
  const w = words(state.ui);
  const tag = lang();
  const view = state.view;
  if (view === 'json') {
    editor.shown();
    return;
  }
  if (!state.good || !tag || view === 'preview') return;
  const spec = VIEWS[view];
  const key = [tag, state.good, spec.key()].join('\u0000');
  const panel = $(`panel-${view}`);
  if (!data[view] || data[view].key !== key) {
    drawn[view] = null;
    if (!panel.firstChild) panel.replaceChildren(h('p', {class: 'view-loading', text: w.busy[spec === VIEWS.flow ? 'graph' : view === 'changes' ? 'diff' : view] || w.busy.working}));
    data[view] = {key, value: null, pending: true};
    let value;
    try {
      value = await spec.fetch(tag);
    } catch (error) {
      if (error instanceof Superseded) {
        if (data[view] && data[view].key === key) data[view] = null;  // fetched again when next shown
        return;
      }
      value = {error: (view === 'flow' ? w.flowFailed : w.viewFailed)(error.message)};
    }
    if (!data[view] || data[view].key !== key) return;  // a newer edit overtook it
    data[view] = {key, value};
  }
  if (data[view].pending) return;
  redraw(view);
}

// Draws a view from its data, now: its own choices changed, or the findings.
function redraw(view) {
  const w = words(state.ui);
  const entry = data[view];
  if (!entry || entry.pending || entry.value === null) return;
  const drawKey = [entry.key, state.report && state.report.findings.length, state.current, state.notesOpen, editable(),
                   JSON.stringify(state.local[view] || null), review.size].join('\u0000');
  const panel = $(`panel-${view}`);
  if (drawn[view] === drawKey && view !== 'texts' && view !== 'decisions') return;
  drawn[view] = drawKey;
  const content = entry.value.error ? [h('p', {class: 'notice', text: entry.value.error})] : VIEWS[view].render(entry.value, w);
  replacePreserving(panel, content);
  const local = state.local[view];
  if (local && local.focus) {
    pointAt(panel, local.focus);
    local.focus = null;
  }
  if (view === 'flow' && drawnFlow !== entry.key) {
    // A new drawing starts where a reader starts: at the root, on the left, halfway down.
    drawnFlow = entry.key;
    const scroll = panel.querySelector('.flow-scroll');
    if (scroll) requestAnimationFrame(() => { scroll.scrollTop = (scroll.scrollHeight - scroll.clientHeight) / 2; });
  }
}

// Scrolls to and focuses the place in a form that is nearest to a JSON pointer: the element whose
// data-path is the longest prefix of it.
function pointAt(panel, path) {
  let best = null;
  for (const node of panel.querySelectorAll('[data-path]')) {
    const p = node.dataset.path;
    if ((path === p || path.startsWith(`${p}/`)) && (!best || p.length > best.dataset.path.length)) best = node;
  }
  if (!best) return false;
  const details = best.closest('details');
  if (details) details.open = true;
  best.classList.add('flash');
  setTimeout(() => best.classList.remove('flash'), 2000);
  best.scrollIntoView({block: 'center', inline: 'nearest'});
  const focusable = best.querySelector('button:not([disabled]), textarea, input, select, a');
  if (focusable) focusable.focus();
  else {
    best.tabIndex = -1;
    best.focus();
  }
  return true;
}

// ---- going to a place: a finding's, a use's

const TEXT_FIELDS = new Set(['title', 'because', 'text', 'intro', 'label', 'short', 'help', 'unit', 'invalid', 'section', 'quote', 'note']);

// The form a JSON pointer is best seen in, or null (the JSON only).
function viewFor(path) {
  const s = segments(path);
  if (!s.length) return null;
  if (s.some((token) => TEXT_FIELDS.has(token)) && s[0] !== 'parameters' && s[0] !== 'sources') return 'texts';
  if (s[0] === 'decisions' || s[0] === 'rules' || s[0] === 'outcomes') return s.includes('outcomes') ? 'texts' : 'decisions';
  if (s[0] === 'parameters') return 'parameters';
  if (s[0] === 'sources' || s[0] === 'citations' || s[0] === 'source') return 'sources';
  if (s[0] === 'questions' || s[0] === 'phrases' || s[0] === 'title') return 'texts';
  return null;
}

const findingTarget = (f) => (state.report && state.report.loaded ? viewFor(f.path) : null);

function goTo(path) {
  const view = viewFor(path);
  if (!view) {
    selectPath(path);
    return;
  }
  const s = segments(path);
  if (view === 'decisions') {
    state.local.decisions.index = s[0] === 'decisions' ? Number(s[1]) || 0 : 0;
    state.local.decisions.focus = path;
  } else if (view === 'texts') {
    // The texts of what the pointer names: a text, or all of one question, row, item, quote.
    const cut = s.findIndex((token) => TEXT_FIELDS.has(token));
    const owner = cut >= 0 ? s.slice(0, cut + 1) : s;
    state.local.texts.path = `/${owner.map((t) => String(t).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
    state.local.texts.query = '';
  } else {
    state.local[view].focus = path;
  }
  if (state.view === view) {
    drawn[view] = null;
    redraw(view);
  } else {
    selectView(view);
  }
}

function showFinding(f) {
  goTo(f.path);
}

// ---- the preview

const preview = () => $('preview');

// Gives the preview the last ruleset that loaded; resolves once it shows a result (or after a
// while: a ruleset the widget refuses shows its own message instead).
function updatePreview() {
  const element = preview();
  element.setAttribute('lang', previewLang() || 'en');
  if (element.getAttribute('date') !== state.date) element.setAttribute('date', state.date);
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

// The author says which old option a new one renamed ("" for none): Changes then compares the two
// as one option. Once an edit takes away an option they name, they are dropped (VIEWS.changes).
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
  if (['decisions', 'parameters', 'texts', 'sources'].includes(state.view)) redraw(state.view);
}

// ---- texts typed in the Texts view

function editText(entry, tag, value) {
  const key = `${entry.path}\n${tag}`;
  // Review marks change once per stretch of typing in one field, from its first key: the prompt
  // for the other languages shows while typing.
  if (editingText !== key) {
    editingText = key;
    state.local.texts.editing = entry.path;
    review.edited(entry.path, tag, state.languages);
    keepNow();
    redraw('texts');
  }
  clearTimeout(textTimers.get(key));
  textTimers.set(key, setTimeout(() => {
    textTimers.delete(key);
    const path = [...segments(entry.path), tag];
    const text = doc.text();
    if (!exists(text, path) || typeof valueAt(text, path) !== 'string') {
      say(words(state.ui).cannotEdit);
      return;
    }
    if (valueAt(text, path) === value) return;
    doc.apply(setEdits(text, path, value));
  }, TEXT_EDIT_MS));
}

// Texts typed but not yet in the document go in now (before a download, say).
function flushTexts() {
  for (const [key, timer] of textTimers) {
    clearTimeout(timer);
    textTimers.delete(key);
    const [path, tag] = key.split('\n');
    const area = document.querySelector(`textarea[data-key="${CSS.escape(`text:${path}:${tag}`)}"]`);
    if (area && exists(doc.text(), [...segments(path), tag])) doc.apply(setEdits(doc.text(), [...segments(path), tag], area.value));
  }
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
    report = base ? await engine.call('check', 'checkLayered', [base.text, text, {today: today(), ui: state.ui}], 'check')
                  : await engine.call('check', 'check', [text, {today: today(), ui: state.ui}], 'check');
  } catch (error) {
    if (error instanceof Superseded) return;  // a newer edit's check replaced it
    report = {loaded: false, summary: {errors: 1, warnings: 0, info: 0},
              findings: [{severity: 'error', kind: 'invalid', message: error.message, path: error.path || '', answers: null}]};
  }
  if (text !== state.text) return;  // edited meanwhile: that edit's check is on its way
  $('findings').setAttribute('aria-busy', 'false');
  state.report = report;
  if (report.loaded) {
    if (state.good !== text && state.local.flow.root >= 0) state.local.flow.root = -1;  // node numbers change with the flow
    state.good = report.composed || text;  // a layer's views show the composition
    state.languages = report.languages;
    state.format = report.format;
    state.decisions = report.summary.decisions || 1;
    state.goodFlowNodes = report.summary.flow_nodes || 0;
    if (state.rulesetId !== report.ruleset) {
      state.rulesetId = report.ruleset;
      review.forRuleset(report.ruleset);
    }
  }
  renderFindingsPane();
  editor.showFindings(state.report.findings.filter((f) => f.kind !== 'invalid' || f.path || f.line));
  const checked = performance.now();
  await renderView();
  if (text !== state.text) return;
  const viewed = performance.now();
  keepNow();
  await updatePreview();
  if (text !== state.text) return;
  const previewed = performance.now();
  state.current = text;  // findings, view and preview all show this text now
  if (['decisions', 'parameters', 'texts', 'sources'].includes(state.view)) redraw(state.view);
  // For the benchmark and the tests: when this edit's findings, view and preview were current.
  document.dispatchEvent(new CustomEvent('studio-updated', {detail: {
    text, at: previewed, changed: state.changedAt, started, check: checked - started, view: viewed - checked,
    preview: previewed - viewed,
  }}));
}

// ---- opening, saving

function keepNow() {
  if (state.keep) keep({text: state.text, name: state.opened.name, file: state.opened.file, opened: state.opened.text,
                        saved: state.saved, review: review.toJSON()});
}

// The text as it is: a duplicate key, a number out of range, a byte order mark or CRLF line ends
// reach the engine, and Download, untouched.
function open(text, name, file = '') {
  state.opened = {text, name, file};
  state.saved = text;
  state.renamed = [];
  state.previewLang = null;
  state.local.decisions = {index: 0, columns: {}, focus: null};
  state.local.texts = {query: '', group: 'all', awaiting: false, limit: TEXTS_PAGE, path: null};
  state.local.flow = {decision: null, root: -1, rootLabel: '', zoom: 'fit'};
  for (const view of Object.keys(data)) data[view] = null;
  editingText = null;
  state.layer = isLayer(text) ? layerBase(text, engine, builtInText) : null;
  editor.setText(text);
  say(words(state.ui).opened(name));
  if (state.layer) state.layer.then((base) => say(words(state.ui).openedLayer(name, base.name)));
}

// The compiled-in rules' text: a layer's base when the one it names is not beside the page.
const builtInText = () => engine.call('action', 'defaultRules', [], 'open');

// What Changes compares with: the ruleset as opened, or in layer mode the layer as opened over
// its base (the base itself when that did not compose).
async function openedRules() {
  const base = state.layer && await state.layer;
  return base ? base.opened || base.text : state.opened.text;
}

// Asks before edits that were never downloaded are dropped: resolves true to go on.
async function mayDiscard() {
  if (!unsaved()) return true;
  const w = words(state.ui);
  let go = false;
  const form = openForm({heading: w.discardHeading, intro: w.discardIntro, content: [], submitLabel: w.discardAndOpen,
                         cancelLabel: w.keepEditing, problemHeading: w.problem, submit: () => { go = true; }});
  await form.closed;
  return go;
}

async function openChoice() {
  const w = words(state.ui);
  const file = $('open-choice').value;
  const entry = state.index.find((e) => e.file === file);
  if (!entry || !(await mayDiscard())) return;
  const name = titleIn(entry.title, state.ui);
  try {
    open(await fetchShipped(file), name, file);
  } catch (error) {
    say(w.openFailed(name, error.message));
  }
}

async function openFile(file) {
  const w = words(state.ui);
  if (!(await mayDiscard())) return;
  try {
    open(await readFile(file), file.name);
  } catch (error) {
    say(w.openFailed(file.name, error.message));
  }
}

// The place a finding names: its JSON path; for malformed JSON, the place to fix (its line and
// column), else where the reader stopped; for the ruleset as a whole, the start.
function selectFinding(finding) {
  selectView('json');
  if (finding.line) {
    const text = editor.view.state.doc.toString();
    const offset = offsetOfLineColumn(text, `line ${finding.line}, column ${finding.column}`);
    editor.selectRange(offset || 0, offset || 0);
    return;
  }
  if (finding.path) {
    editor.selectPointer(finding.path);
    return;
  }
  const offset = offsetOfLineColumn(editor.view.state.doc.toString(), finding.message);
  editor.selectRange(offset || 0, offset || 0);
}

function selectPath(path) {
  selectView('json');
  editor.selectPointer(path);
}

function startDownload() {
  flushTexts();
  const w = words(state.ui);
  openDownload({words: w, doc, report: state.report, review, opened: state.opened.text,
    today: today(), fallbackName: state.opened.name && /\.json$/.test(state.opened.name) ? state.opened.name : 'ruleset.json',
    save(text, name) {
      download(text, name);
      state.saved = text;
      keepNow();
      say(w.downloaded(name));
    },
    showReview() {
      state.local.texts = {...state.local.texts, awaiting: true, path: null, query: ''};
      selectView('texts');
    }});
}

// ---- start

function wire() {
  $('ui-language').addEventListener('change', (event) => {
    state.ui = event.target.value;
    renderWords();
    renderBusy();
    // The findings' plain words and the forms' words are the engine's, in the studio's language.
    run();
  });
  $('open').addEventListener('click', openChoice);
  $('open-file').addEventListener('change', (event) => {
    const file = event.target.files[0];
    event.target.value = '';
    if (file) openFile(file);
  });
  document.addEventListener('dragover', (event) => event.preventDefault());
  document.addEventListener('drop', (event) => {
    event.preventDefault();
    const file = event.dataTransfer && event.dataTransfer.files[0];
    if (file) openFile(file);
  });
  $('download').addEventListener('click', startDownload);
  $('undo').addEventListener('click', () => { editor.undo(); renderUndo(); });
  $('redo').addEventListener('click', () => { editor.redo(); renderUndo(); });
  // Undo and redo from anywhere but a field (a field has its own) or the editor (which has them).
  document.addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const inField = event.target.closest('input, textarea, select, [contenteditable], #editor, dialog');
    if (inField) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) editor.undo();
    else if ((key === 'z' && event.shiftKey) || key === 'y') editor.redo();
    else return;
    event.preventDefault();
    renderUndo();
  });
  // Leaving with edits never downloaded (nor kept in this browser) asks first.
  window.addEventListener('beforeunload', (event) => {
    if (unsaved() && !state.keep) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
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
    if (state.keep) keepNow();
    else keep(null);
  });
  $('preview-lang').addEventListener('change', (event) => {
    state.previewLang = event.target.value;
    renderView();
    updatePreview();
  });
  $('preview-date').addEventListener('change', (event) => {
    state.date = /^\d{4}-\d{2}-\d{2}$/.test(event.target.value) ? event.target.value : today();
    if (event.target.value !== state.date) event.target.value = state.date;
    updatePreview();
    renderView();
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

// Today, local, as YYYY-MM-DD: the date the preview assesses at by default (dated amounts take
// their value then) and the verifier compares review dates with.
function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// The current rules, as their file reads; the engine's compiled-in ones if the files are missing.
async function firstText() {
  try {
    state.index = await fetchIndex();
  } catch {
    state.index = [];
  }
  renderWords();
  // A link may name a shipped ruleset by its file: studio.html?rules=campus.
  const asked = new URLSearchParams(location.search).get('rules');
  const entry = state.index.find((e) => asked && e.file === `rules/${asked}.json`) ||
                state.index.find((e) => e.file === CURRENT_RULES) || state.index[0];
  if (entry) {
    try {
      return {text: await fetchShipped(entry.file), name: titleIn(entry.title, state.ui), file: entry.file};
    } catch { /* the engine's own, then */ }
  }
  return {text: await engine.call('action', 'defaultRules', [], 'open'), name: 'ruleset.json', file: ''};
}

async function start() {
  state.ui = uiLanguage();
  state.date = today();
  $('preview-date').value = state.date;
  preview().setAttribute('date', state.date);
  renderWords();
  wire();
  fetch('ruleset.schema.json').then((r) => r.json()).then((s) => { schema = s; }, () => {});
  engine = workerChannel('studio-engine-worker.js', (label) => { busy.engine = label; renderBusy(); });
  layout = workerChannel('studio-layout-worker.js', (label) => { busy.layout = label; renderBusy(); });
  const saved = kept();
  let initial;
  if (saved) {
    state.index = await fetchIndex().catch(() => []);
    renderWords();
    initial = {text: saved.text, name: saved.name, file: saved.file || ''};
    state.opened = {text: saved.opened || saved.text, name: saved.name, file: saved.file || ''};
    state.saved = typeof saved.saved === 'string' ? saved.saved : state.opened.text;
    // A kept layer is edited over its base again.
    if (isLayer(state.opened.text)) state.layer = layerBase(state.opened.text, engine, builtInText);
    review.restore(saved.review);
    state.rulesetId = saved.review && saved.review.ruleset;
  } else {
    initial = await firstText();
    state.opened = {text: initial.text, name: initial.name, file: initial.file};
    state.saved = initial.text;
    // A shipped layer named in the address is edited over its base, as one opened later is.
    if (isLayer(initial.text)) state.layer = layerBase(initial.text, engine, builtInText);
  }
  $('open-choice').value = state.opened.file || $('open-choice').value;
  state.keep = Boolean(saved);
  $('keep').checked = state.keep;
  state.text = initial.text;
  state.decisions = 1;
  editor = createEditor({
    parent: $('editor'), doc: initial.text, label: `${words(state.ui).editorLabel}. Escape, Tab: next control.`,
    getSchema: () => schema,
    onChange: (text) => {
      state.text = text;
      state.changedAt = performance.now();
      renderUndo();
      schedule();
    },
  });
  renderUndo();
  if (saved) say(words(state.ui).restored);
  else say(words(state.ui).opened(initial.name));
  // For tests and the benchmark: the editor's CodeMirror view, the state and the engine's channel
  // (engine.call(lane, method, args) -> a promise: check, table, graph, diff, migrate...).
  window.couvertureStudio = {view: editor.view, state, engine, editor, review};
  await run();
  window.couvertureStudio.readyAt = performance.now();  // since navigation: the benchmark's first view
  document.documentElement.dataset.studioReady = 'true';
}

start().catch((error) => {
  say(error.message);
  throw error;
});
