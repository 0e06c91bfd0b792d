// The npm package the build packs (build/wasm/couverture-check-<version>.tgz), as a web developer
// takes it: its package.json, a TypeScript consumer checked by tsc, a Vite build of a page that
// imports it (the .wasm followed as an asset) run in Chromium, and Node's require and import.
// The fixture's own tools (Vite, TypeScript) come from tests/web/fixtures/bundler's lockfile.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, test} from 'node:test';
import {startServer} from '../../web/server.mjs';
import {CSP, launchBrowser} from './lib/browser.mjs';
import {ARTIFACTS, FIXTURES, ROOT} from './lib/paths.mjs';

const VERSION = /project\(couverture VERSION ([\d.]+)/.exec(readFileSync(join(ROOT, 'CMakeLists.txt'), 'utf8'))[1];
const TARBALL = join(ROOT, 'build', 'wasm', `couverture-check-${VERSION}.tgz`);
const FIXTURE = join(FIXTURES, 'bundler');
const scratch = mkdtempSync(join(tmpdir(), 'couverture-npm-'));

function run(command, args, options = {}) {
  const done = spawnSync(command, args, {encoding: 'utf8', timeout: 300000, ...options});
  if (done.error) throw done.error;
  assert.equal(done.status, 0, `${command} ${args.join(' ')}:\n${done.stdout}\n${done.stderr}`);
  return done.stdout;
}

let unpacked;
before(() => {
  assert.ok(existsSync(TARBALL), `${TARBALL} is missing: the wasm build packs it`);
  unpacked = join(scratch, 'package');
  run('tar', ['-xzf', TARBALL, '-C', scratch]);
  // The fixture's tools, from its lockfile, when missing or older than it.
  const installed = join(FIXTURE, 'node_modules', '.package-lock.json');
  if (!existsSync(installed) || statSync(join(FIXTURE, 'package-lock.json')).mtimeMs > statSync(installed).mtimeMs) {
    run('npm', ['ci', '--no-audit', '--no-fund'], {cwd: FIXTURE});
  }
  // The package, as npm would unpack it into the consumer's node_modules.
  const target = join(FIXTURE, 'node_modules', 'couverture-check');
  rmSync(target, {recursive: true, force: true});
  cpSync(unpacked, target, {recursive: true});
});
after(() => rmSync(scratch, {recursive: true, force: true}));

test('package.json: the version is CMake\'s; exports, types and files name what is packed', () => {
  const pkg = JSON.parse(readFileSync(join(unpacked, 'package.json'), 'utf8'));
  assert.equal(pkg.name, 'couverture-check');
  assert.equal(pkg.version, VERSION);
  assert.equal(pkg.types, './couverture.d.ts');
  assert.deepEqual(pkg.exports['.'], {types: './couverture.d.ts', node: './couverture.js', import: './couverture.mjs',
                                      default: './couverture.js'});
  const files = readdirSync(unpacked, {recursive: true}).filter((f) => !statSync(join(unpacked, f)).isDirectory()).sort();
  assert.deepEqual(files, [...pkg.files, 'package.json'].sort());
  for (const name of ['rules/france-current.json', 'rules/university-page-before-2018.json', 'ruleset.schema.json']) {
    assert.equal(readFileSync(join(unpacked, name), 'utf8'), readFileSync(join(ROOT, name.startsWith('rules/') ? 'engine/rulesets/' + name.slice(6) : 'engine/' + name), 'utf8'), name);
    assert.equal(pkg.exports['./' + name], './' + name);
  }
  // The lockfiles carry no download addresses.
  for (const lock of [join(FIXTURE, 'package-lock.json'), join(ROOT, 'tests', 'web', 'package-lock.json'),
                      join(ROOT, 'web', 'package-lock.json')]) {
    assert.doesNotMatch(readFileSync(lock, 'utf8'), /"resolved"/, lock);
  }
});

test('TypeScript: a consumer of the API, the result, the element and its event type-checks', () => {
  run(process.execPath, [join(FIXTURE, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', FIXTURE]);
});

// An EU student enrolled in France, without a job, with a European card: today's rules settle it.
const EU_WITH_CARD = {enrolled_higher_ed: true, employed_in_france: false, origin: 'eu_eea',
                      home_coverage_eu: 'ehic_valid_to_year_end'};

test('Node: require() and import both give the API, the .wasm read from the package', () => {
  // Today's rules are built in.
  const script = `const {Couverture} = require('couverture-check');
    Couverture.create().then((e) => console.log(e.ruleset.id, e.assess(${JSON.stringify(EU_WITH_CARD)}).status));`;
  assert.equal(run(process.execPath, ['-e', script], {cwd: FIXTURE}).trim(), 'france-current use_ehic');
  const module = `import {Couverture} from 'couverture-check';
    const e = await Couverture.create({lang: 'fr'}); console.log(e.assess({enrolled_higher_ed: true, origin: 'quebec'}).next[0]);`;
  assert.equal(run(process.execPath, ['--input-type=module', '-e', module], {cwd: FIXTURE}).trim(), 'employed_in_france');
  // The shipped rulesets and their schema come with it, for a site that pins them.
  const pinned = `const {Couverture} = require('couverture-check');
    const rules = require('couverture-check/rules/university-page-before-2018.json');
    const schema = require('couverture-check/ruleset.schema.json');
    Couverture.create({rules}).then((e) => console.log(e.ruleset.id, typeof schema.$defs,
      require('couverture-check/rules/france-current.json').id));`;
  assert.equal(run(process.execPath, ['-e', pinned], {cwd: FIXTURE}).trim(), 'student-health-coverage object france-current');
});

test('Vite: a page importing the package builds, finds its .wasm among the assets, and works', async () => {
  const out = join(scratch, 'vite');
  // Vite 5 (it runs on Debian 12's Node 18, where Vite 7 does not) targets es2020 by default, and
  // the page awaits Couverture.create() at its top level: es2022 allows it.
  run(process.execPath, [join(FIXTURE, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', FIXTURE,
                         '--outDir', out, '--emptyOutDir', '--logLevel', 'warn', '--target', 'es2022']);
  const assets = readdirSync(join(out, 'assets'));
  assert.ok(assets.some((file) => /^couverture-.*\.wasm$/.test(file)), assets.join(' '));
  const server = await startServer({mounts: {'/': out}, csp: CSP});
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    const wasm = [];
    page.on('request', (request) => { if (request.url().endsWith('.wasm')) wasm.push(new URL(request.url()).pathname); });
    await page.goto(server.url);
    await page.getByText('Health cover for international students in France (current rules): use_ehic (ehic)').waitFor();
    // Today's rules are built in: their first question, in the page's French.
    await page.getByRole('group', {name: /^Êtes-vous inscrit, ou sur le point de vous inscrire/}).waitFor();
    await page.evaluate((answers) => { document.querySelector('couverture-check').answers = answers; }, EU_WITH_CARD);
    assert.equal(await page.evaluate(() => document.body.dataset.status), 'use_ehic', 'the typed event listener ran');
    assert.equal(wasm.length, 1);
    assert.match(wasm[0], /^\/assets\/couverture-.*\.wasm$/);
    assert.deepEqual(problems, []);
    mkdirSync(ARTIFACTS, {recursive: true});
    await page.screenshot({path: join(ARTIFACTS, 'npm-vite-1280.png'), fullPage: true});
  } finally {
    await browser.close();
    await server.close();
  }
});
