// Composition lives in couverture-layers.wasm alone (wasm/CMakeLists.txt): a page without a layer
// never carries its bytes. In a process of its own, since a process loads each module once:
// couverture.wasm, given where the layers module is expected, refuses a layer plainly.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import test from 'node:test';
import {Couverture} from './lib/engine.mjs';
import {DIST, ROOT} from './lib/paths.mjs';

test('only couverture-layers.wasm composes: couverture.wasm refuses a layer plainly', async () => {
  const rules = readFileSync(join(ROOT, 'engine', 'rulesets', 'france-current.json'), 'utf8');
  const layer = readFileSync(join(ROOT, 'engine', 'rulesets', 'examples', 'universite-exemple.layer.json'), 'utf8');
  const plainModule = readFileSync(join(DIST, 'couverture.wasm'));
  const layersModule = readFileSync(join(DIST, 'couverture-layers.wasm'));
  assert.ok(plainModule.length < layersModule.length, `${plainModule.length} >= ${layersModule.length}`);
  await assert.rejects(Couverture.create({rules, layer, layersWasmBinary: plainModule}),
                       /this module composes no layer: couverture-layers\.wasm does/);
  // The module without layers still runs the rules.
  const engine = await Couverture.create({rules, wasmBinary: plainModule});
  assert.equal(engine.assess({enrolled_higher_ed: true, origin: 'other'}).next[0], 'employed_in_france');
  engine.dispose();
});
