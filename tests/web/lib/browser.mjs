// Debian's Chromium driven by playwright-core (which cannot download browsers here), and the
// demo served the way a host would serve it: over HTTP, under a strict script-src CSP.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {chromium} from 'playwright-core';
import {startServer} from '../../../web/server.mjs';
import {DIST, FIXTURES, ROOT} from './paths.mjs';

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

// Rulesets made from the current default one: an edited one and an invalid one.
function generateRulesets() {
  const dir = mkdtempSync(join(tmpdir(), 'couverture-rules-'));
  const rules = JSON.parse(readFileSync(join(ROOT, 'engine', 'rulesets', 'default.json'), 'utf8'));
  const edited = structuredClone(rules);
  edited.questions[0].label.en = 'Which passport do you hold?';
  writeFileSync(join(dir, 'edited-rules.json'), JSON.stringify(edited));
  const invalid = structuredClone(rules);
  invalid.questions[3].type = 'colour';
  writeFileSync(join(dir, 'invalid-rules.json'), JSON.stringify(invalid));
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
