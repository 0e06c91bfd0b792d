// The semantic diff between the ruleset as opened and as edited (`couverture diff --json`): which
// classes of students get another outcome, each with its answers and an "Open in the preview" of
// the edited side; then the questions, decisions and texts that changed.
import {h} from '../dom.js';

function outcomeText(outcome, words) {
  if (!outcome.applies) return words.notApplicable;
  if (!outcome.status) return words.noStatus;
  const lists = ['documents', 'alternatives', 'steps', 'advice'].flatMap((k) => outcome[k] || []);
  return [outcome.status, outcome.rule ? `(${outcome.rule})` : '', lists.length ? `+ ${lists.join(', ')}` : '',
          outcome.extra_insurance ? `+ ${outcome.extra_insurance}` : ''].filter(Boolean).join(' ');
}

// Options only one side offers, which the diff pairs with every option of the other: "uk (new)".
const oneSided = (q, words) => [...(q.options_only_old || []).map((id) => `${id} (${words.sideOld})`),
                                ...(q.options_only_new || []).map((id) => `${id} (${words.sideNew})`)];
// "Cover: The UK (new)": a step that only one ruleset's answers take, in the studio's language.
const sideMark = (side, words) => (side === 'old' ? ` (${words.sideOld})` : side === 'new' ? ` (${words.sideNew})` : '');

function changedClass(c, index, words, actions) {
  const path = c.path.map((step) => `${step.name || step.question}${words.colon}${step.answer}${sideMark(step.side, words)}`);
  const decisions = Object.entries(c.decisions).filter(([, d]) => d.differs);
  return h('li', {class: 'change'},
    h('p', {class: 'change-path'}, h('strong', {text: `${index + 1}. `}), path.join(' · ')),
    h('table', {class: 'change-outcomes'},
      h('thead', {}, h('tr', {}, h('th', {scope: 'col', text: words.decision}), h('th', {scope: 'col', text: words.before}),
                               h('th', {scope: 'col', text: words.after}))),
      h('tbody', {}, decisions.map(([id, d]) => h('tr', {},
        h('th', {scope: 'row', text: id}), h('td', {class: 'before', text: outcomeText(d.old, words)}),
        h('td', {class: 'after', text: outcomeText(d.new, words)}))))),
    h('button', {type: 'button', class: 'secondary open-preview', onclick: () => actions.tryAnswers(c.answers.new)},
      words.openInPreview));
}

// For each option only the edited ruleset has, beside an option only the opened one had: which old
// option it renames, if any. Said, the diff compares the two as one option (`couverture diff
// --renamed-option`). Asked at the top: until it is answered, the classes listed may be artefacts.
function renames(questions, words, actions) {
  const choices = questions.flatMap((q) => {
    const renamed = q.options_renamed || [];
    const olds = q.options_only_old || [];
    if (!olds.length && !renamed.length) return [];
    return [...(q.options_only_new || []), ...renamed.map((r) => r.new)].map((id) => {
      const current = renamed.find((r) => r.new === id);
      const select = h('select', {'data-question': q.id, 'data-option': id, id: `rename-${q.id}-${id}`,
                                  onchange: () => actions.rename(q.id, id, select.value)},
        h('option', {value: '', text: words.newOption}),
        [...(current ? [current.old] : []), ...olds].map((old) =>
          h('option', {value: old, text: words.renamedFrom(old), selected: current && current.old === old})));
      return h('p', {class: 'rename'},
        h('label', {for: select.id}, h('code', {text: id}), ` (${q.id})${words.colon}`), select);
    });
  });
  return choices.length ? h('div', {class: 'renames'}, h('p', {class: 'hint', text: words.renameHint}), choices) : null;
}

export function renderChanges(diff, words, actions) {
  const s = diff.summary;
  const nodes = [h('p', {class: 'changes-intro', text: words.changesIntro})];
  nodes.push(h('p', {class: `changes-summary ${s.differs ? 'differs' : 'same'}`},
               s.differs ? words.changedClasses(s.classes) : words.noChanges));
  if (!s.complete) nodes.push(h('p', {class: 'notice', text: words.truncated}));
  const asked = renames(diff.questions, words, actions);
  if (asked) nodes.push(asked);
  if (diff.classes.length) {
    nodes.push(h('ol', {class: 'changes-list'}, diff.classes.map((c, i) => changedClass(c, i, words, actions))));
  }
  if (s.other_row_classes) nodes.push(h('p', {text: words.sameOutcomeOtherRow(s.other_row_classes)}));
  if (diff.questions.length) {
    nodes.push(h('h3', {text: words.questionChanges}),
      h('ul', {}, diff.questions.map((q) => h('li', {},
        h('code', {text: q.id}), ` ${q.change}: ${q.old || '—'} → ${q.new || '—'}`,
        !q.separate && oneSided(q, words).length > 0 && ` (${words.pairedWithAll(oneSided(q, words).join(', '))})`))));
  }
  for (const [key, label] of [['added', words.decisionsAdded], ['removed', words.decisionsRemoved]]) {
    if (diff.decisions[key].length) nodes.push(h('p', {}, `${label}: `, h('code', {text: diff.decisions[key].join(', ')})));
  }
  if (diff.texts.length) {
    nodes.push(h('details', {class: 'text-changes'},
      h('summary', {text: words.textChanges(diff.texts.length)}),
      h('ul', {}, diff.texts.map((t) => h('li', {},
        h('code', {text: t.path}), h('div', {class: 'before', text: t.old ?? '—'}), h('div', {class: 'after', text: t.new ?? '—'}))))));
  }
  return nodes;
}
