// Texts awaiting review: when staff edit one language of a text in the Texts view, its other
// languages are marked for review until someone confirms them (or edits them too). The marks are
// about the work in progress, not the rules: they stay out of the ruleset file, in the page's
// state, for one ruleset (by id) at a time, and are kept across reloads only with the edits
// themselves ("Keep my edits in this browser", files.js). Download warns while any remain.
export function reviewMarks() {
  let ruleset = null;
  const marks = new Map();  // `${path}\n${lang}` -> the language whose edit marked it
  const key = (path, lang) => `${path}\n${lang}`;
  return {
    // Marks belong to one ruleset: another one opened starts with none.
    forRuleset(id) {
      if (id !== ruleset) marks.clear();
      ruleset = id;
    },
    has: (path, lang) => marks.has(key(path, lang)),
    since: (path, lang) => marks.get(key(path, lang)),
    // `lang` of the text at `path` is being edited. Awaiting review itself, it is being reviewed:
    // its mark goes. Otherwise the other languages now await review.
    edited(path, lang, languages) {
      if (marks.delete(key(path, lang))) return;
      for (const other of languages) if (other !== lang) marks.set(key(path, other), lang);
    },
    confirm(path, lang) {
      marks.delete(key(path, lang));
    },
    get size() { return marks.size; },
    // [{path, lang, since}], for keeping and for the download's warning.
    list: () => [...marks].map(([k, since]) => {
      const [path, lang] = k.split('\n');
      return {path, lang, since};
    }),
    toJSON: () => ({ruleset, marks: [...marks]}),
    restore(saved) {
      marks.clear();
      ruleset = saved && saved.ruleset;
      for (const [k, since] of (saved && Array.isArray(saved.marks) ? saved.marks : [])) marks.set(k, since);
    },
  };
}
