// Today's rules, built in, walked as students would in the widget on a phone (375 px) and a
// desktop, in English and in French: the cases the official texts decide against the earlier
// releases (see engine/rulesets/CHANGES-france-current.md, 2026.12). An EU student with a job in
// France is asked about the job before their European card, and is covered through the job; a
// grant holder and a refugee, exempt from the CVEC, are told to get the exemption certificate on
// cvec.etudiant.gouv.fr, with a link to it.
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {test} from 'node:test';
import {newPage as openPage, useBrowser} from './lib/browser.mjs';
import {ARTIFACTS} from './lib/paths.mjs';
import {WORDS, answer, engines, open} from './lib/widget.mjs';

const session = useBrowser();

const STUDENT = {enrolled_higher_ed: true, origin: 'other', employed_in_france: false, visa_type: 'vls_ts_or_permit',
                 exchange_programme: false, study_type: 'initial', french_government_scholarship: false,
                 protection_status: 'none', low_income: false, age: 22};
const CASES = [
  {name: 'an EU degree student with a European card and a job in France',
   answers: {...STUDENT, origin: 'eu_eea', employed_in_france: true, home_coverage_eu: 'ehic_valid_to_year_end'},
   statuses: {health: 'covered_by_job', cvec: 'pay'}, steps: ['check_with_employer'], never: ['home_coverage_eu']},
  {name: 'a grant holder from outside Europe',
   answers: {...STUDENT, french_government_scholarship: true, low_income: true},
   statuses: {health: 'register_online', cvec: 'exempt_grant', c2s: 'may_apply'}, steps: ['get_cvec_certificate_exempt']},
  {name: 'a refugee',
   answers: {...STUDENT, protection_status: 'refugee', low_income: true},
   statuses: {health: 'register_online', cvec: 'exempt_protection', c2s: 'may_apply'},
   steps: ['get_cvec_certificate_exempt', 'apply_c2s']},
];

const next = (page) => page.evaluate(() => document.querySelector('couverture-check').result.next);

for (const lang of ['en', 'fr']) {
  for (const width of [375, 1280]) {
    for (const [index, {name, answers, statuses, steps, never = []}] of CASES.entries()) {
      test(`today's rules (${lang}, ${width} px): ${name}`, async () => {
        const page = await openPage(session, width);
        // A bare host: the element and nothing else says which rules.
        await open(page, session.server.url + (lang === 'fr' ? 'fr.html' : 'index.html'));
        assert.equal(await page.evaluate(() => document.querySelector('couverture-check').ruleset.id), 'france-current');
        const given = {};
        for (let ids = await next(page); ids.length; ids = await next(page)) {
          assert.ok(ids[0] in answers, `asked ${ids[0]}`);
          assert.ok(!never.includes(ids[0]), `${ids[0]} is not asked`);
          given[ids[0]] = answers[ids[0]];
          await answer(page, lang, ids[0], answers[ids[0]]);
          await page.waitForFunction((id) => !document.querySelector('couverture-check').result.next.includes(id), ids[0]);
        }
        const result = await page.evaluate(() => document.querySelector('couverture-check').result);
        assert.deepEqual(result, engines[lang].assess(given, lang, result.date), 'the widget shows what the engine returns');
        for (const [id, status] of Object.entries(statuses)) assert.equal(result.decisions[id].status, status, id);
        await page.getByRole('heading', {name: result.headline.title}).first().waitFor();
        // Each step the case needs is on screen; a site it names is a link to it.
        const shown = Object.values(result.decisions).flatMap((d) => d.steps || []);
        for (const id of steps) {
          const step = shown.find((s) => s.id === id);
          assert.ok(step, `step ${id}`);
          const link = /\[([^\]]+)\]\((https:[^)]+)\)/.exec(step.text);
          if (link) {
            const anchor = page.getByRole('link', {name: link[1]}).first();
            assert.equal(await anchor.getAttribute('href'), link[2]);
          }
        }
        if (statuses.cvec?.startsWith('exempt')) {
          assert.equal(await page.getByRole('link', {name: 'cvec.etudiant.gouv.fr'}).first().getAttribute('href'),
                       'https://cvec.etudiant.gouv.fr');
        }
        // Nothing wider than the phone.
        assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scroll');
        await page.screenshot({path: join(ARTIFACTS, `today-${index + 1}-${lang}-${width}.png`), fullPage: true});
        assert.equal(await page.getByRole('button', {name: WORDS[lang].continue}).count(), 0);
        assert.deepEqual(page.problems, []);
        await page.close();
      });
    }
  }
}
