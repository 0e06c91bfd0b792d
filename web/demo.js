// The demo page's switch between the shipped rulesets: today's (built in) and, as history, the
// university page's of before 2018 (rules/university-page-before-2018.json). The choice lives in the
// page's query (?rules=page), so a reload or a copied link keeps it; nothing is stored. The line under the switch says which
// rules are showing and when their sources were last checked, from the widget's own metadata.
(function () {
  const RULES = {current: null, page: 'rules/university-page-before-2018.json'};
  const WORDS = {
    en: {showing: 'Showing:', version: 'version', checked: 'sources last checked on'},
    fr: {showing: 'Règles affichées\u00a0:', version: 'version', checked: 'sources vérifiées le'},
  };
  const widget = document.querySelector('couverture-check');
  const form = document.querySelector('.rules-switch');
  const shown = document.querySelector('.rules-shown');
  if (!widget || !form || !shown) return;
  const lang = document.documentElement.lang === 'fr' ? 'fr' : 'en';
  // The page's heading fits the rules shown: today's question, or the old page's.
  const heading = document.querySelector('h1[data-page]');
  const headings = heading && {current: heading.textContent, page: heading.dataset.page};
  const words = WORDS[lang];

  function choose(choice, updateUrl) {
    const url = RULES[choice];
    shown.textContent = '';  // until the new rules are ready: never the previous ones' line
    if (headings) heading.textContent = headings[choice];
    if (url) widget.setAttribute('rules', url);
    else widget.removeAttribute('rules');
    if (updateUrl) {
      const query = new URLSearchParams(location.search);
      if (url) query.set('rules', choice);
      else query.delete('rules');
      const search = query.toString();
      history.replaceState(null, '', location.pathname + (search ? '?' + search : '') + location.hash);
    }
    // The other language's page shows the same rules.
    for (const link of document.querySelectorAll('a[hreflang]')) {
      link.search = url ? `?rules=${choice}` : '';
    }
  }

  // Once per ruleset, not at every answer: a live region is said once, and a date in words costs
  // the page more than the answer itself.
  let described = null;
  function describe() {
    const ruleset = widget.ruleset;
    if (!ruleset || ruleset === described) return;
    described = ruleset;
    const checked = new Date(ruleset.checked + 'T00:00').toLocaleDateString(lang, {dateStyle: 'long'});
    const text = `${words.showing} ${ruleset.title}, ${words.version} ${ruleset.version}; ` +
                 `${words.checked} ${checked}.`;
    if (shown.textContent !== text) shown.textContent = text;
  }

  const initial = new URLSearchParams(location.search).get('rules') === 'page' ? 'page' : 'current';
  form.elements.rules.value = initial;
  if (initial !== 'current') choose(initial, false);
  form.addEventListener('change', () => choose(form.elements.rules.value, true));
  widget.addEventListener('couverture-result', describe);
  describe();
})();
