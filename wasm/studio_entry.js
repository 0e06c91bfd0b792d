// couverture-studio.js (web/build.mjs): the studio's API in a classic script, for the studio's
// workers (self.CouvertureStudio) and require() in Node.
import {CouvertureStudio} from './studio_api.js';

if (typeof module === 'object' && module && module.exports) module.exports = {CouvertureStudio};
if (typeof self === 'object') self.CouvertureStudio = CouvertureStudio;
