// Opening and saving rulesets: the shipped ones (copied beside the page at build time, listed with
// their titles in rules/index.json), a file chosen or dropped, and the download of the edited
// text. Edits survive a reload only when the user asks (one localStorage key, removed as soon as
// they stop asking): no silent storage.

// What the studio opens first: the current rules, which staff keep and publish.
export const CURRENT_RULES = 'rules/france-current.json';

// The shipped rulesets, [{file, id, version, title: {lang: text}}] (wasm/studio_rules_index.cmake).
export async function fetchIndex() {
  const response = await fetch('rules/index.json', {credentials: 'omit'});
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const index = await response.json();
  // The current rules first: they are what staff open most.
  return [...index].sort((a, b) => (b.file === CURRENT_RULES) - (a.file === CURRENT_RULES));
}

// A ruleset's title in the studio's language, else its first.
export function titleIn(title, lang) {
  if (!title || typeof title !== 'object') return '';
  return title[lang] || Object.values(title)[0] || '';
}

const KEEP_KEY = 'couverture-studio:kept';
// What a ruleset may weigh: the engine refuses more (couverture/limits.h, kRulesetBytes).
const MAX_BYTES = 1 << 20;

// The file's text exactly: a byte order mark kept (the engine reads past it, as RFC 8259 allows),
// and bytes that are not UTF-8 refused as the engine refuses them, rather than replaced by U+FFFD
// (the studio would then check, and save, another text than the file).
function decode(bytes) {
  try {
    return new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes);
  } catch {
    throw new Error('it is not UTF-8 text (couverture check refuses it too: invalid UTF-8)');
  }
}

export async function fetchShipped(file) {
  const response = await fetch(file, {credentials: 'omit'});
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return decode(await response.arrayBuffer());
}

export async function readFile(file) {
  if (file.size > MAX_BYTES) throw new Error(`larger than a ruleset may be (${MAX_BYTES} bytes)`);
  return decode(await file.arrayBuffer());
}

// "student-health-coverage-2026.11.json" from the ruleset's id and version, else the file opened.
export function downloadName({id, version}, fallback) {
  if (typeof id === 'string' && /^[\w.-]+$/.test(id)) {
    return `${id}${typeof version === 'string' && /^[\w.-]+$/.test(version) ? `-${version}` : ''}.json`;
  }
  return fallback || 'ruleset.json';
}

export function download(text, name) {
  const url = URL.createObjectURL(new Blob([text], {type: 'application/json'}));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

// {text, name, opened, file, review} kept by the user, or null.
export function kept() {
  try {
    const value = JSON.parse(localStorage.getItem(KEEP_KEY));
    return value && typeof value.text === 'string' ? value : null;
  } catch {
    return null;
  }
}

export function keep(value) {
  try {
    if (value) localStorage.setItem(KEEP_KEY, JSON.stringify(value));
    else localStorage.removeItem(KEEP_KEY);
  } catch { /* storage refused (private window, quota): the edits simply are not kept */ }
}
