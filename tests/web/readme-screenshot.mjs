// Regenerates web/screenshots/widget.png, the README's picture: the demo on a desktop and on a
// phone, same persona, outcome complete. Run after a wasm build: node tests/web/readme-screenshot.mjs
import {mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {launchBrowser, serveDist} from './lib/browser.mjs';
import {ROOT} from './lib/paths.mjs';
import {answer, elementResult, open} from './lib/widget.mjs';

// Today's rules (built in): a degree student from outside Europe with a VLS-TS, whose outcome is
// the checklist.
const persona = {enrolled_higher_ed: true, employed_in_france: false, origin: 'other', protection_status: 'none',
                 visa_type: 'vls_ts_or_permit', exchange_programme: false, study_type: 'initial',
                 french_government_scholarship: false, low_income: false, age: 22};
async function complete(page, lang, answers) {
  for (let id = (await elementResult(page)).next[0]; id; id = (await elementResult(page)).next[0]) {
    await answer(page, lang, id, answers[id]);
  }
}
const shots = mkdtempSync(join(tmpdir(), 'couverture-shots-'));
const server = await serveDist();
const browser = await launchBrowser();
const page = await browser.context.newPage();
// Both are scrolled to the outcome's headline: the picture shows the checklist, not the answers.
for (const [name, width, height] of [['desktop', 1280, 1000], ['phone', 375, 812]]) {
  await page.setViewportSize({width, height});
  await open(page, server.url);
  await complete(page, 'en', persona);
  const top = await page.locator('couverture-check').locator('.headline')
      .evaluate((headline) => headline.getBoundingClientRect().top + window.scrollY);
  const scroll = top - 12;
  await page.evaluate((y) => { document.activeElement.blur(); window.scrollTo(0, y); }, scroll);
  await page.screenshot({path: join(shots, `${name}.png`)});
}
// Both side by side on one picture, scaled down.
await page.setViewportSize({width: 1000, height: 650});
await page.route('**/compose.html', (route) => route.fulfill({contentType: 'text/html', body: `<!doctype html>
  <body style="margin:0;background:#dee0e2;display:flex;gap:20px;padding:20px;align-items:flex-start">
  <img src="desktop.png" style="width:640px;box-shadow:0 2px 8px #0004">
  <img src="phone.png" style="width:280px;box-shadow:0 2px 8px #0004"></body>`}));
await page.route('**/*.png', (route) => route.fulfill({path: join(shots, new URL(route.request().url()).pathname.split('/').pop())}));
await page.goto(server.url + 'compose.html');
mkdirSync(join(ROOT, 'web', 'screenshots'), {recursive: true});
await page.screenshot({path: join(ROOT, 'web', 'screenshots', 'widget.png')});
await browser.close();
await server.close();
rmSync(shots, {recursive: true, force: true});
console.log('wrote web/screenshots/widget.png');
