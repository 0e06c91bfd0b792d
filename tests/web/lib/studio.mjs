// What the studio's browser tests share: opening the page (on a shipped ruleset, by its file's
// name), waiting until findings, view and preview show the text as it stands, and downloading
// through the Download dialog.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {newPage, reportCspViolations} from './browser.mjs';

// rules: a shipped ruleset's file name without .json ("university-page-before-2018"); the
// studio opens the current rules otherwise.
export async function openStudio(session, {width = 1280, lang = 'en', url = session.server.url, rules = ''} = {}) {
  const page = reportCspViolations(await newPage(session, width));
  await page.goto(`${url}studio.html?lang=${lang}${rules ? `&rules=${rules}` : ''}`);
  await page.waitForSelector('html[data-studio-ready]');
  return page;
}

export const editorText = (page) => page.evaluate(() => window.couvertureStudio.editor.text());

// Resolves once the studio has re-checked the text as it stands (findings, view, preview).
export const settled = (page, timeout = 30000) => page.waitForFunction(() => {
  const {state, editor} = window.couvertureStudio;
  return state.current === editor.text();
}, null, {timeout});

// Opens the Download dialog, optionally sets the version, ticks the sources named in `checked`
// (their titles), and saves the file into `dir`: {file, name, bytes, dialogText}.
export async function downloadThroughDialog(page, dir, {version, checked = [], label = 'Download'} = {}) {
  await page.locator('#download').click();
  const dialog = page.locator('dialog.form-dialog[open]');
  await dialog.waitFor();
  const dialogText = await dialog.innerText();
  if (version !== undefined) await dialog.locator('#download-version').fill(version);
  for (const title of checked) await dialog.getByLabel(title, {exact: true}).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', {name: label, exact: true}).click();
  const saved = await download;
  const name = saved.suggestedFilename();
  const file = join(dir, `${Date.now()}-${name}`);
  await saved.saveAs(file);
  await dialog.waitFor({state: 'detached'});
  return {file, name, bytes: readFileSync(file), dialogText};
}
