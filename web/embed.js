// embed.html?lang=fr&rules=my-rules.json: the widget alone in a page, for a CMS that strips
// scripts and custom elements from its own pages but lets an editor place an iframe.
//  - The query gives the element's attributes: lang, rules, date, heading-level, contact-name,
//    contact-email, contact-url, contact-hours. `rules` must be on this site: a ruleset from
//    anywhere else would put someone else's words under the university's address. The contact-*
//    are taken only inside a frame: opened as a page of its own, under the university's address,
//    a link could otherwise make it show anyone's "write to us / pay here" details.
//  - The height of the content is posted to the parent page, and to it alone (its origin, from
//    location.ancestorOrigins or the referrer), as {type: 'couverture-height', height} whenever it
//    changes; the host's snippet in web/README.md sizes the iframe from it. Without the snippet, a
//    fixed-height iframe works too: its content scrolls.
(function () {
  const params = new URLSearchParams(location.search);
  const element = document.querySelector('couverture-check');
  const framed = window.parent !== window;
  const contacts = ['contact-name', 'contact-email', 'contact-url', 'contact-hours'];
  for (const name of ['lang', 'date', 'heading-level', ...contacts]) {
    const value = params.get(name);
    if (!value) continue;
    if (contacts.includes(name) && !framed) {
      console.warn(`embed.html: ${name} is ignored outside an iframe (a link must not put contact details under this address)`);
      continue;
    }
    element.setAttribute(name, value);
  }
  if (params.get('lang')) document.documentElement.lang = params.get('lang');
  const rules = params.get('rules');
  if (rules) {
    const url = new URL(rules, location.href);
    if (url.origin === location.origin) {
      element.setAttribute('rules', url.href);
    } else {
      const refused = document.createElement('p');
      refused.setAttribute('role', 'alert');
      refused.textContent = `This check only uses rules from ${location.origin}, not ${url.origin}.`;
      element.replaceWith(refused);
    }
  }

  let parentOrigin = null;
  try {
    parentOrigin = (location.ancestorOrigins && location.ancestorOrigins[0]) ||
        (document.referrer && new URL(document.referrer).origin) || null;
  } catch (error) {
    parentOrigin = null;
  }
  if (window.parent === window || !parentOrigin || parentOrigin === 'null') return;
  let posted = 0;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === posted) return;
    posted = height;
    window.parent.postMessage({type: 'couverture-height', height}, parentOrigin);
  };
  new ResizeObserver(post).observe(document.documentElement);
})();
