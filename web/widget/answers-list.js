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

// asked: the ids the result used, in order; questionOf(id): the question; answers: by id;
// editing: the id being changed, or null. on: {form(question) (the open row's form), change(id)}.
export function answersList(asked, questionOf, answers, editing, ui, on) {
  const rows = asked.map((id) => {
    const question = questionOf(id);
    const name = question.short || question.label;
    if (id === editing) {
      return h('div', {class: 'row row-editing'}, h('dt', {text: name}), h('dd', {class: 'edit'}, on.form(question)));
    }
    return h('div', {class: 'row'},
             h('dt', {text: name}),
             h('dd', {class: 'value', text: answerText(question, answers[id], ui)}),
             h('dd', {class: 'change'},
               h('button', {type: 'button', class: 'link-button', part: 'change-button', 'data-id': id,
                            onclick: () => on.change(id)},
                 ui.say('change'), h('span', {class: 'visually-hidden', text: ` ${name}`}))));
  });
  return [ui.heading(0, {}, ui.say('yourAnswers')), h('dl', {class: 'summary'}, rows)];
}
