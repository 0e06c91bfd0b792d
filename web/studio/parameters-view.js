// Dated values (a ruleset's `parameters`, such as the CVEC amount) as a form: each value with its
// periods (from, until, what students read, the quote it rests on, the note students are shown),
// "Add the next period" with a date, a value and its source, or "not published yet" (the previous
// value carried forward, with a note), and each period editable. The engine lists them
// (studio.parameters(): authoring/parameter_periods.h); the forms write text edits (edits.js).
import {h} from '../dom.js';
import {openForm} from './dialog.js';
import {chain, freshId, segments, setEdits, valueAt} from './edits.js';
import {chosen, radios, select, textArea, textInput} from './form-fields.js';

const within = (path, findings) => findings.filter((f) => f.path === path || f.path.startsWith(`${path}/`));

function notes(findings, words) {
  if (!findings.length) return null;
  return h('ul', {class: 'cell-findings'}, findings.map((f) => h('li', {class: `cell-finding finding-${f.severity}`},
    h('span', {class: `badge badge-${f.severity}`, text: words.severity[f.severity]}), ' ', f.plain || f.message)));
}

export function renderParameters(data, ctx) {
  const {words, actions} = ctx;
  if (!data.parameters.length) return [h('p', {class: 'notice', text: words.noParameters})];
  const citations = new Map(data.citations.map((c) => [c.id, c]));
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const sourceOf = (id) => {
    const c = citations.get(id);
    if (!c) return null;
    const s = sources.get(c.source);
    return `${c.section}${s ? ` — ${s.title}` : ''}${c.basis && c.basis !== 'official' ? ` (${words.basis[c.basis] || c.basis})` : ''}`;
  };
  return [
    h('p', {class: 'hint', text: words.parametersHint}),
    h('nav', {class: 'jump', 'aria-label': words.parametersNav}, h('p', {text: words.parametersNav}),
      h('ul', {}, data.parameters.map((p) => h('li', {}, h('a', {href: `#parameter-${p.id}`, text: p.id, onclick: (event) => {
        event.preventDefault();
        const target = document.getElementById(`parameter-${p.id}`);
        target.scrollIntoView({block: 'start'});
        target.closest('section').querySelector('button')?.focus();
      }}))))),
    data.parameters.map((p) => {
      const headingId = `parameter-${p.id}`;
      const paramFindings = within(p.path, ctx.findings);
      return h('section', {class: 'parameter', 'aria-labelledby': headingId, 'data-path': p.path},
        h('h3', {id: headingId}, h('code', {text: p.id}), ' ',
          h('span', {class: 'parameter-type', text: words.parameterType(p.type, p.currency)})),
        p.shown_in.length ? h('p', {class: 'shown-in'}, h('strong', {text: words.shownIn}), ' ',
          p.shown_in.map((u, i) => [i ? '; ' : '', u.name])) : null,
        notes(paramFindings.filter((f) => !p.periods.some((period) => f.path.startsWith(period.path))), words),
        h('div', {class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': words.periodsOf(p.id)},
          h('table', {class: 'periods'},
            h('thead', {}, h('tr', {}, [words.periodFrom, words.periodUntil, words.periodValue, words.periodSource,
              words.periodNote, words.periodLabel, ''].map((t) => h('th', {scope: 'col', text: t})))),
            h('tbody', {}, p.periods.map((period, index) => {
              const here = within(period.path, ctx.findings);
              const mark = here.some((f) => f.severity !== 'info') ? ' row-has-warning' : '';
              return h('tr', {class: `${period.carried_forward ? 'carried' : ''}${mark}`, 'data-path': period.path},
                h('th', {scope: 'row', text: period.from}),
                h('td', {text: period.until || words.untilNext}),
                h('td', {}, h('strong', {text: period.shown}),
                  period.carried_forward ? h('span', {class: 'tag', text: words.notPublishedTag}) : null),
                h('td', {}, period.citation ? sourceOf(period.citation) : h('span', {class: 'missing', text: words.noSource})),
                h('td', {text: period.note || '—'}),
                h('td', {class: 'secondary-text', text: period.label || '—'}),
                h('td', {}, h('button', {type: 'button', class: 'secondary small', disabled: !ctx.editable, 'data-key': `period:${period.path}`,
                  'aria-label': words.editPeriodLabel(p.id, period.from), onclick: () => actions.editPeriod(p, index)}, words.edit),
                  notes(here, words)));
            })))),
        h('p', {}, h('button', {type: 'button', class: 'secondary', disabled: !ctx.editable, 'data-key': `add-period:${p.id}`,
          onclick: () => actions.addPeriod(p)}, words.addPeriod(p.id))));
    }),
  ];
}

// The forms of a period: a new one, or one that exists (index).
export function parameterEditors({doc, words}) {
  function periodForm(p, data, languages, index) {
    const path = [...segments(p.path), 'periods'];
    const existing = index === undefined ? null : valueAt(doc.text(), [...path, index]);
    const last = p.periods[p.periods.length - 1];
    const published = !existing || !existing.carried_forward;
    const officialSources = data.sources.map((s) => ({value: s.id, label: `${s.title}${s.publisher && s.publisher !== 'official' ? ` (${words.publisherKinds[s.publisher] || s.publisher})` : ''}`}));
    const newQuote = h('div', {},
      select({id: 'quote-source', label: words.quoteSource, options: officialSources, value: data.sources[0]?.id}),
      languages.map((lang) => textInput({id: `quote-section-${lang}`, label: words.quoteSectionIn(lang), lang})),
      languages.map((lang) => textArea({id: `quote-text-${lang}`, label: words.quoteTextIn(lang), lang, rows: 2,
                                        hint: lang === languages[0] ? words.quoteTextHint : null})),
      radios({id: 'quote-basis', legend: words.quoteBasis, name: 'quote-basis', value: 'official',
              options: ['official', 'university', 'inference'].map((b) => ({value: b, label: words.basis[b], hint: words.basisHint[b]}))}));
    const sourceChoice = radios({id: 'period-source-kind', legend: words.periodSourceLegend, name: 'period-source-kind',
      value: existing?.source || !published ? 'existing' : 'new',
      options: [
        {value: 'existing', label: words.existingQuote, conditional: select({id: 'period-citation', label: words.whichQuote,
          options: [{value: '', label: words.noSource}, ...data.citations.map((c) => ({value: c.id, label: `${c.section} (${c.id})`}))],
          value: existing?.source || ''})},
        {value: 'new', label: words.newQuote, conditional: newQuote},
      ]});
    const valueField = h('div', {},
      textInput({id: 'period-value', label: words.periodValueLabel(p.type, p.currency), width: 10, attrs: {inputmode: 'decimal'},
                 value: existing && !existing.carried_forward ? String(existing.value) : ''}),
      sourceChoice);
    const content = [
      textInput({id: 'period-from', label: words.periodFromLabel, hint: words.periodFromHint, type: 'date', width: 10,
                 value: existing?.from || ''}),
      radios({id: 'period-kind', legend: words.periodKindLegend, name: 'period-kind', value: published ? 'published' : 'carried',
              options: [{value: 'published', label: words.published, conditional: valueField},
                        {value: 'carried', label: words.notPublished, hint: words.notPublishedHint(last ? last.shown : '')}]}),
      languages.map((lang) => textArea({id: `period-note-${lang}`, label: words.periodNoteIn(lang), lang, rows: 2,
        hint: lang === languages[0] ? words.periodNoteHint : null, value: existing?.note?.[lang] || ''})),
      languages.map((lang) => textInput({id: `period-label-${lang}`, label: words.periodLabelIn(lang), lang,
        hint: lang === languages[0] ? words.periodLabelHint : null, value: existing?.label?.[lang] || ''})),
    ];
    return openForm({
      heading: existing ? words.editPeriodHeading(p.id, existing.from) : words.addPeriodHeading(p.id),
      intro: existing ? null : words.addPeriodIntro(last ? last.from : ''), content, wide: true,
      submitLabel: words.save, cancelLabel: words.cancel, problemHeading: words.problem,
      submit: (form) => {
        const errors = [];
        const from = form.querySelector('#period-from').value;
        if (!/^\d{4}-\d{2}-\d{2}$/.test(from)) errors.push({id: 'period-from', message: words.enterDate});
        const others = p.periods.filter((_, i) => i !== index);
        // A new date equal to a carried-forward period's replaces it: the value is now published.
        const replaces = index === undefined ? p.periods.findIndex((q) => q.from === from) : -1;
        if (replaces >= 0 && !p.periods[replaces].carried_forward) errors.push({id: 'period-from', message: words.periodExists(from)});
        const kind = chosen(form, 'period-kind');
        const note = {}, label = {};
        for (const lang of languages) {
          note[lang] = form.querySelector(`#period-note-${lang}`).value.trim();
          label[lang] = form.querySelector(`#period-label-${lang}`).value.trim();
        }
        const hasNote = languages.some((l) => note[l]);
        const hasLabel = languages.some((l) => label[l]);
        if (hasNote) for (const l of languages) if (!note[l]) errors.push({id: `period-note-${l}`, message: words.enterIn(l)});
        if (hasLabel) for (const l of languages) if (!label[l]) errors.push({id: `period-label-${l}`, message: words.enterIn(l)});
        const position = index !== undefined ? index : replaces >= 0 ? replaces : others.filter((q) => q.from < from).length;
        let period;
        let citation = null;
        if (kind === 'carried') {
          if (position === 0) errors.push({id: 'period-kind', message: words.firstCannotCarry});
          if (!hasNote) errors.push({id: `period-note-${languages[0]}`, message: words.carriedNeedsNote});
          period = {from, carried_forward: true};
        } else {
          const raw = form.querySelector('#period-value').value.trim().replace(',', '.');
          const value = Number(raw);
          if (raw === '' || !Number.isFinite(value)) errors.push({id: 'period-value', message: words.enterNumber});
          period = {from, value};
          if (chosen(form, 'period-source-kind') === 'new') {
            const section = {}, quote = {};
            for (const lang of languages) {
              section[lang] = form.querySelector(`#quote-section-${lang}`).value.trim();
              quote[lang] = form.querySelector(`#quote-text-${lang}`).value.trim();
              if (!section[lang]) errors.push({id: `quote-section-${lang}`, message: words.enterIn(lang)});
              if (!quote[lang]) errors.push({id: `quote-text-${lang}`, message: words.enterIn(lang)});
            }
            const taken = data.citations.map((c) => c.id);
            citation = {id: freshId(`${p.id}_${from.slice(0, 4)}`, taken),
                        value: {source: form.querySelector('#quote-source').value, basis: chosen(form, 'quote-basis') || 'official', section, quote}};
            period.source = citation.id;
          } else {
            const source = form.querySelector('#period-citation').value;
            if (source) period.source = source;
          }
        }
        if (errors.length) return errors;
        if (hasLabel) period.label = label;
        if (hasNote) period.note = note;
        const steps = [];
        if (citation) steps.push((text) => setEdits(text, ['citations', citation.id], citation.value));
        if (existing) {
          // Field by field, so that the rest of the period keeps its text.
          const at = [...path, index];
          for (const key of ['from', 'value', 'carried_forward', 'label', 'source', 'note']) {
            if (JSON.stringify(existing[key]) !== JSON.stringify(period[key])) steps.push((text) => setEdits(text, [...at, key], period[key]));
          }
        } else if (replaces >= 0) {
          steps.push((text) => setEdits(text, [...path, replaces], period));
        } else {
          steps.push((text) => setEdits(text, [...path, position], period, {insert: true}));
        }
        doc.apply(chain(doc.text(), steps), existing ? words.editedPeriod : words.addedPeriod);
        return null;
      },
    });
  }

  return {
    addPeriod: (p, data, languages) => periodForm(p, data, languages),
    editPeriod: (p, index, data, languages) => periodForm(p, data, languages, index),
  };
}
