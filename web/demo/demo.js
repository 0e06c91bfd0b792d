// The demo page's switch between the shipped rulesets: today's (built in) and, as history, the
// university page's of before 2018 (rules/university-page-before-2018.json). The choice lives in the
// page's query (?rules=page), so a reload or a copied link keeps it; nothing is stored. The line under the switch says which
// rules are showing and when their sources were last checked, from the widget's own metadata.
(function () {
  // `exemple`: today's rules (built in) with a fictional university's layer over them, in English,
  // French and German (engine/rulesets/examples/universite-exemple.layer.json).
  const RULES = {current: null, page: 'rules/university-page-before-2018.json', exemple: null};
  const LAYERS = {exemple: 'rules/universite-exemple.layer.json'};
  // The element's own words in German, which the widget does not ship: a page adds them so.
  const GERMAN = {
    loading: 'Die Prüfung der Krankenversicherung wird geladen…', yourAnswers: 'Ihre Antworten',
    change: 'Ändern', cancel: 'Abbrechen', continue: 'Weiter', choose: 'Wählen Sie eine der Optionen.',
    enterNumber: 'Geben Sie eine Zahl ein, zum Beispiel 3 oder 2,5.',
    wholeNumber: 'Geben Sie eine ganze Zahl ohne Nachkommastellen ein.',
    between: 'Geben Sie eine Zahl von {min} bis {max} ein.', atLeast: 'Geben Sie eine Zahl ab {min} ein.',
    atMost: 'Geben Sie eine Zahl bis {max} ein.', problem: 'Es gibt ein Problem',
    soFar: 'Beantworten Sie die übrigen Fragen, um Ihre Checkliste zu vervollständigen.',
    steps: 'Was zu tun ist', documents: 'Mitzubringende Unterlagen', alternatives: 'Ihre Möglichkeiten',
    advice: 'Gut zu wissen', help: 'Hilfe bei diesen Schritten', why: 'Warum?',
    allRules: 'Alle geprüften Regeln, der Reihe nach', sources: 'Weitere Quellen', original: 'Originaltext',
    startAgain: 'Neu beginnen', print: 'Drucken', copyLink: 'Link kopieren',
    copied: 'Link kopiert. Er zeigt diese Antworten wieder an; nichts wurde irgendwohin gesendet.',
    copyManually: 'Kopieren Sie diesen Link:', rulesError: 'Die Regeln konnten nicht geladen werden',
    attributeError: 'Diese Prüfung ist auf dieser Seite falsch eingerichtet',
    unavailable: 'Die Prüfung kann auf dieser Seite nicht starten. Versuchen Sie es später erneut oder wenden Sie sich an die Studierendenberatung der Hochschule.',
    restoreError: 'Die Antworten im Link konnten nicht verwendet werden', checkedOn: 'Regeln geprüft am',
    colon: ': ',
  };
  customElements.whenDefined('couverture-check').then((element) => {
    if (element.strings && !element.strings.de) element.strings.de = GERMAN;
  });
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

  // The page's own contact (an example office); a layer brings its university's instead, which
  // contact-* attributes would hide (they win over the ruleset's).
  const contact = widget.getAttributeNames().filter((name) => name.startsWith('contact-'))
      .map((name) => [name, widget.getAttribute(name)]);

  function choose(choice, updateUrl) {
    const url = RULES[choice];
    shown.textContent = '';  // until the new rules are ready: never the previous ones' line
    // A layer is over today's rules: their heading.
    if (headings) heading.textContent = choice === 'page' ? headings.page : headings.current;
    if (url) widget.setAttribute('rules', url);
    else widget.removeAttribute('rules');
    if (LAYERS[choice]) widget.setAttribute('layer', LAYERS[choice]);
    else widget.removeAttribute('layer');
    for (const [name, value] of contact) {
      if (LAYERS[choice]) widget.removeAttribute(name);
      else widget.setAttribute(name, value);
    }
    // The layer adds German: a language choice for it, beside the page's own.
    if (languages) languages.hidden = !LAYERS[choice];
    if (!LAYERS[choice]) widget.removeAttribute('lang');
    else if (languages) widget.setAttribute('lang', languages.elements.lang.value);
    if (updateUrl) {
      const query = new URLSearchParams(location.search);
      if (choice !== 'current') query.set('rules', choice);
      else query.delete('rules');
      const search = query.toString();
      history.replaceState(null, '', location.pathname + (search ? '?' + search : '') + location.hash);
    }
    // The other language's page shows the same rules.
    for (const link of document.querySelectorAll('a[hreflang]')) {
      link.search = choice !== 'current' ? `?rules=${choice}` : '';
    }
  }

  // Once per ruleset, not at every answer: a live region is said once, and a date in words costs
  // the page more than the answer itself. Its formatter costs most (the browser loads its calendar
  // data): made while the page waits for the engine, not when the widget is about to show a
  // question; and once the widget's script has run, so that it never holds up that script, which
  // starts the module's download.
  let described = null;
  let dateFormat = null;
  const inWords = (iso) => (dateFormat ||= new Intl.DateTimeFormat(lang, {dateStyle: 'long'})).format(new Date(`${iso}T00:00`));
  customElements.whenDefined('couverture-check').then(() =>
    (typeof requestIdleCallback === 'function' ? requestIdleCallback : setTimeout)(() => inWords('2000-01-01')));
  function describe() {
    const ruleset = widget.ruleset;
    if (!ruleset || ruleset === described) return;
    described = ruleset;
    const checked = inWords(ruleset.checked);
    const text = `${words.showing} ${ruleset.title}, ${words.version} ${ruleset.version}; ` +
                 `${words.checked} ${checked}.`;
    if (shown.textContent !== text) shown.textContent = text;
  }

  const languages = document.querySelector('.rules-language');
  if (languages) {
    languages.elements.lang.value = lang;
    languages.addEventListener('change', () => widget.setAttribute('lang', languages.elements.lang.value));
  }
  const asked = new URLSearchParams(location.search).get('rules');
  const initial = asked === 'page' || asked === 'exemple' ? asked : 'current';
  form.elements.rules.value = initial;
  if (initial !== 'current') choose(initial, false);
  form.addEventListener('change', () => choose(form.elements.rules.value, true));
  // Said once the widget has painted what the student reads: this line can wait a frame.
  widget.addEventListener('couverture-result', () => requestAnimationFrame(() => setTimeout(describe)));
  // The other language's page opens on the same answers: the widget's replay link rides along.
  widget.addEventListener('couverture-result', () => {
    const fragment = widget.link;
    for (const link of document.querySelectorAll('a[hreflang]')) link.hash = fragment || '';
  });
  describe();
})();
