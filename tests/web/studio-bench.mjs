// The rules studio's speed, printed, not asserted (a loaded 2-core machine varies too much for a
// timed test): node tests/web/studio-bench.mjs [runs]
//   - the studio's modules and page, raw and gzip -9;
//   - the engine alone, in the studio's worker: check (load + verify), table, diff on a generated
//     200-row, 30-question ruleset (tests/bench/generate_ruleset.py);
//   - typing in that ruleset: from the last keystroke to findings, the visible view and the preview
//     being current (the page's `studio-updated` event), with the Preview and with the Table shown;
//   - navigation -> first view (the editor holding the ruleset and the findings listed).
// Targets (issue 12): 300 ms after the last keystroke; first view within 2 s.
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {launchBrowser, serveDist} from './lib/browser.mjs';
import {DIST, ROOT} from './lib/paths.mjs';

const RUNS = Number(process.argv[2] || 9);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const range = (values) => `median ${median(values).toFixed(0)} ms (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)}, n=${values.length})`;

function sizes() {
  const files = ['couverture-studio.wasm', 'couverture-studio.js', 'studio.js', 'studio-engine-worker.js',
                 'studio-layout-worker.js', 'studio.css', 'studio.html',
                 ...(existsSync(join(DIST, 'studio-chunks')) ? readdirSync(join(DIST, 'studio-chunks')).map((f) => `studio-chunks/${f}`) : []),
                 'couverture.wasm', 'couverture.js'];
  console.log('file sizes (raw / gzip -9):');
  for (const file of files) {
    const bytes = readFileSync(join(DIST, file));
    console.log(`  ${file.padEnd(44)} ${(bytes.length / 1024).toFixed(1).padStart(8)} KB ${(gzipSync(bytes, {level: 9}).length / 1024).toFixed(1).padStart(8)} KB`);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'couverture-studio-bench-'));
const rulesFile = join(dir, 'generated-200x30.json');
writeFileSync(rulesFile, execFileSync('python3', [join(ROOT, 'tests/bench/generate_ruleset.py'), '200', '30']));
const server = await serveDist();
const browser = await launchBrowser();

async function open() {
  const page = await browser.context.newPage();
  await page.setViewportSize({width: 1280, height: 900});
  await page.goto(`${server.url}studio.html?lang=en`);
  await page.waitForSelector('html[data-studio-ready]');
  return page;
}

const nextUpdate = (page) => page.evaluate(() => new Promise((resolve) => {
  document.addEventListener('studio-updated', (e) => resolve(e.detail), {once: true});
}));

// Types `keys` at the end of the short label "Q5…" (a short label: the table's header shows it), then
// waits for the update of the final text; returns ms from the last keydown to that update.
async function typingLatency(page, keys) {
  await page.evaluate(() => {
    const view = window.couvertureStudio.view;
    const doc = view.state.doc.toString();
    const at = doc.indexOf('"', doc.indexOf('"Q5') + 1);  // before the closing quote of "Q5…"
    view.dispatch({selection: {anchor: at}});
    view.focus();
    window.lastKey = 0;
    if (!window.keyTimer) {
      window.keyTimer = true;
      document.addEventListener('keydown', () => { window.lastKey = performance.now(); }, true);
    }
  });
  const done = page.evaluate(() => new Promise((resolve) => {
    const expected = () => window.couvertureStudio.view.state.doc.toString();
    const listener = (e) => {
      if (e.detail.text !== expected()) return;
      document.removeEventListener('studio-updated', listener);
      resolve({latency: e.detail.at - window.lastKey, lastKey: window.lastKey, ...e.detail, text: undefined});
    };
    document.addEventListener('studio-updated', listener);
  }));
  await page.keyboard.type(keys, {delay: 40});
  return done;
}

try {
  sizes();
  const page = await open();
  const loaded = nextUpdate(page);
  await page.setInputFiles('#open-file', rulesFile);
  await loaded;
  const engine = await page.evaluate(async (runs) => {
    const {engine, state} = window.couvertureStudio;
    const call = (method, args) => engine.call('bench', method, args);
    const time = async (f) => {
      const out = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        await f(i);
        out.push(performance.now() - t);
      }
      return out;
    };
    // A different text each time (a trailing space), so that nothing is reused between calls. The
    // engine runs in the studio's worker: each figure includes the round trip to it.
    const check = await time((i) => call('check', [state.text + ' '.repeat(i + 1), {today: ''}]));
    const summary = (await call('check', [state.text, {today: ''}])).summary;
    const table = await time((i) => call('table', [state.text + ' '.repeat(i + 1), 'en']));
    const diff = await time((i) => call('diff', [state.opened.text + ' '.repeat(i + 1), state.text, {lang: 'en'}]));
    return {check, table, diff, summary};
  }, RUNS);
  console.log(`\n200 rows x 30 questions (${engine.summary.classes} classes, flow ${engine.summary.flow_nodes} nodes): engine calls in the page`);
  console.log(`  check (load + verify)  ${range(engine.check)}`);
  console.log(`  table                  ${range(engine.table)}`);
  console.log(`  diff                   ${range(engine.diff)}`);

  for (const view of ['preview', 'table']) {
    await page.locator(`[role=tab][data-view=${view}]`).click();
    const latencies = [];
    const parts = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await typingLatency(page, 'ab');
      latencies.push(r.latency);
      parts.push(r);
    }
    const part = (key) => median(parts.map((p) => p[key])).toFixed(0);
    console.log(`\ntyping, ${view} shown: last keystroke -> findings, ${view} and preview current: ${range(latencies)}`);
    for (const p of parts) {
      p.input = p.changed - p.lastKey;
      p.wait = p.started - p.changed;
      p.after = p.latency - p.input - p.wait - p.check - p.view - p.preview;
    }
    console.log(`  of which (medians): key -> edit ${part('input')}, edit -> check (debounce) ${part('wait')}, check + findings ${part('check')}, view ${part('view')}, preview ${part('preview')}`);
  }
  await page.close();

  const firstView = [];
  for (let i = 0; i < RUNS; i++) {
    const p = await browser.context.newPage();
    await p.setViewportSize({width: 1280, height: 900});
    await p.goto(`${server.url}studio.html?lang=en`);
    await p.waitForSelector('html[data-studio-ready]');
    firstView.push(await p.evaluate(() => window.couvertureStudio.readyAt));
    await p.close();
  }
  console.log(`\nnavigation -> first view (default ruleset in the editor, findings listed, preview shown): ${range(firstView)}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, {recursive: true, force: true});
}
