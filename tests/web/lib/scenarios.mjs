// The scenario corpus (tests/scenarios/*.json) and the native CLI it is compared with.
import {spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {availableParallelism, tmpdir} from 'node:os';
import {join} from 'node:path';
import {CLI, ROOT, SCENARIOS} from './paths.mjs';

const LISTS = ['documents', 'alternatives', 'steps', 'advice'];

// The date every scenario without its own is assessed at, on both sides of the differential test.
export const DATE = '2026-11-27';

// [{file, name, rules, answersText, answers, lang, date, expect}]: tests/scenarios/*.json for the
// compiled-in ruleset, and subfolders whose files name their ruleset in "rules" (a path from the
// repository's root). answersText exactly as the CLI reads it; answers the object, when it is one.
export function loadScenarios() {
  return readdirSync(SCENARIOS, {recursive: true}).filter((f) => f.endsWith('.json')).sort().map((file) => {
    const scenario = JSON.parse(readFileSync(join(SCENARIOS, file), 'utf8'));
    const answersText = 'answers_text' in scenario ? scenario.answers_text : JSON.stringify(scenario.answers);
    return {file, name: scenario.name, rules: scenario.rules || null, answersText,
            answers: 'answers' in scenario ? scenario.answers : null, lang: scenario.lang || 'en',
            date: scenario.date || DATE, expect: scenario.expect};
  });
}

// The ruleset a scenario names, as text (null for the compiled-in one).
export function rulesText(scenario) {
  return scenario.rules ? readFileSync(join(ROOT, scenario.rules), 'utf8') : null;
}

const scratch = mkdtempSync(join(tmpdir(), 'couverture-scenarios-'));

// `couverture assess --lang L --date D [--rules R] FILE`: {result} on success, {error: the stderr
// line} otherwise.
export function cliAssess(answersText, lang, {rules = null, date = DATE} = {}) {
  const file = join(scratch, 'answers.json');
  writeFileSync(file, answersText);
  const args = ['assess', '--lang', lang, '--date', date, ...(rules ? ['--rules', join(ROOT, rules)] : []), file];
  const run = spawnSync(CLI, args, {encoding: 'utf8'});
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
    if (key === 'decisions') {
      subset.decisions = {};
      for (const [id, fields] of Object.entries(expect.decisions)) {
        subset.decisions[id] = comparable(result.decisions[id] || {}, fields);
      }
      continue;
    }
    const value = result[key];
    subset[key] = LISTS.includes(key) && Array.isArray(value) ? value.map((i) => i.id) : value;
  }
  return subset;
}

// cliAssess for many [answersText, lang, scenario] at once, a few processes at a time (the answers
// on stdin): the corpus is a thousand scenarios in two languages, a process each.
export async function cliAssessMany(jobs, width = availableParallelism() + 1) {
  const results = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await cliAssessAsync(...jobs[i]);
    }
  };
  await Promise.all(Array.from({length: width}, worker));
  return results;
}

function cliAssessAsync(answersText, lang, {rules = null, date = DATE} = {}) {
  const args = ['assess', '--lang', lang, '--date', date, ...(rules ? ['--rules', join(ROOT, rules)] : []), '-'];
  return new Promise((resolve, reject) => {
    const child = spawn(CLI, args);
    let stdout = '', stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text) => { stdout += text; });
    child.stderr.setEncoding('utf8').on('data', (text) => { stderr += text; });
    child.on('error', reject);
    child.on('close', (status) => resolve(status === 0 ? {result: JSON.parse(stdout)} : {error: stderr.trim(), status}));
    child.stdin.end(answersText);
  });
}
