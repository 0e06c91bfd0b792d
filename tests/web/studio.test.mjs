// The rules studio as staff use it: open the default ruleset, introduce each kind of defect the
// verifier knows by editing the text in the editor, see the finding with its path, follow a
// counterexample into the preview, see the diff list the students affected, fix it, download a
// ruleset that `couverture check --strict` accepts. Also: axe-clean at 1280 and 768 px, in English
// and French, under the widget's CSP; and the README's screenshots.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {serveDist, useBrowser} from './lib/browser.mjs';
import {axeViolations} from './lib/axe.mjs';
import {ARTIFACTS, CLI} from './lib/paths.mjs';
import {downloadThroughDialog, openStudio as open} from './lib/studio.mjs';

const session = useBrowser();

// Most of these tests edit the text of the university page's small format 1 ruleset; the studio
// opens on the current rules unless told otherwise.
const PAGE_RULES = 'university-page-before-2018';
const openStudio = (width = 1280, lang = 'en', url = session.server.url, rules = PAGE_RULES) =>
  open(session, {width, lang, url, rules});

const text = (page) => page.evaluate(() => window.couvertureStudio.view.state.doc.toString());

// The view shown, as the tabs say.
const shownView = (page) => page.evaluate(() => document.querySelector('[role=tab][aria-selected=true]').dataset.view);
const showView = (page, view) => page.locator(`[role=tab][data-view=${view}]`).click();

// Selects `target` (the first after `anchor`) in the editor, as a mouse drag would, and focuses it.
async function select(page, target, anchor = '') {
  await showView(page, 'json');
  await page.evaluate(([target, anchor]) => {
    const view = window.couvertureStudio.view;
    const doc = view.state.doc.toString();
    const from = doc.indexOf(target, anchor ? doc.indexOf(anchor) : 0);
    if (from < 0 || (anchor && doc.indexOf(anchor) < 0)) throw new Error(`not in the editor: ${target} after ${anchor}`);
    view.dispatch({selection: {anchor: from, head: from + target.length}});
    view.focus();
  }, [target, anchor]);
}

// Resolves once the studio has re-checked the text as it stands (findings, view, preview).
function settled(page) {
  return page.waitForFunction(() => {
    const {state, view} = window.couvertureStudio;
    return state.current === view.state.doc.toString();
  });
}

// Types over `target` in the JSON view, then goes back to the view that was shown.
async function typeOver(page, target, replacement, anchor) {
  const view = await shownView(page);
  await showView(page, 'json');
  await select(page, target, anchor);
  if (replacement) await page.keyboard.type(replacement);
  else await page.keyboard.press('Backspace');
  await settled(page);
  if (view !== 'json') await showView(page, view);
}

// The finding of `kind` in the list: {path, message, hasAnswers}.
async function finding(page, kind) {
  const item = page.locator(`#findings li.finding[data-kind="${kind}"]`).first();
  await item.waitFor();
  return {
    item,
    path: await item.getAttribute('data-path'),
    message: await item.locator('.message').innerText(),
  };
}

// Clicking the finding's path selects that place in the editor: the selection starts with `key`.
async function followPath(page, item, key) {
  await item.locator('button.in-json').click();
  const selected = await page.evaluate(() => {
    const {state} = window.couvertureStudio.view;
    return state.sliceDoc(state.selection.main.from, state.selection.main.to);
  });
  assert.ok(selected.startsWith(key), `selected ${JSON.stringify(selected.slice(0, 60))}, expected ${key}`);
}

// Undoes with the keyboard until the text is `original` again.
async function undoTo(page, original) {
  const view = await shownView(page);
  await showView(page, 'json');
  await page.evaluate(() => window.couvertureStudio.view.focus());
  for (let i = 0; i < 10 && (await text(page)) !== original; i++) {
    await page.keyboard.press('Control+z');
    await settled(page);
  }
  assert.equal(await text(page), original);
  if (view !== 'json') await showView(page, view);
}

const previewState = (page) => page.evaluate(() => {
  const element = document.getElementById('preview');
  return {answers: element.answers, result: element.result && {status: element.result.status, complete: element.result.complete},
          visible: !document.getElementById('panel-preview').hidden};
});

test('staff introduce every kind of defect, follow it, fix it and download a ruleset that checks clean', async () => {
  const page = await openStudio();
  const original = await text(page);
  assert.match(original, /"id": "student-health-coverage"/);
  assert.match(await page.locator('#findings .summary').innerText(), /0 errors, 0 warnings/);

  // Each defect: an edit, the finding it causes (kind, path), the key its path selects.
  const defects = [
    {name: 'unknown question', target: '"origin": "eu_eea"', edit: ['origin', 'origine'], anchor: '"id": "eu_eea"',
     kind: 'invalid', path: '/rules/0/when/origine', key: '"origine"'},
    {name: 'missing translation', anchor: '"id": "origin"', kind: 'invalid', path: '/questions/0/label/fr', key: '"label"'},
    {name: 'dead row', edit: ['3', '0'], anchor: '"id": "short_stay_home_coverage"', kind: 'dead_rule', path: '/rules/6/when', key: '"when"'},
    {name: 'useless question', edit: ['"refund_from_home",\n', ''], anchor: '"id": "short_stay_home_coverage"',
     kind: 'useless_question', path: '/questions/5', key: '{'},
    {name: 'past review date', edit: ['2027', '2025'], anchor: '"review_by"', kind: 'review_due', path: '/review_by', key: '"review_by"'},
  ];
  for (const defect of defects) {
    if (defect.name === 'missing translation') {
      // Delete the French label: from the end of the English one to the end of the French one.
      const doc = await text(page);
      const start = doc.indexOf('"label"', doc.indexOf(defect.anchor));
      const en = doc.indexOf('"en"', start);
      const from = doc.indexOf('\n', en) - 1;  // the comma after the English text
      const to = doc.indexOf('\n', doc.indexOf('"fr"', start));
      await typeOver(page, doc.slice(from, to), '', defect.anchor);
    } else if (defect.name === 'useless question') {
      const doc = await text(page);
      const from = doc.indexOf('"refund_from_home"', doc.indexOf(defect.anchor));
      const next = doc.indexOf('"', from + '"refund_from_home",'.length);
      await typeOver(page, doc.slice(from, next), '', defect.anchor);
    } else {
      const [what, by] = defect.edit;
      await typeOver(page, what, by, defect.anchor);
    }
    const found = await finding(page, defect.kind);
    assert.equal(found.path, defect.path, `${defect.name}: ${found.message}`);
    await followPath(page, found.item, defect.key);
    await undoTo(page, original);
    assert.equal(await page.locator(`#findings li.finding[data-kind="${defect.kind}"]`).count(), 0, defect.name);
  }

  // A gap: the default row deleted. Its counterexample goes into the preview, and the diff lists
  // the students who lose their status.
  const doc = await text(page);
  const general = doc.lastIndexOf('{', doc.indexOf('"id": "general"'));
  const end = doc.indexOf('\n    }', general) + '\n    }'.length;
  const comma = doc.lastIndexOf(',', general);
  await typeOver(page, doc.slice(comma, end), '', '"rules"');
  const gap = await finding(page, 'gap');
  assert.equal(gap.path, '/rules');
  await followPath(page, gap.item, '"rules"');
  await gap.item.getByRole('button', {name: 'Try these answers'}).click();
  await page.waitForFunction(() => document.getElementById('preview').result !== null);
  const tried = await previewState(page);
  assert.equal(tried.visible, true);
  assert.ok(Object.keys(tried.answers).length > 0, 'the counterexample is in the preview');
  assert.equal(tried.result.status, null, 'the counterexample gets no status: the gap a student would meet');
  assert.equal(await page.locator('#preview-gap').isVisible(), true);
  await page.screenshot({path: join(ARTIFACTS, 'studio-gap-preview.png')});

  await page.getByRole('tab', {name: 'Changes'}).click();
  const changes = page.locator('#panel-changes .changes-list > li');
  await changes.first().waitFor();
  assert.ok(await changes.count() >= 1);
  assert.match(await page.locator('#panel-changes .changes-summary').innerText(), /gets a different outcome/);
  assert.match(await changes.first().locator('td.after').first().innerText(), /no status/);
  await page.screenshot({path: join(ARTIFACTS, 'studio-changes.png')});
  await changes.first().getByRole('button', {name: 'Open in the preview'}).click();
  await page.waitForFunction(() => !document.getElementById('panel-preview').hidden);
  assert.equal((await previewState(page)).result.status, null);

  // Fixed, plus a real edit (the version), then downloaded and checked by the CLI.
  await undoTo(page, original);
  await typeOver(page, '2026.12', '2027.01', '"version"');
  assert.match(await page.locator('#findings .summary').innerText(), /0 errors, 0 warnings/);
  await page.getByRole('tab', {name: 'Changes'}).click();
  // The summary of the broken ruleset stays until the worker has compared the fixed one: wait for
  // the comparison, not for the element.
  await page.locator('#panel-changes .changes-summary', {hasText: /No student gets a different outcome/}).waitFor();
  assert.match(await page.locator('#panel-changes .changes-summary').innerText(), /No student gets a different outcome/);
  const dir = mkdtempSync(join(tmpdir(), 'couverture-studio-'));
  try {
    const {file, name} = await downloadThroughDialog(page, dir);
    assert.equal(name, 'student-health-coverage-2027.01.json');
    assert.equal(JSON.parse(readFileSync(file, 'utf8')).version, '2027.01');
    execFileSync(CLI, ['check', '--strict', '--rules', file], {stdio: 'pipe'});  // throws on a non-zero exit
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }

  // A new option: each option both offer compared with itself, the new one with every old one
  // (UK students may have answered any of them before): no pairing of eu_eea with other.
  await page.evaluate(() => {
    const view = window.couvertureStudio.view;
    const doc = view.state.doc.toString();
    const at = doc.indexOf('"options": [', doc.indexOf('"id": "origin"')) + '"options": ['.length;
    view.dispatch({changes: {from: at, insert: '{"id": "uk", "label": {"en": "A UK citizen", "fr": "Citoyen du Royaume-Uni"}},'}});
  });
  await settled(page);
  await page.getByRole('tab', {name: 'Changes'}).click();
  const origin = page.locator('#panel-changes li', {has: page.locator('code', {hasText: /^origin$/})});
  await origin.waitFor();
  assert.match(await origin.innerText(), /^origin options: choice \(eu_eea, quebec, other\) → choice \(uk, eu_eea, quebec, other\) \(offered by one side only, so paired with every option of the other: uk \(new\)\)$/);
  const paths = await page.locator('#panel-changes .changes-list .change-path').allInnerTexts();
  assert.ok(paths.length > 0);
  for (const path of paths) assert.match(path, /Your situation: [^·]* \(old\) · Your situation: A UK citizen \(new\)/, path);
  // In French, the sides too.
  await page.selectOption('#ui-language', 'fr');
  await page.waitForFunction(() => /\(nouveau\)/.test(document.querySelector('#panel-changes .change-path')?.textContent || ''));
  assert.match(await page.locator('#panel-changes .changes-list .change-path').first().innerText(),
               /Votre situation\u00a0: [^·]* \(ancien\) · Votre situation\u00a0: Citoyen du Royaume-Uni \(nouveau\)/);
  assert.match(await origin.innerText(), /associées à chaque option de l’autre : uk \(nouveau\)/);
  await page.screenshot({path: join(ARTIFACTS, 'studio-changes-new-option.png')});
  assert.deepEqual(page.problems, []);
  await page.close();
});

const completions = (page) => page.evaluate(() =>
  [...document.getElementById('editor').shadowRoot.querySelectorAll('.cm-tooltip-autocomplete li')].map((li) => li.textContent));

test('an option renamed in the editor: Changes asks which old option it was, then compares them as one', async () => {
  const page = await openStudio();
  await typeOver(page, '"id": "other"', '"id": "non_eu"');
  await page.getByRole('tab', {name: 'Changes'}).click();
  const summary = page.locator('#panel-changes .changes-summary');
  await summary.waitFor();
  // Unsaid, `non_eu` is a new option paired with every old one: Europeans seem to lose their card.
  assert.match(await summary.getAttribute('class'), /\bdiffers\b/);
  const rename = page.getByLabel('non_eu (origin):');
  assert.equal(await rename.inputValue(), '');
  assert.deepEqual(await rename.locator('option').allInnerTexts(), ['a new option', 'other, renamed']);
  await rename.selectOption('other');
  await page.waitForFunction(() => /No student gets a different outcome/.test(document.querySelector('#panel-changes .changes-summary').textContent));
  assert.equal(await page.getByLabel('non_eu (origin):').inputValue(), 'other');
  assert.ok(await page.getByLabel('non_eu (origin):').evaluate((select) => select === document.activeElement));
  const origin = page.locator('#panel-changes li', {has: page.locator('code', {hasText: /^origin$/})});
  assert.doesNotMatch(await origin.innerText(), /offered by one side only/);
  await page.screenshot({path: join(ARTIFACTS, 'studio-changes-renamed-option.png')});
  // The API refuses what it cannot pass on, and the engine what names nothing, each with a message
  // (from the engine's worker, its name and message kept).
  const refusals = await page.evaluate(async () => {
    const {engine, state} = window.couvertureStudio;
    const refusal = async (renamed) => {
      try {
        await engine.call('test', 'diff', [state.opened.text, state.good, {renamed}]);
        return 'accepted';
      } catch (error) {
        return `${error.name}: ${error.message}`;
      }
    };
    return [await refusal('origin.other=non_eu'), await refusal([{question: 'origin', old: 'other\tx', new: 'non_eu'}]),
            await refusal([{question: 'origin', old: 'others', new: 'non_eu'}])];
  });
  assert.match(refusals[0], /options\.renamed must be an array of \{question, old, new\} option ids/);
  assert.match(refusals[1], /options\.renamed must be an array/);
  assert.match(refusals[2], /the old question has no option "others"/);
  // Renamed again in the editor: what was said no longer names an option, so it is asked again.
  await typeOver(page, '"id": "non_eu"', '"id": "outside_eu"');
  await page.getByRole('tab', {name: 'Changes'}).click();
  await page.getByLabel('outside_eu (origin):').waitFor();
  assert.equal(await page.getByLabel('outside_eu (origin):').inputValue(), '');
  assert.equal(await page.locator('#panel-changes .notice').count(), 0);  // no "view failed"
  await page.getByLabel('outside_eu (origin):').selectOption('other');
  await page.waitForFunction(() => /No student gets a different outcome/.test(document.querySelector('#panel-changes .changes-summary').textContent));
  // In French, the same choice, in French words.
  await page.selectOption('#ui-language', 'fr');
  await page.waitForFunction(() => /renommée/.test(document.querySelector('#panel-changes .renames')?.textContent || ''));
  assert.equal(await page.getByLabel('outside_eu (origin)\u00a0:').inputValue(), 'other');
  // Taken back: two options again.
  await page.getByLabel('outside_eu (origin)\u00a0:').selectOption('');
  await page.waitForFunction(() => document.querySelector('#panel-changes .changes-summary').classList.contains('differs'));
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the editor completes from the schema and the ruleset, and explains a key on hover', async () => {
  const page = await openStudio();
  // A new key in the question "age": the keys it may still have.
  await select(page, '', '"id": "age",');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('"');
  await page.waitForFunction(() => document.getElementById('editor').shadowRoot.querySelector('.cm-tooltip-autocomplete li'));
  const keys = await completions(page);
  assert.ok(keys.some((k) => k.startsWith('options')), keys.join(', '));
  assert.ok(!keys.some((k) => k.startsWith('label')), 'a key the question has is not offered again');
  await page.keyboard.press('Escape');
  await undoTo(page, await page.evaluate(() => window.couvertureStudio.state.opened.text));
  // A condition's value: the question's options; Enter takes one.
  await select(page, '"eu_eea"', '"when"');
  await page.keyboard.type('"q');
  await page.waitForFunction(() => document.getElementById('editor').shadowRoot.querySelector('.cm-tooltip-autocomplete li'));
  assert.deepEqual(await completions(page), ['"quebec"']);
  await page.waitForTimeout(150);  // CodeMirror ignores Enter in the popup's first 75 ms
  await page.keyboard.press('Enter');
  await settled(page);
  assert.match(await text(page), /"when": \{\s*"origin": "quebec"\s*\}/);
  // Hover help on a key, from the schema's description.
  // The key may be out of view after the edits above: scroll it in (the selection, scrolled
  // into view), let the editor draw it, then point at it.
  await page.evaluate(() => {
    const view = window.couvertureStudio.view;
    const at = view.state.doc.toString().indexOf('"review_by"') + 3;
    view.dispatch({selection: {anchor: at}, scrollIntoView: true});
  });
  await page.waitForFunction(() => {
    const view = window.couvertureStudio.view;
    return view.coordsAtPos(view.state.doc.toString().indexOf('"review_by"') + 3) !== null;
  });
  const box = await page.evaluate(() => {
    const view = window.couvertureStudio.view;
    const coords = view.coordsAtPos(view.state.doc.toString().indexOf('"review_by"') + 3);
    return {x: coords.left + 1, y: (coords.top + coords.bottom) / 2};
  });
  await page.mouse.move(box.x, box.y);
  const hover = page.locator('#editor .schema-hover');
  await hover.waitFor();
  assert.match(await hover.innerText(), /review_by[\s\S]*warns once this date has passed/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the table and the flow follow the edits; shipped rulesets open; nothing is stored unasked', async () => {
  const page = await openStudio();
  await page.getByRole('tab', {name: 'Table'}).click();
  const firstStatus = () => page.locator('#panel-table tbody tr').first().locator('td').nth(-7).innerText();
  await page.locator('#panel-table tbody tr').first().waitFor();
  assert.equal(await firstStatus(), 'not_required');
  await typeOver(page, 'not_required', 'optional', '"id": "eu_eea"');
  // The table is made again in the worker: wait for it (a race seen in a full run), same assertion.
  await page.waitForFunction(() => {
    const cells = document.querySelectorAll('#panel-table tbody tr:first-child td');
    return cells.length >= 7 && cells[cells.length - 7].innerText === 'optional';
  }, null, {timeout: 15000}).catch(() => {});
  assert.equal(await firstStatus(), 'optional');
  await page.getByRole('tab', {name: 'Flow'}).click();
  await page.locator('#panel-flow svg').waitFor({timeout: 15000});
  assert.ok(await page.locator('#panel-flow svg g.node').count() > 10);
  await page.screenshot({path: join(ARTIFACTS, 'studio-flow.png')});

  // Shipped rulesets are offered by title; edits not downloaded are kept unless one says to drop them.
  await page.selectOption('#open-choice', {label: 'Health cover and campus fee (example)'});
  await page.getByRole('button', {name: 'Open', exact: true}).click();
  const discard = page.locator('dialog.form-dialog[open]');
  await discard.waitFor();
  assert.match(await discard.innerText(), /Your edits are not downloaded/);
  await discard.getByRole('button', {name: 'Keep editing'}).click();
  assert.match(await text(page), /"optional"/);
  await page.getByRole('button', {name: 'Open', exact: true}).click();
  await discard.getByRole('button', {name: 'Open it anyway'}).click();
  await page.waitForFunction(() => window.couvertureStudio.state.opened.name === 'Health cover and campus fee (example)');
  await settled(page);
  assert.match(await text(page), /"format": 2/);
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing stored without asking');
  await page.getByLabel('Keep my edits in this browser').check();
  assert.equal(await page.evaluate(() => localStorage.length), 1);
  await page.reload();
  await page.waitForSelector('html[data-studio-ready]');
  assert.match(await text(page), /"format": 2/);
  await page.getByLabel('Keep my edits in this browser').uncheck();
  assert.equal(await page.evaluate(() => localStorage.length), 0);

  // A file dropped on the editor opens as the ruleset; it is not pasted into the one there.
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['{"format": 1, "dropped": true}'], 'dropped.json', {type: 'application/json'}));
    const target = document.getElementById('editor').shadowRoot.querySelector('.cm-content');
    target.dispatchEvent(new DragEvent('drop', {dataTransfer: transfer, bubbles: true, composed: true, cancelable: true}));
  });
  await page.waitForFunction(() => window.couvertureStudio.state.opened.name === 'dropped.json');
  await settled(page);
  assert.equal(await text(page), '{"format": 1, "dropped": true}');  // as the file is: never reformatted
  assert.equal(await page.locator('#findings li.finding[data-kind=invalid]').count() > 0, true);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('under a strict CSP (styles and everything else locked to self) the editor, views and preview work', async () => {
  const strict = await serveDist({csp: `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:`});
  try {
    const page = await openStudio(1280, 'en', strict.url);
    // CodeMirror's styles apply (constructed stylesheets in its shadow root are not inline styles).
    const gutter = await page.evaluate(() => {
      const host = document.getElementById('editor').shadowRoot;
      return getComputedStyle(host.querySelector('.cm-gutters')).backgroundColor;
    });
    assert.equal(gutter, 'rgb(243, 242, 241)');
    await typeOver(page, '2026.12', '2027.01', '"version"');
    for (const view of ['table', 'flow', 'changes']) await page.locator(`[role=tab][data-view=${view}]`).click();
    await page.locator('[role=tab][data-view=flow]').click();
    await page.locator('#panel-flow svg').waitFor({timeout: 15000});
    await page.locator('[role=tab][data-view=preview]').click();
    await page.waitForFunction(() => document.getElementById('preview').result !== null);
    assert.deepEqual(page.problems, []);
    await page.close();
  } finally {
    await strict.close();
  }
});

test('axe-clean at 1280 and 768 px in English and French, every view; screenshots', async () => {
  const found = [];
  for (const lang of ['en', 'fr']) {
    for (const width of [1280, 768]) {
      const page = await openStudio(width, lang, session.server.url, '');  // the current rules, every form
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      for (const view of ['preview', 'decisions', 'parameters', 'texts', 'sources', 'changes', 'table', 'flow', 'json']) {
        await page.locator(`[role=tab][data-view=${view}]`).click();
        if (view === 'flow') await page.locator('#panel-flow svg').waitFor({timeout: 30000});
        else if (view !== 'preview' && view !== 'json') await page.locator(`#panel-${view} > :not(.view-loading)`).first().waitFor();
        found.push(...(await axeViolations(page)).map((v) => `${lang} ${width}px ${view}: ${v}`));
        if (lang === 'en' && width === 1280) await page.screenshot({path: join(ARTIFACTS, `studio-${view}.png`)});
      }
      await page.locator('[role=tab][data-view=preview]').click();
      await page.screenshot({path: join(ARTIFACTS, `studio-${lang}-${width}.png`), fullPage: true});
      assert.deepEqual(page.problems, []);
      await page.close();
    }
  }
  assert.deepEqual(found, []);
});

test('the views tabs are keyboard-usable: arrows move between them', async () => {
  const page = await openStudio();
  await page.locator('#tab-preview').focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-decisions');
  assert.equal(await page.locator('#panel-decisions').isVisible(), true);
  await page.keyboard.press('End');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-json');
  await page.close();
});
