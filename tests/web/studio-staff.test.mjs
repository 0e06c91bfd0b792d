// Issue 21's "done when": the studio as an international-office staff member uses it, through
// its forms and never the JSON. They open the current rules, add the 2027-28 CVEC amount as a new
// period, preview the widget at a date in that year and see the new amount, edit a French sentence
// and are prompted for the English, see the amount's change in Changes, fix a row someone broke
// from its finding, and download a file that `couverture check --strict` accepts. Leaving the page
// with edits not downloaded asks first. Screenshots of each view at 1280 px go to the artifacts.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, test} from 'node:test';
import {useBrowser} from './lib/browser.mjs';
import {ARTIFACTS, CLI, ROOT} from './lib/paths.mjs';
import {downloadThroughDialog, editorText, openStudio, settled} from './lib/studio.mjs';

const session = useBrowser();
let dir;
before(() => { dir = mkdtempSync(join(tmpdir(), 'couverture-studio-staff-')); });
after(() => rmSync(dir, {recursive: true, force: true}));

const CURRENT_TITLE = 'Health cover for international students in France (current rules)';
// The shipped version the studio opens, and the one it proposes for the next published file.
const OPENED = JSON.parse(readFileSync(join(ROOT, 'engine', 'rulesets', 'france-current.json'), 'utf8')).version;
const NEXT = OPENED.replace(/\d+$/, (n) => String(Number(n) + 1));
// A student who pays the CVEC (tests/scenarios/france-current/006-eu_ehic.json).
const PAYS_CVEC = {enrolled_higher_ed: true, origin: 'eu_eea', home_coverage_eu: 'ehic_valid_to_year_end',
                   employed_in_france: false, exchange_programme: false, study_type: 'initial',
                   french_government_scholarship: false};

const shot = (page, name, fullPage = false) => page.screenshot({path: join(ARTIFACTS, `studio-staff-${name}.png`), fullPage});
const showView = (page, name) => page.getByRole('tab', {name, exact: true}).click();
const dialog = (page) => page.locator('dialog.form-dialog[open]');
// The preview's widget, as a student reads it.
const widgetText = (page) => page.evaluate(() => document.getElementById('preview').shadowRoot.textContent);

test('a staff member adds next year\'s CVEC, previews it, edits a translation, fixes a broken row and downloads a clean file', async () => {
  const page = await openStudio(session);
  // The current rules, offered by title.
  assert.equal(await page.locator('#open-choice option:checked').innerText(), CURRENT_TITLE);
  const opened = await editorText(page);
  assert.match(await page.locator('#findings .summary').innerText(), /^0 errors, 0 warnings/);

  // 1. Dated values: the 2027-28 CVEC amount, from 1 May 2027, with the page it is published on.
  await showView(page, 'Dated values');
  const cvec = page.locator('section.parameter', {has: page.locator('h3 code', {hasText: /^cvec_amount$/})});
  await cvec.getByRole('button', {name: 'Add the next period of cvec_amount'}).click();
  const form = dialog(page);
  await form.waitFor();
  // Saved empty, the form says what is missing, GOV.UK style: a summary, each message by its field.
  await form.getByRole('button', {name: 'Save'}).click();
  await form.locator('.error-summary').waitFor();
  assert.match(await form.locator('.error-summary').innerText(), /Enter a date/);
  await form.getByLabel('From', {exact: true}).fill('2027-05-01');
  await form.getByLabel('Yes: enter it and its source').check();
  await form.getByLabel('Amount in EUR').fill('110');
  await form.getByLabel('A new quote').check();
  await form.getByLabel('Source', {exact: true}).selectOption({label: 'etudiant.gouv.fr: la CVEC (2023-24 version)'});
  await form.getByLabel('Section of the page (English)').fill('Amount for 2027-28');
  await form.getByLabel('Section of the page (French)').fill('Montant 2027-2028');
  await form.getByLabel('The page’s words (English)').fill('The CVEC amount for 2027-2028 is €110');
  await form.getByLabel('The page’s words (French)').fill('Le montant de la CVEC pour 2027-2028 est de 110 €');
  await form.getByLabel('Label (English)').fill('2027-28: payment for it opens in May 2027');
  await form.getByLabel('Label (French)').fill('2027-2028 : paiement ouvert en mai 2027');
  await shot(page, 'add-period');
  await form.getByRole('button', {name: 'Save'}).click();
  await form.waitFor({state: 'detached'});
  await settled(page);
  const added = await editorText(page);
  // One text edit: the new period and the new quote, nothing else of the file rewritten.
  const rules = JSON.parse(added);
  assert.deepEqual(rules.parameters.cvec_amount.periods.at(-1), {
    from: '2027-05-01', value: 110, source: rules.parameters.cvec_amount.periods.at(-1).source,
    label: {en: '2027-28: payment for it opens in May 2027', fr: '2027-2028 : paiement ouvert en mai 2027'}});
  assert.equal(rules.citations[rules.parameters.cvec_amount.periods.at(-1).source].basis, 'official');
  assert.ok(added.startsWith(opened.slice(0, opened.indexOf('"parameters"'))), 'the text before the parameters is untouched');
  await page.locator('#panel-parameters tr[data-path$="/periods/3"]').waitFor();
  assert.match(await page.locator('#panel-parameters tr[data-path="/parameters/cvec_amount/periods/3"]').innerText(), /2027-05-01[\s\S]*€110/);
  assert.match(await page.locator('#findings .summary').innerText(), /^0 errors, 0 warnings/);
  await shot(page, 'parameters');

  // 2. The preview at a date in 2027-28: the student who pays the CVEC reads the new amount.
  await showView(page, 'Preview');
  await page.locator('#preview-date').fill('2027-09-15');
  await page.locator('#preview-date').dispatchEvent('change');
  await page.evaluate((answers) => { document.getElementById('preview').answers = answers; }, PAYS_CVEC);
  await page.waitForFunction(() => /pay the CVEC on cvec\.etudiant\.gouv\.fr: €110/.test(document.getElementById('preview').shadowRoot.textContent));
  assert.doesNotMatch(await widgetText(page), /€105/);
  await shot(page, 'preview-2027', true);
  // Today, the amount carried forward, with its note.
  await page.locator('#preview-date').fill('2026-12-07');
  await page.locator('#preview-date').dispatchEvent('change');
  await page.waitForFunction(() => /pay the CVEC on cvec\.etudiant\.gouv\.fr: €105/.test(document.getElementById('preview').shadowRoot.textContent));

  // 3. Texts: the French title of the CVEC outcome, found by what it says, edited; the English is
  // then marked for review until confirmed.
  await showView(page, 'Texts');
  await page.getByLabel('Find a text').fill('Payez la CVEC avant votre inscription');
  const entry = page.locator('#panel-texts li.text-entry').first();
  await page.waitForFunction(() => document.querySelectorAll('#panel-texts li.text-entry').length === 1);
  assert.match(await entry.locator('.uses').innerText(), /Used by/);
  const french = entry.getByLabel('French', {exact: true});
  assert.equal(await french.inputValue(), 'Payez la CVEC avant votre inscription');
  await french.fill('Payez la CVEC avant de vous inscrire');
  await entry.locator('.review-mark').waitFor();
  assert.match(await entry.locator('.review-mark').innerText(), /Awaiting review: the French text changed/);
  await page.waitForFunction(() => window.couvertureStudio.editor.text().includes('Payez la CVEC avant de vous inscrire'));
  await settled(page);
  await shot(page, 'texts');

  // 4. Changes: the new amount and the new sentence, though no student's outcome changes.
  await showView(page, 'Changes');
  const changes = page.locator('#panel-changes');
  await changes.locator('.parameter-changes').waitFor();
  assert.match(await changes.locator('.changes-summary').innerText(), /No student gets a different outcome/);
  assert.match(await changes.locator('.parameter-changes').innerText(), /cvec_amount from 2027-05-01: added: €110/);
  await shot(page, 'changes');

  // 5. A row someone broke in the JSON (an age limit mistyped: "< 20" instead of "<= 29"): its
  // finding, in plain words, leads to the row in the Decisions table, fixed in the cell's form.
  await showView(page, 'JSON');
  await page.evaluate(() => {
    const {view} = window.couvertureStudio;
    const doc = view.state.doc.toString();
    const at = doc.indexOf('"<=": 29', doc.indexOf('"id": "up_to_29"'));
    view.dispatch({changes: {from: at, to: at + '"<=": 29'.length, insert: '"<": 20'}});
  });
  await settled(page);
  const dead = page.locator('#findings li.finding[data-kind="dead_rule"]');
  await dead.waitFor();
  assert.match(await page.locator('#findings .summary').innerText(), /^0 errors, 1 warning/);
  assert.match(await dead.locator('.message').innerText(), /never/);
  // The precise form, on demand.
  await dead.locator('details.precise summary').click();
  assert.match(await dead.locator('.engine-message').innerText(), /row 2 "up_to_29" of decision "c2s" never decides/);
  await dead.getByRole('button', {name: 'Show in Decisions'}).click();
  const row = page.locator('#panel-decisions tr', {has: page.locator('td.row-title[data-path="/decisions/2/rules/2"]')});
  await row.waitFor();
  assert.match(await row.locator('.cell-findings').innerText(), /never/);
  await shot(page, 'decisions-finding');
  await row.locator('td.cond[data-path="/decisions/2/rules/2/when/age"] button').click();
  const cell = dialog(page);
  await cell.waitFor();
  await cell.getByLabel('Compare', {exact: true}).selectOption('<=');
  await cell.locator('#cell-value-0').fill('29');
  await cell.getByRole('button', {name: 'Save'}).click();
  await cell.waitFor({state: 'detached'});
  await settled(page);
  assert.match(await editorText(page), /"id": "up_to_29",[\s\S]*?"age": \{\s*"<=": 29\s*\}/);
  assert.equal(await page.locator('#findings li.finding[data-kind="dead_rule"]').count(), 0);
  assert.match(await page.locator('#findings .summary').innerText(), /^0 errors, 0 warnings/);

  // 6. Download: the dialog says a text awaits review; "Show them" leads to it; confirmed, the
  // file is downloaded with a new version and a source checked today, and the CLI accepts it.
  await page.locator('#download').click();
  await dialog(page).waitFor();
  assert.match(await dialog(page).innerText(), /1 text awaits review/);
  await shot(page, 'download-warning');
  await dialog(page).getByRole('button', {name: 'Show them'}).click();
  const awaiting = page.locator('#panel-texts li.text-entry');
  await page.waitForFunction(() => document.querySelectorAll('#panel-texts li.text-entry .review-mark').length === 1);
  await awaiting.locator('.review-mark').getByRole('button', {name: 'It still says the same'}).click();
  await page.waitForFunction(() => window.couvertureStudio.review.size === 0);
  const saved = await downloadThroughDialog(page, dir, {checked: ['etudiant.gouv.fr: la CVEC (2023-24 version)']});
  assert.doesNotMatch(saved.dialogText, /awaits review/);
  assert.ok(saved.dialogText.includes(`It was ${OPENED} when opened`), saved.dialogText);
  assert.equal(saved.name, `france-current-${NEXT}.json`);
  const file = JSON.parse(saved.bytes.toString());
  assert.equal(file.version, NEXT);
  assert.equal(file.sources.find((s) => s.title === 'etudiant.gouv.fr: la CVEC (2023-24 version)').checked,
               new Date().toLocaleDateString('sv'));  // today, as YYYY-MM-DD
  assert.equal(file.parameters.cvec_amount.periods.at(-1).value, 110);
  execFileSync(CLI, ['check', '--strict', '--rules', saved.file], {stdio: 'pipe'});  // throws unless it exits 0
  // Downloaded: nothing is unsaved, and the page lets its visitor leave without asking.
  assert.equal(await page.evaluate(() => window.couvertureStudio.state.saved === window.couvertureStudio.editor.text()), true);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('leaving the page, or opening another ruleset, with edits not downloaded asks first', async () => {
  const page = await openStudio(session);
  // No edit: the page closes without asking.
  let asked = 0;
  page.on('dialog', async (d) => {
    if (d.type() === 'beforeunload') asked++;
    await d.dismiss();  // stay on the page
  });
  // An edit through a form (a source checked today, the first not already checked today): now
  // leaving asks, and staying keeps it.
  await showView(page, 'Sources');
  await page.locator('#panel-sources button:enabled', {hasText: 'Checked today'}).first().click();
  await settled(page);
  assert.notEqual(await page.evaluate(() => window.couvertureStudio.state.saved), await editorText(page));
  await page.close({runBeforeUnload: true});
  await page.waitForTimeout(500);
  assert.equal(asked, 1, 'leaving with unsaved edits asked');
  assert.equal(page.isClosed(), false, 'the staff member stayed');
  // Another ruleset: asked in the page's own dialog, and "Keep editing" keeps the edits.
  await page.locator('#open-choice').selectOption({label: 'Health cover and campus fee (example)'});
  await page.getByRole('button', {name: 'Open', exact: true}).click();
  await dialog(page).waitFor();
  assert.match(await dialog(page).innerText(), /Your edits are not downloaded/);
  await dialog(page).getByRole('button', {name: 'Keep editing'}).click();
  assert.equal(await page.evaluate(() => window.couvertureStudio.state.opened.name), CURRENT_TITLE);
  // Undone, there is nothing to lose: the page closes without asking.
  await page.locator('#undo').click();
  await settled(page);
  await page.close({runBeforeUnload: true});
  await page.waitForEvent('close', {timeout: 5000}).catch(() => {});
  assert.equal(asked, 1);
  assert.equal(page.isClosed(), true);
});

test('screenshots of every view at 1280 px', async () => {
  const page = await openStudio(session);
  for (const view of ['preview', 'decisions', 'parameters', 'texts', 'sources', 'changes', 'table', 'flow', 'json']) {
    await page.locator(`[role=tab][data-view=${view}]`).click();
    if (view === 'flow') await page.locator('#panel-flow svg').waitFor({timeout: 30000});
    else if (view !== 'preview' && view !== 'json') await page.locator(`#panel-${view} > :not(.view-loading)`).first().waitFor();
    await page.screenshot({path: join(ARTIFACTS, `studio-view-${view}.png`)});
  }
  assert.deepEqual(page.problems, []);
  await page.close();
});
