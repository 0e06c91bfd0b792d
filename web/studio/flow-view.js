// The question flow, readable however large: one decision at a time (the questions that cannot
// change it folded away), or every decision; from the start, or below one question on demand (a
// question node is a button); zoomed and panned (buttons, a drag, the arrow keys). The engine draws
// the part asked for as DOT (studio.flow(): authoring/flow_focus.h); Graphviz lays it out in its
// own worker (layout-worker.js); this shows its SVG.
import {h} from '../dom.js';

// More nodes than this make a drawing nobody can read, and take Graphviz seconds to lay out:
// the view says so instead. The Table lists every class.
export const FLOW_MAX_NODES = 600;

const ZOOMS = [0.25, 0.35, 0.5, 0.7, 0.85, 1, 1.25, 1.5, 2];
// Fitted to the width, a drawing is never shown smaller than this: below, labels cannot be read
// (scroll or drag to see the rest).
const MIN_FIT = 0.35;
const fitZoom = (available, width) => Math.max(MIN_FIT, Math.min(1, available / width)) || 1;

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

// Drag to pan: the pointer moves the drawing, as on a map.
function pannable(scroll) {
  let from = null;
  scroll.addEventListener('pointerdown', (event) => {
    if (event.button !== 0 || event.target.closest('g.node[id^="q"]')) return;
    from = {x: event.clientX, y: event.clientY, left: scroll.scrollLeft, top: scroll.scrollTop};
    scroll.setPointerCapture(event.pointerId);
    scroll.classList.add('panning');
  });
  scroll.addEventListener('pointermove', (event) => {
    if (!from) return;
    scroll.scrollLeft = from.left - (event.clientX - from.x);
    scroll.scrollTop = from.top - (event.clientY - from.y);
  });
  const stop = () => {
    from = null;
    scroll.classList.remove('panning');
  };
  scroll.addEventListener('pointerup', stop);
  scroll.addEventListener('pointercancel', stop);
}

// svgText: the laid-out drawing; ctx: {words, decisions: [{id, title}], local: {decision, root,
// rootLabel, zoom}, nodes, actions: {decision(id), root(node, label), zoom(value)}}.
export function renderFlow(svgText, ctx) {
  const {words, local, actions} = ctx;
  const svg = flowElement(svgText);
  // A group, not an image: its question nodes are buttons (an image's children are hidden from
  // assistive technology, and controls may not nest in one).
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-label', words.flowCaption);
  const width = parseFloat(svg.getAttribute('width')) * 4 / 3;  // Graphviz writes points
  const height = parseFloat(svg.getAttribute('height')) * 4 / 3;
  const scroll = h('div', {class: 'flow-scroll', tabindex: '0', role: 'region', 'aria-label': words.flowRegion}, svg);
  const zoomText = h('span', {class: 'zoom-level', 'aria-live': 'polite'});
  const apply = (zoom) => {
    local.zoom = zoom;
    const z = zoom === 'fit' ? fitZoom(scroll.clientWidth - 4, width) : zoom;
    svg.setAttribute('width', `${Math.round(width * z)}px`);
    svg.setAttribute('height', `${Math.round(height * z)}px`);
    zoomText.textContent = `${Math.round(z * 100)} %`;
    return z;
  };
  const step = (direction) => {
    const now = local.zoom === 'fit' ? fitZoom(scroll.clientWidth - 4, width) : local.zoom || 1;
    const next = direction > 0 ? ZOOMS.find((z) => z > now + 0.001) : [...ZOOMS].reverse().find((z) => z < now - 0.001);
    if (next) apply(next);
  };
  pannable(scroll);
  // Question nodes start the drawing there on demand: buttons for mouse and keyboard alike.
  for (const node of svg.querySelectorAll('g.node[id^="q"]')) {
    const label = node.querySelector('text')?.textContent || '';
    const number = Number(node.id.slice(1));
    node.setAttribute('tabindex', '0');
    node.setAttribute('role', 'button');
    node.setAttribute('aria-label', words.showBelow(label));
    node.classList.add('flow-question');
    node.addEventListener('click', () => actions.root(number, label));
    node.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        actions.root(number, label);
      }
    });
  }
  const choose = h('select', {id: 'flow-decision', onchange: (event) => actions.decision(event.target.value)},
    h('option', {value: '', text: words.allDecisions, selected: !local.decision}),
    ctx.decisions.map((d) => h('option', {value: d.id, text: d.title, selected: local.decision === d.id})));
  const controls = h('div', {class: 'flow-controls'},
    ctx.decisions.length > 1 ? h('span', {class: 'field-inline'}, h('label', {for: 'flow-decision', text: words.flowDecision}), choose) : null,
    h('span', {class: 'zoom', role: 'group', 'aria-label': words.zoom},
      h('button', {type: 'button', class: 'secondary small', 'aria-label': words.zoomOut, onclick: () => step(-1)}, '−'),
      h('button', {type: 'button', class: 'secondary small', 'aria-label': words.zoomIn, onclick: () => step(1)}, '+'),
      h('button', {type: 'button', class: 'secondary small', onclick: () => apply('fit')}, words.fitFlow),
      h('button', {type: 'button', class: 'secondary small', onclick: () => apply(1)}, words.actualSize),
      zoomText));
  const below = local.root >= 0 ? h('p', {class: 'notice flow-root'}, words.showingBelow(local.rootLabel || ''), ' ',
    h('button', {type: 'button', class: 'secondary small', onclick: () => actions.root(-1, '')}, words.wholeFlow)) : null;
  // Sized once the scroll box is in the page (fit needs its width).
  requestAnimationFrame(() => apply(local.zoom || 'fit'));
  return [h('p', {class: 'flow-caption', text: words.flowCaptionLong(ctx.nodes)}), controls, below, scroll];
}
