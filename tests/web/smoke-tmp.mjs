import {launchBrowser, serveDist} from './lib/browser.mjs';
const server = await serveDist();
const browser = await launchBrowser();
const page = await browser.context.newPage();
await page.setViewportSize({width: 1280, height: 900});
const problems = [];
page.on('pageerror', (e) => problems.push(e.message));
page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
await page.goto(`${server.url}studio.html?lang=${process.argv[2] || 'en'}`);
await page.waitForSelector('html[data-studio-ready]', {timeout: 30000}).catch((e) => problems.push(String(e)));
await page.screenshot({path: '/tmp/shots/preview.png'});
for (const view of ['decisions', 'parameters', 'texts', 'sources', 'changes', 'table', 'flow', 'json']) {
  await page.locator(`[role=tab][data-view=${view}]`).click();
  await page.waitForTimeout(view === 'flow' ? 4000 : 1500);
  await page.screenshot({path: `/tmp/shots/${view}.png`});
}
console.log(problems);
await browser.close();
await server.close();
