// couverture.mjs, the ES module (web/build.mjs), for bundlers (the npm package's `import`) and
// <script type="module">. The .wasm is named with new URL('./couverture.wasm', import.meta.url),
// the form Vite, webpack and Rollup follow to copy the file and rewrite its address; it is set
// before the element is defined, since defining it starts the widgets already on the page.
import {Couverture, setWasmUrl} from '../../wasm/api.js';
import {defineElement} from './element.js';

setWasmUrl(new URL('./couverture.wasm', import.meta.url).href);
if (typeof window === 'object') window.Couverture = Couverture;
defineElement();

export {Couverture};
export default Couverture;
