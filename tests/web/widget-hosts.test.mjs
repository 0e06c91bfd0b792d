// The widget on the pages universities have: a dark theme, CSS resets, narrow and wide columns,
// a right-to-left page, a German page, two widgets and their links, loading as a module, inside
// a CMS bundle or beside RequireJS, a CSP without 'wasm-unsafe-eval', printing from a host page,
// forced colours, links in ruleset texts, the university's contact, a ruleset in a language the
// widget lacks.
// Every page is photographed into build/web-test-artifacts/hosts-*.png.
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {test} from 'node:test';
import {newPage as openPage, serveDist, useBrowser} from './lib/browser.mjs';
import {axeViolations} from './lib/axe.mjs';
import {ARTIFACTS} from './lib/paths.mjs';
import {STUDENT, WORDS, control, elementAnswers, elementResult, engines, forRules, open, pageEngines, walk} from './lib/widget.mjs';

const session = useBrowser();

async function newPage(width = 1280, height = 900) {
  const page = await openPage(session, width, height);
  page.logged = [];
  page.on('console', (message) => page.logged.push(message.text()));
  return page;
}

const hosts = (file) => `${session.server.url}fixtures/hosts/${file}`;
const shot = (page, name) => page.screenshot({path: join(ARTIFACTS, `hosts-${name}.png`), fullPage: true});
// Today's rules (built in: the host pages name no rules): a degree student from outside Europe,
// and one from the EU with a European card.
const GENERAL = STUDENT;
const EU = {...STUDENT, origin: 'eu_eea', home_coverage_eu: 'ehic_valid_to_year_end'};
const FIRST = engines.en.assess({}).next[0];
// The generated rulesets with links and in Spanish are the university page's (lib/browser.mjs).
const pageFlow = forRules(pageEngines);
const linkedWalk = (page) => pageFlow.complete(page, 'en', {origin: 'other', french_government_scholarship: false, age: 31,
                                                           low_income: true, months_in_france: 5});

// Inside one widget (by id, or the first): fn(element, arg), run in the page.
const inWidget = (page, fn, id = null, arg = null) =>
  page.locator(id ? `#${id}` : 'couverture-check').first().evaluate(fn, arg);

// WCAG contrast of two computed colours (rgb(), rgba() or color(srgb …)).
function luminance(colour) {
  const srgb = /color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)/.exec(colour);
  const channels = srgb ? srgb.slice(1, 4).map(Number) : colour.match(/[\d.]+/g).slice(0, 3).map((c) => c / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a, b) => {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
};

test('dark host theme: every button readable, the success bar green whatever the brand colour', async () => {
  for (const width of [375, 1280]) {
    const p = await newPage(width);
    await open(p, hosts('dark.html'));
    await walk(p, 'en', GENERAL);
    const colours = await inWidget(p, ({shadowRoot: root}) => {
      const style = (node) => getComputedStyle(node);
      const secondary = [...root.querySelectorAll('.button.secondary')].map((b) => [style(b).color, style(b).backgroundColor]);
      const widget = style(root.querySelector('.widget'));
      return {secondary, text: widget.color, background: widget.backgroundColor,
              bar: style(root.querySelector('.headline')).borderLeftColor,
              button: style(root.querySelector('.button.secondary')).backgroundColor};
    });
    assert.equal(colours.secondary.length, 4);  // Back, Print, Copy link, Start again
    for (const [fg, bg] of colours.secondary) assert.ok(contrast(fg, bg) >= 4.5, `secondary button ${fg} on ${bg}`);
    assert.ok(luminance(colours.background) < 0.05, `dark background, got ${colours.background}`);
    assert.ok(contrast(colours.text, colours.background) >= 7);
    // Complete and mandatory: the bar is the success colour, not the red brand of the buttons.
    const [r, g] = colours.bar.match(/\d+/g).map(Number);
    assert.ok(g > r, `the bar is green, got ${colours.bar}`);
    await p.getByText(WORDS.en.why, {exact: true}).first().click();
    assert.deepEqual(await axeViolations(p), []);
    await shot(p, `dark-${width}`);
    assert.deepEqual(p.problems, []);
    await p.close();
  }
});

test('a reader who prefers dark gets it where the host declares color-scheme: light dark', async () => {
  const p = await newPage();
  await p.emulateMedia({colorScheme: 'dark'});
  await open(p, session.server.url);
  const light = await inWidget(p, ({shadowRoot: root}) => getComputedStyle(root.querySelector('.widget')).backgroundColor);
  assert.equal(light, 'rgb(255, 255, 255)', 'the demo declares no color-scheme: light');
  await p.evaluate(() => { document.documentElement.style.colorScheme = 'light dark'; });
  const dark = await inWidget(p, ({shadowRoot: root}) => getComputedStyle(root.querySelector('.widget')).backgroundColor);
  assert.ok(luminance(dark) < 0.05, dark);
  await p.close();
});

test('host resets: `* { font: inherit }` keeps the widget\'s font; `all: unset` keeps its layout', async () => {
  let p = await newPage();
  await open(p, hosts('reset-font.html'));
  const font = await inWidget(p, ({shadowRoot: root}) => ({family: getComputedStyle(root.querySelector('.widget')).fontFamily,
                                             heading: getComputedStyle(root.querySelector('.question-heading')).fontSize,
                                             radio: getComputedStyle(root.querySelector('input[type=radio]')).width}));
  assert.match(font.family, /^"DejaVu Serif"/);
  assert.equal(font.heading, `${19 * 1.5}px`);
  assert.equal(font.radio, '40px');
  await walk(p, 'en', GENERAL);
  await shot(p, 'reset-font-1280');
  await p.close();

  p = await newPage();
  await open(p, hosts('reset-all.html'));
  const layout = await inWidget(p, (element, arg, root = element.shadowRoot) => ({host: getComputedStyle(element).display,
      widget: getComputedStyle(root.querySelector('.widget')).display,
      width: root.querySelector('.widget').getBoundingClientRect().width,
      radio: getComputedStyle(root.querySelector('input[type=radio]')).width}));
  assert.equal(layout.host, 'inline', 'the reset made the host inline');
  assert.equal(layout.widget, 'block');
  assert.equal(layout.width, 42 * 16, 'max-width holds');
  assert.equal(layout.radio, '40px');
  await walk(p, 'en', GENERAL);
  await shot(p, 'reset-all-1280');
  assert.deepEqual(p.problems, []);
  await p.close();
});

test('container-driven layout: a 300 px sidebar gets the small layout on a desktop, a 900 px column the large one', async () => {
  const p = await newPage(1280);
  await open(p, hosts('columns.html'));
  await p.waitForFunction(() => [...document.querySelectorAll('couverture-check')].every((e) => e.result));
  await p.evaluate((answers) => document.querySelectorAll('couverture-check').forEach((e) => { e.answers = answers; }), EU);
  const measure = (id) => inWidget(p, ({shadowRoot: root}) => {
    const title = root.querySelector('.headline-title');
    return {size: parseFloat(getComputedStyle(title).fontSize),
            lines: Math.round(title.getBoundingClientRect().height / parseFloat(getComputedStyle(title).lineHeight)),
            body: getComputedStyle(root.querySelector('.outcome')).fontSize,
            width: root.querySelector('.widget').getBoundingClientRect().width,
            tag: title.tagName};
  }, id);
  const side = await measure('side');
  const main = await measure('main');
  assert.ok(side.width <= 300 && main.width > 600, JSON.stringify({side, main}));
  assert.equal(side.body, '16px');
  assert.equal(main.body, '19px');
  assert.ok(side.size < main.size);
  assert.ok(side.lines <= 3, `the sidebar's headline takes ${side.lines} lines`);
  // heading-level="3" in the sidebar: its headings start at h3.
  assert.deepEqual([side.tag, main.tag], ['H3', 'H2']);
  await shot(p, 'columns-1280');
  const narrow = await p.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
  assert.ok(narrow, 'nothing overflows');
  await p.close();
});

test('two widgets: each has its own link, and Start again in one leaves the other', async () => {
  const p = await newPage(1280);
  await open(p, hosts('columns.html'));
  await p.waitForFunction(() => [...document.querySelectorAll('couverture-check')].every((e) => e.result));
  await p.evaluate(([a, b]) => {
    document.getElementById('main').answers = a;
    document.getElementById('side').answers = b;
  }, [GENERAL, {origin: 'eu_eea'}]);
  const side = p.locator('#side');
  await side.getByRole('button', {name: 'Copy link'}).click();
  const link = await side.getByRole('textbox', {name: 'Copy link'}).inputValue();
  assert.ok(link.includes('#couverture-side:origin=eu_eea'), link);
  // Opening the sidebar's link fills the sidebar only.
  let replay = await newPage(1280);
  await open(replay, link);
  await replay.waitForFunction(() => [...document.querySelectorAll('couverture-check')].every((e) => e.result));
  const answers = await replay.evaluate(() => [...document.querySelectorAll('couverture-check')].map((e) => e.answers));
  assert.deepEqual(answers, [{}, {origin: 'eu_eea'}]);
  // A link without an id (#couverture:) is not for either of two widgets.
  await replay.close();
  replay = await newPage(1280);
  await open(replay, hosts('columns.html') + '#couverture:origin=quebec');
  assert.deepEqual(await replay.evaluate(() => [...document.querySelectorAll('couverture-check')].map((e) => e.answers)), [{}, {}]);
  await replay.close();
  // Start again in the main column: the sidebar keeps its answers.
  await p.locator('#main').getByRole('button', {name: WORDS.fr.startAgain}).click();
  assert.deepEqual(await p.evaluate(() => [...document.querySelectorAll('couverture-check')].map((e) => e.answers)),
                   [{}, {origin: 'eu_eea'}]);
  await p.close();
});

test('right-to-left host: the French widget keeps its own direction; lang="de" host: the widget says it is English', async () => {
  for (const width of [375, 1280]) {
    const p = await newPage(width);
    await open(p, hosts('rtl.html'));
    const {asked} = await walk(p, 'fr', {...GENERAL, age: 30});
    const marks = await inWidget(p, ({shadowRoot: root}, row) => {
      const widget = root.querySelector('.widget');
      return {lang: widget.lang, dir: widget.dir, direction: getComputedStyle(widget).direction,
              row: getComputedStyle(root.querySelector('.row dt')).textAlign,
              value: root.querySelectorAll('.row .value')[row].textContent};
    }, null, asked.indexOf('age'));
    assert.deepEqual(marks, {lang: 'fr', dir: 'ltr', direction: 'ltr', row: 'start', value: '30\u00a0ans'});
    await shot(p, `rtl-${width}`);
    await p.close();
  }
  const p = await newPage();
  await open(p, hosts('de.html'));
  assert.equal((await elementResult(p)).lang, 'en');
  assert.deepEqual(await inWidget(p, ({shadowRoot: root}) => [root.querySelector('.widget').lang, root.querySelector('.widget').dir]), ['en', 'ltr']);
  assert.deepEqual(await axeViolations(p), []);
  await p.close();
});

test('loaded as a module, as the ES module entry, or inside a CMS bundle with the wasm attribute', async () => {
  for (const [file, script] of [['module.html', 'couverture.js'], ['esm.html', 'couverture.mjs'], ['bundle.html', 'generated/cms/bundle.js']]) {
    const p = await newPage();
    const wasm = [];
    p.on('request', (request) => { if (request.url().endsWith('.wasm')) wasm.push(new URL(request.url()).pathname); });
    await open(p, hosts(file));
    const result = await walk(p, 'en', EU);
    assert.equal(result.status, 'use_ehic', file);
    assert.deepEqual(wasm, ['/couverture.wasm'], `${file} (${script}) finds the .wasm`);
    assert.deepEqual(p.problems, [], file);
    await p.close();
  }
});

test('on a page that runs RequireJS (as Moodle does), the widget works and so do the page\'s AMD modules', async () => {
  // Emscripten's loader ends with a UMD export whose anonymous define() RequireJS refuses from a
  // plain <script> ("Mismatched anonymous define() module"); couverture.js carries no such export.
  const p = await newPage(375);
  await open(p, hosts('amd.html'));
  const result = await walk(p, 'en', EU);
  assert.equal(result.status, 'use_ehic');
  await p.waitForFunction(() => window.hostModuleReady === true);
  assert.equal(await p.evaluate(() => typeof window.Couverture.create), 'function');
  assert.deepEqual(p.problems, []);
  assert.deepEqual(p.logged.filter((line) => /define|require/i.test(line)), []);
  await shot(p, 'amd-375');
  await p.close();
});

test('the engine cannot start: a plain sentence for students, the technical reason in the console', async () => {
  const check = async (url, reason) => {
    const p = await newPage(375);
    await p.goto(url);
    const alert = p.getByRole('alert');
    await alert.waitFor();
    const said = await alert.textContent();
    assert.match(said, /^The health-coverage check cannot start on this page\./);
    assert.doesNotMatch(said, /Aborted|ASSERTIONS|WebAssembly|CompileError/);
    assert.ok(p.logged.some((line) => line.startsWith('<couverture-check>: the WebAssembly engine could not start') &&
                                      reason.test(line)), p.logged.join('\n'));
    assert.equal(await control(p, 'en', FIRST).count(), 0, 'no question it could not answer');
    return p;
  };
  // The .wasm is not beside the bundle, and no wasm attribute says where it is.
  const missing = await check(hosts('bundle-no-wasm.html'), /wasm/i);
  await shot(missing, 'no-wasm-375');
  await missing.close();
  // A CSP without 'wasm-unsafe-eval'.
  const strict = await serveDist({csp: "script-src 'self'"});
  const p = await check(strict.url, /wasm-unsafe-eval|WebAssembly|CompileError|Aborted/);
  assert.deepEqual(await axeViolations(p), []);
  await p.close();
  await strict.close();
});

test('printing from a host page: Print prints that widget alone, in black on white, with the university\'s contact', async () => {
  const p = await newPage(1280);
  await open(p, hosts('print.html'));
  await p.waitForFunction(() => [...document.querySelectorAll('couverture-check')].every((e) => e.result));
  await p.evaluate(([a, b]) => {
    document.getElementById('first').answers = a;
    document.getElementById('second').answers = b;
  }, [GENERAL, EU]);
  // window.print() would block on a dialog: record the call and leave the page as it is during it.
  await p.evaluate(() => { window.print = () => { window.printed = true; }; });
  await p.locator('#second').getByRole('button', {name: WORDS.fr.print}).click();
  assert.equal(await p.evaluate(() => window.printed), true);
  await p.emulateMedia({media: 'print'});
  for (const selector of ['header', 'footer', 'h1', '#first']) {
    assert.equal(await p.locator(selector).first().isVisible(), false, `${selector} is printed`);
  }
  const second = p.locator('#second');
  const result = await second.evaluate((e) => e.result);
  assert.ok(await second.getByRole('heading', {name: result.headline.title}).isVisible());
  assert.ok(await second.getByText('Service des relations internationales').isVisible());
  assert.ok(await second.getByText('Bâtiment A, bureau 12').isVisible(), 'the slotted contact is printed');
  assert.ok(await second.getByText(engines.fr.ruleset.title).first().isVisible(), 'the printout names itself');
  const paper = await inWidget(p, ({shadowRoot: root}) => {
    const style = (selector) => getComputedStyle(root.querySelector(selector));
    const advice = getComputedStyle(root.querySelector('.block-advice li'), '::before').content;
    const step = getComputedStyle(root.querySelector('.block-checklist .checklist > li'), '::before').content;
    return {text: style('.widget').color, hint: style('.checked').color, advice, step};
  }, 'second');
  assert.deepEqual(paper, {text: 'rgb(0, 0, 0)', hint: 'rgb(51, 51, 51)', advice: 'none', step: '"☐"'});
  await shot(p, 'print-second-1280');
  const pdf = await p.pdf({format: 'A4'});
  assert.equal((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length, 1, 'one page');
  // After the dialog the page is whole again.
  await p.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.equal(await p.locator('#first').isVisible(), true);
  await p.close();
});

test('forced colours (Windows high contrast): the chosen radio keeps its dot', async () => {
  const p = await newPage(375);
  await p.emulateMedia({forcedColors: 'active'});
  await open(p, session.server.url);
  await control(p, 'en', FIRST).getByRole('radio').nth(1).check();
  const dot = await inWidget(p, ({shadowRoot: root}) => {
    const style = getComputedStyle(root.querySelector('input[type=radio]:checked'));
    return {image: style.backgroundImage, adjust: style.forcedColorAdjust};
  });
  assert.match(dot.image, /radial-gradient/);
  assert.equal(dot.adjust, 'none');
  await shot(p, 'forced-colours-375');
  await p.close();
});

test('the university\'s contact beside the steps, and https links in ruleset texts', async () => {
  const p = await newPage(375);
  await open(p, hosts('print.html'));
  await p.waitForFunction(() => document.getElementById('second').result);
  await p.evaluate((a) => { document.getElementById('second').answers = a; }, GENERAL);
  const second = p.locator('#second');
  await second.getByRole('heading', {name: 'Aide pour ces démarches'}).waitFor();
  assert.equal(await second.getByRole('link', {name: 'international@univ.example'}).getAttribute('href'),
               'mailto:international@univ.example');
  assert.equal(await second.getByRole('link', {name: 'univ.example/international'}).getAttribute('href'),
               'https://univ.example/international');
  await second.evaluate((e) => e.scrollIntoView());
  await shot(p, 'contact-fr-375');
  await p.close();

  const linked = await newPage();
  await linked.route('**/fixtures/hosts/linked.html', (route) => route.fulfill({contentType: 'text/html', body:
      '<!doctype html><html lang="en"><title>Links</title><script src="/couverture.js" defer></script>' +
      '<couverture-check rules="/generated/linked-rules.json"></couverture-check></html>'}));
  await open(linked, hosts('linked.html'));
  await linkedWalk(linked);
  const link = linked.getByRole('link', {name: 'the CPAM'});
  assert.equal(await link.getAttribute('href'), 'https://cpam.example/inscription');
  assert.equal(await linked.getByRole('link', {name: 'not this'}).count(), 0);
  assert.ok(await linked.getByText('[not this](javascript:alert(1))', {exact: false}).isVisible());
  await linked.close();
});

test('a ruleset in a language the widget lacks: its own words in English, marked so; a page can add them', async () => {
  const p = await newPage();
  await p.route('**/fixtures/hosts/spanish.html', (route) => route.fulfill({contentType: 'text/html', body:
      '<!doctype html><html lang="es"><title>Cobertura</title><script src="/couverture.js" defer></script>' +
      '<couverture-check rules="/generated/spanish-rules.json"></couverture-check></html>'}));
  await open(p, hosts('spanish.html'));
  assert.equal((await elementResult(p)).lang, 'es');
  const button = await inWidget(p, ({shadowRoot: root}) => {
    const span = root.querySelector('button[type=submit] span');
    return [root.querySelector('.widget').lang, span.lang, span.textContent];
  });
  assert.deepEqual(button, ['es', 'en', 'Continue']);
  await p.evaluate(() => {
    customElements.get('couverture-check').strings.es = {continue: 'Continuar'};
    document.querySelector('couverture-check').answers = {};
  });
  await p.getByRole('button', {name: 'Continuar'}).waitFor();
  assert.deepEqual(await axeViolations(p), []);
  await p.close();
});

test('the first status is announced: the live region exists, empty, before it is filled', async () => {
  const p = await newPage();
  await open(p, session.server.url);
  const before = await inWidget(p, ({shadowRoot: root}) => {
    const live = root.querySelector('[aria-live].headline');
    return {inTree: !!live && live.checkVisibility({visibilityProperty: true}) !== undefined,
            hidden: !!live.closest('[hidden]'), empty: live.childElementCount === 0};
  });
  assert.deepEqual(before, {inTree: true, hidden: false, empty: true});
  await walk(p, 'en', EU, (result) => result.status != null);
  assert.ok(await p.getByRole('heading', {name: (await elementResult(p)).headline.title}).first().isVisible());
  await p.close();
});

test('a refused link says so in plain words, without a stray "undefined"', async () => {
  const p = await newPage();
  await open(p, session.server.url + '#couverture:age=300');
  const notice = await inWidget(p, ({shadowRoot: root}) => root.querySelector('.notice-alert').textContent);
  assert.equal(notice, 'This link is out of date or damaged, so its answers could not be used. Please answer the questions again.');
  assert.deepEqual(await elementAnswers(p), {});
  await p.close();
});
