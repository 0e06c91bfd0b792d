// What the widget says besides the assessment: what stops it, and notices (answers from a link
// that could not be used; a link copied).
import {h} from '../dom.js';

// What stops the widget, shown where the form would be: the author's mistake (a title, and the
// technical detail: a bad rules URL or ruleset), or a plain sentence for a student (no title).
export function fatal(title, message, ui) {
  return h('div', {class: 'error-summary', part: 'error-summary', role: 'alert'},
           title && ui.heading(0, {}, title), h('p', {class: title ? 'error-detail' : null, text: message}));
}

// A notice's text, and the link it is about (a copied link, to copy by hand if need be).
export function notice({text, link}, ui) {
  return [h('p', {text}), link &&
      h('input', {class: 'link-copy', type: 'text', readOnly: true, value: link,
                  'aria-label': ui.word('copyLink'), onfocus: (e) => e.target.select()})].filter(Boolean);
}
