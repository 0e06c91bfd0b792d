// The semantic diff between the ruleset as opened and as edited (`couverture diff --json`): which
// classes of students get another outcome, each with its answers and an "Open in the preview" of
// the edited side; the dated values whose periods changed (a new amount, whatever the date); the
// texts students read differently at the preview's date (amounts filled in); then the questions
// and decisions that changed.
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

// A dated value's change, as staff read it: "cvec_amount from 2027-05-01: added, €107".
function parameterChange(p, words) {
  const value = (side) => (side ? `${side.shown}${side.carried_forward ? ` (${words.carriedForward})` : ''}` : '—');
  let what;
  if (p.change === 'period_added') what = words.periodAdded(value(p.new));
  else if (p.change === 'period_removed') what = words.periodRemoved(value(p.old));
  else if (p.change === 'period_changed') {
    what = p.fields.map((f) => (f === 'value' || f === 'carried_forward' ? `${value(p.old)} → ${value(p.new)}`
      : f === 'note' ? words.noteChanged : words.sourceChanged(p.old.source || '—', p.new.source || '—')))
      .filter((t, i, all) => all.indexOf(t) === i).join('; ');
  } else what = words.parameterChangeKinds[p.change] || p.change;
  return h('li', {class: 'parameter-change'}, h('code', {text: p.parameter}), p.from ? ` ${words.fromDate(p.from)}` : '',
    `${words.colon}`, h('strong', {text: what}));
}

const TEXTS_SHOWN = 100;

export function renderChanges(diff, words, actions) {
  const s = diff.summary;
  const nodes = [h('p', {class: 'changes-intro', text: diff.date ? words.changesIntroDated(diff.date) : words.changesIntro})];
  nodes.push(h('p', {class: `changes-summary ${s.differs ? 'differs' : 'same'}`},
               s.differs ? words.changedClasses(s.classes) : words.noChanges));
  const parameters = diff.parameters || [];
  const edits = [parameters.length && words.parametersChanged(parameters.length), diff.texts.length && words.textChanges(diff.texts.length)]
    .filter(Boolean);
  if (edits.length) nodes.push(h('p', {class: 'changes-edits', text: edits.join(' · ')}));
  if (!s.complete) nodes.push(h('p', {class: 'notice', text: words.truncated}));
  const asked = renames(diff.questions, words, actions);
  if (asked) nodes.push(asked);
  if (diff.classes.length) {
    nodes.push(h('ol', {class: 'changes-list'}, diff.classes.map((c, i) => changedClass(c, i, words, actions))));
  }
  if (s.other_row_classes) nodes.push(h('p', {text: words.sameOutcomeOtherRow(s.other_row_classes)}));
  if (parameters.length) {
    nodes.push(h('h3', {text: words.parameterChanges}), h('ul', {class: 'parameter-changes'}, parameters.map((p) => parameterChange(p, words))));
  }
  if (diff.texts.length) {
    nodes.push(h('h3', {text: words.textChangesHeading(diff.date)}),
      h('ul', {class: 'text-changes'}, diff.texts.slice(0, TEXTS_SHOWN).map((t) => h('li', {'data-lang': t.lang},
        h('span', {class: 'tag', text: t.lang}), ' ',
        h('button', {type: 'button', class: 'link', onclick: () => actions.goTo(t.path)}, h('code', {text: t.path})),
        h('div', {class: 'before', lang: t.lang}, h('span', {class: 'visually-hidden', text: `${words.before}: `}), t.old ?? '—'),
        h('div', {class: 'after', lang: t.lang}, h('span', {class: 'visually-hidden', text: `${words.after}: `}), t.new ?? '—')))),
      diff.texts.length > TEXTS_SHOWN ? h('p', {class: 'hint', text: words.moreTextChanges(diff.texts.length - TEXTS_SHOWN)}) : null);
  }
  if (diff.questions.length) {
    nodes.push(h('h3', {text: words.questionChanges}),
      h('ul', {}, diff.questions.map((q) => h('li', {},
        h('code', {text: q.id}), ` ${q.change}: ${q.old || '—'} → ${q.new || '—'}`,
        !q.separate && oneSided(q, words).length > 0 && ` (${words.pairedWithAll(oneSided(q, words).join(', '))})`))));
  }
  for (const [key, label] of [['added', words.decisionsAdded], ['removed', words.decisionsRemoved]]) {
    if (diff.decisions[key].length) nodes.push(h('p', {}, `${label}: `, h('code', {text: diff.decisions[key].join(', ')})));
  }
  return nodes;
}
