// Where a JSON pointer (RFC 6901) sits in the editor's text, found on jsonc-parser's syntax tree:
// the findings' paths become selections. Text that no longer parses as far as the pointer goes
// gives the deepest place that still exists, so a click always lands somewhere useful.
import {findNodeAtLocation, parseTree} from 'jsonc-parser';

export function pointerSegments(pointer) {
  if (!pointer) return [];
  return pointer.split('/').slice(1).map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

// A function from JSON pointer to the {from, to} of the member (key and value) or element it
// names, over one parse of `text` (a check may have hundreds of findings); null without a tree.
export function pointerLocator(text) {
  const root = parseTree(text, [], {allowTrailingComma: false, disallowComments: true});
  return (pointer) => {
    if (!root) return null;
    const segments = pointerSegments(pointer).map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
    for (let length = segments.length; length >= 0; length--) {
      const node = findNodeAtLocation(root, segments.slice(0, length));
      if (!node) continue;
      // A member's value: select the key too, as a person points at `"age": {...}`.
      const target = node.parent && node.parent.type === 'property' ? node.parent : node;
      return {from: target.offset, to: target.offset + target.length, exact: length === segments.length};
    }
    return null;
  };
}

export const rangeOfPointer = (text, pointer) => pointerLocator(text)(pointer);

// "malformed JSON at line 4, column 1: ..." -> the offset of that place, or null.
export function offsetOfLineColumn(text, message) {
  const match = /line (\d+), column (\d+)/.exec(message);
  if (!match) return null;
  let offset = 0;
  for (let line = 1; line < Number(match[1]); line++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + Number(match[2]) - 1);
}
