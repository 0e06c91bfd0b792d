// couverture-studio.js (web/build.mjs): the studio's API in a classic script, for the studio's
// workers (self.CouvertureStudio) and require() in Node.
import {CouvertureStudio} from './studio_api.js';

if (typeof module === 'object' && module && module.exports) module.exports = {CouvertureStudio};
if (typeof self === 'object') self.CouvertureStudio = CouvertureStudio;
// An ES module (esbuild would otherwise wrap this file as CommonJS, for its `module`, and the
// export above would fill the wrapper's own object, not Node's).
export {};
