// The findings list: a pure function of the report and the words. Errors and warnings are listed;
// notes (precedence choices, many in a healthy ruleset) fold under a <details>. Each finding's
// path is a button that selects that place in the editor; a counterexample gets "Try these
// answers", which opens it in the preview.
import {h} from '../dom.js';

function finding(f, words, actions) {
  const path = f.path || '';
  return h('li', {class: `finding finding-${f.severity}`, 'data-kind': f.kind},
    h('p', {class: 'finding-head'},
      h('span', {class: `badge badge-${f.severity}`, text: words.severity[f.severity] || f.severity}),
      ' ', h('code', {class: 'kind', text: f.kind})),
    h('p', {class: 'message', text: f.message}),
    h('p', {class: 'finding-actions'},
      h('button', {type: 'button', class: 'link path', 'aria-label': words.goTo(path),
                   onclick: () => actions.select(f)},
        h('code', {text: path || words.root})),
      f.answers && typeof f.answers === 'object'
        ? h('button', {type: 'button', class: 'secondary try', onclick: () => actions.tryAnswers(f.answers)},
            words.tryAnswers)
        : null));
}

// notesOpen: whether the notes are unfolded; folded, their items are not built at all (a large
// ruleset has hundreds, and every keystroke would rebuild them).
export function renderFindings(report, words, actions, notesOpen = false) {
  if (!report) return [h('p', {class: 'summary', text: words.checking})];
  const {errors = 0, warnings = 0, info = 0} = report.summary || {};
  const main = report.findings.filter((f) => f.severity !== 'info');
  const notes = report.findings.filter((f) => f.severity === 'info');
  const nodes = [h('p', {class: `summary ${errors ? 'has-errors' : warnings ? 'has-warnings' : 'is-clean'}`},
                   words.summary(errors, warnings, info), errors || warnings ? '' : ` — ${words.clean}`)];
  if (!report.loaded) nodes.push(h('p', {class: 'notice', text: words.notLoaded}));
  if (main.length) nodes.push(h('ol', {class: 'findings-list'}, main.map((f) => finding(f, words, actions))));
  if (notes.length) {
    const details = h('details', {class: 'notes', open: notesOpen},
      h('summary', {text: notesOpen ? words.hideNotes : words.showNotes(notes.length)}),
      notesOpen ? h('ol', {class: 'findings-list'}, notes.map((f) => finding(f, words, actions))) : null);
    details.addEventListener('toggle', () => {
      if (details.open !== notesOpen) actions.toggleNotes(details.open);
    });
    nodes.push(details);
  }
  return nodes;
}
