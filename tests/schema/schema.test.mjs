// engine/ruleset.schema.json checked with a real validator (Ajv, draft 2020-12): every shipped
// ruleset passes, and every broken ruleset in broken/ is rejected by the schema and by the
// loader (`couverture check`), both at the path its "$expect" names.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const cli = process.env.COUVERTURE_CLI || join(root, "build/native/engine/cli/couverture");

const schema = JSON.parse(readFileSync(join(root, "engine/ruleset.schema.json"), "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
const validate = ajv.compile(schema);

const jsonFiles = (dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => join(dir, name));
const read = (file) => JSON.parse(readFileSync(file, "utf8"));

// The JSON pointers an Ajv error names: the value itself, or the property it misses or forbids.
function errorPaths(errors) {
  return errors.map((e) => {
    const key = e.params?.missingProperty ?? e.params?.additionalProperty ?? e.params?.propertyName;
    return key === undefined ? e.instancePath : `${e.instancePath}/${key}`;
  });
}

const shipped = [...jsonFiles(join(root, "engine/rulesets")), ...jsonFiles(join(root, "tests/rulesets")),
                 ...jsonFiles(join(here, "valid"))];

test("there are shipped rulesets and broken ones to check", () => {
  assert.ok(shipped.some((f) => f.endsWith("france-current.json")));
  assert.ok(shipped.some((f) => f.endsWith("university-page-before-2018.json")));
  assert.ok(jsonFiles(join(here, "broken")).length >= 15);
});

for (const file of shipped) {
  test(`schema accepts ${file.slice(root.length + 1)}`, () => {
    const ok = validate(read(file));
    assert.ok(ok, JSON.stringify(validate.errors, null, 2));
  });
}

for (const file of jsonFiles(join(here, "broken"))) {
  const name = file.slice(root.length + 1);
  const ruleset = read(file);
  const expected = ruleset.$expect;

  test(`schema rejects ${name} at ${expected}`, () => {
    assert.equal(typeof expected, "string", `${name} says where it is broken in "$expect"`);
    assert.equal(validate(ruleset), false, "the schema accepted it");
    const paths = errorPaths(validate.errors);
    assert.ok(paths.includes(expected), `schema errors at ${JSON.stringify(paths)}`);
  });

  test(`loader rejects ${name} at ${expected}`, () => {
    assert.ok(existsSync(cli), `no CLI at ${cli}: build it (cmake --build --preset native) or set COUVERTURE_CLI`);
    const run = spawnSync(cli, ["check", "--rules", file], { encoding: "utf8" });
    assert.notEqual(run.status, 0, "couverture check accepted it");
    assert.ok(run.stderr.includes(`error: ${expected}:`), run.stderr);
  });
}
