// The studio's layer mode: open the worked example layer, which is edited over the current rules
// (read only); a lost reference is a finding at its path in the layer; findings, table and
// changes are the composition's; Download saves the layer, which the CLI checks composed.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {newPage as openPage, reportCspViolations, useBrowser} from './lib/browser.mjs';
import {ARTIFACTS, CLI, ROOT} from './lib/paths.mjs';
import {downloadThroughDialog} from './lib/studio.mjs';

const session = useBrowser();

const text = (page) => page.evaluate(() => window.couvertureStudio.view.state.doc.toString());
const settled = (page) => page.waitForFunction(() => {
  const {state, view} = window.couvertureStudio;
  return state.current === view.state.doc.toString();
});

async function replace(page, target, replacement, anchor) {
  await page.evaluate(([target, replacement, anchor]) => {
    const view = window.couvertureStudio.view;
    const doc = view.state.doc.toString();
    const from = doc.indexOf(target, doc.indexOf(anchor));
    if (from < 0 || doc.indexOf(anchor) < 0) throw new Error(`not in the editor: ${target} after ${anchor}`);
    view.dispatch({changes: {from, to: from + target.length, insert: replacement}});
  }, [target, replacement, anchor]);
  await settled(page);
}

test('staff open a layer, break and fix a reference, see the composition, and download the layer', async () => {
  const page = reportCspViolations(await openPage(session, 1280));
  // A shipped layer opens from the studio's address, as any shipped ruleset does.
  await page.goto(`${session.server.url}studio.html?lang=en&rules=universite-exemple.layer`);
  await page.waitForSelector('html[data-studio-ready]');
  await page.waitForFunction(() => window.couvertureStudio.state.opened.file === 'rules/universite-exemple.layer.json');
  await settled(page);
  assert.match(await text(page), /"layer": 1/);
  assert.match(await page.locator('#findings .summary').innerText(), /0 errors, 0 warnings/);
  // The views read the composition: the layer's own decision is in the table.
  await page.getByRole('tab', {name: 'Table'}).click();
  await page.locator('#panel-table table').first().waitFor();
  assert.match(await page.locator('#panel-table').innerText(), /CPAM desk/);

  // A status the base does not have: an error at its path in the layer.
  await replace(page, '"register_online"', '"register_somehow"', '"items"');
  const item = page.locator('#findings li.finding[data-kind="invalid"]').first();
  await item.waitFor();
  assert.equal(await item.getAttribute('data-path'), '/items/0/statuses/2');
  assert.match(await item.locator('.engine-message').textContent(), /no status "register_somehow"/);
  await replace(page, '"register_somehow"', '"register_online"', '"items"');
  assert.match(await page.locator('#findings .summary').innerText(), /0 errors, 0 warnings/);

  // An edit that changes outcomes: the welcome day no longer books the desk. Changes lists the
  // students it affects, on the composition.
  await replace(page, '"status": "book_desk"', '"status": "register_yourself"', '"id": "attends"');
  await page.getByRole('tab', {name: 'Changes'}).click();
  await page.locator('#panel-changes .changes-summary').waitFor();
  assert.match(await page.locator('#panel-changes .changes-summary').innerText(), /exemple_welcome_desk|class/);
  await page.screenshot({path: join(ARTIFACTS, 'studio-layer.png')});

  const dir = mkdtempSync(join(tmpdir(), 'couverture-studio-layer-'));
  try {
    const {file} = await downloadThroughDialog(page, dir);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(saved.layer, 1);
    assert.equal(saved.decisions[0].rules[0].then.status, 'register_yourself');
    execFileSync(CLI, ['check', '--rules', join(ROOT, 'engine/rulesets/france-current.json'), '--layer', file],
                 {stdio: 'pipe'});  // throws on a non-zero exit
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
  await page.close();
});
