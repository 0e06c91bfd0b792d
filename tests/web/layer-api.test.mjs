// Layers through the JavaScript API: Couverture.create({rules, layer}) composes in the
// WebAssembly module as the CLI does natively; bad layers throw Errors whose path is in the layer.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import test from 'node:test';
import {Couverture} from './lib/engine.mjs';
import {ROOT} from './lib/paths.mjs';

const rules = readFileSync(join(ROOT, 'engine', 'rulesets', 'france-current.json'), 'utf8');
const layerText = readFileSync(join(ROOT, 'engine', 'rulesets', 'examples', 'universite-exemple.layer.json'), 'utf8');
const layer = () => JSON.parse(layerText);
const registered = {enrolled_higher_ed: true, origin: 'other', visa_type: 'vls_t', employed_in_france: false,
                    exchange_programme: false, study_type: 'initial', low_income: false,
                    french_government_scholarship: false, age: 22, protection_status: 'none',
                    exemple_welcome_day: true};

async function rejects(layerValue, path, words, base = rules) {
  await assert.rejects(Couverture.create({rules: base, layer: layerValue}), (error) => {
    assert.equal(error.path, path, error.message);
    assert.ok(error.message.includes(words), error.message);
    return true;
  });
}

test('a layer composes over the rules: its step, contact and decision are in results', async () => {
  const engine = await Couverture.create({rules, layer: layerText, date: '2026-12-07'});
  assert.equal(engine.ruleset.version, `${JSON.parse(rules).version}+universite-exemple-2026.12`);
  assert.equal(engine.ruleset.contact.email, 'international@univ-exemple.example.org');
  assert.deepEqual(engine.layer, {warnings: [], overrides: []});
  const result = engine.assess(registered);
  assert.equal(result.status, 'register_online');
  assert.equal(result.steps.at(-1).id, 'exemple_health_check');
  assert.equal(result.decisions.exemple_welcome_desk.status, 'book_desk');
  const fromObject = await Couverture.create({rules: JSON.parse(rules), layer: layer(), date: '2026-12-07'});
  assert.deepStrictEqual(fromObject.assess(registered), result);
  const plain = await Couverture.create({rules});
  assert.equal(plain.layer, null);
  assert.equal(plain.ruleset.contact, null);
});

test('a base of another version loads with a warning naming both', async () => {
  const base = JSON.parse(rules);
  base.version = '2027.03';
  const engine = await Couverture.create({rules: base, layer: layerText});
  assert.equal(engine.layer.warnings.length, 1);
  assert.equal(engine.layer.warnings[0].path, '/base');
  assert.match(engine.layer.warnings[0].message, /2026\.12.*2027\.03/);
});

test('bad layers throw Errors with their path in the layer', async () => {
  const unknownBase = layer();
  unknownBase.base.id = 'belgique-current';
  await rejects(unknownBase, '/base/id', 'belgique-current');
  const unknownStatus = layer();
  unknownStatus.items[0].statuses.push('register_somehow');
  await rejects(unknownStatus, '/items/0/statuses/3', 'no status "register_somehow"');
  const undeclared = layer();
  undeclared.texts['/questions/origin/label'] = {it: 'Cittadinanza'};
  await rejects(undeclared, '/texts/~1questions~1origin~1label/it', 'not declared');
  const noReason = layer();
  noReason.overrides = [{decision: 'health', row: 'not_enrolled', then: {status: 'contact_office'}, source: 'exemple_cpam_desk'}];
  await rejects(noReason, '/overrides/0/reason', 'needs a reason');
  const cycle = layer();
  cycle.decisions[0].applies = {decision: {exemple_welcome_desk: ['book_desk']}};
  await rejects(cycle, '/decisions/0/applies/decision/exemple_welcome_desk', 'depends on itself');
  await rejects('{"layer": 1', '', 'malformed JSON');
  await rejects(' '.repeat((await Couverture.limits()).layerBytes + 1), '', 'layer too large');
});

test('a base that renamed a status the layer names fails with the path of each reference', async () => {
  const base = JSON.parse(rules);
  const health = base.decisions[0];
  health.outcomes.status.register_by_visa = health.outcomes.status.register_online;
  delete health.outcomes.status.register_online;
  for (const row of health.rules) if (row.then.status === 'register_online') row.then.status = 'register_by_visa';
  for (const d of base.decisions) {
    const statuses = d.applies && d.applies.decision && d.applies.decision.health;
    if (statuses) d.applies.decision.health = statuses.map((s) => s === 'register_online' ? 'register_by_visa' : s);
  }
  await assert.rejects(Couverture.create({rules: base, layer: layerText}), (error) => {
    // Every reference is an error (the step's statuses, the local decision's test, the German
    // rewording of the status's title): the first is the Error's, the count says the others.
    assert.ok(error.path.startsWith('/items/') || error.path.startsWith('/texts/') || error.path.startsWith('/decisions/'), error.path);
    assert.match(error.message, /register_online/);
    assert.match(error.message, /and [2-9] more/);
    return true;
  });
});
