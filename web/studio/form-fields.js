// Form fields as the GOV.UK design system has them: a label, a hint under it, the control, and,
// when the form is refused, the error message between hint and control; radios and checkboxes in
// a fieldset with a legend. Pure functions returning DOM (dom.js's h()).
import {h} from '../dom.js';

let counter = 0;
export const uniqueId = (prefix) => `${prefix}-${++counter}`;

// {id, label, hint, control}: the control must carry `id`.
export function field({id, label, hint, control, lang}) {
  const hintId = hint ? `${id}-hint` : null;
  if (hintId) control.setAttribute('aria-describedby', hintId);
  return h('div', {class: 'field', 'data-field': id},
    h('label', {for: id, class: 'field-label', text: label, lang: lang || null}),
    hint ? h('p', {class: 'hint', id: hintId, text: hint}) : null,
    control);
}

export function textInput({id, label, hint, value = '', type = 'text', width, lang, attrs = {}}) {
  const input = h('input', {id, type, value: value ?? '', class: `text-input${width ? ` width-${width}` : ''}`,
                            lang: lang || null, ...attrs});
  return field({id, label, hint, control: input, lang: null});
}

export function textArea({id, label, hint, value = '', rows = 2, lang, attrs = {}}) {
  const area = h('textarea', {id, rows, class: 'text-area', lang: lang || null, ...attrs});
  area.value = value ?? '';
  return field({id, label, hint, control: area});
}

export function select({id, label, hint, options, value}) {
  const control = h('select', {id},
    options.map((o) => h('option', {value: o.value, text: o.label, selected: o.value === value})));
  return field({id, label, hint, control});
}

// options: [{value, label, hint, conditional}] — a conditional reveal (nodes shown when chosen),
// as the GOV.UK radios have it.
export function radios({id, legend, hint, name, options, value, inline = false}) {
  const items = options.map((o, i) => {
    const inputId = `${id}-${i}`;
    const input = h('input', {type: 'radio', id: inputId, name, value: o.value, checked: o.value === value});
    const reveal = o.conditional ? h('div', {class: 'conditional', hidden: o.value !== value}, o.conditional) : null;
    return {input, reveal, node: h('div', {class: 'choice'}, input,
      h('label', {for: inputId, text: o.label}), o.hint ? h('p', {class: 'hint choice-hint', text: o.hint}) : null, reveal)};
  });
  const fieldset = h('fieldset', {class: `field choices${inline ? ' inline' : ''}`, id, 'data-field': id},
    h('legend', {class: 'field-label', text: legend}), hint ? h('p', {class: 'hint', text: hint}) : null,
    items.map((i) => i.node));
  fieldset.addEventListener('change', () => {
    for (const i of items) if (i.reveal) i.reveal.hidden = !i.input.checked;
  });
  return fieldset;
}

export function checkboxes({id, legend, hint, name, options, values = []}) {
  return h('fieldset', {class: 'field choices', id, 'data-field': id},
    h('legend', {class: 'field-label', text: legend}), hint ? h('p', {class: 'hint', text: hint}) : null,
    options.map((o, i) => {
      const inputId = `${id}-${i}`;
      return h('div', {class: 'choice'},
        h('input', {type: 'checkbox', id: inputId, name, value: o.value, checked: values.includes(o.value)}),
        h('label', {for: inputId, text: o.label}), o.hint ? h('p', {class: 'hint choice-hint', text: o.hint}) : null);
    }));
}

// The chosen radio's value in `root`, or '' when none is.
export const chosen = (root, name) => root.querySelector(`input[name="${name}"]:checked`)?.value || '';
export const ticked = (root, name) => [...root.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => i.value);
