// couverture.mjs, the ES module (web/build.mjs), for bundlers (the npm package's `import`) and
// <script type="module">. The .wasm is named with new URL('./couverture.wasm', import.meta.url),
// the form Vite, webpack and Rollup follow to copy the file and rewrite its address; it is given
// to the API before the element is defined, since defining it starts the widgets on the page.
import {Couverture, configure} from '../../wasm/api.js';
import {defineElement} from './element.js';
import FIRST_QUESTION from 'couverture:first-question';
import BUILT_IN_RULES from 'couverture:built-in-rules';  // last: see entry-script.js

configure({builtInRules: BUILT_IN_RULES, wasmUrl: new URL('./couverture.wasm', import.meta.url).href});
if (typeof window === 'object') window.Couverture = Couverture;
defineElement(FIRST_QUESTION);

export {Couverture};
export default Couverture;
