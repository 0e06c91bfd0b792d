// Result templates (couverture/result.h): the engine's result JSON for one class of answers, in
// which each numeric answer's display text ("30 years") is a hole, U+0001 and the question's
// number in two digits. A template serves every answer set of its class: parsed once, its parts
// without a hole frozen once and shared by every result made from it; per answer set, only the
// objects on the way to a hole are new.

// eslint-disable-next-line no-control-regex -- U+0001 is the hole's mark
const HOLE = /\u0001(\d\d)/g;

// A result is a value: frozen, so that one can be handed to the page and kept.
export function deepFreeze(value) {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze(value[key]);
  }
  return value;
}

// The template's text -> {size, result} when it has no hole (every answer set of the class gets
// the same result), else {size, own, fill(holes)}: holes by question number ({"4": "30 years"}).
// size: the template's bytes; own: about what each result made from it adds (its sentences with
// numbers, and the objects on the way to them).
export function prepareTemplate(text) {
  const root = JSON.parse(text);
  const size = 2 * text.length;
  const holed = new Set();  // the objects and arrays with a hole somewhere inside
  let own = 0;
  const find = (node) => {
    if (typeof node === 'string') {
      const hole = node.includes('\u0001');
      if (hole) own += 2 * node.length;
      return hole;
    }
    if (node === null || typeof node !== 'object') return false;
    let found = false;
    const keys = Object.keys(node);
    for (const key of keys) found = find(node[key]) || found;
    if (found) {
      holed.add(node);
      own += 16 * keys.length;
    } else {
      Object.freeze(node);
    }
    return found;
  };
  if (!find(root)) return {size, result: root};
  const fill = (node, holes) => {
    if (typeof node === 'string') return node.includes('\u0001') ? node.replace(HOLE, (_, q) => holes[Number(q)]) : node;
    if (!holed.has(node)) return node;
    // Object.fromEntries defines own properties: an id such as "__proto__" is a key like any other.
    return Object.freeze(Array.isArray(node) ? node.map((item) => fill(item, holes))
        : Object.fromEntries(Object.keys(node).map((key) => [key, fill(node[key], holes)])));
  };
  return {size, own, fill: (holes) => fill(root, holes)};
}

// Adds to a Map used as a cache of bounded count and bytes (entry.size), dropping the oldest.
export function remember(cache, key, entry, entries, bytes) {
  if (entry.size > bytes) return;
  while (cache.size >= entries || (cache.size && cache.bytes + entry.size > bytes)) {
    const [oldest, dropped] = cache.entries().next().value;
    cache.bytes -= dropped.size;
    cache.delete(oldest);
  }
  cache.set(key, entry);
  cache.bytes = (cache.bytes || 0) + entry.size;
}
