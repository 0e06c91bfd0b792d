// Texts side by side in every declared language: find any sentence by what it says (in any
// language), edit it beside its translations, see at once what uses it. Editing one language marks
// the others for review (review-marks.js) until someone confirms them. The engine lists the texts
// with their uses (studio.texts(): authoring/text_catalog.h); each edit is a text edit of the
// string at its path (edits.js).
import {h} from '../dom.js';

export const TEXTS_PAGE = 40;

// Case, accents and kinds of space ignored: "eleve" finds "élève", and "CVEC :" typed with a
// plain space finds the French "CVEC :" written with a no-break one.
export const fold = (text) => String(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, ' ').toLowerCase();

function languageName(tag, ui) {
  try {
    const name = new Intl.DisplayNames([ui], {type: 'language'}).of(tag);
    return name ? name[0].toLocaleUpperCase(ui) + name.slice(1) : tag;
  } catch {
    return tag;
  }
}

// The entries a search and a filter keep.
export function matchingTexts(catalog, local, review) {
  const query = fold(local.query || '').trim();
  return catalog.texts.filter((t) => {
    if (local.group && local.group !== 'all' && t.group !== local.group) return false;
    if (local.awaiting && !catalog.languages.some((l) => review.has(t.path, l))) return false;
    // The text being edited stays listed, though it no longer says what was searched for.
    if (!query || t.path === local.editing) return true;
    return Object.values(t.texts).some((text) => fold(text).includes(query)) || fold(t.owner).includes(query);
  });
}

// ctx: {words, ui, local: {query, group, awaiting, limit}, review: {has(path, lang), since(path, lang)},
// findings, editable, actions: {search, filter, more, edit(entry, lang, value), confirm(entry, lang), goTo(path)}}
export function renderTexts(catalog, ctx) {
  const {words, local, actions, review} = ctx;
  const matches = matchingTexts(catalog, local, review);
  const shown = matches.slice(0, local.limit || TEXTS_PAGE);
  const awaiting = catalog.texts.reduce((n, t) => n + catalog.languages.filter((l) => review.has(t.path, l)).length, 0);
  const search = h('input', {type: 'search', id: 'texts-search', class: 'text-input', value: local.query || '',
                             'data-key': 'texts-search', 'aria-describedby': 'texts-search-hint',
                             oninput: (event) => actions.search(event.target.value)});
  const group = h('select', {id: 'texts-group', 'data-key': 'texts-group', onchange: (event) => actions.filter({group: event.target.value})},
    ['all', 'questions', 'decisions', 'citations', 'parameters', 'phrases', 'ruleset'].map((g) =>
      h('option', {value: g, text: words.textGroups[g], selected: (local.group || 'all') === g})));
  const head = h('div', {class: 'view-head texts-head'},
    h('div', {class: 'field'}, h('label', {for: 'texts-search', class: 'field-label', text: words.searchTexts}),
      h('p', {class: 'hint', id: 'texts-search-hint', text: words.searchTextsHint}), search),
    h('p', {class: 'field-inline'}, h('label', {for: 'texts-group', text: words.textGroup}), group),
    h('p', {class: 'field-inline'},
      h('input', {type: 'checkbox', id: 'texts-awaiting', 'data-key': 'texts-awaiting', checked: Boolean(local.awaiting),
                  onchange: (event) => actions.filter({awaiting: event.target.checked})}),
      h('label', {for: 'texts-awaiting', text: words.awaitingOnly(awaiting)})));
  const status = h('p', {class: 'texts-count', role: 'status', text: words.textsFound(matches.length, shown.length)});
  const list = h('ol', {class: 'texts-list'}, shown.map((t, index) => {
    const headingId = `text-heading-${index}`;
    const here = ctx.findings.filter((f) => f.path === t.path || f.path.startsWith(`${t.path}/`));
    return h('li', {class: 'text-entry', 'data-path': t.path},
      h('h4', {id: headingId}, t.owner, h('span', {class: 'text-field', text: ` — ${words.fieldNames[t.field] || t.field}`})),
      here.length ? h('ul', {class: 'cell-findings'}, here.map((f) => h('li', {class: `cell-finding finding-${f.severity}`},
        h('span', {class: `badge badge-${f.severity}`, text: words.severity[f.severity]}), ' ', f.plain || f.message))) : null,
      h('div', {class: 'text-langs', role: 'group', 'aria-labelledby': headingId}, catalog.languages.map((lang) => {
        const id = `text-${index}-${lang}`;
        const marked = review.has(t.path, lang);
        const area = h('textarea', {id, class: `text-area${marked ? ' awaiting' : ''}`, lang, 'data-key': `text:${t.path}:${lang}`,
                                    rows: Math.min(8, Math.max(1, Math.ceil((t.texts[lang] || '').length / 60))),
                                    disabled: !ctx.editable, 'aria-describedby': marked ? `${id}-review` : null,
                                    oninput: (event) => actions.edit(t, lang, event.target.value)});
        area.value = t.texts[lang] ?? '';
        return h('div', {class: 'text-lang'},
          h('label', {for: id, class: 'field-label', text: languageName(lang, ctx.ui)}),
          marked ? h('div', {class: 'review-mark', id: `${id}-review`},
            h('p', {text: words.awaitingReview(languageName(review.since(t.path, lang), ctx.ui))}),
            h('button', {type: 'button', class: 'secondary small', 'data-key': `confirm:${t.path}:${lang}`,
                         onclick: () => actions.confirm(t, lang)}, words.confirmTranslation)) : null,
          area);
      })),
      t.uses.length ? h('div', {class: 'uses'}, h('p', {class: 'uses-title', text: words.usedBy(t.uses.length)}),
        h('ul', {}, t.uses.map((u) => h('li', {}, h('button', {type: 'button', class: 'link', onclick: () => actions.goTo(u.path)}, u.name)))))
        : null);
  }));
  return [h('p', {class: 'hint', text: words.textsHint}), head, status, list,
    matches.length > shown.length
      ? h('p', {}, h('button', {type: 'button', class: 'secondary', onclick: () => actions.more()}, words.moreTexts(Math.min(TEXTS_PAGE, matches.length - shown.length))))
      : null];
}
