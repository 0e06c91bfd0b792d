// Form edits as text edits. The JSON text is the studio's one source of truth: a form never
// rewrites the document, it computes the smallest edit of the text that makes the change
// (jsonc-parser's modify, in the file's own indentation and line breaks), and the editor applies
// it as a transaction, so that undo and redo are the editor's history whichever view made the
// edit, and the JSON view always shows the document as it is. Paths are arrays of keys and
// indexes (["decisions", 1, "rules", 4, "when", "age"]), or JSON pointers.
import {applyEdits, findNodeAtLocation, getNodeValue, modify, parseTree} from 'jsonc-parser';
import {pointerSegments} from './json-path.js';

const PARSE = {allowTrailingComma: false, disallowComments: true};

export function segments(path) {
  if (Array.isArray(path)) return path;
  return pointerSegments(path).map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

// The document's own layout: its indentation unit and line break, which inserted JSON follows.
export function formatting(text) {
  const indent = /\n([ \t]+)\S/.exec(text);
  const unit = indent ? indent[1] : '  ';
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  return unit[0] === '\t' ? {insertSpaces: false, tabSize: 1, eol} : {insertSpaces: true, tabSize: unit.length, eol};
}

function node(text, path) {
  const root = parseTree(text, [], PARSE);
  return root ? findNodeAtLocation(root, segments(path)) : undefined;
}

// The value at `path` (parsed), or undefined where there is none.
export function valueAt(text, path) {
  const found = node(text, path);
  return found ? getNodeValue(found) : undefined;
}

export const exists = (text, path) => node(text, path) !== undefined;

// The edits ({offset, length, content}, in `text`'s offsets) that set `path` to `value`
// (undefined removes it); with `insert`, `path` ends with the index a new array element goes to.
export function setEdits(text, path, value, {insert = false} = {}) {
  return modify(text, segments(path), value, {formattingOptions: formatting(text), isArrayInsertion: insert});
}

// The edit that swaps two elements of an array (i and i + 1): each keeps its own text, and what
// separates them stays where it is.
export function swapEdits(text, arrayPath, i) {
  const array = node(text, arrayPath);
  if (!array || array.type !== 'array' || i < 0 || i + 1 >= array.children.length) return [];
  const a = array.children[i];
  const b = array.children[i + 1];
  const textA = text.slice(a.offset, a.offset + a.length);
  const textB = text.slice(b.offset, b.offset + b.length);
  const between = text.slice(a.offset + a.length, b.offset);
  return [{offset: a.offset, length: b.offset + b.length - a.offset, content: textB + between + textA}];
}

// Several changes made one after the other, as one list of edits of the original text: each
// step computes its edits on the text the previous ones made. `steps`: functions text -> edits.
export function chain(text, steps) {
  let current = text;
  for (const step of steps) current = applyEdits(current, step(current));
  return current === text ? [] : [diffEdit(text, current)];
}

// One edit from `before` to `after`: the span between their common start and common end.
export function diffEdit(before, after) {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start &&
         before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return {offset: start, length: before.length - start - end, content: after.slice(start, after.length - end)};
}

// An id not yet among `taken`, from words: "Students on exchange" -> "students_on_exchange".
export function freshId(words, taken) {
  const base = String(words).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 40) || 'row';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}_${n}`;
  return id;
}
