// Building the shadow DOM with createElement and textContent only: ruleset texts may come from any
// `rules` URL, so nothing is ever parsed as HTML, and no inline style attribute (a strict CSP
// would block it) is written.
function h(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value == null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key in node && key !== 'part') node[key] = value;
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    node.append(child);  // a string becomes a text node, never markup
  }
  return node;
}

// A ruleset text with its links: "[label](https://…)" becomes a link. Only https: a link to any
// other scheme (javascript:, data:, http:) stays as the plain text it was written as.
const LINK = /\[([^\[\]]+)\]\((https:\/\/[^\s()]+)\)/g;
function rich(text) {
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
