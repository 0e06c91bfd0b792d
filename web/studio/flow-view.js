// The question flow: the engine's DOT (`couverture graph`, leaves filled by outcome) laid out by
// Graphviz in its own worker (layout-worker.js), then drawn here from its SVG text.

// More nodes than this make a drawing nobody can read (the current rules have 284), and take
// Graphviz seconds to lay out: the view says so instead. The Table lists every class.
export const FLOW_MAX_NODES = 600;

// An <svg> element for Graphviz's SVG text (labels escaped by Graphviz, from a DOT whose labels
// the engine escaped: they show exactly the ruleset's text). DOMParser builds it as data: nothing
// of it runs as script.
export function flowElement(svgText) {
  const document = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const svg = document.documentElement;
  if (svg.nodeName !== 'svg') throw new Error('Graphviz returned no drawing');
  svg.setAttribute('role', 'img');
  return window.document.importNode(svg, true);
}
