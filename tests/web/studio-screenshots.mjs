// Regenerates the README's pictures of the rules studio at 1280 px (web/screenshots/studio*.png),
// on the current rules as a staff member leaves them mid-way through a yearly update: the 2027-28
// CVEC amount added through the Dated values form, a French sentence edited (its English awaiting
// review), and a row's age limit mistyped in the JSON (its finding shown on the row). Each view is
// pictured, and the Download dialog.
// Run after a wasm build: node tests/web/studio-screenshots.mjs
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {launchBrowser, serveDist} from './lib/browser.mjs';
import {ROOT} from './lib/paths.mjs';

const out = join(ROOT, 'web', 'screenshots');
mkdirSync(out, {recursive: true});
const server = await serveDist();
const browser = await launchBrowser();
const page = await browser.context.newPage();
await page.setViewportSize({width: 1280, height: 900});
await page.goto(`${server.url}studio.html?lang=en`);
await page.waitForSelector('html[data-studio-ready]');

const settled = () => page.waitForFunction(() => {
  const {state, editor} = window.couvertureStudio;
  return state.current === editor.text();
});
const show = (view) => page.locator(`[role=tab][data-view=${view}]`).click();
const dialog = page.locator('dialog.form-dialog[open]');
const shoot = async (name) => {
  await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
  await page.screenshot({path: join(out, `${name}.png`)});
};

// The new CVEC period, through the form.
await show('parameters');
await page.getByRole('button', {name: 'Add the next period of cvec_amount'}).click();
await dialog.getByLabel('From', {exact: true}).fill('2027-05-01');
await dialog.getByLabel('Yes: enter it and its source').check();
await dialog.getByLabel('Amount in EUR').fill('110');
await dialog.getByLabel('A quote already in the ruleset').check();
await dialog.getByLabel('Quote', {exact: true}).selectOption('crous_cvec_2024');
await dialog.getByLabel('Label (English)').fill('2027-28: payment for it opens in May 2027');
await dialog.getByLabel('Label (French)').fill('2027-2028 : paiement ouvert en mai 2027');
await dialog.evaluate((d) => { d.scrollTop = 0; });
await page.screenshot({path: join(out, 'studio-period-form.png')});
await dialog.getByRole('button', {name: 'Save'}).click();
await settled();
await page.evaluate(() => document.querySelector('section.parameter:nth-of-type(2)')?.scrollIntoView());
await page.screenshot({path: join(out, 'studio-parameters.png')});

// A French sentence edited: the English awaits review.
await show('texts');
await page.getByLabel('Find a text').fill('Payez la CVEC :');
await page.waitForFunction(() => document.querySelectorAll('#panel-texts li.text-entry').length === 1);
await page.locator('#panel-texts li.text-entry').getByLabel('French', {exact: true})
  .fill('Payez la CVEC avant de vous inscrire : {cvec_amount}');
await page.locator('#panel-texts .review-mark').waitFor();
await page.waitForFunction(() => window.couvertureStudio.editor.text().includes('avant de vous inscrire'));
await settled();
await shoot('studio-texts');

// A row's age limit mistyped in the JSON: a dead row.
await show('json');
await page.evaluate(() => {
  const {view} = window.couvertureStudio;
  const doc = view.state.doc.toString();
  const at = doc.indexOf('"<=": 29', doc.indexOf('"id": "up_to_29"'));
  view.dispatch({changes: {from: at, to: at + '"<=": 29'.length, insert: '"<": 20'}, selection: {anchor: at}, scrollIntoView: true});
});
await settled();
await shoot('studio-json');
await page.locator('#findings li.finding[data-kind=dead_rule] details.precise summary').click();
await page.locator('#findings li.finding[data-kind=dead_rule] button.show').click();
await page.locator('#panel-decisions td.row-title[data-path="/decisions/2/rules/2"]').waitFor();
await page.waitForTimeout(2100);  // the row's flash fades
await page.evaluate(() => document.querySelector('#panel-decisions td.row-title[data-path="/decisions/2/rules/2"]')
  .scrollIntoView({block: 'center'}));
await page.screenshot({path: join(out, 'studio-decisions.png')});

// The preview at a date in 2027-28, with a student who pays the CVEC.
await show('preview');
await page.locator('#preview-date').fill('2027-09-15');
await page.locator('#preview-date').dispatchEvent('change');
await page.evaluate(() => {
  document.getElementById('preview').answers = {enrolled_higher_ed: true, origin: 'eu_eea', home_coverage_eu: 'ehic_valid_to_year_end',
    employed_in_france: false, exchange_programme: false, study_type: 'initial', french_government_scholarship: false};
});
await page.waitForFunction(() => /Pay the CVEC: €110/.test(document.getElementById('preview').shadowRoot.textContent));
await page.evaluate(() => {
  const root = document.getElementById('preview').shadowRoot;
  const step = [...root.querySelectorAll('*')].find((n) => n.children.length === 0 && /Pay the CVEC: €110/.test(n.textContent));
  step?.scrollIntoView({block: 'center'});
});
await page.screenshot({path: join(out, 'studio.png')});

for (const view of ['sources', 'changes', 'table', 'flow']) {
  await show(view);
  if (view === 'flow') await page.locator('#panel-flow svg').waitFor({timeout: 30000});
  else await page.locator(`#panel-${view} > :not(.view-loading)`).first().waitFor();
  await shoot(`studio-${view}`);
}

await page.locator('#download').click();
await dialog.waitFor();
await page.screenshot({path: join(out, 'studio-download.png')});
await browser.close();
await server.close();
console.log('wrote web/screenshots/studio.png and studio-{parameters,period-form,texts,json,decisions,sources,changes,table,flow,download}.png');
