// "Why?": the rule that decides and the sentence of the source it rests on (and the source's page,
// and how firm it is); one click further, every rule checked in order, each with its sentence,
// then, for the headline, the sources cited only by the checklist.
import {h} from '../dom.js';

const LISTS = ['steps', 'documents', 'alternatives', 'advice'];

// A disclosure that remembers, across renders, whether the student opened it: folds.open is the
// set of keys of those open, folds.toggle(key, open) is told of every change. Its body (content()
// gives it) is made when it is first open: most answers are read without opening "Why?", and
// making every decision's explanation at each answer is most of the time a slow phone spends.
function disclosure(key, folds, props, summary, content) {
  const body = h('div', {class: 'why-body'});
  const opener = h('summary', {}, h('span', {}, summary));
  const details = h('details', {...props, open: folds.open.has(key)}, opener, body);
  let made = false;
  const make = () => {
    if (made) return;
    made = true;
    body.append(...[content()].flat(Infinity).filter((node) => node));
  };
  if (details.open) make();
  // Made on the click (a key on the summary clicks too), before the details open: no empty frame.
  opener.addEventListener('click', make);
  details.addEventListener('toggle', () => {
    if (details.open) make();
    folds.toggle(key, details.open);
  });
  return details;
}

// explanation: a decision's ({intro, rules}); key: its disclosure's ("why" for the headline
// decision's); result: the whole result (its sources, the headline's lists); ruleset: the
// engine's metadata (the sources' languages).
export function why(explanation = {rules: []}, key, result, ruleset, ui, folds) {
  const decides = explanation.rules.find((reason) => reason.verdict === 'decides');
  const explained = () => explain(explanation, key, result, ruleset, ui, decides);
  // While no rule decides yet (questions remain), the list is all there is to say.
  return disclosure(key, folds, {class: 'why', part: 'why'}, ui.say('why'), () => {
    const {lead, all} = explained();
    return lead ? [lead, disclosure(`${key}/all`, folds, {class: 'why'}, ui.say('allRules'), () => all)] : all;
  });
}

// The deciding rule with its sentence (lead), and every rule checked with theirs (all).
function explain(explanation, key, result, ruleset, ui, decides) {
  const sources = result.sources || {};
  // The original quotes are in their source's language, not the widget's: WCAG 3.1.2.
  const languageOf = (source) => (source.source || ruleset.source || ruleset.sources[0]).language;
  const shown = new Set();
  let section;
  const cite = (id) => {
    const source = sources[id];
    if (!source) return null;
    shown.add(id);
    // A section is named once for the run of quotes that come from it.
    const named = source.section !== section && (section = source.section);
    const page = source.source;
    return h('div', {class: 'cite'},
      named && h('p', {class: 'section', text: named}),
      h('blockquote', {text: source.quote}),
      source.original && h('p', {class: 'original'}, ui.say('original'), ui.word('colon'),
        h('q', {lang: languageOf(source), text: source.original})),
      source.note && h('p', {class: `basis basis-${source.basis}`, text: source.note}),
      page && /^https?:\/\//.test(page.url || '') &&
          h('p', {class: 'page'}, h('a', {href: page.url, rel: 'noopener noreferrer', text: page.title})));
  };
  const lead = decides && [h('p', {class: 'verdict-decides', text: decides.text}), cite(decides.source)];
  section = undefined;
  const reasons = explanation.rules.map((reason) =>
      h('li', {class: `verdict-${reason.verdict}`}, reason.text, cite(reason.source)));
  // The sources only the headline decision's checklist cites, under its explanation.
  const headlineCites = (id) => LISTS.some((list) => (result[list] || []).some((item) => item.source === id));
  const rest = key === 'why' ? Object.keys(sources).filter((id) => !shown.has(id) && headlineCites(id)) : [];
  const all = [explanation.intro && h('p', {text: explanation.intro}), h('ul', {class: 'reasons'}, reasons),
               rest.length > 0 && [ui.heading(2, {}, ui.say('sources')), rest.map(cite)]];
  return {lead, all};
}
