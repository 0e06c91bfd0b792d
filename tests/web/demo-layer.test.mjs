// The demo page runs the worked example layer (?rules=exemple): today's built-in rules with a
// fictional university's layer over them, in English, French and German. A student who registers
// online and comes to the welcome day gets the university's health-centre step, its contact, and
// its own decision, the welcome day's CPAM desk, in each language.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {newPage as openPage, useBrowser} from './lib/browser.mjs';
import {Couverture} from './lib/engine.mjs';
import {ARTIFACTS, DIST} from './lib/paths.mjs';

const rules = readFileSync(join(DIST, 'rules', 'france-current.json'), 'utf8');
const layer = readFileSync(join(DIST, 'rules', 'universite-exemple.layer.json'), 'utf8');
const CONTINUE = {en: 'Continue', fr: 'Continuer', de: 'Weiter'};
const STUDENT = {enrolled_higher_ed: true, origin: 'other', employed_in_france: false, visa_type: 'vls_t',
                 exchange_programme: false, study_type: 'initial', french_government_scholarship: false,
                 protection_status: 'none', low_income: false, age: 22, exemple_welcome_day: true};

const session = useBrowser();

for (const [lang, file] of [['en', 'index.html'], ['fr', 'fr.html'], ['de', 'index.html']]) {
  test(`demo (${lang}): the example layer over today's rules, a student's check`, async () => {
    const engine = await Couverture.create({rules, layer, lang});
    const page = await openPage(session, 375);
    const modules = [];
    page.on('request', (request) => { if (request.url().endsWith('.wasm')) modules.push(request.url().split('/').pop()); });
    await page.goto(`${session.server.url}${file}?rules=exemple`);
    await page.waitForFunction(() => document.querySelector('couverture-check')?.ruleset?.version?.includes('universite-exemple'));
    // The layer is over today's rules: the page keeps today's heading (it was once left empty).
    const h1 = page.getByRole('heading', {level: 1});
    assert.ok((await h1.textContent()).trim().length > 10, 'the page has its heading');
    assert.notEqual(await h1.textContent(), await h1.getAttribute('data-page'));
    if (lang === 'de') await page.selectOption('.rules-language select', 'de');
    await page.waitForFunction((lang) => document.querySelector('couverture-check').result?.lang === lang, lang);
    for (let step = 0; step < 20; step++) {
      const next = await page.evaluate(() => document.querySelector('couverture-check').result.next);
      if (!next.length) break;
      const q = engine.questions.find((question) => question.id === next[0]);
      assert.ok(q.id in STUDENT, `asked ${q.id}`);
      const value = STUDENT[q.id];
      if (q.type === 'boolean') {
        const name = {en: ['Yes', 'No'], fr: ['Oui', 'Non'], de: ['Ja', 'Nein']}[lang][value ? 0 : 1];
        await page.getByRole('group', {name: q.label}).getByRole('radio', {name, exact: true}).check();
      } else if (q.options) {
        await page.getByRole('group', {name: q.label}).getByRole('radio', {name: q.options.find((o) => o.id === value).label, exact: true}).check();
      } else {
        await page.getByRole('textbox', {name: q.label}).fill(String(value));
      }
      await page.getByRole('button', {name: CONTINUE[lang]}).click();
      await page.waitForFunction((id) => !document.querySelector('couverture-check').result.next.includes(id), q.id);
    }
    const result = await page.evaluate(() => document.querySelector('couverture-check').result);
    const expected = engine.assess(STUDENT);
    assert.equal(result.status, 'register_online');
    assert.deepEqual(result.steps.map((s) => s.id), expected.steps.map((s) => s.id));
    assert.equal(result.decisions.exemple_welcome_desk.status, 'book_desk');
    const widget = page.locator('couverture-check');
    const healthStep = expected.steps.find((s) => s.id === 'exemple_health_check').text;
    await widget.getByText(healthStep).waitFor();
    await widget.getByRole('link', {name: 'international@univ-exemple.example.org'}).waitFor();
    await widget.getByText(expected.decisions.exemple_welcome_desk.headline.title).first().waitFor();
    await page.screenshot({path: join(ARTIFACTS, `demo-layer-${lang}-375.png`), fullPage: true});
    // A page with a layer loads the engine that composes, and only that one.
    assert.deepEqual(modules, ['couverture-layers.wasm']);
    await page.close();
    engine.dispose();
  });
}

test('the element shows a layer that does not fit its rules, with the layer\'s URL and the path in it', async () => {
  const page = await openPage(session, 375);
  const bad = JSON.parse(layer);
  bad.items[0].statuses[0] = 'register_somehow';
  await page.route('**/fixtures/layer-host.html', (route) => route.fulfill({contentType: 'text/html', body:
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Layer</title>' +
    '<script src="/couverture.js" defer></script></head>' +
    '<body><couverture-check layer="bad.layer.json"></couverture-check></body></html>'}));
  await page.route('**/fixtures/bad.layer.json', (route) => route.fulfill({contentType: 'application/json', body: JSON.stringify(bad)}));
  await page.goto(`${session.server.url}fixtures/layer-host.html`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const message = await alert.textContent();
  assert.match(message, /The rules could not be loaded/);
  assert.match(message, /layer bad\.layer\.json \(http:\/\/127\.0\.0\.1:\d+\/fixtures\/bad\.layer\.json\): \/items\/0\/statuses\/0: decision "health" of the base has no status "register_somehow"/);
  await page.close();
});

test('a page without a layer never loads couverture-layers.wasm', async () => {
  const page = await openPage(session, 375);
  const modules = [];
  page.on('request', (request) => { if (request.url().endsWith('.wasm')) modules.push(request.url().split('/').pop()); });
  await page.goto(`${session.server.url}index.html`);
  await page.waitForFunction(() => document.querySelector('couverture-check')?.ruleset);
  await page.locator('couverture-check').getByRole('radio').first().check();
  await page.getByRole('button', {name: 'Continue'}).click();
  await page.waitForFunction(() => document.querySelector('couverture-check').result?.asked.length === 1);
  assert.deepEqual(modules, ['couverture.wasm']);
  await page.close();
});
