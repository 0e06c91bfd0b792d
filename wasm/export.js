// Where the API becomes visible: `Couverture` on the page, module.exports in Node.
if (typeof module === 'object' && module && module.exports) module.exports = {Couverture};
if (typeof window === 'object') window.Couverture = Couverture;
