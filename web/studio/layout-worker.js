// Graphviz (@viz-js/viz, compiled to WebAssembly) in a Web Worker (see workers.js): lays out the
// engine's DOT as SVG text, off the page's main thread. Started only when the Flow view is shown.
import {instance} from '@viz-js/viz';

let viz = null;

self.onmessage = async ({data: {id, args: [dot]}}) => {
  try {
    if (!viz) viz = instance();
    self.postMessage({id, result: (await viz).renderString(dot, {format: 'svg'})});
  } catch (error) {
    viz = null;
    self.postMessage({id, error: {name: error.name, message: String(error.message || error)}});
  }
};
