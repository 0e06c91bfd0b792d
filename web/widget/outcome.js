// The outcome: the headline (the status, in the live region); then, as sections of equal rank,
// the options the student has, one checklist in the order of doing (with the university's
// contact), the other decisions' headlines, what is good to know; and which rules these are.
// The engine orders, groups and de-duplicates all of it (the result's `checklist`, `headlines`
// and `good_to_know`): this only lays it out.
import {h, rich} from '../dom.js';
import {why} from './why.js';

// The checklist's groups, most urgent first, as the engine orders them; null: no time given.
const WHEN = ['before_leaving', 'before_enrolling', 'on_arrival', 'after_enrolling', null];

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

// Where a student gets help, as the university gives it: contact = {name, email, url (https
// only), hours} from the contact-* attributes, and slotted (markup in slot="contact").
function contactDetails({name, email, url, hours, slotted}, ui) {
  const web = /^https:\/\/\S+$/.test(url || '') ? url : null;
  if (!name && !email && !web && !hours && !slotted) return null;
  return h('div', {class: 'contact', part: 'contact'},
    ui.heading(1, {}, ui.say('help')),
    name && h('p', {class: 'contact-name', text: name}),
    email && h('p', {}, h('a', {href: `mailto:${email}`, text: email})),
    web && h('p', {}, h('a', {href: web, rel: 'noopener noreferrer', text: web.replace(/^https:\/\/(www\.)?|\/$/g, '')})),
    hours && h('p', {text: hours}),
    h('slot', {name: 'contact'}));
}

const section = (name, ui, key, ...body) =>
  h('section', {class: `block block-${name}`, part: 'block'}, ui.heading(0, {}, ui.say(key)), ...body);

// A citation's note when it rests on a university's page or on our reading, else nothing.
const basisNote = (sources, id) => sources && sources[id] && sources[id].note &&
    h('span', {class: `basis basis-${sources[id].basis}`, text: ` ${sources[id].note}`});

// One task: what to do (or bring), what it needs, by when.
function task(item, ui, sources) {
  return h('li', {class: `task task-${item.kind}`, 'data-id': item.id},
    h('p', {class: 'task-text'},
      item.kind === 'document' && h('span', {class: 'task-kind'}, ui.say('bring'), ui.word('colon')),
      h('span', {}, rich(item.text))),
    item.needs && item.needs.length > 0 && h('div', {class: 'needs'},
      h('p', {class: 'needs-title'}, ui.say('needs')),
      h('ul', {}, item.needs.map((need) => h('li', {}, rich(need.text), basisNote(sources, need.source))))),
    item.deadline && h('p', {class: 'deadline'}, h('strong', {}, ui.say('deadline'), ui.word('colon')),
                       rich(item.deadline.text), basisNote(sources, item.deadline.source)));
}

// Every task, grouped by when, numbered through.
function checklist(tasks, ui, contact, sources) {
  if (!tasks.length) return contact && h('section', {class: 'block block-contact', part: 'block'}, contact);
  let number = 1;
  const groups = WHEN.map((when) => [when, tasks.filter((t) => (t.when || null) === when)])
    .filter(([, list]) => list.length > 0)
    .map(([when, list]) => {
      const start = number;
      number += list.length;
      return [ui.heading(1, {class: 'when'}, ui.say(`when_${when || 'other'}`)),
              h('ol', {class: 'checklist', start}, list.map((item) => task(item, ui, sources)))];
    });
  return section('checklist', ui, 'checklist', groups, contact);
}

// The other decisions, one line each: its title and status (a decision with nothing to do says
// so in its status), its text, and its own "Why?".
function situation(result, ruleset, ui, folds) {
  const others = (result.headlines || []).slice(1);
  if (!others.length) return null;
  return section('situation', ui, 'situation', h('ul', {class: 'headlines'}, others.map((line) => {
    const d = result.decisions[line.decision];
    return h('li', {class: `decision decision-${line.decision}`, part: 'decision', 'data-status': line.status,
                    'data-tone': line.tone || null},
      h('p', {class: 'decision-line'}, h('strong', {class: 'decision-title', text: line.title}), ui.word('colon'),
        h('span', {class: 'decision-status', text: line.headline.title || line.status})),
      line.headline.text && h('p', {class: 'decision-text'}, rich(line.headline.text)),
      !line.complete && h('p', {class: 'so-far'}, ui.say('soFar')),
      ruleset && d && why(d.explanation, `why-${line.decision}`, result, ruleset, ui, folds));
  })));
}

// The options, from every decision that gives some (the headline's first): a step may depend on
// the one chosen.
function options(result, ui) {
  const items = Object.values(result.decisions || {}).flatMap((d) => d.alternatives || []);
  const list = items.length ? items : result.alternatives || [];
  return list.length > 0 &&
      section('alternatives', ui, 'alternatives', h('ul', {class: 'options'}, list.map((item) => h('li', {}, rich(item.text)))));
}

function goodToKnow(result, ui) {
  const items = result.good_to_know || result.advice || [];
  return items.length > 0 &&
      section('advice', ui, 'advice', h('ul', {}, items.map((item) => h('li', {}, rich(item.text)))));
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
  // Each thing once: a note that an item already says word for word is not repeated.
  const said = ['alternatives', 'steps', 'documents', 'advice'].some(
      (key) => (result[key] || []).some((item) => item.text === result.extra_insurance_note));
  const blocks = [
    result.extra_insurance_note && !said &&
        h('p', {class: 'block block-extra', part: 'block', text: result.extra_insurance_note}),
    ruleset && why(result.explanation, 'why', result, ruleset, ui, folds),
    options(result, ui),
    checklist(result.checklist || [], ui, contactDetails(contact, ui), result.sources),
    situation(result, ruleset, ui, folds),
    goodToKnow(result, ui),
    ruleset && checked(ruleset, ui),
  ];
  return blocks.flat(Infinity).filter(Boolean);
}
