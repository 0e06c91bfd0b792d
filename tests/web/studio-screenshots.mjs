// Regenerates the README's pictures of the rules studio at 1280 px (web/screenshots/studio*.png):
// the default ruleset with its last row deleted, so that the findings show a gap whose
// counterexample is open in the preview; the changes that edit makes; the table; the flow.
// Run after a wasm build: node tests/web/studio-screenshots.mjs
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {launchBrowser, serveDist} from './lib/browser.mjs';
import {ROOT} from './lib/paths.mjs';

const out = join(ROOT, 'web', 'screenshots');
mkdirSync(out, {recursive: true});
const server = await serveDist();
const browser = await launchBrowser();
const page = await browser.context.newPage();
await page.setViewportSize({width: 1280, height: 900});
await page.goto(`${server.url}studio.html?lang=en`);
await page.waitForSelector('html[data-studio-ready]');

const settled = () => page.waitForFunction(() => {
  const {state, view} = window.couvertureStudio;
  return state.current === view.state.doc.toString();
});

// The last row ("general"), deleted as a person would: selected, then Backspace.
await page.evaluate(() => {
  const view = window.couvertureStudio.view;
  const doc = view.state.doc.toString();
  const start = doc.lastIndexOf('{', doc.indexOf('"id": "general"'));
  const end = doc.indexOf('\n    }', start) + '\n    }'.length;
  view.dispatch({selection: {anchor: doc.lastIndexOf(',', start), head: end}});
  view.focus();
});
await page.keyboard.press('Backspace');
await settled();
await page.locator('#findings li.finding[data-kind=gap] button.try').click();
await page.waitForFunction(() => document.getElementById('preview').result !== null);
await page.locator('#findings li.finding[data-kind=gap] button.path').click();
await page.evaluate(() => window.scrollTo(0, 0));
await page.screenshot({path: join(out, 'studio.png')});

for (const view of ['changes', 'table', 'flow']) {
  await page.locator(`[role=tab][data-view=${view}]`).click();
  if (view === 'flow') await page.locator('#panel-flow svg').waitFor({timeout: 15000});
  await page.evaluate(() => { document.activeElement.blur(); window.scrollTo(0, 0); });
  await page.screenshot({path: join(out, `studio-${view}.png`)});
}
await browser.close();
await server.close();
console.log('wrote web/screenshots/studio.png, studio-changes.png, studio-table.png, studio-flow.png');
