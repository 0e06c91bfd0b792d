// Where the API becomes visible: `Couverture` on the page, module.exports in Node, the named
// export of couverture.mjs (see esm.cmake).
if (typeof module === 'object' && module && module.exports) module.exports = {Couverture};
if (typeof window === 'object') window.Couverture = Couverture;
if (typeof COUVERTURE_EXPORTS === 'object') COUVERTURE_EXPORTS.Couverture = Couverture;
