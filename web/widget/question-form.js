// The form of one question (GOV.UK's question pages): radios for a choice or a yes/no, a text box
// for a number, its hint, and the error summary and message when an answer was refused. What the
// student types is turned into an answer here (readAnswer); judging it is the engine's.
import {h, rich} from '../dom.js';

// A question's choices as [control value, label, answer]. The engine lists options for choices
// (string ids) and for booleans (ids true and false, labelled in the ruleset's language).
export function choicesOf(question) {
  return (question.options || []).map((o) => [String(o.id), o.label, o.id]);
}

export const isNumeric = (question) => question.type === 'integer' || question.type === 'number';

// Typed text -> the answer value the engine validates. Only the notation is translated here
// (one decimal point or French decimal comma; spaces inside are not a number: "2 5" is not 25);
// ranges and integer-ness are the engine's to judge.
function parseNumber(text) {
  const trimmed = text.trim();
  return /^[+-]?(\d+[.,]?\d*|[.,]\d+)$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : null;
}

// The answer a submitted form holds, {value}; or {error: {detail, text}} when there is none to
// give the engine (nothing chosen, not a number: what to enter, in the ruleset's words for the
// question when it has them).
export function readAnswer(question, form, ui) {
  if (isNumeric(question)) {
    // By the field's id: form.elements[id] is shadowed by the form's own members for ids such as
    // `length`, `item`, `namedItem` or `1`.
    const text = form.querySelector(`#${CSS.escape(`q-${question.id}`)}`).value;
    const value = parseNumber(text);
    return value === null ? {error: {detail: question.invalid || ui.word('enterNumber'), text}} : {value, text};
  }
  const checked = [...form.querySelectorAll(`input[name="${CSS.escape(question.id)}"]`)].find((r) => r.checked);
  if (!checked) return {error: {detail: ui.word('choose')}};
  return {value: choicesOf(question).find(([v]) => v === checked.value)[2]};
}

// Which rule a number the engine refused breaks, in the student's words: not whole, or out of
// the question's range; null for anything else (the ruleset's words then).
export function numberError(question, value, ui) {
  if (question.type === 'integer' && !Number.isInteger(value)) return ui.word('wholeNumber');
  const {min, max} = question;
  if (!((min != null && value < min) || (max != null && value > max))) return null;
  const key = min != null && max != null ? 'between' : min != null ? 'atLeast' : 'atMost';
  return ui.word(key).replace('{min}', ui.number(min)).replace('{max}', ui.number(max));
}

// state: {answer (the current one, if any), error ({detail, text}: the refused one, if any),
// editing (whether the question is being changed in its row of the answers)}.
// on: {submit(form), cancel(), showField()}.
export function questionForm(question, {answer, error, editing}, ui, on) {
  const id = question.id;
  const depth = editing ? 1 : 0;
  const fieldId = `q-${id}`;
  const hintId = question.help ? `${fieldId}-hint` : null;
  const errorId = error ? `${fieldId}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || null;
  const hint = hintId && h('div', {class: 'hint', id: hintId}, rich(question.help));
  const message = error && h('p', {class: 'error-message', id: errorId},
                             h('span', {class: 'visually-hidden'}, ui.say('problem'), ui.word('colon')),
                             error.detail);
  let group;
  if (isNumeric(question)) {
    group = h('div', {class: error ? 'group group-error' : 'group'},
              ui.heading(depth, {class: 'question-heading'}, h('label', {for: fieldId, text: question.label})),
              hint, message,
              h('div', {class: 'number'},
                h('input', {id: fieldId, name: id, type: 'text', class: 'input', part: 'input',
                            inputMode: question.type === 'integer' ? 'numeric' : 'decimal',
                            autocomplete: 'off', spellcheck: false,
                            value: error ? error.text : (answer == null ? '' : String(answer)),
                            'aria-describedby': describedBy, 'aria-invalid': error ? 'true' : null}),
                question.unit && h('span', {class: 'unit', 'aria-hidden': 'true', text: question.unit})));
  } else {
    const radios = choicesOf(question).map(([value, label, choice], i) =>
        h('div', {class: 'radio'},
          h('input', {type: 'radio', id: `${fieldId}-${i}`, name: id, value, part: 'radio', checked: answer === choice}),
          h('label', {for: `${fieldId}-${i}`, text: label})));
    group = h('fieldset', {class: error ? 'group group-error' : 'group', 'aria-describedby': describedBy},
              h('legend', {}, ui.heading(depth, {class: 'question-heading', text: question.label})),
              hint, message, h('div', {class: 'radios'}, radios));
  }
  const summary = error && h('div', {class: 'error-summary', part: 'error-summary', role: 'alert', tabIndex: -1},
      ui.heading(depth, {}, ui.say('problem')),
      h('ul', {}, h('li', {}, h('a', {href: `#${fieldId}`, text: error.detail,
                                       onclick: (e) => { e.preventDefault(); on.showField(); }}))));
  return h('form', {class: 'question', part: 'question', novalidate: true,
                    onsubmit: (e) => { e.preventDefault(); on.submit(e.target); }},
      summary, group,
      h('button', {type: 'submit', class: 'button', part: 'button'}, ui.say('continue')),
      editing && h('button', {type: 'button', class: 'link-button', part: 'cancel-button', onclick: on.cancel},
                   ui.say('cancel')));
}
