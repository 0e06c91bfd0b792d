// The JSON editor: CodeMirror 6 with its basic setup (line numbers, bracket matching, folding,
// search, undo), the JSON language, completion and hover help from the ruleset schema, and the
// findings shown as diagnostics. It lives in a shadow root so that CodeMirror's styles go in as
// constructed stylesheets, which a strict style-src does not block (on a document, CodeMirror
// would add <style> elements, which need 'unsafe-inline' or a nonce).
import {autocompletion} from '@codemirror/autocomplete';
import {json} from '@codemirror/lang-json';
import {setDiagnostics} from '@codemirror/lint';
import {Compartment, EditorSelection, EditorState} from '@codemirror/state';
import {EditorView, keymap} from '@codemirror/view';
import {indentWithTab, redo, redoDepth, undo, undoDepth} from '@codemirror/commands';
import {basicSetup} from 'codemirror';
import {pointerLocator, rangeOfPointer} from './json-path.js';
import {schemaCompletion, schemaHover} from './schema-help.js';

const THEME = EditorView.theme({
  '&': {height: '100%', fontSize: '14px', backgroundColor: '#fff'},
  '.cm-scroller': {fontFamily: 'ui-monospace, "DejaVu Sans Mono", monospace', lineHeight: '1.45'},
  '.cm-gutters': {backgroundColor: '#f3f2f1', color: '#505a5f', borderRight: '1px solid #b1b4b6'},
  '&.cm-focused': {outline: '3px solid #ffdd00', outlineOffset: '0'},
  '.cm-activeLine': {backgroundColor: '#f4f8fb'},
  '.cm-selectionBackground, &.cm-focused .cm-selectionBackground, ::selection': {backgroundColor: '#b7d3ee !important'},
  '.schema-hover': {padding: '6px 8px', maxWidth: '32rem', fontFamily: 'system-ui, sans-serif', fontSize: '13px'},
  '.schema-hover p': {margin: '4px 0 0'},
  '.schema-type': {color: '#505a5f'},
  '.cm-tooltip-autocomplete ul li[aria-selected]': {backgroundColor: '#1d70b8', color: '#fff'},
});

// The line break a text uses, which the editor then keeps: CodeMirror otherwise splits lines at
// any of \n, \r\n and \r and joins them with \n, so a file with CRLF line ends would be saved
// with LF ones. With one break configured, any other stays in its line as a character, and the
// text comes back byte for byte.
function lineBreakOf(text) {
  const first = /\r\n?|\n/.exec(text);
  return first ? first[0] : '\n';
}

// parent: an element to hold the editor; onChange(text) after every edit; getSchema() -> the
// parsed JSON Schema or null while it loads. Texts in and out are exact (line breaks included);
// positions (selectRange, findings) count a line break as one character, as CodeMirror does.
export function createEditor({parent, doc, label, onChange, getSchema}) {
  const host = parent.attachShadow({mode: 'open'});
  const labelling = new Compartment();
  const lineBreak = new Compartment();
  const view = new EditorView({
    root: host,
    parent: host,
    doc,
    extensions: [
      lineBreak.of(EditorState.lineSeparator.of(lineBreakOf(doc))),
      basicSetup,
      keymap.of([indentWithTab]),
      json(),
      // Texts are long sentences: wrapped, they read without scrolling sideways.
      EditorView.lineWrapping,
      autocompletion({override: [schemaCompletion(getSchema)]}),
      schemaHover(getSchema),
      THEME,
      labelling.of(EditorView.contentAttributes.of({'aria-label': label})),
      // An explicit tab stop on the text: the scroller around it then has keyboard access.
      EditorView.contentAttributes.of({tabindex: '0'}),
      // A dropped file opens as the ruleset (main.js), rather than being pasted into this one.
      EditorView.domEventHandlers({drop: (event) => Boolean(event.dataTransfer && event.dataTransfer.files.length)}),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) onChange(update.state.sliceDoc());
      }),
    ],
  });
  // Tab indents; Escape then Tab leaves the editor (CodeMirror's own convention), said in the
  // label so that a keyboard user is not trapped.
  return {
    view,
    text: () => view.state.sliceDoc(),
    // Replaces the whole text as one undoable change, keeping its line breaks.
    setText(text) {
      view.dispatch({effects: lineBreak.reconfigure(EditorState.lineSeparator.of(lineBreakOf(text)))});
      view.dispatch({changes: {from: 0, to: view.state.doc.length, insert: text}});
    },
    // Applies edits of the exact text ({offset, length, content}: a form's, edits.js) as one
    // transaction of the editor's history: undo takes the whole form edit back. `userEvent` groups
    // consecutive typing in one field into one undo step, as typing in the editor is.
    applyEdits(edits, userEvent = 'input.form') {
      if (!edits.length) return;
      const text = view.state.sliceDoc();
      const crlf = view.state.lineBreak === '\r\n';
      // Offsets in the exact text count "\r\n" as two characters, positions as one.
      const position = (offset) => (crlf ? offset - (text.slice(0, offset).match(/\r\n/g) || []).length : offset);
      const changes = edits.map((e) => ({from: position(e.offset), to: position(e.offset + e.length),
                                         insert: e.content}));
      view.dispatch({changes, userEvent});
    },
    undo: () => undo(view),
    redo: () => redo(view),
    canUndo: () => undoDepth(view.state) > 0,
    canRedo: () => redoDepth(view.state) > 0,
    // A hidden editor measures nothing: shown again, it lays itself out.
    shown: () => view.requestMeasure(),
    setLabel(text) {
      view.dispatch({effects: labelling.reconfigure(EditorView.contentAttributes.of({'aria-label': text}))});
    },
    // Selects what a JSON pointer names (or a line and column's offset) and scrolls to it.
    selectRange(from, to) {
      const length = view.state.doc.length;
      const range = EditorSelection.range(Math.min(from, length), Math.min(to, length));
      // Scrolled to its start: a long member (/rules) would otherwise show its end.
      view.dispatch({selection: range, effects: EditorView.scrollIntoView(range.from, {y: 'center'})});
      view.focus();
    },
    selectPointer(pointer) {
      const range = rangeOfPointer(view.state.doc.toString(), pointer);
      if (range) this.selectRange(range.from, range.to);
      return range;
    },
    // The findings as the editor's diagnostics (underlines and gutter marks), at their paths.
    showFindings(findings) {
      const text = view.state.doc.toString();
      const locate = pointerLocator(text);
      const diagnostics = [];
      for (const finding of findings) {
        if (finding.severity === 'info') continue;
        const range = locate(finding.path);
        if (!range) continue;
        // The key of a member, not the whole member: a finding on /rules/3 underlines one line.
        const end = Math.min(range.to, text.indexOf('\n', range.from) >= 0 ? text.indexOf('\n', range.from) : range.to);
        diagnostics.push({from: range.from, to: Math.max(range.from + 1, end), severity: finding.severity,
                          message: finding.message, source: finding.kind});
      }
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    focus: () => view.focus(),
  };
}
