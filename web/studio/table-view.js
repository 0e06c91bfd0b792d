// The coverage tables, as `couverture table` lays them out (one line per class of answers, one
// table per decision), drawn from the engine's CoverageJson, which lists the first rows of a long
// table and counts the others (`total`).
import {h} from '../dom.js';

const OUTCOME_COLUMNS = 8;  // status, rule, documents, alternatives, steps, advice, extra_insurance and #

// The status column stays in view at the right edge while the table scrolls sideways: a wide
// table keeps each class's answers and its outcome on screen together.
function columnClass(i, questions) {
  if (i === questions + 1) return 'outcome-col status-col';
  return i > questions ? 'outcome-col' : null;
}

function tableOf(table, words, several) {
  const questions = table.header.length - OUTCOME_COLUMNS;
  const {rows} = table;
  const caption = several ? `${table.title} (${table.decision})` : table.title;
  return h('section', {class: 'coverage'},
    several ? h('h3', {text: caption}) : null,
    h('div', {class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': caption},
      h('table', {},
        h('thead', {}, h('tr', {}, table.header.map((cell, i) =>
          h('th', {scope: 'col', class: columnClass(i, questions), text: cell})))),
        h('tbody', {}, rows.map((row) => {
          const gap = /GAP/.test(row[questions + 1] || '');
          return h('tr', {class: gap ? 'gap-row' : null}, row.map((cell, i) =>
            i === 0 ? h('th', {scope: 'row', text: cell}) : h('td', {class: columnClass(i, questions), text: cell})));
        })))),
    // Rows left out, in the studio's words; else the engine's note (a flow cut at its node limit).
    table.total > rows.length ? h('p', {class: 'table-note', text: words.tableRows(rows.length, table.total)})
      : table.note ? h('p', {class: 'table-note', text: table.note}) : null);
}

export function renderTable(data, words) {
  const several = data.tables.length > 1;
  return [...data.tables.map((t) => tableOf(t, words, several)), h('p', {class: 'table-note', text: words.tableNote})];
}
