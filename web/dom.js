// The DOM helper of the widget and the studio. Every text either shows comes from a ruleset (any
// `rules` URL, any file being edited) or from the engine, so nothing is ever parsed as HTML: nodes
// are built with createElement, properties and textContent only. No inline style attribute is
// written either (a strict CSP would block it).

// h(tag, props, ...children): `class`, `text` (the node's text), `on<event>` (a listener), a
// property the element has (value, checked, hidden, tabIndex...; `part` stays an attribute), else
// an attribute (true for an empty one). null, undefined and false are left out, as props and as
// children; arrays of children are flattened; a string child becomes a text node, never markup.
export function h(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value == null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2).toLowerCase(), value);
    else if (key in node && key !== 'part') node[key] = value;
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child != null && child !== false) node.append(child);
  }
  return node;
}

// A ruleset text with its links: "[label](https://…)" becomes a link. Only https: a link to any
// other scheme (javascript:, data:, http:) stays as the plain text it was written as.
const LINK = /\[([^[\]]+)\]\((https:\/\/[^\s()]+)\)/g;
export function rich(text) {
  if (!text || !text.includes('](https://')) return text;
  const parts = [];
  let at = 0;
  for (const match of text.matchAll(LINK)) {
    parts.push(text.slice(at, match.index), h('a', {href: match[2], rel: 'noopener noreferrer', text: match[1]}));
    at = match.index + match[0].length;
  }
  parts.push(text.slice(at));
  return parts;
}
