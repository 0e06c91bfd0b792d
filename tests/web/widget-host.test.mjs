// The widget as a host page embeds it: under a strict CSP, requesting nothing but its own files,
// storing nothing, reporting a bad `rules` to the author, accessible (axe-core, WCAG 2.1 A/AA),
// usable at 320 px, printable; and the screenshots a person looks at.
import assert from 'node:assert/strict';
import {request} from 'node:http';
import {join} from 'node:path';
import {test} from 'node:test';
import {CSP, newPage as openPage, reportCspViolations, serveDist, useBrowser} from './lib/browser.mjs';
import {axeViolations} from './lib/axe.mjs';
import {ARTIFACTS} from './lib/paths.mjs';
import {STUDENT, WORDS, control, elementResult, forRules, open, pageEngines, question, walk} from './lib/widget.mjs';

// Printing and the screenshots of each stage use the university page's small flow (?rules=page),
// whose checklist fits one sheet; the host, the CSP, the requests, axe and the narrow screen are
// tried on today's rules, the ones students get.
const page = forRules(pageEngines);

const session = useBrowser();

// A page that fails the test on any script error or CSP violation.
const newPage = async (width = 1280) => reportCspViolations(await openPage(session, width));

const OVER_28 = {origin: 'other', french_government_scholarship: false, age: 31, low_income: true, months_in_france: 5};

test('served with the strict CSP, the widget works and nothing violates it', async () => {
  const p = await newPage();
  const response = await p.goto(session.server.url);
  assert.equal(response.headers()['content-security-policy'], CSP);
  await open(p, session.server.url);
  const result = await walk(p, 'en', STUDENT);
  assert.equal(result.complete, true);
  assert.deepEqual(p.problems, []);
  await p.close();
});

test('it also works with styles and everything else locked to self', async () => {
  const strict = await serveDist({csp: `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src data:`});
  const p = await newPage();
  await open(p, strict.url);
  await walk(p, 'en', {...STUDENT, origin: 'eu_eea', home_coverage_eu: 'ehic_valid_to_year_end'});
  // The shadow styles apply (constructed stylesheets are not blocked by style-src).
  const radioWidth = await p.evaluate(() => {
    const element = document.querySelector('couverture-check');
    element.answers = {};
    return getComputedStyle(element.shadowRoot.querySelector('input[type=radio]')).width;
  });
  assert.equal(radioWidth, '40px');
  assert.deepEqual(p.problems, []);
  await p.close();
  await strict.close();
});

test('no request leaves for anything but the widget\'s files; no cookies, no storage', async () => {
  const p = await newPage();
  const urls = [];
  p.on('request', (request) => urls.push(request.url()));
  await open(p, session.server.url);
  await walk(p, 'en', STUDENT);
  await p.getByRole('button', {name: 'Copy link'}).click();
  await p.getByText('Why?', {exact: true}).first().click();
  const allowed = ['', 'couverture.js', 'couverture.wasm', 'demo.css', 'demo.js'].map((file) => session.server.url + file);
  const others = urls.filter((url) => !allowed.includes(url) && !url.startsWith('data:'));
  assert.deepEqual(others, [], 'unexpected requests');
  assert.deepEqual(urls.filter((url) => url.endsWith('couverture.wasm')).length, 1);
  const stored = await p.evaluate(() => ({cookie: document.cookie, local: localStorage.length,
                                          session: sessionStorage.length}));
  assert.deepEqual(stored, {cookie: '', local: 0, session: 0});
  assert.deepEqual(await session.browser.context.cookies(), []);
  await p.close();
});

test('rules: a broken URL shows a readable error naming it', async () => {
  const p = await newPage();
  await open(p, session.server.url + 'fixtures/broken-url.html');
  const alert = p.getByRole('alert');
  assert.match(await alert.textContent(), /The rules could not be loaded/);
  assert.match(await alert.textContent(), /\/fixtures\/no-such-rules\.json \(http:\/\/127\.0\.0\.1:\d+\/fixtures\/no-such-rules\.json\): HTTP 404/);
  await p.close();
});

test('rules: a URL that fails on the network is named too, not only "Failed to fetch"', async () => {
  const p = await newPage();
  await p.route('**/fixtures/no-such-rules.json', (route) => route.abort('connectionrefused'));
  await open(p, session.server.url + 'fixtures/broken-url.html');
  assert.match(await p.getByRole('alert').textContent(), /\/fixtures\/no-such-rules\.json \(http:\/\/127\.0\.0\.1:\d+\/fixtures\/no-such-rules\.json\): \S/);
  await p.close();
});

test('the server answers a malformed path with 400 and stays up', async () => {
  const get = (path) => new Promise((done, fail) => {
    request(new URL(path, session.server.url), (response) => { response.resume(); done(response.statusCode); })
        .on('error', fail).end();
  });
  assert.equal(await get('/%E0%A4%A'), 400);
  assert.equal(await get('/'), 200);
});

test('rules: a malformed ruleset shows the line and column', async () => {
  const p = await newPage();
  await open(p, session.server.url + 'fixtures/malformed.html');
  assert.match(await p.getByRole('alert').textContent(), /malformed-rules\.json \(http:[^)]*\/malformed-rules\.json\): .*line 5, column 1/);
  await p.close();
});

test('rules: an invalid ruleset shows the JSON path of the problem', async () => {
  const p = await newPage();
  await open(p, session.server.url + 'fixtures/invalid.html');
  assert.match(await p.getByRole('alert').textContent(), /invalid-rules\.json \(http:[^)]*\/invalid-rules\.json\): \/questions\/3\/type/);
  await p.close();
});

test('rules: an edited ruleset is used', async () => {
  const p = await newPage();
  await open(p, session.server.url + 'fixtures/edited.html');
  await p.getByRole('group', {name: 'Which passport do you hold?'}).waitFor();
  await p.close();
});

test('axe-core: no WCAG 2.1 A/AA violation, at every stage, in both languages and widths', async () => {
  for (const [lang, path] of [['en', ''], ['fr', 'fr.html']]) {
    for (const width of [1280, 320]) {
      const p = await newPage(width);
      await open(p, session.server.url + path);
      const found = [];
      const check = async (stage) => found.push(...(await axeViolations(p)).map((v) => `${lang} ${width}px ${stage}: ${v}`));
      await check('first question');
      await p.getByRole('button', {name: WORDS[lang].continue}).click();
      await check('error summary');
      await walk(p, lang, STUDENT, (result) => result.status != null);
      await check('status known, question open');
      await walk(p, lang, STUDENT);
      await p.getByText(WORDS[lang].why, {exact: true}).first().click();
      await p.getByText(WORDS[lang].allRules, {exact: true}).first().click();
      await check('complete, Why? and every rule open');
      await p.getByRole('button', {name: `${WORDS[lang].change} ${question(lang, 'age').short}`}).click();
      await control(p, lang, 'age').fill('abc');
      await p.getByRole('button', {name: WORDS[lang].continue}).click();
      await check('changing an answer in its row, with an error');
      assert.deepEqual(found, []);
      await p.close();
    }
  }
  const broken = await newPage();
  await open(broken, session.server.url + 'fixtures/broken-url.html');
  assert.deepEqual(await axeViolations(broken), []);
  await broken.close();
});

test('320 px wide: nothing scrolls sideways', async () => {
  const p = await newPage(320);
  await open(p, session.server.url + 'fr.html');
  await walk(p, 'fr', STUDENT);
  await p.getByText(WORDS.fr.why, {exact: true}).first().click();
  const widths = await p.evaluate(() => ({scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth}));
  assert.ok(widths.scroll <= widths.client, `scrollWidth ${widths.scroll} > ${widths.client}`);
  await p.close();
});

test('print: a checklist without controls or explanation', async () => {
  const p = await newPage();
  await open(p, session.server.url + 'index.html?rules=page');
  await page.complete(p, 'en', OVER_28);
  await p.emulateMedia({media: 'print'});
  for (const name of ['Print', 'Copy link', 'Start again', 'Change Age']) {
    assert.equal(await p.getByRole('button', {name}).isVisible(), false, `${name} is printed`);
  }
  assert.equal(await p.getByText('Why?', {exact: true}).isVisible(), false);
  const result = await elementResult(p);
  assert.ok(await p.getByRole('heading', {name: result.headline.title}).isVisible());
  await p.screenshot({path: join(ARTIFACTS, 'print-en.png'), fullPage: true});
  const pdf = await p.pdf({format: 'A4'});
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.equal(pages, 1, 'the checklist fits one page');
  // A paper copy says which rules it follows: when they were checked, and their version.
  const {version, source} = pageEngines.en.ruleset;
  assert.ok(await p.getByText(`Rules checked on ${new Date(source.checked + 'T00:00').toLocaleDateString('en', {dateStyle: 'long'})}, version ${version}`).isVisible());
  await p.close();
});

test('print: a partial result says that questions remain, so it does not pass for a final one', async () => {
  const p = await newPage();
  await open(p, session.server.url + 'fr.html?rules=page');
  const result = await page.complete(p, 'fr', {origin: 'other', french_government_scholarship: false, age: 31});
  assert.equal(result.complete, false);
  await p.emulateMedia({media: 'print'});
  assert.ok(await p.getByRole('heading', {name: result.headline.title}).isVisible());
  assert.ok(await p.getByText(/^Répondez aux questions suivantes/).isVisible());
  assert.equal(await page.control(p, 'fr', 'low_income').isVisible(), false, 'the question is not printed');
  assert.ok(await p.getByText(/^Règles vérifiées le \d+ \S+ \d{4}, version /).isVisible());
  await p.close();
});

test('print from the browser\'s menu straight after an answer: the questions left are on paper too', async () => {
  const p = await newPage();
  await open(p, session.server.url);
  // What lies under the headline waits for an idle moment after an answer; printing comes first.
  const printed = await p.evaluate(() => {
    const root = document.querySelector('couverture-check').shadowRoot;
    const form = root.querySelector('.question-area form');
    form.querySelector('input[type=radio]').checked = true;
    form.querySelector('button[type=submit]').click();
    window.dispatchEvent(new Event('beforeprint'));
    const remaining = root.querySelector('.remaining');
    return {hidden: remaining.hidden, text: remaining.textContent, next: document.querySelector('couverture-check').result.next[0]};
  });
  assert.ok(printed.next, 'a question remains');
  assert.equal(printed.hidden, false);
  assert.match(printed.text, /^Questions still to answer/);
  assert.deepEqual(p.problems, []);
  await p.close();
});

test('screenshots: 375 px and 1280 px, English and French, complete outcome with "Why?" open', async () => {
  for (const [lang, path] of [['en', 'index.html?rules=page'], ['fr', 'fr.html?rules=page']]) {
    for (const width of [375, 1280]) {
      let p = await newPage(width);
      await open(p, session.server.url + path);
      await page.complete(p, lang, OVER_28);
      await p.getByText(WORDS[lang].why, {exact: true}).click();
      await p.getByText(WORDS[lang].why, {exact: true}).blur();
      await p.screenshot({path: join(ARTIFACTS, `complete-${lang}-${width}.png`), fullPage: true});
      // A reload keeps the answers (history state): a new tab starts afresh.
      await p.close();
      p = await newPage(width);
      await open(p, session.server.url + path);
      await page.control(p, lang, 'origin').waitFor();
      await p.screenshot({path: join(ARTIFACTS, `start-${lang}-${width}.png`), fullPage: true});
      // A rejected answer, then the printed partial result.
      await page.complete(p, lang, {origin: 'other', french_government_scholarship: false});
      await page.control(p, lang, 'age').fill('130');
      await p.getByRole('button', {name: WORDS[lang].continue}).click();
      await p.getByRole('alert').getByText(lang === 'fr' ? 'Saisissez un nombre entre 0 et 120.' : 'Enter a number from 0 to 120.').waitFor();
      await p.screenshot({path: join(ARTIFACTS, `error-${lang}-${width}.png`), fullPage: true});
      await page.complete(p, lang, {age: 31});
      // Changing an answer opens it in its row.
      await p.getByRole('button', {name: `${WORDS[lang].change} ${page.question(lang, 'age').short}`}).click();
      await p.screenshot({path: join(ARTIFACTS, `change-${lang}-${width}.png`), fullPage: true});
      await p.getByRole('button', {name: WORDS[lang].cancel}).click();
      await p.emulateMedia({media: 'print'});
      await p.screenshot({path: join(ARTIFACTS, `print-partial-${lang}-${width}.png`), fullPage: true});
      assert.deepEqual(p.problems, []);
      await p.close();
    }
  }
});
