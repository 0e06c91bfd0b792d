// What every view of one render shares: the widget's language, its own words in it, and headings
// at the level the host page asked for.
import {h} from '../dom.js';
import {STRINGS} from './strings.js';

// Intl's formatters take milliseconds to make (a page's CPU budget for a whole answer is tens of
// them): one per language and kind, kept.
const formats = new Map();
function format(kind, lang, make) {
  const key = `${kind} ${lang}`;
  if (!formats.has(key)) formats.set(key, make());
  return formats.get(key);
}

// lang: the widget's language; headingLevel: the heading-level attribute (2 when absent or bad).
export function viewContext(lang, headingLevel) {
  const own = STRINGS[lang.split('-')[0]];
  const has = (key) => own && own[key] != null;
  const top = Number(headingLevel);
  const base = top >= 1 && top <= 6 ? Math.floor(top) : 2;
  return {
    lang,
    // One of the element's own words, as text, in the widget's language (else English).
    word: (key) => (has(key) ? own[key] : STRINGS.en[key]),
    // The same, as a node to show: a word the language lacks is shown in English, marked as
    // English, so that a screen reader does not read it with the ruleset language's voice (WCAG
    // 3.1.2).
    say: (key) => (has(key) ? own[key] : h('span', {lang: 'en', text: STRINGS.en[key]})),
    // A heading `depth` levels under the widget's top one: h2 by default, `heading-level="3"`
    // makes it h3 (and its subheadings h4), to fit the host page's outline. Styled by depth, not
    // by tag.
    heading: (depth, props, ...children) =>
      h(`h${Math.min(6, base + depth)}`, {...props, class: `h${2 + depth} ${props.class || ''}`.trim()}, ...children),
    // A number as the language writes it; a YYYY-MM-DD date in words, read as local midnight so
    // that no time zone moves it to the day before.
    number: (value) => format('number', lang, () => new Intl.NumberFormat(lang)).format(value),
    date: (iso) => format('date', lang, () => new Intl.DateTimeFormat(lang, {dateStyle: 'long'}))
      .format(new Date(`${iso}T00:00`)),
  };
}
