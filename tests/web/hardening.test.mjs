// Regression tests for the hardening issue, in the browser and through the JavaScript API: a
// shared link cannot freeze the page or speak for the attacker, ids that are JavaScript's own
// object machinery are ordinary ids, a `rules` URL that never ends or never stops is refused with
// a message for the page's author, texts and memos are bounded, and the API refuses what JSON
// cannot carry. Property tests (fast-check) drive the link decoder with arbitrary queries.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {join} from 'node:path';
import {after, before, test} from 'node:test';
import fc from 'fast-check';
import {newPage as openPage, useBrowser} from './lib/browser.mjs';
import {Couverture} from './lib/engine.mjs';
import {ROOT} from './lib/paths.mjs';
import {WORDS, engines, open, question} from './lib/widget.mjs';

// The university page's rules: small, and the questions these tests rename are theirs.
const defaultText = readFileSync(join(ROOT, 'engine', 'rulesets', 'university-page-before-2018.json'), 'utf8');
const limits = await Couverture.limits();

const session = useBrowser();

// A server for the `rules` URLs a page author can get wrong: one that never answers, one that
// streams without end (no Content-Length), one that announces 50 MB. Cross-origin, as a
// ruleset kept elsewhere would be.
let rulesServer;
const pending = new Set();
before(async () => {
  rulesServer = createServer((request, response) => {
    const headers = {'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/json'};
    pending.add(response);
    response.on('close', () => pending.delete(response));
    if (request.url === '/never.json') {
      response.writeHead(200, headers);
      response.write('{"format": 1,');  // and nothing more
    } else if (request.url === '/endless.json') {
      response.writeHead(200, headers);
      const chunk = Buffer.alloc(256 * 1024, 0x20);
      const more = () => { if (!response.destroyed) response.write(chunk, () => setImmediate(more)); };
      more();
    } else if (request.url === '/huge.json') {
      response.writeHead(200, {...headers, 'Content-Length': String(50 * 1024 * 1024)});
      response.write('{');
    } else {
      response.writeHead(404, headers);
      response.end();
    }
  });
  await new Promise((done) => rulesServer.listen(0, '127.0.0.1', done));
});
after(async () => {
  for (const response of pending) response.destroy();
  await new Promise((done) => rulesServer.close(done));
});
const rulesUrl = (path) => `http://127.0.0.1:${rulesServer.address().port}${path}`;

const newPage = () => openPage(session);

// What the widget says went wrong: its notice (a refused link) or its alert (rules not loaded).
const NOTICES = '[part=notice], [role=alert]';
const alertText = (page) => page.locator('couverture-check').first().evaluate(
    (element, selector) => [...element.shadowRoot.querySelectorAll(selector)].map((a) => a.textContent).join('\n'),
    NOTICES);
const noticeShows = (page, pattern) => page.waitForFunction(([selector, source]) => new RegExp(source).test(
    [...document.querySelector('couverture-check').shadowRoot.querySelectorAll(selector)].map((a) => a.textContent).join('\n')),
    [NOTICES, pattern.source], {timeout: 30000});
const pageEngine = await Couverture.create({rules: defaultText, lang: 'en'});
const pageQuestion = (id) => pageEngine.questions.find((q) => q.id === id);
const QUEBEC = pageQuestion('origin').options.find((o) => o.id === 'quebec').label;
const YES = pageQuestion('exchange_programme').options.find((o) => o.id === true).label;
// The built-in rules' (today's) first question, and its first choice.
const FIRST = question('en', engines.en.assess({}).next[0]).options[0].label;

test('a link with 60 000 keys is refused at once, in the ruleset\'s words, without echoing it', async () => {
  const page = await newPage();
  const query = Array.from({length: 60000}, (_, i) => `k${i}=1`).join('&');
  const started = Date.now();
  await open(page, `${session.server.url}index.html?rules=page#couverture:${query}`);
  await noticeShows(page, /could not be used/);
  const elapsed = Date.now() - started;
  const text = await alertText(page);
  assert.match(text, /The answers in the link could not be used/);
  assert.ok(text.length < 300, `the notice is short, not the attacker's text: ${text.length} characters`);
  assert.ok(!text.includes('k59999'), text);
  assert.ok(elapsed < 5000, `refused in ${elapsed} ms`);
  // The widget is usable: its first question is there.
  await page.getByRole('radio', {name: QUEBEC}).check();
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a refused link\'s notice names the problem, with no "undefined" in it', async () => {
  const page = await newPage();
  await open(page, `${session.server.url}index.html#couverture:foo=1`);
  await noticeShows(page, /could not be used/);
  const text = await alertText(page);
  assert.match(text, /unknown question "foo"/);
  assert.ok(!/undefined/.test(text), text);
  // A key made of an attacker's sentence is cut short in the notice.
  const sentence = 'Your account is locked. Call this number now to unlock it'.repeat(20);
  await page.evaluate((hash) => { location.hash = hash; }, `couverture:${encodeURIComponent(sentence)}=1`);
  await noticeShows(page, /could not be used/);
  const cut = await alertText(page);
  assert.ok(cut.length < 300 && !cut.includes(sentence), cut);
  await page.close();
});

for (const id of ['__proto__', 'constructor', 'prototype']) {
  test(`a question with id "${id}" is an ordinary question: the widget completes a flow with it`, async () => {
    // As text: an object would lose its "__proto__" keys on the way into the page.
    const text = defaultText.replaceAll('"origin"', JSON.stringify(id));
    const rules = JSON.parse(text);
    const page = await newPage();
    await open(page, `${session.server.url}index.html`);
    await page.locator('couverture-check').evaluate((element, t) => { element.rules = t; }, text);
    await page.waitForFunction((first) => document.querySelector('couverture-check').result?.next[0] === first, id);
    await page.getByRole('radio', {name: QUEBEC}).check();
    await page.getByRole('button', {name: WORDS.en.continue}).click();
    await page.getByRole('radio', {name: YES}).check();
    await page.getByRole('button', {name: WORDS.en.continue}).click();
    // As JSON text: a "__proto__" key would not survive the way out of the page as an object.
    const result = JSON.parse(await page.locator('couverture-check').evaluate((element) => JSON.stringify({
      complete: element.result.complete, status: element.result.status, answers: element.answers,
      own: Object.keys(element.answers)})));
    assert.equal(result.complete, true);
    assert.equal(result.status, 'not_required');
    assert.deepEqual(result.own.sort(), ['exchange_programme', id].sort());
    assert.equal(Object.getOwnPropertyDescriptor(result.answers, id).value, 'quebec');
    // The link it makes restores the same answers.
    const engine = await Couverture.create({rules});
    assert.deepEqual(engine.answersFromLink(engine.linkFor({[id]: 'quebec', exchange_programme: true})),
                     JSON.parse(`{${JSON.stringify(id)}: "quebec", "exchange_programme": true}`));
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}

// A form's own members (form.length, form.item(), form[1]…) shadow its fields of the same name:
// a number question must be read from its own field whatever its id.
for (const id of ['length', 'item', 'namedItem', 'constructor', '__proto__', '1']) {
  test(`a number question with id "${id}" takes its answer: no stuck Continue, no "Enter a number" for ever`, async () => {
    const text = defaultText.replaceAll('"age"', JSON.stringify(id));
    const page = await newPage();
    await open(page, `${session.server.url}index.html`);
    await page.locator('couverture-check').evaluate((element, t) => {
      element.rules = t;
    }, text);
    await page.waitForFunction(() => document.querySelector('couverture-check').ruleset?.id === 'student-health-coverage');
    await page.locator('couverture-check').evaluate((element) => {
      element.answers = {origin: 'other', french_government_scholarship: false};
    });
    await page.waitForFunction((first) => document.querySelector('couverture-check').result?.next[0] === first, id);
    await page.getByRole('textbox', {name: 'How old are you?'}).fill('30');
    await page.getByRole('button', {name: WORDS.en.continue}).click();
    await page.waitForFunction((asked) => document.querySelector('couverture-check').result.asked.includes(asked), id);
    const answers = JSON.parse(await page.locator('couverture-check').evaluate((element) => JSON.stringify(
        Object.entries(element.answers))));
    assert.deepEqual(answers.find(([key]) => key === id), [id, 30]);
    assert.equal(await page.locator('couverture-check').evaluate(
        (element) => element.shadowRoot.querySelectorAll('[aria-invalid=true]').length), 0);
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}

test('rules switched again and again keep one engine: the ones replaced or overtaken are disposed', async () => {
  const page = await newPage();
  await open(page, `${session.server.url}index.html`);
  await page.evaluate(() => {
    const create = window.Couverture.create;
    window.engines = {created: 0, disposed: 0};
    window.Couverture.create = async (options) => {
      const engine = await create(options);
      window.engines.created++;
      const dispose = engine.dispose.bind(engine);
      engine.dispose = () => { window.engines.disposed++; dispose(); };
      return engine;
    };
  });
  const element = page.locator('couverture-check');
  for (let i = 0; i < 6; i++) {
    // Some loads start before the last one finished (overtaken), some after.
    await element.evaluate((e, n) => (n % 2 ? e.removeAttribute('rules') : e.setAttribute('rules', 'rules/university-page-before-2018.json')), i);
    if (i % 3 === 2) await page.waitForFunction(() => document.querySelector('couverture-check').result?.next.length > 0);
  }
  await element.evaluate((e) => e.setAttribute('rules', 'rules/university-page-before-2018.json'));
  await page.waitForFunction(() => document.querySelector('couverture-check').result?.next[0] === 'origin');
  const {created, disposed} = await page.evaluate(() => window.engines);
  assert.ok(created >= 3, `${created} engines made`);
  assert.equal(created - disposed, 1, `${created} made, ${disposed} disposed: only the one in use is kept`);
  await page.getByRole('radio', {name: QUEBEC}).check();
  assert.deepEqual(page.problems, []);
  await page.close();
});

async function showsRulesError(url, pattern) {
  const page = await newPage();
  await open(page, `${session.server.url}index.html`);
  const started = Date.now();
  await page.locator('couverture-check').evaluate((element, u) => element.setAttribute('rules', u), url);
  await noticeShows(page, /could not be loaded/);
  const text = await alertText(page);
  assert.match(text, pattern);
  assert.ok(text.includes(url), 'the message names the URL for the page\'s author');
  // Still usable: back to the built-in rules, the first question answers.
  await page.locator('couverture-check').evaluate((element) => element.removeAttribute('rules'));
  await page.getByRole('radio', {name: FIRST}).first().check();
  assert.deepEqual(page.problems, []);
  await page.close();
  return Date.now() - started;
}

test('a rules URL that never finishes: a timeout message, not "Loading…" for ever', async () => {
  const elapsed = await showsRulesError(rulesUrl('/never.json'), /no complete answer within 15 seconds/);
  assert.ok(elapsed < 25000, `${elapsed} ms`);
});

test('a 50 MB ruleset is refused from its announced size, an endless one once past the limit', async () => {
  const message = new RegExp(`larger than a ruleset may be \\(${limits.rulesetBytes} bytes\\)`);
  assert.ok(await showsRulesError(rulesUrl('/huge.json'), message) < 10000);
  assert.ok(await showsRulesError(rulesUrl('/endless.json'), message) < 10000);
});

test('a 100 KB label is refused at load, naming the path and the limit', async () => {
  const rules = JSON.parse(defaultText);
  rules.questions[0].label.en = 'x'.repeat(100 * 1024);
  await assert.rejects(Couverture.create({rules}), (error) =>
    error instanceof Error && error.message.includes('/questions/0/label/en') &&
    error.message.includes(String(limits.textBytes)));
});

// The bytes of what `result` does not share with `other`, a result of the same class of answers
// whose numbers differ: the sentences of its own (2 bytes a character) and the objects on the way
// to them (16 bytes a member).
function ownBytes(result, other) {
  if (typeof result === 'string') return result === other ? 0 : 2 * result.length;
  if (result === null || typeof result !== 'object' || result === other) return 0;
  const keys = Object.keys(result);
  const others = other !== null && typeof other === 'object' ? other : {};
  const inside = keys.reduce((sum, key) => sum + ownBytes(result[key], others[key]), 0);
  return inside ? inside + 16 * keys.length : 0;
}

// How many of `sets`' results the engine still holds, newest first. assess() hands back the very
// object it returned before for answers it remembers (results are memoized values), and a new one
// for those it forgot; a result with no sentence of its own (no number in its sentences) is the
// same object for every answer set of its class anyway, so only the others tell. Stops at the
// first forgotten, so that asking again forgets nothing held.
function held(engine, sets, results) {
  const shared = new Set(results.filter((result, i) => results.indexOf(result) !== i));
  let count = 0;
  for (let i = sets.length - 1; i >= 0; i--) {
    if (shared.has(results[i])) continue;
    if (engine.assess(sets[i]) !== results[i]) break;
    count++;
  }
  return {count, own: results.filter((result) => !shared.has(result)).length};
}

test('the memo is bounded in bytes: results of large texts do not pile up', async () => {
  // Texts near the limit in every answer's sentence: each result is large.
  const rules = JSON.parse(defaultText);
  for (const q of rules.questions) q.short = {en: 'S'.repeat(limits.textBytes - 16), fr: 'S'};
  const engine = await Couverture.create({rules});
  const before = process.memoryUsage().heapUsed;
  const sets = [], results = [];
  // The youngest last: their results have sentences of their own (stays in months, which the
  // flow asks them), and the memo holds the last ones.
  for (let age = 120; age >= 0; age--) {
    for (let months = 0; months < 12; months += 0.5) {
      const answers = {origin: 'other', french_government_scholarship: false, age, stay_months: months, home_coverage: false};
      sets.push(answers);
      results.push(engine.assess(answers));
    }
  }
  global.gc?.();
  const grown = process.memoryUsage().heapUsed - before;
  assert.ok(grown < 256 * 1024 * 1024, `heap grew by ${(grown / 1048576).toFixed(0)} MB over 2 904 large results`);
  // Through assess() alone: what the memo still holds, at most 64 results and, each of these
  // results having sentences of its own (its numbers in its sentences), no more of them than
  // 64 KB of such sentences hold.
  // (Compared with its neighbours, one of which has its class: the least they differ by.)
  const ownOf = (i) => Math.min(...[i - 1, i + 1, i - 24, i + 24].filter((j) => results[j])
      .map((j) => ownBytes(results[i], results[j])).filter((bytes) => bytes > 0));
  const size = Math.min(...results.map((_, i) => i).slice(-64).map(ownOf));
  assert.ok(size > 4096 && size < Infinity, `results with ${size} bytes of their own`);
  const {count, own} = held(engine, sets, results);
  assert.ok(own > 64, `${own} results with sentences of their own`);
  assert.ok(count <= 64, `the memo keeps ${count} of 2 904 results`);
  assert.ok(count <= Math.floor(64 * 1024 / size), `${count} results of ~${size} bytes kept`);
});

test('the memo is bounded in count, and repeated answers get the result they got before', async () => {
  // The university page's rules: the months of stay are in their sentences, so results differ.
  const engine = await Couverture.create({rules: defaultText});
  const sets = [], results = [];
  for (let i = 0; i < 200; i++) {
    const answers = {origin: 'other', french_government_scholarship: false, age: 20, stay_months: i / 10, home_coverage: false};
    sets.push(answers);
    results.push(engine.assess(answers));
  }
  const {count, own} = held(engine, sets, results);
  assert.ok(own > 64, `${own} results with sentences of their own`);
  assert.ok(count >= 1 && count <= 64, `the memo keeps ${count} of 200 results`);
  assert.equal(engine.assess({...sets[0]}), engine.assess(sets[0]), 'the same answers, the same result');
});

test('the API refuses what JSON cannot carry, naming the field; lang of any type gets a clear message', async () => {
  const engine = await Couverture.create();
  const cycle = {};
  cycle.self = cycle;
  const cases = [
    [{age: -0}, /^\/age: .*-0/],
    ['{"age": 1e-400}', /^\/age: number out of range/],
    ['{"age": 1e400}', /^\/age: number out of range/],
    [{origin: Symbol('x')}, /^\/origin: a symbol cannot be an answer/],
    [{origin: () => 1}, /^\/origin: a function cannot be an answer/],
    [{origin: undefined}, /^\/origin: an undefined cannot be an answer/],
    [{age: 10n}, /^\/age: a bigint cannot be an answer/],
    [{origin: cycle}, /^\/origin: cannot be written as JSON/],
  ];
  for (const [answers, pattern] of cases) {
    assert.throws(() => engine.assess(answers), (error) =>
      error instanceof Error && pattern.test(error.message) && !error.message.includes('\n'), String(pattern));
  }
  for (const lang of [null, 5, {}, Symbol('fr')]) {
    const wrongType = (error) => error instanceof Error && /^lang must be a language tag such as "en", got/.test(error.message);
    assert.throws(() => engine.assess({}, lang), wrongType);
    assert.throws(() => { engine.lang = lang; }, wrongType);
  }
  assert.throws(() => engine.assess({}, 'tlh'), (error) => error instanceof Error && /tlh/.test(error.message));
  assert.equal(engine.assess({}, 'FR').lang, 'fr', 'a per-call tag is resolved like the property');
  assert.equal(engine.lang, 'en');
  assert.equal(engine.assess({origin: 'quebec'}).status, engine.assess('{"origin": "quebec"}').status);
});

test('property: any link query either gives answers that make the same link, or a short one-line Error', () => {
  const engine = globalThis.linkEngine;
  const ids = engine.questions.map((q) => q.id);
  const key = fc.oneof(fc.constantFrom(...ids), fc.string({maxLength: 12}));
  const value = fc.oneof(fc.constantFrom('1', '0', 'eu_eea', 'quebec', 'other', '30', '2.5', '-0', '1e999', ''),
                         fc.string({maxLength: 12}));
  const query = fc.oneof(
      fc.array(fc.tuple(key, value), {maxLength: 12}).map((pairs) =>
        pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')),
      fc.string({maxLength: 200}),
      fc.fullUnicodeString({maxLength: 100}));
  fc.assert(fc.property(query, (q) => {
    let answers;
    try {
      answers = engine.answersFromLink(q);
    } catch (error) {
      assert.ok(error instanceof Error, 'an Error, never a bare value');
      assert.ok(!error.message.includes('\n') && error.message.length < 400, error.message);
      return;
    }
    // Accepted answers are valid ones: they assess, and their link reads back as the same answers.
    engine.assess(answers);
    assert.deepEqual(engine.answersFromLink(engine.linkFor(answers)), answers);
  }), {numRuns: 3000, seed: 20261127});
});

test('property: any answers object either assesses or throws an Error naming a field', () => {
  const engine = globalThis.linkEngine;
  const ids = engine.questions.map((q) => q.id);
  const value = fc.oneof(fc.constant(null), fc.boolean(), fc.double(), fc.integer({min: -5, max: 130}),
                         fc.constantFrom('eu_eea', 'quebec', 'other'), fc.string({maxLength: 8}),
                         fc.array(fc.integer(), {maxLength: 3}), fc.object({maxDepth: 1}));
  const answers = fc.dictionary(fc.oneof(fc.constantFrom(...ids), fc.string({maxLength: 8})), value, {maxKeys: 10});
  fc.assert(fc.property(answers, (a) => {
    try {
      const result = engine.assess(a);
      assert.ok(Object.isFrozen(result) && typeof result.complete === 'boolean');
    } catch (error) {
      assert.ok(error instanceof Error && /^\/.*: /.test(error.message) && !error.message.includes('\n'), error.message);
    }
  }), {numRuns: 3000, seed: 20261127});
});

globalThis.linkEngine = await Couverture.create();

test('a bad date attribute set after load is said for the page\'s author, and a good one brings the answers back', async () => {
  const page = await newPage();
  await open(page, `${session.server.url}index.html`);
  const element = page.locator('couverture-check');
  await page.getByRole('radio', {name: FIRST}).first().check();
  await page.getByRole('button', {name: WORDS.en.continue}).click();
  await page.waitForFunction(() => document.querySelector('couverture-check').result.asked.length === 1);
  await element.evaluate((e) => e.setAttribute('date', '2026-13-01'));
  await noticeShows(page, /set up wrongly/);
  assert.match(await alertText(page), /date="2026-13-01": date "2026-13-01" is not a date of the form YYYY-MM-DD/);
  await element.evaluate((e) => e.setAttribute('date', '2026-10-01'));
  await page.waitForFunction(() => document.querySelector('couverture-check').result.date === '2026-10-01');
  assert.equal((await alertText(page)).trim(), '');
  assert.equal((await element.evaluate((e) => e.result.asked)).length, 1, 'the answer is kept');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a ruleset object that refers to itself: a one-line message', async () => {
  const cyclic = JSON.parse(defaultText);
  cyclic.decisions = cyclic;
  await assert.rejects(Couverture.create({rules: cyclic}), (error) =>
    error instanceof Error && !error.message.includes('\n') &&
    /^the ruleset cannot be written as JSON \(Converting circular structure to JSON .*closes the circle\)$/.test(error.message));
});
