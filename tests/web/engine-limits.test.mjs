// The loader's second hardening round through the WebAssembly API (issue 24), as a page meets it:
// every language tag a ruleset may declare is one the browser can format dates and numbers in,
// a NUL byte ends no document early, every string is bounded (those under "$" keys too), and the
// byte limit is the documented one. The same checks run natively in tests/core.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import fc from 'fast-check';
import {Couverture} from './lib/engine.mjs';
import {ROOT} from './lib/paths.mjs';

const campusText = readFileSync(join(ROOT, 'tests', 'rulesets', 'campus.json'), 'utf8');

// campus.json in one language, `tag`: every text's English under that tag, French dropped.
function inLanguage(tag) {
  const walk = (value, key) => {
    if (Array.isArray(value)) return key === 'languages' ? [tag] : value.map((v) => walk(v));
    if (value && typeof value === 'object') {
      const out = {};
      for (const [k, v] of Object.entries(value)) {
        if (k === 'fr') continue;
        out[k === 'en' && typeof v === 'string' ? tag : k] = walk(v, k);
      }
      return out;
    }
    return value === 'en' || value === 'fr' ? tag : value;  // a source's language
  };
  return JSON.stringify(walk(JSON.parse(campusText)));
}

// Whether Chromium's and Node's Intl formats in `tag` (the widget formats dates and amounts so).
function intlFormats(tag) {
  try {
    new Intl.DateTimeFormat(tag).format(new Date(2026, 8, 1));
    new Intl.NumberFormat(tag, {style: 'currency', currency: 'EUR'}).format(105);
    return true;
  } catch {
    return false;
  }
}

async function loads(rules) {
  try {
    return await Couverture.create({rules});
  } catch (error) {
    return error;
  }
}

test('a tag the browser cannot format in is refused at load, naming /languages; any other loads', async () => {
  for (const tag of ['x-klingon', 'en-', 'i-klingon', 'en_GB', 'en--GB', 'root', 'en-x-private']) {
    const error = await loads(inLanguage(tag));
    assert.ok(error instanceof Error, `${tag} loaded`);
    assert.equal(error.path, '/languages/0', `${tag}: ${error.message}`);
    assert.match(error.message, /expected a language tag such as "en" or "fr-CA"/);
  }
  for (const tag of ['de', 'fr-CA', 'es-419', 'zh-Hant-TW', 'de-CH-1901', 'tlh']) {
    const engine = await loads(inLanguage(tag));
    assert.ok(!(engine instanceof Error), `${tag}: ${engine.message}`);
    assert.deepEqual(engine.languages, [tag]);
    assert.equal(engine.assess({enrolled: false}).lang, tag);
    engine.dispose();
  }
});

test('property: every language tag the engine accepts is one Intl formats in', async () => {
  // Tags of letters, digits, '-' and '_': what an author might type, right or wrong.
  const tag = fc.stringOf(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_'),
                          {minLength: 1, maxLength: 14});
  const shaped = fc.tuple(fc.constantFrom('en', 'fr', 'de', 'x', 'i', 'zh', 'abcdefgh'),
                          fc.array(fc.constantFrom('', 'GB', 'Hant', '419', '1901', 'x', 'u', 'oed', 'abcde'), {maxLength: 3}))
      .map(([language, rest]) => [language, ...rest].join('-'));
  let accepted = 0;
  await fc.assert(fc.asyncProperty(fc.oneof(tag, shaped), async (candidate) => {
    const result = await loads(inLanguage(candidate));
    if (result instanceof Error) {
      if (result.path === '/languages/0') return;  // refused: the widget never meets it
      assert.fail(`${candidate}: ${result.message}`);
    }
    accepted++;
    assert.ok(intlFormats(candidate), `the engine accepted ${JSON.stringify(candidate)}, which Intl cannot format in`);
    result.dispose();
  }), {numRuns: 400, seed: 20261207});
  assert.ok(accepted > 20, `only ${accepted} tags accepted: the property tested little`);
});

test('a NUL byte after the value is content after it, in a ruleset and in answers', async () => {
  await assert.rejects(Couverture.create({rules: `${campusText}\u0000garbage`}),
                       /unexpected characters after the JSON value/);
  const engine = await Couverture.create();
  assert.throws(() => engine.assess('{"age": 30}\u0000{"x"'), /unexpected characters after the JSON value/);
  assert.throws(() => engine.assess('{}\u0000'), /unexpected characters after the JSON value/);
});

test('every string is bounded, those under "$" keys too; the byte limit is 1 MiB', async () => {
  const rules = JSON.parse(campusText);
  rules.$comment = 'c'.repeat(5000);
  await assert.rejects(Couverture.create({rules}), (error) => {
    assert.equal(error.path, '/$comment');
    assert.match(error.message, /longer than 4096 bytes \(5000\)/);
    return true;
  });
  assert.equal((await Couverture.limits()).rulesetBytes, 1 << 20);
});
