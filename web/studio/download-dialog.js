// Download, with what a careful author does before publishing said first: a warning when the
// ruleset has errors or warnings or texts still await review (students act on what it says); a
// new `version`; the `checked` dates of the sources compared with the rules again today. The
// version and dates chosen are text edits of the document (undoable), made before the file is
// saved; its name follows the new version.
import {h} from '../dom.js';
import {openForm} from './dialog.js';
import {chain, setEdits, valueAt} from './edits.js';
import {checkboxes, textInput} from './form-fields.js';
import {downloadName} from './files.js';

// The version a release after `version` most likely takes: a year.month version moves to this
// month's (a second one this month gets ".1"), a number goes up by one, anything else gets ".1".
export function nextVersion(version, today) {
  const month = today.slice(0, 7).replace('-', '.');
  const v = typeof version === 'string' ? version : '';
  if (/^\d{4}\.\d{2}$/.test(v)) return v < month ? month : `${v}.1`;
  const dotted = /^(\d{4}\.\d{2})\.(\d+)$/.exec(v);
  if (dotted) return dotted[1] < month ? month : `${dotted[1]}.${Number(dotted[2]) + 1}`;
  const number = /^(.*?)(\d+)$/.exec(v);
  if (number) return `${number[1]}${Number(number[2]) + 1}`;
  return v ? `${v}.1` : month;
}

// The sources a ruleset cites: format 2's `sources`, format 1's one `source`, with their paths.
function sourcesOf(text) {
  const sources = valueAt(text, ['sources']);
  if (Array.isArray(sources)) {
    return sources.map((s, i) => ({path: ['sources', i, 'checked'], title: s && s.title, checked: s && s.checked}));
  }
  const one = valueAt(text, ['source']);
  return one && typeof one === 'object' ? [{path: ['source', 'checked'], title: one.title, checked: one.checked}] : [];
}

// report: the current check; review: the review marks; opened: the text as opened. A new version
// is suggested only for an edited text whose version was not changed yet: saving a file as it was
// opened saves it as it is.
export function openDownload({words, doc, report, review, opened, today, fallbackName, save, showReview}) {
  const text = doc.text();
  const version = valueAt(text, ['version']);
  const id = valueAt(text, ['id']);
  const errors = report ? report.summary.errors : 0;
  const warnings = report ? report.summary.warnings : 0;
  const awaiting = review.size;
  const sources = sourcesOf(text);
  const edited = text !== opened;
  const suggested = edited && version === valueAt(opened, ['version']) ? nextVersion(version, today) : version;
  const name = h('code', {class: 'file-name'});
  const warnings_ = [];
  if (errors || warnings) warnings_.push(h('p', {}, words.downloadProblems(errors, warnings)));
  if (!report || !report.loaded) warnings_.push(h('p', {}, words.downloadNotLoaded));
  if (awaiting) {
    warnings_.push(h('p', {}, words.downloadAwaiting(awaiting), ' ',
      h('button', {type: 'button', class: 'link', text: words.showAwaiting, onclick: () => {
        form.dialog.close();
        showReview();
      }})));
  }
  const versionField = textInput({id: 'download-version', label: words.downloadVersion, hint: words.downloadVersionHint(version || '—'),
                                  value: suggested || '', width: 10});
  const content = [
    warnings_.length ? h('div', {class: 'warning-text', role: 'alert'},
      h('span', {class: 'warning-icon', 'aria-hidden': 'true', text: '!'}),
      h('div', {}, h('strong', {class: 'visually-hidden', text: words.warningWord}), warnings_)) : null,
    versionField,
    sources.length ? checkboxes({id: 'download-checked', legend: words.downloadChecked(today), hint: words.downloadCheckedHint,
      name: 'download-checked', options: sources.map((s, i) => ({value: String(i), label: s.title || `#${i + 1}`,
        hint: words.lastChecked(s.checked || '—')})), values: []}) : null,
    h('p', {class: 'download-name'}, words.downloadAs, ' ', name),
  ];
  const form = openForm({
    heading: words.downloadHeading, content, wide: true,
    submitLabel: words.download, cancelLabel: words.cancel, problemHeading: words.problem,
    submit: (root) => {
      const newVersion = root.querySelector('#download-version').value.trim();
      if (typeof version === 'string' && !newVersion) return [{id: 'download-version', message: words.enterVersion}];
      if (newVersion && !/^[\w.-]+$/.test(newVersion)) return [{id: 'download-version', message: words.versionCharacters}];
      const ticked = [...root.querySelectorAll('input[name="download-checked"]:checked')].map((i) => sources[Number(i.value)]);
      const steps = [];
      if (newVersion && newVersion !== version) steps.push((t) => setEdits(t, ['version'], newVersion));
      for (const s of ticked) if (s.checked !== today) steps.push((t) => setEdits(t, s.path, today));
      doc.apply(chain(doc.text(), steps), words.downloadEdits);
      save(doc.text(), downloadName({id, version: newVersion || version}, fallbackName));
      return null;
    },
  });
  const input = form.form.querySelector('#download-version');
  const update = () => { name.textContent = downloadName({id, version: input.value.trim() || version}, fallbackName); };
  input.addEventListener('input', update);
  update();
  return form;
}
