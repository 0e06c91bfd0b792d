// The scenario corpus (tests/scenarios/*.json) and the native CLI it is compared with.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {CLI, SCENARIOS} from './paths.mjs';

// [{file, name, answersText, lang, expect}], answersText exactly as the CLI reads it.
export function loadScenarios() {
  return readdirSync(SCENARIOS).filter((f) => f.endsWith('.json')).sort().map((file) => {
    const scenario = JSON.parse(readFileSync(join(SCENARIOS, file), 'utf8'));
    const answersText = 'answers_text' in scenario ? scenario.answers_text : JSON.stringify(scenario.answers);
    return {file, name: scenario.name, answersText, lang: scenario.lang || 'en', expect: scenario.expect};
  });
}

const scratch = mkdtempSync(join(tmpdir(), 'couverture-scenarios-'));

// `couverture assess --lang L FILE`: {result} on success, {error: the stderr line} otherwise.
export function cliAssess(answersText, lang) {
  const file = join(scratch, 'answers.json');
  writeFileSync(file, answersText);
  const run = spawnSync(CLI, ['assess', '--lang', lang, file], {encoding: 'utf8'});
  if (run.error) throw run.error;
  if (run.status === 0) return {result: JSON.parse(run.stdout)};
  return {error: run.stderr.trim(), status: run.status};
}

// A result reduced to what a scenario's `expect` states, as tests/engine/scenario_test.cpp reads
// it: item lists as id arrays; `verdicts` as {rule: verdict} from the explanation.
export function comparable(result, expect) {
  const subset = {};
  for (const key of Object.keys(expect)) {
    if (key === 'verdicts') {
      subset.verdicts = {};
      for (const rule of Object.keys(expect.verdicts)) {
        const row = result.explanation.rules.find((r) => r.rule === rule);
        subset.verdicts[rule] = row ? row.verdict : '(not listed)';
      }
      continue;
    }
    const value = result[key];
    subset[key] = ['documents', 'alternatives', 'steps', 'advice'].includes(key) ? value.map((i) => i.id) : value;
  }
  return subset;
}
