// The replay link: the answers ride in the page URL's fragment, which browsers never send to a
// server. Each widget has its own fragment, so that a link copied from one fills that one only:
// `#couverture:` for the first widget on the page without an id, `#couverture-<id>:` for a widget
// with an id, `#couverture-<n>:` for the n-th widget without one. A widget alone on its page also
// reads `#couverture:`, so that links made before it had an id keep working.
const PLAIN_FRAGMENT = '#couverture:';

export function fragmentOf(element) {
  if (element.id) return `#couverture-${encodeURIComponent(element.id)}:`;
  const index = [...document.querySelectorAll('couverture-check')].filter((e) => !e.id).indexOf(element);
  return index > 0 ? `#couverture-${index + 1}:` : PLAIN_FRAGMENT;
}

// The link query in the address bar for this widget, or null.
export function linkQueryFor(element) {
  const hash = location.hash;
  const own = fragmentOf(element);
  if (hash.startsWith(own)) return hash.slice(own.length);
  const alone = document.querySelectorAll('couverture-check').length === 1;
  return alone && hash.startsWith(PLAIN_FRAGMENT) ? hash.slice(PLAIN_FRAGMENT.length) : null;
}
