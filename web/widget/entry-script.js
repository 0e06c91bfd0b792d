// couverture.js, the classic script (web/build.mjs): the API and the element in one file, loaded
// with <script>, defer or not, or as a module script, and by require() in Node. It sets
// window.Couverture (module.exports in Node) and defines <couverture-check>; nothing else global.
import {Couverture, configure} from '../../wasm/api.js';
import {defineElement} from './element.js';
// Last, so that the bundle ends with them: the ruleset's text compresses best there, after the
// first question's words (wasm/README.md).
import FIRST_QUESTION from 'couverture:first-question';
import BUILT_IN_RULES from 'couverture:built-in-rules';

if (typeof module === 'object' && module && module.exports) module.exports = {Couverture};
if (typeof window === 'object') window.Couverture = Couverture;
// In this order, so that the ruleset's text comes after the first question's words it repeats.
// The API reads what configure() gives it when an engine loads, after this script has run.
defineElement(FIRST_QUESTION);
configure({builtInRules: BUILT_IN_RULES});
