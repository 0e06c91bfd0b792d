// couverture.js, the classic script (web/build.mjs): the API and the element in one file, loaded
// with <script>, defer or not, or as a module script, and by require() in Node. It sets
// window.Couverture (module.exports in Node) and defines <couverture-check>; nothing else global.
import {Couverture} from '../../wasm/api.js';
import {defineElement} from './element.js';

if (typeof module === 'object' && module && module.exports) module.exports = {Couverture};
if (typeof window === 'object') window.Couverture = Couverture;
defineElement();
