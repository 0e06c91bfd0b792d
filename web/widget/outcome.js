// The outcome: the headline (the status, in the live region), the headline decision's checklist
// with the university's contact, "Why?", the other decisions, and which rules these are.
import {h, rich} from '../dom.js';
import {why} from './why.js';

// The headline's title and text, once a status is settled.
export function headlineWords(result) {
  return result.headline ? [result.headline.title, result.headline.text] : [result.status, null];
}

// The headline's contents, once a status is settled.
export function headline(result, ui) {
  const [title, text] = headlineWords(result);
  return [
    ui.heading(0, {class: 'headline-title', tabIndex: -1, text: title}),
    text && h('p', {class: 'headline-text'}, rich(text)),
    !result.complete && h('p', {class: 'so-far'}, ui.say('soFar')),
  ].filter(Boolean);
}

// A decision's checklist: steps and documents (with the university's contact for help with
// them), alternatives, its note, advice.
function lists(decision, depth, ui, contactBlock) {
  const list = (key, ordered) => decision[key] && decision[key].length > 0 &&
      h('div', {class: `block block-${key}`, part: 'block'},
        ui.heading(depth, {}, ui.say(key)),
        h(ordered ? 'ol' : 'ul', {class: 'checklist'}, decision[key].map((item) => h('li', {}, rich(item.text)))));
  // Each thing said once: a note that an item already says word for word is not repeated.
  const said = ['alternatives', 'steps', 'documents', 'advice'].some(
      (key) => (decision[key] || []).some((item) => item.text === decision.extra_insurance_note));
  return [
    // The options first: a step may depend on the one chosen ("To apply for the CMU…").
    list('alternatives'),
    list('steps', true),
    list('documents'),
    contactBlock,
    // The note names its subject ("Extra sickness insurance: not applicable…"): no heading needed.
    decision.extra_insurance_note && !said &&
        h('p', {class: 'block block-extra', part: 'block', text: decision.extra_insurance_note}),
    list('advice'),
  ];
}

// Where a student gets help with the steps, as the university gives it: contact = {name, email,
// url (https only), hours} from the contact-* attributes, and slotted (markup in slot="contact").
// Shown with the steps and printed with them.
function contactDetails({name, email, url, hours, slotted}, depth, ui) {
  const web = /^https:\/\/\S+$/.test(url || '') ? url : null;
  if (!name && !email && !web && !hours && !slotted) return null;
  return h('div', {class: 'contact', part: 'contact'},
    ui.heading(depth, {}, ui.say('help')),
    name && h('p', {class: 'contact-name', text: name}),
    email && h('p', {}, h('a', {href: `mailto:${email}`, text: email})),
    web && h('p', {}, h('a', {href: web, rel: 'noopener noreferrer', text: web.replace(/^https:\/\/(www\.)?|\/$/g, '')})),
    hours && h('p', {text: hours}),
    h('slot', {name: 'contact'}));
}

// The other decisions (the campus fee, help with costs...), each as its own section once its
// status is settled; those that do not apply to this student are left out.
function otherDecisions(result, ruleset, ui, folds) {
  const entries = Object.entries(result.decisions || {}).slice(1);
  return entries.filter(([, d]) => d.applies !== false && d.status != null).map(([id, d]) =>
      h('section', {class: `decision decision-${id}`, part: 'decision', 'data-status': d.status},
        ui.heading(1, {class: 'decision-title', text: d.title}),
        d.headline && h('p', {class: 'decision-status', text: d.headline.title}),
        d.headline && d.headline.text && h('p', {class: 'decision-text'}, rich(d.headline.text)),
        !d.complete && h('p', {class: 'so-far'}, ui.say('soFar')),
        lists(d, 2, ui),
        why(d.explanation, `why-${id}`, result, ruleset, ui, folds)));
}

// Which rules these are: the date they were checked against the source, and their version.
// Printed with the checklist, so that a paper copy says how current it is.
function checked({version, checked}, ui) {
  return h('p', {class: 'checked', text: `${ui.word('checkedOn')} ${ui.date(checked)}, version ${version}`});
}

// Below the headline, once a status is settled. ruleset: the engine's metadata, or null in the
// early view (no explanation, no engine to say which rules); folds: the "Why?" disclosures' state
// (why.js).
export function outcomeBody(result, ruleset, contact, ui, folds) {
  const blocks = [
    lists(result, 1, ui, contactDetails(contact, 1, ui)),
    ruleset && [why(result.explanation, 'why', result, ruleset, ui, folds), otherDecisions(result, ruleset, ui, folds),
                checked(ruleset, ui)],
  ];
  return blocks.flat(Infinity).filter(Boolean);
}
