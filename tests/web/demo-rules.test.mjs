// The demo's switch between the shipped rulesets: the page starts on today's rules (built in), a
// student assessed under them in English and in French, the page saying which rules are showing
// and the rules' citations linking to their sources; then the university page's rules of before
// 2018, which say first that they no longer apply, the choice kept in the page's address and
// carried to the other language's page.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {newPage as openPage, useBrowser} from './lib/browser.mjs';
import {Couverture} from './lib/engine.mjs';
import {ARTIFACTS, DIST} from './lib/paths.mjs';
import {WORDS, open} from './lib/widget.mjs';

const currentText = readFileSync(join(DIST, 'rules', 'france-current.json'), 'utf8');
const current = {en: await Couverture.create({rules: currentText, lang: 'en'}),
                 fr: await Couverture.create({rules: currentText, lang: 'fr'})};
const SWITCH = {en: {legend: 'Which rules?', page: 'A university page from before 2018 (no longer in force: history only)',
                     current: 'Current rules', notice: /They no longer apply/},
                fr: {legend: 'Quelles règles\u00a0?', page: 'Une page universitaire d’avant 2018 (plus en vigueur\u00a0: pour mémoire)',
                     current: 'Règles actuelles', notice: /Elles ne s’appliquent plus/}};
// A student from outside Europe on a degree course with a long-stay visa, 22, no job in France.
const DEGREE_STUDENT = {enrolled_higher_ed: true, origin: 'other', employed_in_france: false, visa_type: 'vls_ts_or_permit',
                        exchange_programme: false, study_type: 'initial', french_government_scholarship: false,
                        protection_status: 'none', low_income: false, age: 22};

const session = useBrowser();

const newPage = (width) => openPage(session, width);

const widgetRuleset = (page) => page.evaluate(() => document.querySelector('couverture-check').ruleset?.id);

// Answers whatever the widget asks next, from `answers`, until it asks nothing more.
async function answerAll(page, lang, answers) {
  for (let step = 0; step < 20; step++) {
    const next = await page.evaluate(() => document.querySelector('couverture-check').result.next);
    if (!next.length) return;
    const q = current[lang].questions.find((question) => question.id === next[0]);
    assert.ok(q.id in answers, `asked ${q.id}`);
    const value = answers[q.id];
    if (q.options) {
      await page.getByRole('group', {name: q.label}).getByRole('radio', {name: q.options.find((o) => o.id === value).label, exact: true}).check();
    } else {
      await page.getByRole('textbox', {name: q.label}).fill(String(value));
    }
    await page.getByRole('button', {name: WORDS[lang].continue}).click();
    await page.waitForFunction((id) => !document.querySelector('couverture-check').result.next.includes(id), q.id);
  }
  assert.fail('the flow did not end');
}

for (const [lang, file] of [['en', 'index.html'], ['fr', 'fr.html']]) {
  for (const width of [375, 1280]) {
    test(`demo (${lang}, ${width} px): today's rules first, a degree student's check, then the old page's rules as history`, async () => {
      const page = await newPage(width);
      await open(page, session.server.url + file);
      const words = SWITCH[lang];
      const shown = page.locator('.rules-shown');
      // Today's rules, built in, with nothing in the address.
      assert.equal(await widgetRuleset(page), 'france-current');
      assert.equal(await page.getByRole('group', {name: words.legend}).getByRole('radio', {name: words.current}).isChecked(), true);
      assert.doesNotMatch(page.url(), /rules=/);
      const checked = new Date(`${current[lang].ruleset.checked}T00:00`).toLocaleDateString(lang, {dateStyle: 'long'});
      assert.ok((await shown.textContent()).includes(checked), `${await shown.textContent()} names ${checked}`);
      const h1 = page.getByRole('heading', {level: 1});
      assert.notEqual(await h1.textContent(), await h1.getAttribute('data-page'), 'the page asks today\'s question');
      assert.ok((await shown.textContent()).includes(current[lang].ruleset.title), await shown.textContent());
      assert.equal(await page.locator('couverture-check').evaluate((e) => e.shadowRoot.querySelector('[part=rules-notice]').hidden), true);
      await answerAll(page, lang, DEGREE_STUDENT);
      const result = await page.evaluate(() => document.querySelector('couverture-check').result);
      const asked = Object.fromEntries(result.asked.map((id) => [id, DEGREE_STUDENT[id]]));
      assert.deepEqual(result, current[lang].assess(asked, lang, result.date), 'the widget shows what the engine returns');
      assert.equal(result.complete, true);
      // Ten: the CVEC needs to know whether the studies are in its scope (study_type, since 2026.12).
      assert.ok(result.asked.length <= 10, `${result.asked.length} questions`);
      // Every decision shows, and the "Why?" cites its source with a link to it.
      // (the first is the headline's, which the headline itself stands for)
      for (const decision of Object.values(result.decisions).slice(1).filter((d) => d.applies && d.status)) {
        await page.getByRole('heading', {name: decision.title}).first().waitFor({timeout: 5000});
      }
      await page.getByText(WORDS[lang].why, {exact: true}).first().click();
      const decides = result.explanation.rules.find((r) => r.verdict === 'decides');
      // The deciding row's citation, and the page of the source it quotes.
      const url = result.sources[decides.source]?.source?.url;
      assert.match(url || '', /^https:\/\//, `the citation ${decides.source} names its source's page`);
      const links = await page.locator('couverture-check').evaluate((element) =>
        [...element.shadowRoot.querySelectorAll('details[open] a[href]')].map((a) => a.href));
      assert.ok(links.some((href) => href.startsWith('https://')), `links: ${links.join(', ')}`);
      assert.ok(links.includes(url), `${url} in ${links.join(', ')}`);
      await page.screenshot({path: join(ARTIFACTS, `demo-current-${lang}-${width}.png`), fullPage: true});
      // Printed, every decided decision is on the checklist; the replay link brings them all back.
      const titles = Object.values(result.decisions).slice(1).filter((d) => d.applies && d.status).map((d) => d.title);
      await page.emulateMedia({media: 'print'});
      for (const title of titles) assert.ok(await page.getByRole('heading', {name: title}).first().isVisible(), `printed: ${title}`);
      await page.emulateMedia({media: 'screen'});
      await page.getByRole('button', {name: lang === 'fr' ? 'Copier le lien' : 'Copy link'}).click();
      const link = await page.getByRole('textbox', {name: lang === 'fr' ? 'Copier le lien' : 'Copy link'}).inputValue();
      assert.match(link, /\/(index|fr)\.html#couverture:/);
      const replay = await newPage(width);
      await open(replay, link);
      assert.deepEqual(await replay.evaluate(() => document.querySelector('couverture-check').result.decisions),
                       result.decisions, 'the link restores every decision');
      await replay.close();
      // The university page's rules of before 2018, as history: they say so first, on screen and
      // on paper; the choice is in the address, kept by a reload and carried to the other
      // language's page.
      await page.getByRole('group', {name: words.legend}).getByRole('radio', {name: words.page}).check();
      await page.waitForFunction(() => document.querySelector('couverture-check').ruleset?.id === 'student-health-coverage');
      assert.match(page.url(), /\?rules=page$/);
      assert.equal(await h1.textContent(), await h1.getAttribute('data-page'));
      const notice = page.getByRole('note');
      assert.match(await notice.textContent(), words.notice);
      await page.emulateMedia({media: 'print'});
      assert.ok(await notice.isVisible(), 'the notice is printed');
      await page.emulateMedia({media: 'screen'});
      await page.screenshot({path: join(ARTIFACTS, `demo-page-rules-${lang}-${width}.png`), fullPage: true});
      assert.match(await page.locator('a[hreflang]').getAttribute('href'), /\?rules=page$/);
      await page.reload();
      await page.waitForFunction(() => document.querySelector('couverture-check').ruleset?.id === 'student-health-coverage');
      assert.equal(await page.getByRole('radio', {name: words.page}).isChecked(), true);
      // And back to today's rules: nothing in the address.
      await page.getByRole('radio', {name: words.current}).check();
      await page.waitForFunction(() => document.querySelector('couverture-check').ruleset?.id === 'france-current');
      assert.doesNotMatch(page.url(), /rules=/);
      assert.equal(await page.locator('couverture-check').evaluate((e) => e.shadowRoot.querySelector('[part=rules-notice]').hidden), true);
      assert.deepEqual(page.problems, []);
      await page.close();
    });
  }
}
