// Debian's Chromium driven by playwright-core (which cannot download browsers here), and the
// demo served the way a host would serve it: over HTTP, under a strict script-src CSP.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {chromium} from 'playwright-core';
import {startServer} from '../../../web/server.mjs';
import {DIST, FIXTURES} from './paths.mjs';

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

// The dist folder at /, the test fixtures at /fixtures/; every requested path is recorded.
export async function serveDist({csp = CSP} = {}) {
  const requests = [];
  const server = await startServer({mounts: {'/': DIST, '/fixtures/': FIXTURES}, csp,
                                    onRequest: (path) => requests.push(path)});
  return {...server, requests};
}
