// Debian's Chromium driven by playwright-core (which cannot download browsers here), and the
// demo served the way a host would serve it: over HTTP, under a strict script-src CSP.
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before} from 'node:test';
import {chromium} from 'playwright-core';
import {startServer} from '../../../web/server.mjs';
import {ARTIFACTS, DIST, FIXTURES, ROOT} from './paths.mjs';

export const CSP = "script-src 'self' 'wasm-unsafe-eval'";

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
              '--disable-component-update', '--disable-sync', '--no-first-run'];

// A browser with a fresh profile, closed (and its profile removed) by close().
export async function launchBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'couverture-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ARGS, headless: true,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, {recursive: true, force: true});
    },
  };
}

// Rulesets made from the university page's (format 1, small): an edited one and an invalid one.
function generateRulesets() {
  const dir = mkdtempSync(join(tmpdir(), 'couverture-rules-'));
  const rules = JSON.parse(readFileSync(join(ROOT, 'engine', 'rulesets', 'university-page-before-2018.json'), 'utf8'));
  const edited = structuredClone(rules);
  edited.questions[0].label.en = 'Which passport do you hold?';
  writeFileSync(join(dir, 'edited-rules.json'), JSON.stringify(edited));
  const invalid = structuredClone(rules);
  invalid.questions[3].type = 'colour';
  writeFileSync(join(dir, 'invalid-rules.json'), JSON.stringify(invalid));
  // Texts with links: an https one becomes a link, any other scheme stays text.
  const linked = structuredClone(rules);
  linked.outcomes.steps.register_cmu.text.en =
      'Register at [the CPAM](https://cpam.example/inscription) of your city ([not this](javascript:alert(1))).';
  writeFileSync(join(dir, 'linked-rules.json'), JSON.stringify(linked));
  // A ruleset that declares Spanish (its texts copied from English, marked), which the widget's
  // own words do not have.
  const spanish = structuredClone(rules);
  spanish.languages.push('es');
  const addSpanish = (node) => {
    if (!node || typeof node !== 'object') return;
    if (typeof node.en === 'string' && typeof node.fr === 'string') node.es = `(es) ${node.en}`;
    Object.values(node).forEach(addSpanish);
  };
  addSpanish(spanish);
  writeFileSync(join(dir, 'spanish-rules.json'), JSON.stringify(spanish));
  // A CMS that bundles every script of the page into one file, in a folder of its own.
  mkdirSync(join(dir, 'cms'));
  writeFileSync(join(dir, 'cms', 'bundle.js'), `/* the CMS's own scripts */\nwindow.cmsMenu = {};\n` +
                readFileSync(join(DIST, 'couverture.js'), 'utf8'));
  // RequireJS, for a page that loads its scripts as AMD modules (Moodle does).
  mkdirSync(join(dir, 'amd'));
  copyFileSync(join(ROOT, 'tests/web/node_modules/requirejs/require.js'), join(dir, 'amd', 'require.js'));
  return dir;
}

// The dist folder at /, the test fixtures at /fixtures/, generated rulesets at /generated/;
// every requested path is recorded.
export async function serveDist({csp = CSP} = {}) {
  const requests = [];
  const generated = generateRulesets();
  const server = await startServer({mounts: {'/': DIST, '/fixtures/': FIXTURES, '/generated/': generated},
                                    csp, onRequest: (path) => requests.push(path)});
  return {
    ...server,
    requests,
    async close() {
      await server.close();
      rmSync(generated, {recursive: true, force: true});
    },
  };
}

// One Chromium and one server of the dist folder for a test file: started before its tests,
// closed after them. Returns {browser, server}, filled in when the tests run.
export function useBrowser() {
  const session = {browser: null, server: null};
  before(async () => {
    mkdirSync(ARTIFACTS, {recursive: true});
    session.server = await serveDist();
    session.browser = await launchBrowser();
  });
  after(async () => {
    await session.browser.close();
    await session.server.close();
  });
  return session;
}

// A page of `width` x `height` whose script errors collect in page.problems, which tests assert
// empty at their end.
export async function newPage(session, width = 1280, height = 900) {
  const page = await session.browser.context.newPage();
  await page.setViewportSize({width, height});
  page.problems = [];
  // COUVERTURE_WORKER_DELAY_MS=700: the studio's workers answer that much later. A test that reads
  // a view before the worker has redrawn it for the last edit then fails every run, not once in a
  // full run under load. (The studio listens through onmessage, the one handler delayed.)
  const delay = Number(process.env.COUVERTURE_WORKER_DELAY_MS || 0);
  if (delay > 0) {
    await page.addInitScript((ms) => {
      window.Worker = class extends window.Worker {
        set onmessage(handler) { super.onmessage = handler && ((event) => setTimeout(() => handler.call(this, event), ms)); }
        get onmessage() { return super.onmessage; }
      };
    }, delay);
  }
  page.on('pageerror', (error) => page.problems.push(`page error: ${error.message}`));
  return page;
}

// Content-Security-Policy violations, which Chromium reports on the console, go to page.problems too.
export function reportCspViolations(page) {
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused/i.test(message.text())) page.problems.push(message.text());
  });
  return page;
}
