// The answers so far (GOV.UK's "check your answers"), each with its Change button; the one being
// changed opens its form in its own row, with Cancel, instead of below every answer.
import {h} from '../dom.js';
import {choicesOf, isNumeric} from './question-form.js';

// An answer as the student reads it: the option's label, or the number in the widget's language
// with the question's unit.
function answerText(question, value, ui) {
  if (isNumeric(question)) {
    const number = ui.number(value);
    return question.unit ? `${number}\u00a0${question.unit}` : number;
  }
  const choice = choicesOf(question).find(([, , answer]) => answer === value);
  return choice ? choice[1] : String(value);
}

// One answer's row: the question's short name, the answer and its Change button; or, for the one
// being changed (editing), its form. on: {form(question) (the open row's form), change(id)}.
export function answerRow(question, answer, editing, ui, on) {
  const name = question.short || question.label;
  if (editing) return h('div', {class: 'row row-editing'}, h('dt', {text: name}), h('dd', {class: 'edit'}, on.form(question)));
  return h('div', {class: 'row'},
           h('dt', {text: name}),
           h('dd', {class: 'value', text: answerText(question, answer, ui)}),
           h('dd', {class: 'change'},
             h('button', {type: 'button', class: 'link-button', part: 'change-button', 'data-id': question.id,
                          onclick: () => on.change(question.id)},
               ui.say('change'), h('span', {class: 'visually-hidden', text: ` ${name}`}))));
}

// The list's heading and its rows (row(id): the row of an answer the result used, in order).
export function answersList(asked, row, ui) {
  return [ui.heading(0, {}, ui.say('yourAnswers')), h('dl', {class: 'summary'}, asked.map(row))];
}
