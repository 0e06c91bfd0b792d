// Prints the widget's budget figures and writes them to tests/bench/BENCHMARKS.md, the one page
// of measurements the READMEs link to; a measurement, not a test: it always exits 0.
//  1. gzip bytes of everything the demo page loads for the widget, with the built-in ruleset
//     (today's rules, engine/rulesets/france-current.json; target <= 90 KB), and what each piece
//     weighs;
//  2. navigation -> first question visible in headless Chromium, as a ratio to a static page with
//     the same markup served the same way, median of RUNS runs each (target <= 1.5x);
//  2b. on a slow phone (CPU 4x slower, 1.6 Mbps, 150 ms round trip), navigation -> first question
//     visible, with today's rules built in and with the university page's from a rules URL (target:
//     no later than the module is ready + the engine's own load and first question), served
//     gzipped as a host serves them, and again as they are (a host that compresses nothing);
//  3. on a page whose CPU runs 4x slower (Chromium's CPU throttling), an answer -> the next
//     question painted (target <= 50 ms, the median answer of STEP_RUNS walks through the flow);
//  4. full results per second through engine.assess() in Node, on the university page's rules
//     (the ones json-rules-engine is given, row for row): answer sets never seen before (target
//     >= 2x json-rules-engine 7.3.1 deciding only the status, measured in the same run) and
//     repeated ones (target >= 1 M/s);
//  5. the native benchmark's figures, when it is built (assessments >= 10 M/s; the CLI's parse +
//     assess + render, printed);
//  6. tests/bench/check_scale's table: `couverture check` on generated rulesets;
//  7. tests/bench/largest_rulesets' tables: every command on the largest rulesets the limits accept.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {cpus, loadavg, tmpdir} from 'node:os';
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
import {STUDENT} from './lib/widget.mjs';

// The heading of BENCHMARKS.md's last part, kept by hand (writePage carries it over).
const EARLIER = '## Earlier measurements';
// What the page says: [section, figure, value, target or null, met or null].
const figures = [];
const record = (section, figure, value, target = null, met = null) => {
  figures.push([section, figure, value, target, met]);
  return met === null ? '' : met ? 'met' : 'NOT met';
};
const gz = (bytes) => gzipSync(bytes, {level: 9}).length;

const RUNS = Number(process.env.RUNS || 15);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const BROWSER_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
                      '--disable-component-update', '--disable-sync', '--no-first-run'];
const browser = await chromium.launch({executablePath: CHROMIUM, args: BROWSER_ARGS});

// A static copy of the demo page as it looks on the first question: the element's shadow markup
// and styles written into the page, no script.
const staticDir = mkdtempSync(join(tmpdir(), 'couverture-static-'));
const server = await startServer({mounts: {'/': DIST, '/static/': staticDir}, csp: CSP});
const uncompressed = await startServer({mounts: {'/': DIST}, csp: CSP, compress: false});

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
    total += gz(raw);
    console.log(`   ${file.padEnd(18)} ${kb(raw.length).padStart(9)} raw  ${kb(gz(raw)).padStart(8)} gzip`);
  }
  const met = record('Bytes (gzip -9)', 'the widget, today\'s rules built in (couverture.js + couverture.wasm)',
                     `${kb(total)} (${total} bytes)`, '<= 90 KB', total <= 90 * 1024);
  console.log(`   total ${kb(total)} gzip (${total} bytes); target <= 90 KB: ${met}`);
  piecesOfTheWidget();
}

// What each piece of the widget weighs, each compressed alone (together they compress a little
// better: their sum is above the total).
function piecesOfTheWidget() {
  const loader = join(ROOT, 'build', 'wasm', 'wasm', 'loader', 'couverture.js');
  const rules = join(ROOT, 'build', 'wasm', 'wasm', 'built-in-rules.json');
  if (!existsSync(loader) || !existsSync(rules)) return;
  const script = gz(readFileSync(join(DIST, 'couverture.js')));
  const pieces = [
    ['Emscripten\'s loader (minimal runtime)', gz(readFileSync(loader))],
    ['the built-in ruleset (compacted JSON)', gz(readFileSync(rules))],
  ];
  pieces.push(['the API, the element, its styles and words (the rest of couverture.js)',
               script - pieces[0][1] - pieces[1][1]]);
  const wasm = sections(readFileSync(join(DIST, 'couverture.wasm')));
  pieces.push(['the module\'s code', gz(wasm.code)], ['the module\'s data (messages, tables)', gz(wasm.data)]);
  for (const [piece, bytes] of pieces) {
    console.log(`   ${piece}: ${kb(bytes)}`);
    record('Bytes (gzip -9)', `piece: ${piece}`, kb(bytes));
  }
  // What a university's layer costs a page that uses one: the module it loads instead.
  const plain = gz(readFileSync(join(DIST, 'couverture.wasm')));
  const layers = gz(readFileSync(join(DIST, 'couverture-layers.wasm')));
  const cost = `${kb(layers)}, loaded instead of couverture.wasm (composition: +${kb(layers - plain)})`;
  console.log(`   with a layer, couverture-layers.wasm: ${cost}`);
  record('Bytes (gzip -9)', 'a page with a layer: couverture-layers.wasm', cost);
}

// The code and data sections of a WebAssembly module.
function sections(bytes) {
  let at = 8;
  const leb = () => {
    let value = 0, shift = 0, byte;
    do {
      byte = bytes[at++];
      value |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    return value >>> 0;
  };
  const found = {};
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    if (id === 10) found.code = bytes.subarray(at, at + size);
    if (id === 11) found.data = bytes.subarray(at, at + size);
    at += size;
  }
  return found;
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
  const met = record('Time in Chromium', `navigation -> first question visible, widget / static page (median of ${RUNS})`,
                     `${ratio.toFixed(2)}x (${median(widget).toFixed(1)} ms / ${median(still).toFixed(1)} ms)`,
                     '<= 1.5x', ratio <= 1.5);
  console.log(`2. Navigation -> first question visible, median of ${RUNS} cold loads each:`);
  console.log(`   widget ${median(widget).toFixed(1)} ms, static page ${median(still).toFixed(1)} ms: ` +
              `ratio ${ratio.toFixed(2)}x; target <= 1.5x: ${met}`);
}

// The first question on a slow phone: CPU 4x slower, 1.6 Mbps down (750 kbps up), 150 ms round
// trip, a cold cache; today's rules (built in, the first question prerendered) and the university
// page's (?rules=page: a rules URL, fetched while the module loads). For the URL, printed beside
// it: when couverture.wasm has arrived, and when the module was ready (the page's own
// WebAssembly.instantiate resolved: an init script wraps it, so the widget carries no timing
// code). The ruleset has arrived by then, so what is left is the engine's own work, timed alone
// (engineFirstQuestion): the target is first question <= module ready + the engine's own load
// and first question. Most of that is V8 compiling the engine's functions as they are first
// called (it compiles WebAssembly lazily, and a page cannot ask otherwise): printed beside it, the
// same work in a browser told to compile the whole module while it downloads
// (--no-wasm-lazy-compilation). Served gzipped, as a host serves them, and again as they are.
const SLOW_NETWORK = {offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8};
async function slowPhoneQuestion(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
  await page.addInitScript(() => {
    for (const name of ['instantiate', 'instantiateStreaming']) {
      const original = WebAssembly[name];
      if (!original) continue;
      WebAssembly[name] = function (...args) {
        const instantiated = original.apply(this, args);
        instantiated.then(() => { window.__moduleReadyAt ??= performance.now(); }, () => {});
        return instantiated;
      };
    }
    const check = () => {
      const root = document.querySelector('couverture-check')?.shadowRoot;
      const legend = root && root.querySelector('legend');
      if (legend && legend.getBoundingClientRect().height > 0) window.__questionAt = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__questionAt !== undefined, null, {timeout: 60000});
  const [question, wasm, ready, rules] = await page.evaluate(() => [window.__questionAt,
    (performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm')) || {}).responseEnd || null,
    window.__moduleReadyAt ?? null,
    (performance.getEntriesByType('resource').find((e) => e.name.includes('/rules/')) || {}).responseEnd || null]);
  await context.close();
  return {question, wasm, ready, rules};
}

// The engine's own load and first question, as the widget asks them (Couverture.create with the
// rules' text, then assess with no answers and the question it names), on the same slow CPU, in a
// fresh page whose module has just loaded (its code as cold as the widget finds it).
writeFileSync(join(staticDir, 'engine.html'), '<!doctype html>\n<title>engine</title>\n<script src="/couverture.js"></script>\n');
async function engineFirstQuestion(rulesPath, inBrowser = browser) {
  const context = await inBrowser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(server.url + 'static/engine.html');
  const rules = await page.evaluate(async (path) => {
    await window.Couverture.limits();  // the module, loaded as the widget loads it first
    return (await fetch(path)).text();
  }, rulesPath);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
  const ms = await page.evaluate(async (text) => {
    const start = performance.now();
    const engine = await window.Couverture.create({rules: text});
    const result = engine.assess({});
    if (!engine.questions.find((q) => q.id === result.next[0])) throw new Error('no first question');
    return performance.now() - start;
  }, rules);
  await context.close();
  return ms;
}

{
  const SLOW_RUNS = Number(process.env.SLOW_RUNS || 5);
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`2b. A slow phone (CPU 4x slower, 1.6 Mbps, 150 ms round trip), cold loads, median of ${SLOW_RUNS}:`);
  for (const [name, path, rulesPath, host] of [
    ['today’s rules (built in)', '', null, server],
    ['the university page’s rules (a rules URL)', '?rules=page', '/rules/university-page-before-2018.json', server],
    ['today’s rules (built in), uncompressed', '', null, uncompressed],
    ['the university page’s rules (a rules URL), uncompressed', '?rules=page', null, uncompressed]]) {
    const runs = [];
    for (let i = 0; i < SLOW_RUNS; i++) runs.push(await slowPhoneQuestion(host.url + path));
    const question = median(runs.map((r) => r.question));
    const arrived = runs.filter((r) => r.wasm).map((r) => r.wasm);
    // The prerendered question shows before couverture.wasm has arrived: it has no entry yet when
    // the page is asked, or one that ends after the question.
    const early = runs.filter((r) => !r.wasm || r.wasm > r.question).length;
    let wasm = early
      ? `before couverture.wasm had arrived in ${early} of ${runs.length} runs`
      : `couverture.wasm arrived at ${s(median(arrived))}`;
    let target = null, met = null;
    if (path) {
      const ready = median(runs.map((r) => r.ready));
      const after = median(runs.map((r) => r.question - r.ready));
      wasm += `, the rules at ${s(median(runs.map((r) => r.rules)))}, the module ready at ${s(ready)}, ` +
              `the first question ${after.toFixed(0)} ms after it`;
    }
    if (rulesPath) {
      const engine = [];
      for (let i = 0; i < SLOW_RUNS; i++) engine.push(await engineFirstQuestion(rulesPath));
      const own = median(engine);
      const eagerBrowser = await chromium.launch({executablePath: CHROMIUM, args: [...BROWSER_ARGS, '--js-flags=--no-wasm-lazy-compilation']});
      const eager = [];
      for (let i = 0; i < SLOW_RUNS; i++) eager.push(await engineFirstQuestion(rulesPath, eagerBrowser));
      await eagerBrowser.close();
      wasm += `; the engine's own load and first question ${own.toFixed(0)} ms (${median(eager).toFixed(0)} ms with its code compiled ahead)`;
      target = '<= module ready + the engine\'s own load and first question';
      met = question <= median(runs.map((r) => r.ready)) + own;
    }
    const value = `${s(question)} (${wasm})`;
    const verdict = record('Time in Chromium', `slow phone: navigation -> first question visible, ${name} (median of ${SLOW_RUNS})`,
                           value, target, met);
    console.log(`   ${name}: first question at ${value}${target ? `; target ${target}: ${verdict}` : ''}`);
  }
}

// From an answer (Continue clicked) to the next question painted, on a page whose CPU Chromium
// slows down 4x (a modest phone), the engine loaded: the element assesses and renders at once,
// and the next frame paints it. Every step of a typical student's walk through today's rules
// (tests/web/lib/widget.mjs's STUDENT: a degree student from outside Europe, nine answers; the
// last option each time, as this walked the university page's rules, ends today's after two); a
// fresh page per walk, so that no result is one the page has seen. Printed apart too: each walk's
// first answer (the first time the page shows the answers: their fonts and styles are laid out
// for the first time) and the later ones.
{
  const STEP_RUNS = Number(process.env.STEP_RUNS || 5);
  const steps = [];
  const firsts = [], later = [];
  for (let run = 0; run < STEP_RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(server.url);
    await page.waitForFunction(() => document.querySelector('couverture-check')?.result);
    // The time a student takes to read the first question: the page idles, as it would.
    await page.evaluate(() => new Promise((done) => requestIdleCallback(() => setTimeout(done, 500))));
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
    for (let step = 0; step < 12; step++) {
      // The student reads each question before answering: the page idles meanwhile.
      await page.evaluate(() => new Promise((done) => requestIdleCallback(done)));
      const ms = await page.evaluate(async (student) => {
        const element = document.querySelector('couverture-check');
        const id = element.result.next[0];
        const form = element.shadowRoot.querySelector('.question-area form');
        if (!id || !form) return null;
        if (!(id in student)) throw new Error(`the walk has no answer to ${id}`);
        const radios = form.querySelectorAll('input[type=radio]');
        if (radios.length) [...radios].find((radio) => radio.value === String(student[id])).checked = true;
        else form.querySelector('input').value = String(student[id]);
        const start = performance.now();
        form.querySelector('button[type=submit]').click();
        if (element.shadowRoot.querySelector('.error-summary')) throw new Error(`the answer to ${id} was refused`);
        await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
        return performance.now() - start;
      }, STUDENT);
      if (ms === null) break;
      steps.push(ms);
      (step === 0 ? firsts : later).push(ms);
    }
    await context.close();
  }
  const typical = median(steps);
  const worst = Math.max(...steps);
  const met = record('Time in Chromium', `CPU 4x slower: an answer -> the next question painted (median of ${steps.length} answers, the page idle before each; slowest)`,
                     `${typical.toFixed(1)} ms; slowest ${worst.toFixed(1)} ms`, '<= 50 ms', typical <= 50);
  console.log(`3. CPU throttled 4x, an answer -> the next question painted, ${steps.length} answers in ${STEP_RUNS} walks:`);
  console.log(`   median ${typical.toFixed(1)} ms (slowest ${worst.toFixed(1)} ms); target <= 50 ms: ${met}`);
  const split = `first answer of a walk ${median(firsts).toFixed(1)} ms (${firsts.length}), later answers ` +
                (later.length ? `${median(later).toFixed(1)} ms (${later.length})` : 'none');
  record('Time in Chromium', 'CPU 4x slower: an answer -> the next question painted, medians by place in the walk', split);
  console.log(`   ${split}`);
}
await browser.close();
await server.close();
await uncompressed.close();
rmSync(staticDir, {recursive: true, force: true});

// Throughput through engine.assess(): answer sets never seen before (each a full result, nothing
// memoized), beside json-rules-engine deciding the same five-way status of the university page's
// rules on the same answers; then their corpus's answer sets in turn (what a page re-asks, memoized).
{
  const pageRules = 'engine/rulesets/university-page-before-2018.json';
  const engine = await Couverture.create({rules: readFileSync(join(ROOT, pageRules), 'utf8')});
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

  // The university page's status in json-rules-engine: its rows as prioritized rules, the first
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
  // of the university page's rules, not assumed.
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

  // Those rules' corpus (the other folders hold other rulesets' scenarios).
  const sets = loadScenarios().filter((s) => s.rules === pageRules && !s.expect.error).map((s) => JSON.parse(s.answersText));
  for (const set of sets) engine.assess(set);
  const repeated = await rate(2, (n) => {
    for (let i = 0; i < 1000; i++) engine.assess(sets[(n + i) % sets.length]);
    return 1000;
  });
  const f = (x) => Math.round(x).toLocaleString('en');
  const twice = record('Results per second in Node (engine.assess)', 'answer sets never seen before, full results',
                       `${f(distinct)}/s (${(distinct / jre).toFixed(1)}x json-rules-engine)`, '>= 2x json-rules-engine',
                       distinct >= 2 * jre);
  record('Results per second in Node (engine.assess)', 'json-rules-engine 7.3.1, the status only, same answers',
         `${f(jre)}/s (same status on ${agree} of ${sample.length} answer sets reaching ${rowsReached.size} of 9 rows)`);
  const memo = record('Results per second in Node (engine.assess)', `corpus answer sets (${sets.length}) in turn`,
                      `${f(repeated)}/s`, '>= 1,000,000/s', repeated >= 1e6);
  console.log('4. Full results per second through engine.assess() in Node:');
  console.log(`   answer sets never seen before: ${f(distinct)}/s`);
  console.log(`   json-rules-engine 7.3.1, the status only, same answers: ${f(jre)}/s ` +
              `(Couverture ${(distinct / jre).toFixed(1)}x; target >= 2x: ${twice}; ` +
              `same status on ${agree} of ${sample.length} answer sets reaching ${rowsReached.size} of 9 rows)`);
  console.log(`   corpus answer sets (${sets.length}) in turn: ${f(repeated)}/s; target >= 1,000,000/s: ${memo}`);
}

// The native figures, from the benchmark (built by tests/run or cmake --build --preset native).
{
  const bench = join(ROOT, 'build', 'native', 'tests', 'bench', 'assess_benchmark');
  console.log('5. Native (build/native/tests/bench/assess_benchmark):');
  if (!existsSync(bench)) {
    console.log('   not built: cmake --preset native && cmake --build --preset native');
  } else {
    const run = spawnSync(bench, ['--benchmark_format=json', '--benchmark_filter=BM_AssessComplete$|BM_ParseAssessRender$|BM_ParseKeyHoles$|BM_ResultTemplate$'],
                          {encoding: 'utf8'});
    const results = run.status === 0 ? JSON.parse(run.stdout).benchmarks : [];
    const perSecond = (name) => {
      const b = results.find((r) => r.name === name);
      const ns = b && (b.time_unit === 'ns' ? b.real_time : b.time_unit === 'us' ? b.real_time * 1e3 : b.real_time * 1e6);
      return ns ? 1e9 / ns : NaN;
    };
    const f = (x) => Math.round(x).toLocaleString('en');
    const assess = perSecond('BM_AssessComplete');
    const met = record('Native (assess_benchmark)', 'assessments', `${(assess / 1e6).toFixed(1)} M/s`, '>= 10 M/s',
                       assess >= 1e7);
    console.log(`   assessments: ${(assess / 1e6).toFixed(1)} M/s; target >= 10 M/s: ${met}`);
    for (const [name, what] of [['BM_ParseAssessRender', 'the CLI\'s path: parse + assess + render the result JSON'],
                                ['BM_ParseKeyHoles', 'the widget\'s per answer set: parse, template key, holes'],
                                ['BM_ResultTemplate', 'the widget\'s per class of answers: a result template']]) {
      record('Native (assess_benchmark)', what, `${f(perSecond(name))}/s`);
      console.log(`   ${what}: ${f(perSecond(name))}/s`);
    }
  }
}

// The tables tests/bench's scripts print, run with the native CLI when it is built: printed as
// part `number` and kept, under `title` and `about`, for the benchmarks page.
const tables = [];
function benchTable(script, number, heading, title, about) {
  const cli = join(ROOT, 'build', 'native', 'engine', 'cli', 'couverture');
  if (!existsSync(cli)) return;
  const run = spawnSync(join(ROOT, 'tests', 'bench', script), [cli], {encoding: 'utf8'});
  if (run.status !== 0) return;
  console.log(`${number}. ${heading} (tests/bench/${script}):`);
  console.log(run.stdout.trimEnd().replace(/^/gm, '   '));
  tables.push([`${title} (tests/bench/${script})`, about, run.stdout.trim()]);
}

// The verifier's scale: `couverture check` on generated rulesets of growing size.
benchTable('check_scale', 6, 'couverture check on generated rulesets', 'The verifier\'s scale',
           'couverture check on generated rulesets: one decision (format 1), or three over the same questions. ' +
           'A run past the search budget reports the rows it could not show to decide (engine/README.md, "Scale").');

// The largest rulesets the limits accept: every command on each, natively and in Node
// (engine/README.md#what-the-largest-accepted-rulesets-take says what each may take).
benchTable('largest_rulesets', 7, 'the largest rulesets the limits accept', 'The largest accepted rulesets',
           'Each shape generated with the most rows the byte limit lets in, and every command timed on it ' +
           '(engine/README.md, "What the largest accepted rulesets take", says what each may take).');

writePage();

// tests/bench/BENCHMARKS.md, from this run's figures, then its hand-kept part from EARLIER on.
function writePage() {
  const git = (...args) => spawnSync('git', args, {cwd: ROOT, encoding: 'utf8'}).stdout.trim();
  const lines = [
    '# Benchmarks',
    '',
    `Written by \`tests/web/budget\` (which also runs the native benchmark, tests/bench/assess_benchmark.cpp)`,
    `on ${new Date().toISOString().slice(0, 10)}, at commit ${git('rev-parse', '--short', 'HEAD') || 'unknown'}` +
        `${git('status', '--porcelain') ? ' with changes' : ''}, on ${cpus().length} × ${cpus()[0]?.model.trim() || 'CPU'}` +
        ` (load average ${loadavg()[0].toFixed(1)} at the end), Node ${process.versions.node}, Debian's Chromium.`,
    'Run it again after a change that may move them; figures taken while other work runs on the',
    'machine move by 20% and more. What the figures measure, and why each target is what it is:',
    'wasm/README.md and web/README.md.',
  ];
  let section = null;
  for (const [where, figure, value, target, met] of figures) {
    if (where !== section) {
      section = where;
      lines.push('', `## ${where}`, '', '| | figure | target |', '|---|---|---|');
    }
    lines.push(`| ${figure} | ${value} | ${target === null ? '' : `${target}: ${met ? 'met' : '**not met**'}`} |`);
  }
  for (const [title, text, table] of tables) lines.push('', `## ${title}`, '', text, '', table);
  // The page's last part is kept by hand and carried over as it is: figures of past changes (what
  // a change saved or cost, before and after), which no run can take again.
  const page = join(ROOT, 'tests', 'bench', 'BENCHMARKS.md');
  const kept = existsSync(page) ? readFileSync(page, 'utf8').indexOf(EARLIER) : -1;
  if (kept >= 0) lines.push('', readFileSync(page, 'utf8').slice(kept).trimEnd());
  writeFileSync(page, lines.join('\n') + '\n');
  console.log('Written to tests/bench/BENCHMARKS.md');
}
