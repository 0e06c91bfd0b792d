// The editors of a decision table (decisions-view.js): a cell's condition, a row's outcome, a row's
// words and source, a new row, the order of rows. Each is a small form in a dialog, and each
// saved form is one text edit of the document (edits.js) on the current text: the JSON, the
// checks and undo follow from it. What a condition may say is the engine's format: a choice's
// options (one, or a list), yes or no, numbers with <, <=, >, >= (engine/README.md, Conditions).
import {h} from '../dom.js';
import {openForm} from './dialog.js';
import {chain, freshId, segments, setEdits, swapEdits, valueAt} from './edits.js';
import {checkboxes, chosen, radios, select, textArea, ticked} from './form-fields.js';

const OPS = ['>', '>=', '<', '<=', 'eq', 'ne'];

// What a question's cell holds now, as the form shows it: a set of options, yes/no, or up to two
// comparisons. A form the value does not fit (an operator on a choice...) starts from "any".
function current(question, value) {
  if (value === undefined) return {any: true};
  if (question.type === 'choice') {
    const ids = question.options.map((o) => o.id);
    if (typeof value === 'string') return {options: [value]};
    if (Array.isArray(value)) return {options: value};
    if (value && typeof value === 'object') {
      let set = new Set(ids);
      for (const [op, operand] of Object.entries(value)) {
        const list = Array.isArray(operand) ? operand : [operand];
        if (op === 'eq' || op === 'in') set = new Set([...set].filter((id) => list.includes(id)));
        if (op === 'ne') set.delete(operand);
      }
      return {options: [...set]};
    }
  }
  if (question.type === 'boolean') {
    if (typeof value === 'boolean') return {yes: value};
    if (value && typeof value === 'object' && typeof value.eq === 'boolean') return {yes: value.eq};
    if (value && typeof value === 'object' && typeof value.ne === 'boolean') return {yes: !value.ne};
    return {any: true};
  }
  if (typeof value === 'number') return {tests: [['eq', value]]};
  if (value && typeof value === 'object') return {tests: Object.entries(value).filter(([op]) => OPS.includes(op))};
  return {any: true};
}

export function decisionEditors({doc, words}) {
  const errorFor = (id, message) => [{id, message}];

  // Removes a `when` key; the `when` with it when it was its last key (an empty `when` does not
  // load: no `when` at all is "always").
  function removeCondition(text, rowPath, key) {
    const when = valueAt(text, [...segments(rowPath), 'when']);
    if (when && typeof when === 'object' && Object.keys(when).length === 1 && key in when) {
      return setEdits(text, [...segments(rowPath), 'when'], undefined);
    }
    return setEdits(text, [...segments(rowPath), 'when', key], undefined);
  }

  function editCell(decision, row, questionId, cell, grid) {
    const question = grid.questions.find((q) => q.id === questionId);
    const path = [...segments(row.path), 'when', questionId];
    const now = current(question, valueAt(doc.text(), path));
    let content;
    if (question.type === 'choice') {
      content = checkboxes({id: 'cell-options', legend: words.cellOptionsLegend(question.short), hint: words.cellOptionsHint,
                            name: 'cell-option', options: question.options.map((o) => ({value: o.id, label: o.label})),
                            values: now.options || []});
    } else if (question.type === 'boolean') {
      content = radios({id: 'cell-yes', legend: words.cellBooleanLegend(question.short), name: 'cell-yes', inline: true,
                        options: [{value: 'true', label: words.yes}, {value: 'false', label: words.no}],
                        value: now.any ? '' : String(now.yes)});
    } else {
      const tests = now.tests || [];
      const line = (i) => {
        const [op, operand] = tests[i] || ['', ''];
        return h('div', {class: 'comparison'},
          select({id: `cell-op-${i}`, label: i === 0 ? words.cellCompare : words.cellAndCompare,
                  options: [{value: '', label: words.opNone}, ...OPS.map((o) => ({value: o, label: words.ops[o]}))], value: op}),
          h('div', {class: 'field', 'data-field': `cell-value-${i}`},
            h('label', {for: `cell-value-${i}`, class: 'field-label', text: words.cellValue(question)}),
            h('input', {id: `cell-value-${i}`, type: 'text', inputmode: 'decimal', class: 'text-input width-5',
                        value: operand === '' ? '' : String(operand)})));
      };
      content = h('div', {}, h('p', {class: 'hint', text: words.cellNumberHint(question)}), line(0), line(1));
    }
    return openForm({
      heading: words.cellHeading(row.title, question.short), intro: question.label, content,
      submitLabel: words.save, cancelLabel: words.cancel, problemHeading: words.problem,
      actions: [{label: words.anyAnswerButton, run: () => {
        doc.apply(removeCondition(doc.text(), row.path, questionId), words.editedCell);
      }}],
      submit: (form) => {
        let value;
        if (question.type === 'choice') {
          const options = ticked(form, 'cell-option');
          if (!options.length) return errorFor('cell-options', words.chooseAnOption);
          value = options.length === 1 ? options[0] : options;
        } else if (question.type === 'boolean') {
          const yes = chosen(form, 'cell-yes');
          if (!yes) return errorFor('cell-yes', words.chooseYesNo);
          value = yes === 'true';
        } else {
          const tests = [];
          for (const i of [0, 1]) {
            const op = form.querySelector(`#cell-op-${i}`).value;
            const raw = form.querySelector(`#cell-value-${i}`).value.trim().replace(',', '.');
            if (!op && !raw) continue;
            if (!op) return errorFor(`cell-op-${i}`, words.chooseComparison);
            const number = Number(raw);
            if (raw === '' || !Number.isFinite(number)) return errorFor(`cell-value-${i}`, words.enterNumber);
            if (question.type === 'integer' && !Number.isInteger(number)) return errorFor(`cell-value-${i}`, words.enterWholeNumber);
            tests.push([op, number]);
          }
          if (!tests.length) return errorFor('cell-op-0', words.chooseComparison);
          if (tests.length === 2 && tests[0][0] === tests[1][0]) return errorFor('cell-op-1', words.twoDifferentComparisons);
          value = tests.length === 1 && tests[0][0] === 'eq' ? tests[0][1] : Object.fromEntries(tests);
        }
        doc.apply(setEdits(doc.text(), path, value), words.editedCell);
        return null;
      },
    });
  }

  function editOutcome(decision, row) {
    const thenPath = [...segments(row.path), 'then'];
    const then = valueAt(doc.text(), thenPath) || {};
    const groups = Object.entries(decision.lists).filter(([, items]) => items.length);
    const content = h('div', {},
      radios({id: 'outcome-status', legend: words.outcomeStatusLegend, name: 'outcome-status',
              options: decision.statuses.map((s) => ({value: s.id, label: s.title || s.id, hint: s.text || null})),
              value: then.status}),
      groups.map(([group, items]) => checkboxes({id: `outcome-${group}`, legend: words.outcomeGroupLegend(group), name: `outcome-${group}`,
        options: items.map((i) => ({value: i.id, label: i.title || i.text || i.id, hint: i.title && i.text ? i.text : null})),
        values: then[group] || []})),
      decision.extras.length ? radios({id: 'outcome-extra', legend: words.groups.extra_insurance, name: 'outcome-extra',
        options: [{value: '', label: words.none}, ...decision.extras.map((x) => ({value: x.id, label: x.title || x.id}))],
        value: then.extra_insurance || ''}) : null);
    return openForm({
      heading: words.outcomeHeading(row.title), intro: words.outcomeIntro, content, wide: true,
      submitLabel: words.save, cancelLabel: words.cancel, problemHeading: words.problem,
      submit: (form) => {
        const status = chosen(form, 'outcome-status');
        if (!status) return errorFor('outcome-status', words.chooseOutcome);
        const steps = [(text) => setEdits(text, [...thenPath, 'status'], status)];
        for (const [group, items] of groups) {
          // In the order the outcome lists them, which is the order students read them in.
          const ids = ticked(form, `outcome-${group}`);
          const ordered = items.map((i) => i.id).filter((id) => ids.includes(id));
          const before = then[group] || [];
          if (JSON.stringify(before) === JSON.stringify(ordered)) continue;
          steps.push((text) => setEdits(text, [...thenPath, group], ordered.length ? ordered : undefined));
        }
        if (decision.extras.length) {
          const extra = chosen(form, 'outcome-extra');
          if (extra !== (then.extra_insurance || '')) {
            steps.push((text) => setEdits(text, [...thenPath, 'extra_insurance'], extra || undefined));
          }
        }
        doc.apply(chain(doc.text(), steps), words.editedOutcome);
        return null;
      },
    });
  }

  // The words of a row in every language, and its source: the form of a new row and of a row.
  function rowFields(languages, value, grid) {
    return [
      languages.map((lang) => textArea({id: `row-title-${lang}`, label: words.rowTitleIn(lang), lang, rows: 1,
                                         value: value.title?.[lang] || ''})),
      languages.map((lang) => textArea({id: `row-because-${lang}`, label: words.rowBecauseIn(lang), hint: lang === languages[0] ? words.rowBecauseHint : null,
                                         lang, rows: 3, value: value.because?.[lang] || ''})),
      select({id: 'row-source', label: words.rowSource, hint: words.rowSourceHint,
              options: [{value: '', label: words.noSource}, ...grid.citations.map((c) => ({value: c.id, label: `${c.section} (${c.id})`}))],
              value: value.source || ''}),
    ];
  }

  function readRowFields(form, languages) {
    const errors = [];
    const title = {}, because = {};
    for (const lang of languages) {
      title[lang] = form.querySelector(`#row-title-${lang}`).value.trim();
      because[lang] = form.querySelector(`#row-because-${lang}`).value.trim();
      if (!title[lang]) errors.push({id: `row-title-${lang}`, message: words.enterRowTitle(lang)});
      if (!because[lang]) errors.push({id: `row-because-${lang}`, message: words.enterRowBecause(lang)});
    }
    return {title, because, source: form.querySelector('#row-source').value, errors};
  }

  function editRow(decision, row, index, grid, languages) {
    const rowPath = segments(row.path);
    const json = valueAt(doc.text(), rowPath) || {};
    return openForm({
      heading: words.rowHeading(index + 1), content: rowFields(languages, json, grid), wide: true,
      submitLabel: words.save, cancelLabel: words.cancel, problemHeading: words.problem,
      actions: [{label: words.removeRow, className: 'warning', run: () => {
        doc.apply(setEdits(doc.text(), rowPath, undefined), words.removedRow);
      }}],
      submit: (form) => {
        const {title, because, source, errors} = readRowFields(form, languages);
        if (errors.length) return errors;
        const steps = [];
        for (const lang of languages) {
          if (title[lang] !== json.title?.[lang]) steps.push((text) => setEdits(text, [...rowPath, 'title', lang], title[lang]));
          if (because[lang] !== json.because?.[lang]) steps.push((text) => setEdits(text, [...rowPath, 'because', lang], because[lang]));
        }
        if (source !== (json.source || '')) steps.push((text) => setEdits(text, [...rowPath, 'source'], source || undefined));
        doc.apply(chain(doc.text(), steps), words.editedRow);
        return null;
      },
    });
  }

  function addRow(decision, grid, languages) {
    const count = decision.rows.length;
    const last = decision.rows[count - 1];
    const defaultPosition = last && last.default ? count - 1 : count;
    const content = [
      h('p', {class: 'hint', text: words.addRowHint}),
      select({id: 'row-position', label: words.rowPosition,
              options: [...decision.rows.map((r, i) => ({value: String(i), label: words.beforeRow(i + 1, r.title)})),
                        {value: String(count), label: words.atTheEnd}],
              value: String(defaultPosition)}),
      radios({id: 'row-status', legend: words.outcomeStatusLegend, name: 'row-status',
              options: decision.statuses.map((s) => ({value: s.id, label: s.title || s.id})), value: ''}),
      rowFields(languages, {}, grid),
    ];
    return openForm({
      heading: words.addRowHeading(decision.title), content, wide: true,
      submitLabel: words.addRow, cancelLabel: words.cancel, problemHeading: words.problem,
      submit: (form) => {
        const {title, because, source, errors} = readRowFields(form, languages);
        const status = chosen(form, 'row-status');
        if (!status) errors.unshift({id: 'row-status', message: words.chooseOutcome});
        if (errors.length) return errors;
        const row = {id: freshId(title[languages[0]], decision.rows.map((r) => r.id)), title,
                     then: {status}, because, ...(source ? {source} : {})};
        const index = Number(form.querySelector('#row-position').value);
        doc.apply(setEdits(doc.text(), [...segments(decision.path), 'rules', index], row, {insert: true}), words.addedRow);
        return null;
      },
    });
  }

  function move(decision, index) {
    doc.apply(swapEdits(doc.text(), [...segments(decision.path), 'rules'], index), words.movedRow);
  }

  return {editCell, editOutcome, editRow, addRow, move};
}
