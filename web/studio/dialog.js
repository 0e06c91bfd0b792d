// A modal dialog holding one form (the native <dialog>, which keeps focus inside and closes on
// Escape), refused GOV.UK style: an error summary at the top, each error a link to its field, and
// the message beside the field. The studio's editors of a cell, an outcome, a row, a period and
// the download use it.
import {h} from '../dom.js';

// heading, intro: texts; content: nodes; submit: async () => [{id, message}] (the form is
// refused) or nothing (it is done, the dialog closes); actions: more buttons [{label, className,
// run}] whose run() closes the dialog unless it returns false. Resolves when the dialog closes.
export function openForm({heading, intro, content, submitLabel, cancelLabel, problemHeading, submit,
                          actions = [], wide = false}) {
  const headingId = `dialog-heading-${Date.now()}`;
  const summary = h('div', {class: 'error-summary', tabindex: '-1', role: 'alert', hidden: true});
  const form = h('form', {class: 'dialog-form', novalidate: true});
  const dialog = h('dialog', {class: `form-dialog${wide ? ' wide' : ''}`, 'aria-labelledby': headingId},
    form);
  // Arrays and absent parts (null) among the content, as h() takes children.
  form.append(...[
    h('h2', {id: headingId, text: heading}),
    summary,
    intro ? h('p', {class: 'dialog-intro', text: intro}) : null,
    content,
    h('div', {class: 'dialog-actions'},
      h('button', {type: 'submit', class: 'primary', text: submitLabel}),
      actions.map((a) => h('button', {type: 'button', class: a.className || 'secondary', text: a.label, onclick: async () => {
        if ((await a.run()) !== false) dialog.close();
      }})),
      h('button', {type: 'button', class: 'secondary', text: cancelLabel, onclick: () => dialog.close()}))]
    .flat(Infinity).filter((node) => node != null && node !== false));

  function clearErrors() {
    summary.hidden = true;
    summary.replaceChildren();
    for (const node of form.querySelectorAll('.error-message')) node.remove();
    for (const node of form.querySelectorAll('.field-error')) node.classList.remove('field-error');
  }

  function showErrors(errors) {
    summary.replaceChildren(h('h3', {text: problemHeading}),
      h('ul', {}, errors.map((e) => h('li', {}, h('a', {href: `#${e.id}`, text: e.message, onclick: (event) => {
        event.preventDefault();
        const target = form.querySelector(`#${CSS.escape(e.id)}`);
        (target?.matches('fieldset') ? target.querySelector('input') : target)?.focus();
      }})))));
    summary.hidden = false;
    for (const e of errors) {
      const wrapper = form.querySelector(`[data-field="${CSS.escape(e.id)}"]`);
      if (!wrapper) continue;
      wrapper.classList.add('field-error');
      const control = wrapper.matches('fieldset') ? wrapper.querySelector('.choice') : wrapper.querySelector(`#${CSS.escape(e.id)}`);
      control?.before(h('p', {class: 'error-message', id: `${e.id}-error`, text: e.message}));
    }
    summary.focus();
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors();
    const errors = await submit(form);
    if (errors && errors.length) showErrors(errors);
    else dialog.close();
  });
  document.body.append(dialog);
  const closed = new Promise((resolve) => dialog.addEventListener('close', () => {
    dialog.remove();
    resolve();
  }));
  dialog.showModal();
  return {dialog, form, closed};
}
