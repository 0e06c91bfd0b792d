// couverture.mjs, the ES module (web/build.mjs), for bundlers (the npm package's `import`) and
// <script type="module">. The .wasm files are named with new URL('./couverture.wasm', import.meta.url),
// the form Vite, webpack and Rollup follow to copy the file and rewrite its address.
import {Couverture, configure} from '../../wasm/api.js';
import {defineElement} from './element.js';
import FIRST_QUESTION from 'couverture:first-question';
import BUILT_IN_RULES from 'couverture:built-in-rules';  // last: see entry-script.js

if (typeof window === 'object') window.Couverture = Couverture;
// As in entry-script.js: the widgets the definition starts load their engine after this has run.
defineElement(FIRST_QUESTION);
configure({builtInRules: BUILT_IN_RULES, wasmUrl: new URL('./couverture.wasm', import.meta.url).href,
           layersWasmUrl: new URL('./couverture-layers.wasm', import.meta.url).href});

export {Couverture};
export default Couverture;
