// The scenario corpus against the WebAssembly build, and the differential test: every scenario,
// in every language, gives the same result object (or the same error) as the native CLI, through
// both of the API's ways in (answers as an object, and as JSON text).
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import test from 'node:test';
import {Couverture} from './lib/engine.mjs';
import {CLI} from './lib/paths.mjs';
import {cliAssess, cliAssessMany, comparable, loadScenarios, rulesText} from './lib/scenarios.mjs';

const scenarios = loadScenarios();
const engines = new Map();  // ruleset path (or '') -> engine

async function engineFor(scenario) {
  const key = scenario.rules || '';
  if (!engines.has(key)) engines.set(key, await Couverture.create({rules: rulesText(scenario), date: scenario.date}));
  return engines.get(key);
}

// Both ways in: the object (typed values, when every value has its question's type) and the text.
function assessBoth(engine, scenario, lang) {
  const fromText = engine.assess(scenario.answersText, lang, scenario.date);
  if (scenario.answers && typeof scenario.answers === 'object' && !Array.isArray(scenario.answers)) {
    const fromObject = engine.assess(scenario.answers, lang, scenario.date);
    assert.deepStrictEqual(fromObject, fromText, 'the object and its JSON text give different results');
  }
  return fromText;
}

test('the corpus is there', () => {
  assert.ok(scenarios.length >= 10, `only ${scenarios.length} scenarios found`);
  assert.ok(scenarios.some((s) => s.expect.error), 'no error scenario');
  assert.ok(scenarios.some((s) => s.rules), 'no scenario of another ruleset');
});

for (const scenario of scenarios) {
  test(`scenario ${scenario.file}: ${scenario.name}`, async () => {
    const engine = await engineFor(scenario);
    const {expect} = scenario;
    if (expect.error) {
      assert.throws(() => engine.assess(scenario.answersText, scenario.lang, scenario.date), (error) => {
        assert.ok(error instanceof Error, 'not an Error');
        assert.ok(error.message.includes(expect.error), `"${error.message}" lacks "${expect.error}"`);
        return true;
      });
      return;
    }
    const result = assessBoth(engine, scenario, scenario.lang);
    assert.deepEqual(comparable(result, expect), expect);
  });
}

test('differential: the whole corpus, in every language, equals the native CLI field for field', {skip: !existsSync(CLI) && `no native CLI at ${CLI}`}, async () => {
  const mismatches = [];
  let compared = 0;
  const pairs = [];
  for (const scenario of scenarios) {
    if (scenario.expect.error) continue;
    for (const lang of (await engineFor(scenario)).languages) pairs.push([scenario.answersText, lang, scenario]);
  }
  const natives = await cliAssessMany(pairs);
  for (const scenario of scenarios) {
    if (scenario.expect.error) continue;
    const engine = await engineFor(scenario);
    for (const lang of engine.languages) {
      const native = natives[compared];
      assert.ok(native.result, `${scenario.file} (${lang}): the CLI failed: ${native.error}`);
      try {
        const wasm = assessBoth(engine, scenario, lang);
        assert.deepStrictEqual(JSON.parse(JSON.stringify(wasm)), native.result);
        assert.deepStrictEqual(Object.keys(wasm), Object.keys(native.result), 'field order');
      } catch (error) {
        mismatches.push(`${scenario.file} (${lang}): ${error.message}`);
      }
      compared++;
    }
  }
  assert.deepEqual(mismatches, []);
  assert.ok(compared >= 2 * scenarios.filter((s) => !s.expect.error).length);
});

test('differential: error cases give the same error line on both sides', {skip: !existsSync(CLI) && `no native CLI at ${CLI}`}, async () => {
  const errors = scenarios.filter((s) => s.expect.error);
  // Beyond the corpus: an unknown language is refused the same way too.
  errors.push({file: '(unknown language)', answersText: '{}', lang: 'de', date: '2026-11-27'});
  for (const scenario of errors) {
    const engine = await engineFor(scenario);
    const native = cliAssess(scenario.answersText, scenario.lang, scenario);
    assert.ok(native.error, `${scenario.file}: the CLI accepted it`);
    assert.notEqual(native.status, 0);
    let wasmError = null;
    try {
      engine.assess(scenario.answersText, scenario.lang, scenario.date);
    } catch (error) {
      wasmError = error;
    }
    assert.ok(wasmError, `${scenario.file}: the wasm engine accepted it`);
    // The CLI prefixes its name and what it was reading ("couverture: answers: ").
    assert.ok(native.error.endsWith(wasmError.message),
              `${scenario.file}: CLI "${native.error}" vs wasm "${wasmError.message}"`);
  }
});
