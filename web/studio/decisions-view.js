// Decisions as tables, as decision-table modelers (DMN) show them: one decision at a time, a row
// per rule in the order they are read (the first that applies decides), a column per question
// its rows test, each cell the condition in words, then the outcome. The engine computes it all
// (studio.grid(): authoring/decision_grid.h); this draws it, with each finding on the cell, row or
// table its JSON path names. Cells, outcomes and rows open their editors (decision-editors.js).
import {h} from '../dom.js';

// The findings whose path is within `path` (a pointer prefix followed by / or nothing).
const within = (path, findings) => findings.filter((f) => f.path === path || f.path.startsWith(`${path}/`));

function findingNotes(findings, words) {
  if (!findings.length) return null;
  return h('ul', {class: 'cell-findings'}, findings.map((f) =>
    h('li', {class: `cell-finding finding-${f.severity}`},
      h('span', {class: `badge badge-${f.severity}`, text: words.severity[f.severity]}), ' ', f.plain || f.message)));
}

// The worst severity among findings, for a cell's mark.
const worst = (findings) => (findings.some((f) => f.severity === 'error') ? 'error'
  : findings.some((f) => f.severity === 'warning') ? 'warning' : findings.length ? 'info' : null);

function itemName(decision, group, id) {
  const list = group === 'status' ? decision.statuses : group === 'extra' ? decision.extras : decision.lists[group];
  const item = list && list.find((i) => i.id === id);
  return item ? item.title || item.text || id : id;
}

// ctx: {words, findings (the current check's, shown ones: errors, warnings, and notes when asked),
// local: {decision, columns: {decision id: [question ids added]}, focus: a path to mark},
// editable, actions}.
export function renderDecisions(grid, ctx) {
  const {words, local, actions} = ctx;
  const decisions = grid.decisions;
  const decision = decisions.find((d) => d.id === local.decision) || decisions[0];
  const questions = new Map(grid.questions.map((q) => [q.id, q]));
  const citations = new Map(grid.citations.map((c) => [c.id, c]));
  const findings = ctx.findings.filter((f) => decision.path === '' ? !f.path.startsWith('/decisions')
    : f.path === decision.path || f.path.startsWith(`${decision.path}/`));
  const rulesPath = `${decision.path}/rules`;
  const columns = [...decision.columns];
  for (const extra of local.columns[decision.id] || []) if (!columns.includes(extra)) columns.push(extra);

  const choose = h('select', {id: 'decision-choice', onchange: (event) => actions.selectDecision(event.target.value)},
    decisions.map((d) => h('option', {value: d.id, text: d.title, selected: d === decision})));
  const head = h('div', {class: 'view-head'},
    decisions.length > 1 ? h('p', {class: 'field-inline'}, h('label', {for: 'decision-choice', text: words.decisionChoice}), choose) : null,
    h('h3', {class: 'decision-title', text: decision.title}),
    h('p', {class: 'applies'}, decision.applies
      ? [h('strong', {text: words.appliesWhen}), ' ', decision.applies.text]
      : words.appliesAlways),
    h('p', {class: 'hint', text: words.decisionsHint}));

  // Findings about the table as a whole (a gap, its `applies`) above it.
  const tableFindings = findings.filter((f) => f.path === decision.path || f.path === rulesPath ||
                                              f.path.startsWith(`${decision.path}/applies`));
  const bodyRows = decision.rows.map((row, index) => {
    const rowFindings = within(row.path, findings);
    const cellFindings = new Set();
    const cells = columns.map((q) => {
      const cell = row.cells[q];
      const path = cell ? cell.path : `${row.path}/when/${q}`;
      const here = within(path, rowFindings);
      for (const f of here) cellFindings.add(f);
      const name = questions.get(q)?.short || q;
      const mark = worst(here);
      return h('td', {class: `cond${mark ? ` has-${mark}` : ''}${local.focus && local.focus.startsWith(path) ? ' focused' : ''}`,
                      'data-path': path},
        h('button', {type: 'button', class: `cell-button${cell ? '' : ' any'}`, 'data-key': `cell:${path}`,
                     disabled: !ctx.editable,
                     'aria-label': words.cellLabel(index + 1, name, cell ? cell.text : words.anyAnswer),
                     onclick: () => actions.editCell(decision, row, q, cell)},
          cell ? cell.text : '—'),
        findingNotes(here, words));
    });
    const others = row.other.map((o) => {
      const here = within(o.path, rowFindings);
      for (const f of here) cellFindings.add(f);
      return h('div', {class: 'other-condition'}, o.text, ' ',
        h('button', {type: 'button', class: 'link', text: words.inJson, onclick: () => actions.selectPath(o.path)}),
        findingNotes(here, words));
    });
    const thenPath = `${row.path}/then`;
    const outcomeFindings = within(thenPath, rowFindings);
    for (const f of outcomeFindings) cellFindings.add(f);
    const rest = rowFindings.filter((f) => !cellFindings.has(f));
    const counts = Object.entries(row.lists).filter(([, ids]) => ids.length).map(([group, ids]) => words.itemCount(group, ids.length));
    if (row.extra) counts.push(`${words.groups.extra_insurance}: ${itemName(decision, 'extra', row.extra)}`);
    const citation = row.citation && citations.get(row.citation);
    const mark = worst(rest);
    return h('tr', {class: `${row.default ? 'default-row' : ''}${mark ? ` row-has-${mark}` : ''}`, 'data-row': index},
      h('th', {scope: 'row', class: 'row-number'}, h('span', {text: String(index + 1)}),
        h('span', {class: 'order'},
          h('button', {type: 'button', class: 'secondary small', disabled: !ctx.editable || index === 0, 'data-key': `up:${row.path}`,
                       'aria-label': words.moveUp(index + 1), onclick: () => actions.move(decision, index - 1)}, '↑'),
          h('button', {type: 'button', class: 'secondary small', disabled: !ctx.editable || index === decision.rows.length - 1,
                       'data-key': `down:${row.path}`, 'aria-label': words.moveDown(index + 1), onclick: () => actions.move(decision, index)}, '↓'))),
      h('td', {class: 'row-title', 'data-path': row.path},
        h('button', {type: 'button', class: 'link', 'data-key': `row:${row.path}`, disabled: !ctx.editable,
                     'aria-label': words.editRowLabel(index + 1, row.title), onclick: () => actions.editRow(decision, row, index)}, row.title),
        row.default ? h('span', {class: 'tag', text: words.everyoneElse}) : null,
        h('p', {class: 'row-source'}, citation ? `${words.sourceColumn}${words.colon}${citation.section}` : h('span', {class: 'missing', text: words.noSource})),
        findingNotes(rest, words)),
      cells,
      decision.other ? h('td', {class: 'cond other'}, others.length ? others : '—') : null,
      h('td', {class: `outcome-cell${worst(outcomeFindings) ? ` has-${worst(outcomeFindings)}` : ''}`, 'data-path': thenPath},
        h('button', {type: 'button', class: 'cell-button', 'data-key': `then:${row.path}`, disabled: !ctx.editable,
                     onclick: () => actions.editOutcome(decision, row, index)},
          // Named by what it shows (WCAG's label in name), then which row it is, for a listener.
          h('strong', {text: itemName(decision, 'status', row.status)}),
          counts.length ? h('span', {class: 'outcome-items', text: counts.join(' · ')}) : null,
          h('span', {class: 'visually-hidden', text: words.outcomeLabel(index + 1)})),
        findingNotes(outcomeFindings, words)));
  });

  const unused = grid.questions.filter((q) => !columns.includes(q.id));
  const addColumn = h('select', {id: 'add-column-choice'},
    unused.map((q) => h('option', {value: q.id, text: q.short})));
  return [
    head,
    tableFindings.length ? h('div', {class: 'table-findings'}, findingNotes(tableFindings, words)) : null,
    h('div', {class: 'table-scroll grid-scroll', tabindex: '0', role: 'region', 'aria-label': words.gridRegion(decision.title)},
      h('table', {class: 'decision-grid'},
        h('caption', {class: 'visually-hidden', text: words.gridCaption(decision.title)}),
        h('thead', {}, h('tr', {},
          h('th', {scope: 'col', text: '#'}),
          h('th', {scope: 'col', text: words.rowColumn}),
          columns.map((q) => h('th', {scope: 'col', class: 'cond-head', title: questions.get(q)?.label || q,
                                      text: questions.get(q)?.short || q})),
          decision.other ? h('th', {scope: 'col', text: words.otherConditions}) : null,
          h('th', {scope: 'col', class: 'outcome-head', text: words.outcomeColumn}))),
        h('tbody', {}, bodyRows))),
    h('div', {class: 'grid-actions'},
      h('button', {type: 'button', class: 'secondary', disabled: !ctx.editable, onclick: () => actions.addRow(decision)}, words.addRow),
      unused.length ? h('span', {class: 'field-inline'},
        h('label', {for: 'add-column-choice', text: words.addColumn}), addColumn,
        h('button', {type: 'button', class: 'secondary', disabled: !ctx.editable,
                     onclick: () => actions.addColumn(decision, addColumn.value)}, words.addColumnButton)) : null),
  ];
}
