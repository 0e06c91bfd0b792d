// The question flow: the engine's DOT (`couverture graph`, leaves filled by outcome) laid out by
// Graphviz compiled to WebAssembly (@viz-js/viz), loaded only when the flow is first shown.
let vizPromise = null;

function viz() {
  if (!vizPromise) {
    vizPromise = import('@viz-js/viz').then((module) => module.instance());
    vizPromise.catch(() => { vizPromise = null; });
  }
  return vizPromise;
}

// An <svg> element for the DOT text: Graphviz's SVG output (labels escaped by Graphviz), which viz
// turns into an element with DOMParser; nothing of it runs as script.
export async function renderFlow(dot) {
  const instance = await viz();
  const svg = instance.renderSVGElement(dot);
  svg.setAttribute('role', 'img');
  return svg;
}
