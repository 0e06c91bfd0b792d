// Where the studio's API becomes visible: `CouvertureStudio` on the page, module.exports in Node.
if (typeof module === 'object' && module && module.exports) module.exports = {CouvertureStudio};
if (typeof window === 'object') window.CouvertureStudio = CouvertureStudio;
