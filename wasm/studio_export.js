// Where the studio's API becomes visible: `CouvertureStudio` on the page or in the worker that loads
// it (self), module.exports in Node.
if (typeof module === 'object' && module && module.exports) module.exports = {CouvertureStudio};
if (typeof self === 'object') self.CouvertureStudio = CouvertureStudio;
