// Driving <couverture-check> the way a person does: by roles and labels, never by CSS classes.
// The labels come from the engine's own questions, so the tests follow the ruleset's wording.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {Couverture} from './engine.mjs';
import {DIST} from './paths.mjs';

// Today's rules (built in), and the university page's of before 2018, which tests of the widget's
// mechanics use for their small, stable flow (opened with ?rules=page on the demo pages).
export const engines = {en: await Couverture.create({lang: 'en'}), fr: await Couverture.create({lang: 'fr'})};
export const PAGE_RULES = readFileSync(join(DIST, 'rules', 'university-page-before-2018.json'), 'utf8');
export const pageEngines = {en: await Couverture.create({rules: PAGE_RULES, lang: 'en'}),
                            fr: await Couverture.create({rules: PAGE_RULES, lang: 'fr'})};
export const WORDS = {
  en: {continue: 'Continue', change: 'Change', startAgain: 'Start again', copyLink: 'Copy link', why: 'Why?', allRules: 'Every rule checked, in order', cancel: 'Cancel',
       print: 'Print', yourAnswers: 'Your answers'},
  fr: {continue: 'Continuer', change: 'Modifier', startAgain: 'Recommencer', copyLink: 'Copier le lien',
       why: 'Pourquoi\u202f?', allRules: 'Toutes les règles examinées, dans l’ordre', cancel: 'Annuler', print: 'Imprimer', yourAnswers: 'Vos réponses'},
};

// Opens a page and waits until the element has a result or shows an error.
export async function open(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => {
    const element = document.querySelector('couverture-check');
    return element && (element.result || element.shadowRoot.querySelector('[role=alert]'));
  });
}

export const elementResult = (page) => page.evaluate(() => document.querySelector('couverture-check').result);
export const elementAnswers = (page) => page.evaluate(() => document.querySelector('couverture-check').answers);

// Driving the widget through the questions of one ruleset's engines ({en, fr}).
export function forRules(ruleEngines) {
  const question = (lang, id) => ruleEngines[lang].questions.find((q) => q.id === id);

  // The control for one question: a radio group (fieldset named by its legend) or a text box.
  function control(page, lang, id) {
    const q = question(lang, id);
    return q.options ? page.getByRole('group', {name: q.label}) : page.getByRole('textbox', {name: q.label});
  }

  // Answers the question on screen, which must be `id`, and continues.
  async function answer(page, lang, id, value) {
    const q = question(lang, id);
    if (q.options) {
      const option = q.options.find((o) => o.id === value);
      assert.ok(option, `${id} has no option ${value}`);
      await control(page, lang, id).getByRole('radio', {name: option.label, exact: true}).check();
    } else {
      const text = lang === 'fr' ? String(value).replace('.', ',') : String(value);
      await control(page, lang, id).fill(text);
    }
    await page.getByRole('button', {name: WORDS[lang].continue}).click();
  }

  // Answers in order, checking that each is the question the widget asks; returns the result.
  async function complete(page, lang, answers) {
    for (const [id, value] of Object.entries(answers)) {
      await control(page, lang, id).waitFor({state: 'visible', timeout: 5000});
      await answer(page, lang, id, value);
    }
    return elementResult(page);
  }

  // Answers whatever the widget asks next, from `answers`, until it asks nothing more or `stop`
  // (given the element's result) says so; returns the result.
  async function walk(page, lang, answers, stop = () => false) {
    for (let i = 0; i < 40; i++) {
      const result = await elementResult(page);
      if (!result.next.length || stop(result)) return result;
      const id = result.next[0];
      assert.ok(id in answers, `the widget asks ${id}`);
      await answer(page, lang, id, answers[id]);
      await page.waitForFunction((asked) => !document.querySelector('couverture-check').result.next.includes(asked), id);
    }
    return assert.fail('the flow did not end');
  }

  return {question, control, answer, complete, walk};
}

// The built-in rules' (today's).
export const {question, control, answer, complete, walk} = forRules(engines);

// A degree student from outside Europe with a long-stay visa, 22, no job: answers to every
// question of today's rules a widget may ask them.
export const STUDENT = {enrolled_higher_ed: true, origin: 'other', employed_in_france: false, visa_type: 'vls_ts_or_permit',
                        exchange_programme: false, study_type: 'initial', french_government_scholarship: false,
                        protection_status: 'none', low_income: false, age: 22};
