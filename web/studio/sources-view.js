// Sources and citations: each page or text the rules rest on, with who publishes it, when it was
// last checked, and each quote of it with its basis and what rests on it (rows, outcome items,
// dated values' periods, with the students they decide). It is the engine's evidence map
// (studio.sources(): authoring/evidence.h, as `couverture sources` prints it). A source checked
// again is marked so with "Checked today", a text edit of its `checked` date.
import {h, rich} from '../dom.js';

const within = (path, findings) => findings.filter((f) => f.path === path || f.path.startsWith(`${path}/`));

function use(u, words) {
  const what = u.kind === 'row' ? words.useRow(u.decision, u.id) : u.kind === 'item'
    ? words.useItem(u.decision, words.groups[u.group] || u.group, u.id) : words.usePeriod(u.id, u.from);
  const students = u.students ? words.students(u.students.classes, u.students.at_least, u.students.example) : '';
  return h('li', {}, h('code', {text: what}), students ? ` — ${students}` : '');
}

export function renderSources(map, ctx) {
  const {words, actions} = ctx;
  return [
    h('p', {class: 'hint', text: words.sourcesHint}),
    h('ol', {class: 'sources-list'}, map.sources.map((s, index) => {
      const headingId = `source-heading-${index}`;
      const here = within(s.path, ctx.findings);
      const bases = [...new Set(s.citations.map((c) => c.basis || 'unstated'))];
      return h('li', {class: 'source', 'data-path': s.path},
        h('h3', {id: headingId}, s.url ? h('a', {href: s.url, rel: 'noopener noreferrer', target: '_blank', text: s.title}) : s.title),
        h('dl', {class: 'source-facts'},
          h('dt', {text: words.publisher}), h('dd', {text: words.publisherKinds[s.publisher] || s.publisher || words.notSaid}),
          h('dt', {text: words.sourceLanguage}), h('dd', {text: s.language}),
          h('dt', {text: words.basisColumn}), h('dd', {text: bases.map((b) => words.basis[b] || b).join(', ')}),
          h('dt', {text: words.checked}), h('dd', {}, h('span', {class: 'checked-date', text: s.checked}), ' ',
            h('button', {type: 'button', class: 'secondary small', disabled: !ctx.editable || s.checked === ctx.today,
                         'data-key': `checked:${s.path}`, 'aria-label': words.checkedTodayLabel(s.title),
                         onclick: () => actions.checkedToday(s)}, words.checkedToday))),
        here.length ? h('ul', {class: 'cell-findings'}, here.map((f) => h('li', {class: `cell-finding finding-${f.severity}`},
          h('span', {class: `badge badge-${f.severity}`, text: words.severity[f.severity]}), ' ', f.plain || f.message))) : null,
        h('details', {class: 'citations'},
          h('summary', {text: words.quotesOf(s.citations.length)}),
          h('ul', {}, s.citations.map((c) => h('li', {class: 'citation', 'data-path': c.path},
            h('p', {}, h('strong', {text: c.section}), ' ', h('span', {class: `basis basis-${c.basis || 'unstated'}`,
              text: words.basis[c.basis] || words.basis.unstated})),
            h('blockquote', {lang: s.language}, rich(c.quote)),
            c.uses.length ? h('ul', {class: 'rests-on'}, c.uses.map((u) => use(u, words))) : h('p', {class: 'missing', text: words.nothingRests}),
            within(c.path, ctx.findings).length ? h('ul', {class: 'cell-findings'}, within(c.path, ctx.findings).map((f) =>
              h('li', {class: `cell-finding finding-${f.severity}`}, h('span', {class: `badge badge-${f.severity}`, text: words.severity[f.severity]}), ' ', f.plain || f.message))) : null)))));
    })),
  ];
}
