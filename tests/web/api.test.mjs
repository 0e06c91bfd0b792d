// The JavaScript API in Node: creation, metadata, languages, errors as Errors naming the path,
// and an engine that stays usable whatever it was given.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import test from 'node:test';
import {Couverture} from './lib/engine.mjs';
import {DIST, ROOT} from './lib/paths.mjs';

// The university page's ruleset (before 2018), which most tests here were written against: it
// was built in until 2026-12-07. Today's rules are built in since.
const pageRules = readFileSync(join(ROOT, 'engine', 'rulesets', 'university-page-before-2018.json'), 'utf8');
const currentRules = readFileSync(join(ROOT, 'engine', 'rulesets', 'france-current.json'), 'utf8');
const page = (options = {}) => Couverture.create({rules: pageRules, ...options});

test('create() uses the compiled-in ruleset, today\'s rules, and exposes its metadata and questions', async () => {
  const engine = await Couverture.create();
  assert.equal(engine.ruleset.id, 'france-current');
  assert.equal(engine.ruleset.id, JSON.parse(currentRules).id);
  assert.equal(engine.ruleset.version, JSON.parse(currentRules).version);
  assert.equal(engine.ruleset.notice, null);
  assert.deepEqual(engine.languages, ['en', 'fr']);
  assert.equal(engine.lang, 'en');
  const ids = engine.questions.map((q) => q.id);
  assert.deepEqual(ids, JSON.parse(currentRules).questions.map((q) => q.id));
  assert.equal(engine.assess({}).next[0], 'enrolled_higher_ed');
});

test('the university page\'s rules load, with their questions, and say that they no longer apply', async () => {
  const engine = await page();
  assert.equal(engine.ruleset.id, JSON.parse(pageRules).id);
  const ids = engine.questions.map((q) => q.id);
  assert.deepEqual(ids.slice(0, 1), ['origin']);
  assert.ok(ids.includes('age') && ids.includes('months_in_france'));
  const origin = engine.questions[0];
  assert.deepEqual(origin.options.map((o) => o.id), ['eu_eea', 'quebec', 'other']);
  assert.match(engine.ruleset.notice, /They no longer apply/);
  assert.match(engine.assess({}).notice, /They no longer apply/);
  engine.lang = 'fr';
  assert.match(engine.ruleset.notice, /Elles ne s’appliquent plus/);
});

test('create() takes a ruleset as an object or as JSON text, and wasmBinary', async () => {
  const wasmBinary = readFileSync(join(DIST, 'couverture.wasm'));
  const fromText = await Couverture.create({rules: pageRules, lang: 'fr', wasmBinary});
  const fromObject = await Couverture.create({rules: JSON.parse(pageRules), lang: 'fr'});
  assert.equal(fromText.lang, 'fr');
  assert.deepEqual(fromText.assess({origin: 'quebec'}), fromObject.assess({origin: 'quebec'}));
  assert.equal(fromText.ruleset.title, JSON.parse(pageRules).title.fr);
});

test('a malformed ruleset throws an Error with line and column', async () => {
  await assert.rejects(Couverture.create({rules: '{\n  "id": \n}'}),
                       (error) => error instanceof Error && /line 3, column 1/.test(error.message));
});

test('an invalid ruleset throws an Error naming the JSON path', async () => {
  const rules = JSON.parse(pageRules);
  rules.questions[0].id = 'origin';
  rules.questions[3].type = 'colour';
  await assert.rejects(Couverture.create({rules}), (error) => {
    assert.ok(error instanceof Error);
    assert.match(error.message, /^\/questions\/3\/type/);
    assert.equal(error.path, '/questions/3/type');
    return true;
  });
});

test('bad answers throw an Error naming the field, and the engine stays usable', async () => {
  const engine = await page();
  for (const [answers, path] of [[{age: -1}, '/age'], [{origin: 'mars'}, '/origin'],
                                 [{height: 2}, '/height'], [{low_income: 'yes'}, '/low_income']]) {
    assert.throws(() => engine.assess(answers), (error) => {
      assert.ok(error instanceof Error, `${JSON.stringify(answers)}: not an Error`);
      assert.equal(error.path, path);
      assert.ok(error.message.startsWith(`${path}: `), error.message);
      assert.equal(typeof error.detail, 'string');
      return true;
    });
  }
  assert.equal(engine.assess({origin: 'eu_eea'}).status, 'not_required');
});

test('NaN and Infinity are refused like any bad answer, not read as unanswered', async () => {
  const engine = await page();
  for (const value of [NaN, Infinity, -Infinity]) {
    assert.throws(() => engine.assess({origin: 'other', age: value}), (error) => {
      assert.ok(error instanceof Error);
      assert.equal(error.message, `/age: expected a number, got ${value}`);
      assert.equal(error.path, '/age');
      assert.equal(error.detail, `expected a number, got ${value}`);
      return true;
    });
  }
  assert.equal(engine.assess({origin: 'eu_eea'}).status, 'not_required');
});

test('hostile input: deep nesting and huge text do not break the module', async () => {
  const engine = await page();
  const deep = '['.repeat(100000) + ']'.repeat(100000);
  assert.throws(() => engine.assess(deep), Error);
  assert.throws(() => engine.assess('{"age": ' + '9'.repeat(100000) + '}'), Error);
  await assert.rejects(Couverture.create({rules: deep}), Error);
  assert.equal(engine.assess({origin: 'quebec', exchange_programme: true}).documents[0].id, 'se401q106');
});

test('languages: lang option, lang property, per-call lang; unknown ones are refused', async () => {
  const engine = await page({lang: 'fr'});
  const fr = engine.assess({origin: 'eu_eea'});
  const en = engine.assess({origin: 'eu_eea'}, 'en');
  assert.equal(fr.lang, 'fr');
  assert.equal(en.lang, 'en');
  assert.notEqual(fr.headline.title, en.headline.title);
  engine.lang = 'en';
  assert.equal(engine.questions[0].label, 'Which of these describes you?');
  assert.throws(() => { engine.lang = 'de'; }, /unknown language "de"/);
  await assert.rejects(page({lang: 'de'}), /^CouvertureError: unknown language "de" \(the ruleset has en, fr\)$/);
  assert.throws(() => engine.assess({}, 'de'), /unknown language "de" \(the ruleset has en, fr\)/);
});

test('results are frozen values; repeated answers give equal results', async () => {
  const engine = await page();
  const first = engine.assess({origin: 'other', age: 30});
  assert.ok(Object.isFrozen(first) && Object.isFrozen(first.next) && Object.isFrozen(first.explanation));
  assert.deepEqual(engine.assess({origin: 'other', age: 30}), first);
  const fresh = await page();
  assert.deepEqual(fresh.assess({origin: 'other', age: 30}), first);
});

test('dispose() frees the engine; using it afterwards throws', async () => {
  const engine = await Couverture.create();
  engine.dispose();
  assert.throws(() => engine.assess({}), /disposed/);
});

test('date: today by default and when set to null or undefined; a Date or YYYY-MM-DD; bad ones refused', async () => {
  const campus = readFileSync(join(ROOT, 'tests', 'rulesets', 'campus.json'), 'utf8');
  const engine = await Couverture.create({rules: campus});
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  assert.equal(engine.date, today);
  engine.date = '2024-10-01';
  assert.equal(engine.date, '2024-10-01');
  engine.date = undefined;
  assert.equal(engine.date, today, 'undefined goes back to today, as when none was given');
  engine.date = new Date(2025, 8, 1);
  assert.equal(engine.date, '2025-09-01');
  engine.date = null;
  assert.equal(engine.date, today);
  for (const bad of ['2025-02-30', '1 Sept 2025', 20250901, {}]) {
    assert.throws(() => { engine.date = bad; }, (error) => error instanceof Error && /date/.test(error.message),
                  `date = ${JSON.stringify(bad)}`);
    assert.equal(engine.date, today, 'a refused date leaves the engine as it was');
  }
  assert.throws(() => { engine.date = '2000-01-01'; }, /fee_amount/, 'before the fee has any value');
  const answers = {enrolled: true, origin: 'other', exchange: false, low_income: false};
  const fee = (date) => JSON.stringify(engine.assess(answers, 'en', date)).match(/campus fee of (€[\d.]+)/)?.[1];
  assert.deepEqual([fee('2024-10-01'), fee('2025-10-01')], ['€103', '€105'], 'a dated amount takes its value then');
});
