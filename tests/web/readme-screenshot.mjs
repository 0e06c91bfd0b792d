// Regenerates web/screenshots/widget.png, the README's picture: the demo on a desktop and on a
// phone, today's rules, a degree student from outside Europe, outcome complete. Run after a wasm build: node tests/web/readme-screenshot.mjs
import {mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {launchBrowser, serveDist} from './lib/browser.mjs';
import {ROOT} from './lib/paths.mjs';
import {STUDENT, open, walk} from './lib/widget.mjs';

const shots = mkdtempSync(join(tmpdir(), 'couverture-shots-'));
const server = await serveDist();
const browser = await launchBrowser();
const page = await browser.context.newPage();
// Both are scrolled to just above the outcome's headline, so that they show what the student is
// told, the answers above it.
for (const [name, width, height] of [['desktop', 1280, 1000], ['phone', 375, 812]]) {
  await page.setViewportSize({width, height});
  await open(page, server.url);
  const result = await walk(page, 'en', STUDENT);
  const top = await page.getByRole('heading', {name: result.headline.title}).first()
      .evaluate((heading) => heading.getBoundingClientRect().top + window.scrollY);
  await page.evaluate((y) => { document.activeElement.blur(); window.scrollTo(0, y); }, top - (name === 'phone' ? 16 : 120));
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
