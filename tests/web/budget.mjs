// Prints the widget's budget figures (issue 3); a measurement, not a test: it always exits 0.
//  1. gzip bytes of everything the demo page loads for the widget (target <= 60 KB, stretch 50);
//  2. navigation -> first question visible in headless Chromium, as a ratio to a static page with
//     the same markup served the same way, median of RUNS runs each (target <= 1.5x);
//  3. assessments per second through the JavaScript API in Node (target >= 1 M/s).
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {chromium} from 'playwright-core';
import {startServer} from '../../web/server.mjs';
import {CSP} from './lib/browser.mjs';
import {Couverture} from './lib/engine.mjs';
import {DIST} from './lib/paths.mjs';
import {loadScenarios} from './lib/scenarios.mjs';

const RUNS = Number(process.env.RUNS || 15);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--no-first-run'],
});

// A static copy of the demo page as it looks on the first question: the element's shadow markup
// and styles written into the page, no script.
const staticDir = mkdtempSync(join(tmpdir(), 'couverture-static-'));
const server = await startServer({mounts: {'/': DIST, '/static/': staticDir}, csp: CSP});

// Which files the page requests for the widget (all but the page and its own stylesheet).
{
  const context = await browser.newContext();
  const page = await context.newPage();
  const files = [];
  page.on('request', (request) => files.push(new URL(request.url()).pathname.slice(1)));
  await page.goto(server.url);
  await page.waitForFunction(() => document.querySelector('couverture-check')?.shadowRoot.querySelector('legend'));
  const html = await page.evaluate(() => {
    const element = document.querySelector('couverture-check');
    const styles = [...element.shadowRoot.adoptedStyleSheets].map((sheet) =>
        [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n');
    const copy = document.documentElement.cloneNode(true);
    copy.querySelectorAll('script').forEach((script) => script.remove());
    const widget = copy.querySelector('couverture-check');
    const host = document.createElement('div');
    host.className = 'host';
    host.innerHTML = `<style>${styles.replaceAll(':host', '.host')}</style>` + element.shadowRoot.innerHTML;
    widget.replaceWith(host);
    return '<!doctype html>\n' + copy.outerHTML;
  });
  writeFileSync(join(staticDir, 'index.html'), html.replace('href="demo.css"', 'href="/demo.css"'));
  await context.close();
  const widgetFiles = [...new Set(files)].filter((file) => file !== '' && file !== 'demo.css');
  let total = 0;
  console.log('1. Bytes the page loads for the widget (gzip -9):');
  for (const file of widgetFiles) {
    const raw = readFileSync(join(DIST, file));
    const gz = gzipSync(raw, {level: 9}).length;
    total += gz;
    console.log(`   ${file.padEnd(18)} ${kb(raw.length).padStart(9)} raw  ${kb(gz).padStart(8)} gzip`);
  }
  console.log(`   total ${kb(total)} gzip (${total} bytes); target <= 60 KB, stretch 50 KB: ${total <= 60 * 1024 ? 'met' : 'NOT met'}`);
}

// Time from navigation start to the first question's legend being rendered, read in the page.
async function timeToQuestion(url) {
  const context = await browser.newContext();  // a cold cache, as a first visit
  const page = await context.newPage();
  await page.addInitScript(() => {
    const check = () => {
      const root = document.querySelector('couverture-check')?.shadowRoot || document;
      const legend = root.querySelector('legend');
      if (legend && legend.getBoundingClientRect().height > 0) window.__questionAt = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__questionAt !== undefined);
  const at = await page.evaluate(() => window.__questionAt);
  await context.close();
  return at;
}

{
  const widget = [], still = [];
  await timeToQuestion(server.url);  // warm the server and the browser's process pool
  for (let i = 0; i < RUNS; i++) {
    widget.push(await timeToQuestion(server.url));
    still.push(await timeToQuestion(server.url + 'static/'));
  }
  const ratio = median(widget) / median(still);
  console.log(`2. Navigation -> first question visible, median of ${RUNS} cold loads each:`);
  console.log(`   widget ${median(widget).toFixed(1)} ms, static page ${median(still).toFixed(1)} ms: ` +
              `ratio ${ratio.toFixed(2)}x; target <= 1.5x: ${ratio <= 1.5 ? 'met' : 'NOT met'}`);
}
await browser.close();
await server.close();
rmSync(staticDir, {recursive: true, force: true});

// Throughput through engine.assess(): the corpus's answer sets in turn (what a page re-asks,
// memoized), then answers that are all different (every call renders a new result).
{
  const engine = await Couverture.create();
  const sets = loadScenarios().filter((s) => !s.expect.error).map((s) => JSON.parse(s.answersText));
  const rate = (seconds, body) => {
    let count = 0;
    const start = performance.now();
    while (performance.now() - start < seconds * 1000) count += body(count);
    return count / ((performance.now() - start) / 1000);
  };
  for (const set of sets) engine.assess(set);
  const repeated = rate(2, (n) => {
    for (let i = 0; i < 1000; i++) engine.assess(sets[(n + i) % sets.length]);
    return 1000;
  });
  const distinct = rate(2, (n) => {
    engine.assess({origin: 'other', french_government_scholarship: false, age: 29 + (n % 90),
                   low_income: true, months_in_france: n / 7});
    return 1;
  });
  console.log('3. Assessments per second through engine.assess() in Node:');
  console.log(`   corpus answer sets (${sets.length}) in turn: ${Math.round(repeated).toLocaleString('en')}/s; ` +
              `target >= 1,000,000/s: ${repeated >= 1e6 ? 'met' : 'NOT met'}`);
  console.log(`   every answer set different (nothing memoized): ${Math.round(distinct).toLocaleString('en')}/s`);
}
