// Prints Lighthouse's figures for the demo (issue 11): accessibility score and cumulative layout
// shift, mobile and desktop, English and French, RUNS runs each (the worst CLS is what counts);
// and performance, LCP and TBT for reference. Lighthouse (from tests/web/tools/lighthouse's lockfile)
// drives Debian's Chromium; the demo is served as a host would serve it, under the strict CSP.
// A measurement, not a test: it exits 0 whatever the figures. Run it with tests/web/lighthouse.
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {startServer} from '../../web/server.mjs';
import {CSP} from './lib/browser.mjs';
import {DIST} from './lib/paths.mjs';

const require = createRequire(join(import.meta.dirname, 'tools', 'lighthouse', 'package.json'));
const {default: lighthouse, desktopConfig} = await import(require.resolve('lighthouse'));
const chromeLauncher = await import(require.resolve('chrome-launcher'));

const RUNS = Number(process.env.RUNS || 3);
const server = await startServer({mounts: {'/': DIST}, csp: CSP});
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const rows = [];
try {
  for (const [name, config] of [['mobile', undefined], ['desktop', desktopConfig]]) {
    for (const page of ['index.html', 'fr.html']) {
      const cls = [], a11y = [], perf = [], lcp = [], tbt = [];
      for (let run = 0; run < RUNS; run++) {
        const {lhr} = await lighthouse(server.url + page, {
          port: chrome.port, output: 'json', logLevel: 'error',
          onlyCategories: ['accessibility', 'performance'],
        }, config);
        a11y.push(Math.round(lhr.categories.accessibility.score * 100));
        perf.push(Math.round(lhr.categories.performance.score * 100));
        cls.push(lhr.audits['cumulative-layout-shift'].numericValue);
        lcp.push(lhr.audits['largest-contentful-paint'].numericValue);
        tbt.push(lhr.audits['total-blocking-time'].numericValue);
        const failed = Object.values(lhr.audits).filter((audit) =>
            lhr.categories.accessibility.auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0) && audit.score === 0);
        for (const audit of failed) console.log(`  ${name} ${page}: accessibility audit failed: ${audit.id} (${audit.title})`);
      }
      rows.push({name, page, a11y, perf, cls, lcp, tbt});
    }
  }
} finally {
  await chrome.kill();
  await server.close();
}
const list = (values, digits = 0) => values.map((v) => v.toFixed(digits)).join(' ');
console.log(`Lighthouse ${require('lighthouse/package.json').version}, ${RUNS} run(s) each, against ${process.env.CHROMIUM || '/usr/bin/chromium'}`);
for (const {name, page, a11y, perf, cls, lcp, tbt} of rows) {
  console.log(`${name.padEnd(8)} ${page.padEnd(11)} accessibility ${list(a11y)}  CLS ${list(cls, 3)} (worst ${Math.max(...cls).toFixed(3)})` +
              `  performance ${list(perf)}  LCP ${list(lcp)} ms  TBT ${list(tbt)} ms`);
}
const worst = Math.max(...rows.filter((r) => r.name === 'mobile').flatMap((r) => r.cls));
const lowest = Math.min(...rows.flatMap((r) => r.a11y));
console.log(`mobile CLS worst ${worst.toFixed(3)}: target <= 0.05 ${worst <= 0.05 ? 'met' : 'NOT met'}; ` +
            `accessibility lowest ${lowest}: target 100 ${lowest === 100 ? 'met' : 'NOT met'}`);
