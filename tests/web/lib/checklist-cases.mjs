// Issue 20's browser tests, shared by tests/web/checklist-*.test.mjs (each file a share of them, so
// that each runs within the per-file time limit): with today's rules (france-current.json, built
// in), at 320, 375 and 1280 px, in English and French: the outcome as one checklist in the order of doing, with working
// links, what to bring and deadlines; "ask someone" outcomes in a neutral style with the
// university's contact; progress that survives Back, Forward, a reload and the language switch;
// a damaged link; a half-finished check on paper. axe checks every outcome; screenshots of each
// go to build/web-test-artifacts/checklist-*.png.
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {test} from 'node:test';
import {axeViolations} from './axe.mjs';
import {newPage} from './browser.mjs';
import {ARTIFACTS} from './paths.mjs';
import {WORDS, control, elementAnswers, elementResult, engines, open, walk} from './widget.mjs';

const pageOf = (lang) => (lang === 'fr' ? 'fr.html' : 'index.html');
const SECTION = {
  en: {checklist: 'Your checklist', situation: 'Your situation', advice: 'Good to know', back: 'Back',
       when: {before_leaving: 'Before you leave home', before_enrolling: 'Before you enrol', on_arrival: 'Once in France',
              after_enrolling: 'Once you are enrolled'}, help: 'Help with these steps', remaining: 'Questions still to answer',
       damaged: 'This link is out of date or damaged, so its answers could not be used. Please answer the questions again.'},
  fr: {checklist: 'Vos démarches', situation: 'Votre situation', advice: 'Bon à savoir', back: 'Retour',
       when: {before_leaving: 'Avant de partir', before_enrolling: 'Avant votre inscription', on_arrival: 'Une fois en France',
              after_enrolling: 'Une fois inscrit ou inscrite'}, help: 'Aide pour ces démarches', remaining: 'Questions restant à répondre',
       damaged: 'Ce lien est périmé ou abîmé\u00a0: ses réponses n’ont pas pu être reprises. Répondez à nouveau aux questions.'},
};

const base = {enrolled_higher_ed: true, employed_in_france: false, origin: 'other', exchange_programme: false,
              study_type: 'initial', french_government_scholarship: false};
const US = {...base, protection_status: 'none', visa_type: 'vls_ts_or_permit', low_income: false, age: 22};
const AGE_15 = {...base, protection_status: 'none', visa_type: 'vls_t', low_income: false, age: 15};
const REFUGEE = {...base, protection_status: 'refugee', low_income: true, age: 27};
const UNSURE = {...base, protection_status: 'none', visa_type: 'unsure'};

// Answers whatever the widget asks, from `answers`, until nothing is left to ask; returns the
// questions in the order they were asked.
async function answerAll(page, lang, answers) {
  return (await walk(page, lang, answers, (result) => !(result.next[0] in answers))).asked;
}

const widget = (page) => page.locator('couverture-check');

// The tasks the page shows, in order: each list item's data-id.
const shownTasks = (page) => widget(page).locator('.checklist > li').evaluateAll((items) => items.map((li) => li.dataset.id));

async function headlineBorder(page) {
  return widget(page).locator('.headline').evaluate((node) => getComputedStyle(node).borderInlineStartColor);
}

async function checkAxe(page, what) {
  assert.deepEqual(await axeViolations(page), [], `axe: ${what}`);
}

async function shot(page, name) {
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  await page.screenshot({path: join(ARTIFACTS, `checklist-${name}.png`), fullPage: true});
}

// Headings of the outcome's sections are of one level, the headline's: none is a sub-point of it.
async function sectionLevels(page, lang) {
  const words = SECTION[lang];
  const level = (name) => page.getByRole('heading', {name, exact: true}).evaluate((node) => node.tagName);
  const headline = await widget(page).locator('.headline-title').evaluate((node) => node.tagName);
  return {headline, sections: [await level(words.checklist), await level(words.situation), await level(words.advice)]};
}

export function personaTests(session, widths) {
  for (const width of widths) {
    for (const lang of ['en', 'fr']) {
      const words = SECTION[lang];
      const tag = `${lang}-${width}`;

      test(`US degree student (${tag}): one ordered checklist, documents, deadline, working links`, async () => {
        const page = await newPage(session, width);
        await open(page, session.server.url + pageOf(lang));
        await answerAll(page, lang, US);
        const result = await elementResult(page);
        assert.equal(result.status, 'register_online');
        assert.deepEqual(result, engines[lang].assess(US), 'the element shows what the engine returns');
        // One checklist, in the engine's order: CVEC before enrolling, the visa on arrival, the
        // registration once enrolled.
        assert.deepEqual(await shownTasks(page), result.checklist.map((t) => t.id));
        assert.deepEqual(result.checklist.map((t) => t.id), ['pay_cvec', 'validate_vls_ts', 'register_portal']);
        const groups = await widget(page).locator('.block-checklist .when').allTextContents();
        assert.deepEqual(groups, [words.when.before_enrolling, words.when.on_arrival, words.when.after_enrolling]);
        // What to bring for the registration, and the visa's deadline.
        const registration = widget(page).locator('.checklist > li[data-id=register_portal]');
        assert.equal(await registration.locator('.needs li').count(), 5);
        for (const need of result.checklist[2].needs) assert.ok(await registration.getByText(need.text).isVisible());
        const visa = widget(page).locator('.checklist > li[data-id=validate_vls_ts]');
        assert.ok((await visa.locator('.deadline').textContent()).includes(result.checklist[1].deadline.text));
        // Every site named in the checklist is a link that opens it.
        const links = await widget(page).locator('.block-checklist a').evaluateAll((as) => as.map((a) => [a.textContent, a.href]));
        const hosts = links.map(([, href]) => new URL(href).host);
        for (const host of ['cvec.etudiant.gouv.fr', 'administration-etrangers-en-france.interieur.gouv.fr', 'etudiant-etranger.ameli.fr']) {
          assert.ok(hosts.includes(host), `no link to ${host}: ${JSON.stringify(links)}`);
        }
        for (const [text, href] of links) {
          if (!href.startsWith('mailto:')) assert.equal(new URL(href).host, text.replace(/^www\./, ''), `${text} → ${href}`);
        }
        // Sections are equals of the headline.
        const {headline, sections} = await sectionLevels(page, lang);
        assert.deepEqual(sections, [headline, headline, headline]);
        // A decision with nothing to do is one line: the C2S and the mutuelle.
        const lines = widget(page).locator('.headlines > li');
        assert.equal(await lines.count(), result.headlines.length - 1);
        // Said once: the CVEC's note about its amount.
        // Said once: the CVEC's amount and its note, in its step (the note names the site beside the
        // step's link to it); not again in its headline or in "Good to know".
        const text = await widget(page).locator('.outcome-body').evaluate((node) => node.innerText);
        assert.equal(text.split('cvec.etudiant.gouv.fr').length - 1, 2, text);
        await checkAxe(page, `US ${tag}`);
        await shot(page, `us-${tag}`);
        assert.deepEqual(page.problems, []);
        await page.close();
      });

      test(`15-year-old (${tag}): the parental authorisation comes first`, async () => {
        const page = await newPage(session, width);
        await open(page, session.server.url + pageOf(lang));
        await answerAll(page, lang, AGE_15);
        const tasks = await shownTasks(page);
        assert.equal(tasks[0], 'parental_authorisation');
        const first = widget(page).locator('.checklist > li').first();
        assert.ok(await first.isVisible());
        assert.equal(await widget(page).locator('.block-checklist .when').first().textContent(), words.when.before_leaving);
        await checkAxe(page, `15 ${tag}`);
        await shot(page, `age-15-${tag}`);
        assert.deepEqual(page.problems, []);
        await page.close();
      });

      test(`refugee (${tag}): asked before the visa, told about the C2S, a contact, a neutral style`, async () => {
        const page = await newPage(session, width);
        await open(page, session.server.url + pageOf(lang));
        const asked = await answerAll(page, lang, REFUGEE);
        assert.ok(!asked.includes('visa_type'), `no visa question for a refugee: ${asked}`);
        assert.equal(asked[asked.indexOf('origin') + 1], 'protection_status');
        const result = await elementResult(page);
        assert.equal(result.status, 'protection_cpam');
        assert.equal(result.tone, 'ask');
        assert.equal(await widget(page).locator('.outcome').getAttribute('data-tone'), 'ask');
        assert.notEqual(await headlineBorder(page), 'rgb(0, 112, 60)', 'not the success colour');
        // The C2S: a task and a line.
        assert.ok(result.checklist.some((t) => t.id === 'apply_c2s'));
        const c2s = widget(page).locator('.headlines > li[data-status=may_apply]');
        assert.ok(await c2s.isVisible());
        // The university's contact, where the student is told to ask.
        await page.getByRole('heading', {name: words.help}).waitFor();
        assert.ok(await widget(page).getByRole('link', {name: 'international@example.org'}).isVisible());
        await checkAxe(page, `refugee ${tag}`);
        await shot(page, `refugee-${tag}`);
        assert.deepEqual(page.problems, []);
        await page.close();
      });

      test(`student unsure of their visa (${tag}): how to recognise it, whom to ask`, async () => {
        const page = await newPage(session, width);
        await open(page, session.server.url + pageOf(lang));
        await answerAll(page, lang, UNSURE);
        const result = await elementResult(page);
        assert.equal(result.status, 'contact_office');
        assert.equal(result.tone, 'ask');
        assert.notEqual(await headlineBorder(page), 'rgb(0, 112, 60)');
        // First how to recognise the visa from what is printed on it, then whom to ask.
        const ids = result.checklist.map((t) => t.id);
        assert.deepEqual(ids.slice(-4), ['recognise_vignette', 'recognise_vls_ts', 'recognise_vls_t', 'ask_cpam']);
        assert.deepEqual(await shownTasks(page), ids);
        for (const item of result.checklist.filter((t) => !t.text.includes(']('))) {
          assert.ok(await widget(page).getByText(item.text).isVisible(), item.text);
        }
        assert.ok(await widget(page).getByRole('link', {name: 'international@example.org'}).isVisible());
        await checkAxe(page, `unsure ${tag}`);
        await shot(page, `unsure-${tag}`);
        assert.deepEqual(page.problems, []);
        await page.close();
      });
    }
  }
}

export function progressTests(session) {
  for (const lang of ['en', 'fr']) {
    test(`progress survives (${lang}): in-widget Back, browser Back and Forward, reload, a changed answer changed back, the language switch`, async () => {
      const page = await newPage(session, 375);
      await open(page, session.server.url + pageOf(lang) + '?rules=current');
      const path = await page.evaluate(() => location.pathname + location.search + location.hash);
      await answerAll(page, lang, {enrolled_higher_ed: true, employed_in_france: false, origin: 'other', protection_status: 'none',
                                   visa_type: 'vls_ts_or_permit', exchange_programme: false});
      let answers = await elementAnswers(page);
      assert.equal(Object.keys(answers).length, 6);
      assert.equal(await page.evaluate(() => location.pathname + location.search + location.hash), path,
                   'the page’s own address is unchanged');
      // The browser's Back: one question back, that question asked again with its answer chosen.
      await page.goBack();
      await page.waitForFunction(() => Object.keys(document.querySelector('couverture-check').answers).length === 5);
      const radio = control(page, lang, 'exchange_programme').getByRole('radio', {checked: true});
      assert.equal(await radio.count(), 1, 'the answer given before is chosen');
      await page.goBack();
      await page.waitForFunction(() => Object.keys(document.querySelector('couverture-check').answers).length === 4);
      // Forward, twice: all six again.
      await page.goForward();
      await page.goForward();
      await page.waitForFunction(() => Object.keys(document.querySelector('couverture-check').answers).length === 6);
      // The in-widget Back agrees with the browser's.
      await page.getByRole('button', {name: SECTION[lang].back, exact: true}).click();
      await page.waitForFunction(() => Object.keys(document.querySelector('couverture-check').answers).length === 5);
      await page.goForward();
      await page.waitForFunction(() => Object.keys(document.querySelector('couverture-check').answers).length === 6);
      answers = await elementAnswers(page);
      // A reload keeps them.
      await page.reload();
      await page.waitForFunction(() => document.querySelector('couverture-check').result &&
                                 Object.keys(document.querySelector('couverture-check').answers).length === 6);
      assert.deepEqual(await elementAnswers(page), answers);
      // Changing an answer and changing it back keeps the later answers.
      const origin = engines[lang].questions.find((q) => q.id === 'origin');
      const change = async (label) => {
        await page.getByRole('button', {name: `${WORDS[lang].change} ${origin.short}`}).click();
        await control(page, lang, 'origin').getByRole('radio', {name: label, exact: true}).check();
        await page.getByRole('button', {name: WORDS[lang].continue}).click();
      };
      await change(origin.options.find((o) => o.id === 'eu_eea').label);
      assert.ok(!('visa_type' in (await elementAnswers(page))));
      await change(origin.options.find((o) => o.id === 'other').label);
      assert.deepEqual(await elementAnswers(page), answers);
      // The language switch opens the other page on the same answers.
      const other = lang === 'en' ? 'fr' : 'en';
      await page.locator('a[hreflang]').click();
      await page.waitForFunction(() => document.querySelector('couverture-check').result &&
                                 Object.keys(document.querySelector('couverture-check').answers).length === 6);
      assert.deepEqual(await elementAnswers(page), answers);
      assert.equal(await page.evaluate(() => document.documentElement.lang), other);
      assert.deepEqual(page.problems, []);
      await page.close();
    });

    test(`a damaged or out-of-date link (${lang}) says so in plain words and starts afresh; the ids go to the console`, async () => {
      const page = await newPage(session, 375);
      const logged = [];
      page.on('console', (message) => logged.push(message.text()));
      await open(page, session.server.url + pageOf(lang) + '#couverture:origin=martian&age=30');
      assert.deepEqual(await elementAnswers(page), {});
      const notice = widget(page).getByText(SECTION[lang].damaged, {exact: true});
      assert.ok(await notice.isVisible());
      assert.ok(!(await widget(page).locator('.notice-alert').textContent()).includes('martian'), 'no ids for the student');
      assert.ok(logged.some((line) => line.includes('martian')), `the detail is in the console: ${logged}`);
      await control(page, lang, 'enrolled_higher_ed').waitFor();
      await checkAxe(page, `damaged link ${lang}`);
      await shot(page, `damaged-link-${lang}`);
      await page.close();
    });

    test(`printing a half-finished check (${lang}) lists the questions that remain`, async () => {
      const page = await newPage(session, 1280);
      await open(page, session.server.url + pageOf(lang));
      await answerAll(page, lang, {enrolled_higher_ed: true, employed_in_france: false, origin: 'other', protection_status: 'none',
                                   visa_type: 'vls_ts_or_permit'});
      const result = await elementResult(page);
      assert.ok(result.next.length > 0);
      await page.emulateMedia({media: 'print'});
      const remaining = page.getByRole('heading', {name: SECTION[lang].remaining});
      assert.ok(await remaining.isVisible());
      for (const id of result.next) {
        const label = engines[lang].questions.find((q) => q.id === id).label;
        assert.ok(await widget(page).locator('.remaining').getByText(label, {exact: true}).isVisible(), label);
      }
      await page.emulateMedia({media: 'screen'});
      assert.equal(await remaining.isVisible(), false, 'on screen the question itself is shown instead');
      await page.close();
    });
  }
}
