// The findings list: a pure function of the report and the words. Each finding says where (in the
// ruleset's own names) and what, in plain words (the engine's `place` and `plain`); the engine's
// precise form (kind, message, JSON path) is one disclosure away. "Show" opens the form where it
// is (a decision's cell, a dated value, a text), "In the JSON" selects it in the editor, and a
// counterexample gets "Try these answers", which opens it in the preview. Errors and warnings are
// listed; notes (precedence choices, many in a healthy ruleset) fold under a <details>.
import {h} from '../dom.js';

function finding(f, words, actions) {
  const path = f.path || '';
  const target = actions.target(f);
  return h('li', {class: `finding finding-${f.severity}`, 'data-kind': f.kind, 'data-path': path},
    h('p', {class: 'finding-head'},
      h('span', {class: `badge badge-${f.severity}`, text: words.severity[f.severity] || f.severity}),
      ' ', h('strong', {class: 'place', text: f.place || path || words.root})),
    h('p', {class: 'message', text: f.plain || f.message}),
    h('p', {class: 'finding-actions'},
      target ? h('button', {type: 'button', class: 'secondary show', onclick: () => actions.show(f)},
                 words.showIn(words[target] || target)) : null,
      h('button', {type: 'button', class: 'link in-json', onclick: () => actions.select(f)}, words.inJson),
      f.answers && typeof f.answers === 'object'
        ? h('button', {type: 'button', class: 'secondary try', onclick: () => actions.tryAnswers(f.answers)},
            words.tryAnswers)
        : null),
    h('details', {class: 'precise'},
      h('summary', {text: words.precise}),
      h('p', {}, h('code', {class: 'kind', text: f.kind}), ' ', h('span', {class: 'engine-message', text: f.message})),
      h('p', {}, h('button', {type: 'button', class: 'link path', 'aria-label': words.goTo(path),
                               onclick: () => actions.select(f)}, h('code', {text: path || words.root})))));
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
