// The studio's layer mode (engine/README.md, "Layers"): a file with a top-level "layer" field is
// a university's layer, edited over a national ruleset that stays read only, its base. The
// findings, preview, table, flow and changes are the composition's (the engine composes, in the
// worker: checkLayered); Download saves the layer, as edited. The base is the shipped ruleset
// the layer names (rules/<id>.json beside the page), else the built-in rules.
import {fetchShipped} from './files.js';

// Whether a text is a layer: a JSON object with a "layer" field. Anything else is a ruleset.
export function isLayer(text) {
  try {
    const json = JSON.parse(text);
    return json !== null && typeof json === 'object' && !Array.isArray(json) && 'layer' in json;
  } catch {
    return false;
  }
}

function baseId(text) {
  const base = JSON.parse(text).base;
  return base && typeof base.id === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(base.id) ? base.id : null;
}

// {name, text, opened}: the base, and the layer as opened composed over it (what Changes compares
// with; null when it does not compose).
export async function layerBase(layerText, engine, builtInText) {
  const id = baseId(layerText);
  let text = null;
  let name = id ? `${id}.json` : 'built-in';
  if (id) {
    try {
      text = await fetchShipped(`rules/${id}.json`);
    } catch {
      text = null;
    }
  }
  if (text === null) {
    text = await builtInText();
    name = 'built-in';
  }
  let opened = null;
  try {
    const report = await engine.call('action', 'checkLayered', [text, layerText, {today: ''}], 'open');
    opened = report.composed;
  } catch {
    opened = null;
  }
  return {name, text, opened};
}
