// Prints the widget's budget figures; a measurement, not a test: it always exits 0.
//  1. gzip bytes of everything the demo page loads for the widget (target <= 85 KB, stretch 70);
//  2. navigation -> first question visible in headless Chromium, as a ratio to a static page with
//     the same markup served the same way, median of RUNS runs each (target <= 1.5x);
//  3. full results per second through engine.assess() in Node: answer sets never seen before
//     (target >= 50 000/s and >= 2x json-rules-engine 7.3.1 deciding only the status, measured in
//     the same run; stretch 200 000/s) and repeated ones (target >= 1 M/s);
//  4. the native benchmark's figures, when it is built (assessments >= 10 M/s; the CLI's parse +
//     assess + render >= 100 000/s).
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {Engine as RulesEngine} from 'json-rules-engine';
import {chromium} from 'playwright-core';
import {startServer} from '../../web/server.mjs';
import {CSP} from './lib/browser.mjs';
import {Couverture} from './lib/engine.mjs';
import {DIST, ROOT} from './lib/paths.mjs';
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
  // The host page's own files are not the widget's.
  const widgetFiles = [...new Set(files)].filter((file) => !['', 'demo.css', 'demo.js'].includes(file));
  let total = 0;
  console.log('1. Bytes the page loads for the widget (gzip -9):');
  for (const file of widgetFiles) {
    const raw = readFileSync(join(DIST, file));
    const gz = gzipSync(raw, {level: 9}).length;
    total += gz;
    console.log(`   ${file.padEnd(18)} ${kb(raw.length).padStart(9)} raw  ${kb(gz).padStart(8)} gzip`);
  }
  console.log(`   total ${kb(total)} gzip (${total} bytes); target <= 85 KB: ${total <= 85 * 1024 ? 'met' : 'NOT met'}, ` +
              `stretch 70 KB: ${total <= 70 * 1024 ? 'met' : 'not met'} (where the bytes go: wasm/README.md)`);
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

// Throughput through engine.assess(): answer sets never seen before (each a full result, nothing
// memoized), beside json-rules-engine deciding the same five-way status of the default ruleset on
// the same answers; then the corpus's answer sets in turn (what a page re-asks, memoized).
{
  const engine = await Couverture.create();
  const rate = async (seconds, body) => {
    let count = 0;
    const start = performance.now();
    while (performance.now() - start < seconds * 1000) count += await body(count);
    return count / ((performance.now() - start) / 1000);
  };
  // Every call new, with values a student could give: an age from 16 to 80 and stays in
  // hundredths of a month up to two years, never the same three numbers twice in a run.
  const fresh = (n) => ({origin: 'other', french_government_scholarship: false, age: 16 + (n % 65),
                         stay_months: Math.floor(n / 65) % 2400 / 100, home_coverage: n % 2 === 0,
                         low_income: n % 3 === 0, months_in_france: Math.floor(n / 156000) % 2400 / 100});
  let seen = 0;
  const distinct = await rate(3, () => {
    for (let i = 0; i < 100; i++) engine.assess(fresh(seen++));
    return 100;
  });

  // The default ruleset's status in json-rules-engine: its rows as prioritized rules, the first
  // that holds deciding (as the engine's FIRST hit policy does).
  const rules = new RulesEngine([], {allowUndefinedFacts: true});
  // First hit, as the engine's tables: the lower priorities are not run once a rule has held.
  rules.on('success', () => rules.stop());
  const fact = (name, operator, value) => ({fact: name, operator, value});
  const add = (priority, status, conditions) => rules.addRule({priority, conditions, event: {type: status}, name: status});
  add(90, 'not_required', {all: [fact('origin', 'equal', 'eu_eea')]});
  add(80, 'not_required', {all: [fact('origin', 'equal', 'quebec'), fact('exchange_programme', 'equal', true)]});
  add(70, 'not_required', {all: [fact('origin', 'equal', 'quebec'), fact('exchange_programme', 'equal', false)]});
  add(60, 'automatic', {all: [fact('french_government_scholarship', 'equal', true)]});
  add(50, 'not_eligible', {all: [fact('origin', 'notEqual', 'eu_eea'), fact('age', 'greaterThan', 28),
                                 fact('low_income', 'equal', true), fact('months_in_france', 'greaterThan', 3)]});
  add(40, 'not_eligible', {all: [fact('origin', 'notEqual', 'eu_eea'), fact('age', 'greaterThan', 28)]});
  add(30, 'optional', {all: [fact('stay_months', 'lessThan', 3), fact('home_coverage', 'equal', true)]});
  add(20, 'optional', {all: [fact('stay_months', 'lessThan', 3)]});
  add(10, 'mandatory', {all: []});
  const status = async (answers) => {
    // Rules run by priority; the highest that holds decides.
    const {events} = await rules.run(answers);
    return events.length ? events[0].type : null;
  };
  // Both decide the same status on the same answers: checked on answer sets that reach every row
  // of the default ruleset, not assumed.
  const sample = [];
  for (const origin of ['eu_eea', 'quebec', 'other']) {
    for (const flag of [true, false]) {
      for (const age of [20, 28, 29, 45]) {
        for (const stay of [1, 2.99, 3, 10]) {
          for (const months of [2, 3, 3.5]) {
            sample.push({origin, exchange_programme: flag, french_government_scholarship: !flag && age === 45,
                         age, stay_months: stay, home_coverage: flag, low_income: !flag, months_in_france: months});
          }
        }
      }
    }
  }
  let agree = 0;
  const rowsReached = new Set();
  for (const answers of sample) {
    const result = engine.assess(answers);
    rowsReached.add(result.rule);
    if ((await status(answers)) === result.status) agree++;
  }
  if (agree !== sample.length) console.log(`   WARNING: json-rules-engine disagrees on ${sample.length - agree} answer sets`);
  let seenJre = 0;
  const jre = await rate(3, async () => {
    for (let i = 0; i < 20; i++) await status(fresh(seenJre++));
    return 20;
  });

  // The default ruleset's corpus (the other folders hold other rulesets' scenarios).
  const sets = loadScenarios().filter((s) => !s.rules && !s.expect.error).map((s) => JSON.parse(s.answersText));
  for (const set of sets) engine.assess(set);
  const repeated = await rate(2, (n) => {
    for (let i = 0; i < 1000; i++) engine.assess(sets[(n + i) % sets.length]);
    return 1000;
  });
  const f = (x) => Math.round(x).toLocaleString('en');
  console.log('3. Full results per second through engine.assess() in Node:');
  console.log(`   answer sets never seen before: ${f(distinct)}/s; target >= 50,000/s: ${distinct >= 50000 ? 'met' : 'NOT met'}, ` +
              `stretch 200,000/s: ${distinct >= 200000 ? 'met' : 'not met'}`);
  console.log(`   json-rules-engine 7.3.1, the status only, same answers: ${f(jre)}/s ` +
              `(Couverture ${(distinct / jre).toFixed(1)}x; target >= 2x: ${distinct >= 2 * jre ? 'met' : 'NOT met'}; ` +
              `same status on ${agree} of ${sample.length} answer sets reaching ${rowsReached.size} of 9 rows)`);
  console.log(`   corpus answer sets (${sets.length}) in turn: ${f(repeated)}/s; ` +
              `target >= 1,000,000/s: ${repeated >= 1e6 ? 'met' : 'NOT met'}`);
}

// The native figures, from the benchmark (built by tests/run or cmake --build --preset native).
{
  const bench = join(ROOT, 'build', 'native', 'tests', 'bench', 'assess_benchmark');
  console.log('4. Native (build/native/tests/bench/assess_benchmark):');
  if (!existsSync(bench)) {
    console.log('   not built: cmake --preset native && cmake --build --preset native');
  } else {
    const run = spawnSync(bench, ['--benchmark_format=json', '--benchmark_filter=BM_AssessComplete$|BM_ParseAssessRender$'],
                          {encoding: 'utf8'});
    const results = run.status === 0 ? JSON.parse(run.stdout).benchmarks : [];
    const perSecond = (name) => {
      const b = results.find((r) => r.name === name);
      const ns = b && (b.time_unit === 'ns' ? b.real_time : b.time_unit === 'us' ? b.real_time * 1e3 : b.real_time * 1e6);
      return ns ? 1e9 / ns : NaN;
    };
    const assess = perSecond('BM_AssessComplete'), render = perSecond('BM_ParseAssessRender');
    console.log(`   assessments: ${(assess / 1e6).toFixed(1)} M/s; target >= 10 M/s: ${assess >= 1e7 ? 'met' : 'NOT met'}`);
    console.log(`   CLI path, parse + assess + render the result JSON: ${Math.round(render).toLocaleString('en')}/s; ` +
                `target >= 100,000/s: ${render >= 1e5 ? 'met' : 'NOT met'}`);
  }
}
