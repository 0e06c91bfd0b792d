// engine/layer.schema.json checked with Ajv (draft 2020-12), over the ruleset schema it refers to:
// the worked example passes, and broken layers are rejected by the schema and by the engine
// (`couverture compose`), both at the same path.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync, existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const cli = process.env.COUVERTURE_CLI || join(root, "build/native/engine/cli/couverture");
const read = (file) => JSON.parse(readFileSync(join(root, file), "utf8"));

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
ajv.addSchema(read("engine/ruleset.schema.json"), "ruleset.schema.json");
const validate = ajv.compile(read("engine/layer.schema.json"));
const example = read("engine/rulesets/examples/universite-exemple.layer.json");
const base = join(root, "engine/rulesets/france-current.json");

function errorPaths(errors) {
  return errors.map((e) => {
    const key = e.params?.missingProperty ?? e.params?.additionalProperty ?? e.params?.propertyName;
    return key === undefined ? e.instancePath : `${e.instancePath}/${key}`;
  });
}

test("schema accepts the worked example", () => {
  assert.ok(validate(example), JSON.stringify(validate.errors, null, 2));
});

const scratch = mkdtempSync(join(tmpdir(), "couverture-layer-schema-"));
const broken = {
  "an override without a reason": [(l) => {
    l.overrides = [{ decision: "health", row: "not_enrolled", then: { status: "contact_office" }, source: "exemple_cpam_desk" }];
  }, "/overrides/0/reason"],
  "an unknown field": [(l) => { l.delete = ["/decisions/health/rules/eu_ehic"]; }, "/delete"],
  "an item with a group that is not one": [(l) => { l.items[0].group = "hints"; }, "/items/0/group"],
  "a layer without a base": [(l) => { delete l.base; }, "/base"],
};
for (const [name, [breakIt, expected]] of Object.entries(broken)) {
  const layer = structuredClone(example);
  breakIt(layer);
  test(`schema rejects ${name} at ${expected}`, () => {
    assert.equal(validate(layer), false);
    assert.ok(errorPaths(validate.errors).includes(expected), JSON.stringify(errorPaths(validate.errors)));
  });
  test(`engine rejects ${name} at ${expected}`, () => {
    assert.ok(existsSync(cli), `no CLI at ${cli}`);
    const file = join(scratch, "layer.json");
    writeFileSync(file, JSON.stringify(layer));
    const run = spawnSync(cli, ["compose", base, file], { encoding: "utf8" });
    assert.equal(run.status, 1);
    assert.ok(run.stderr.includes(`error: ${expected}:`), run.stderr);
  });
}
