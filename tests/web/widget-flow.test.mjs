// The assessment in the browser: personas completed by clicking labelled controls in English and
// in French, keyboard-only completion, changing an earlier answer, validation, the replay link,
// and the element's properties and event.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {useBrowser} from './lib/browser.mjs';
import {WORDS, elementAnswers, elementResult, engines as builtIn, forRules, open, pageEngines} from './lib/widget.mjs';

const session = useBrowser();
// The widget's mechanics on the university page's small flow (the demo's ?rules=page); today's
// rules, built in, have tests of their own (widget-today.test.mjs).
const engines = pageEngines;
const {answer, complete, control, question} = forRules(pageEngines);

async function newPage(width = 1280) {
  const page = await session.browser.context.newPage();
  await page.setViewportSize({width, height: 900});
  page.on('pageerror', (error) => { throw error; });
  return page;
}

const page = (lang) => (lang === 'fr' ? 'fr.html?rules=page' : 'index.html?rules=page');

const PERSONAS = [
  {name: 'EU/EEA citizen', lang: 'en', answers: {origin: 'eu_eea'}, status: 'not_required', documents: ['ehic']},
  {name: 'Quebec exchange student', lang: 'fr', answers: {origin: 'quebec', exchange_programme: true},
   status: 'not_required', documents: ['se401q106']},
  {name: 'Quebec student, no exchange', lang: 'en', answers: {origin: 'quebec', exchange_programme: false},
   status: 'not_required', documents: ['se401q102bis']},
  {name: 'French Government scholar', lang: 'fr', answers: {origin: 'other', french_government_scholarship: true},
   status: 'automatic'},
  {name: 'Over 28 with low income, in France for 5 months', lang: 'en',
   answers: {origin: 'other', french_government_scholarship: false, age: 31, low_income: true, months_in_france: 5},
   status: 'not_eligible', alternatives: ['private_insurance', 'cmu']},
  {name: 'Over 28, in France for 2 months', lang: 'fr',
   answers: {origin: 'other', french_government_scholarship: false, age: 35, low_income: true, months_in_france: 2},
   status: 'not_eligible', alternatives: ['private_insurance']},
  {name: 'Short stay covered at home', lang: 'en',
   answers: {origin: 'other', french_government_scholarship: false, age: 22, stay_months: 2.5, home_coverage: true},
   status: 'optional'},
  {name: 'General rule', lang: 'fr',
   answers: {origin: 'other', french_government_scholarship: false, age: 20, stay_months: 10}, status: 'mandatory'},
];

for (const persona of PERSONAS) {
  test(`persona (${persona.lang}): ${persona.name}`, async () => {
    const p = await newPage();
    await open(p, session.server.url + page(persona.lang));
    const result = await complete(p, persona.lang, persona.answers);
    const expected = engines[persona.lang].assess(persona.answers);
    assert.deepEqual(result, expected, 'the element shows what the engine returns');
    assert.equal(result.complete, true);
    assert.equal(result.status, persona.status);
    for (const kind of ['documents', 'alternatives']) {
      if (persona[kind]) assert.deepEqual(result[kind].map((i) => i.id), persona[kind]);
    }
    // What a person sees: the headline, every item, the answers, no question left.
    await p.getByRole('heading', {name: result.headline.title}).waitFor();
    for (const item of [...result.steps, ...result.documents, ...result.alternatives, ...result.advice]) {
      assert.ok(await p.getByText(item.text, {exact: true}).isVisible(), `not visible: ${item.text}`);
    }
    assert.equal(await p.getByRole('button', {name: WORDS[persona.lang].continue}).count(), 0);
    assert.equal(await p.getByRole('heading', {name: WORDS[persona.lang].yourAnswers}).isVisible(), true);
    // "Why?" opens on the rule that decides and the sentence of the source it rests on; every
    // rule checked, each with its own sentence, is one click further.
    await p.getByText(WORDS[persona.lang].why, {exact: true}).click();
    const decides = result.explanation.rules.find((r) => r.verdict === 'decides');
    const why = p.locator('details.why').first();
    assert.ok(await why.getByText(decides.text, {exact: true}).first().isVisible());
    const source = result.sources[decides.source];
    assert.ok(await why.getByText(source.quote, {exact: true}).first().isVisible());
    // The original words, quoted in the French view, are marked as English (WCAG 3.1.2).
    assert.equal(!!source.original, persona.lang !== engines.en.ruleset.source.language);
    if (source.original) {
      assert.equal(await why.getByText(source.original, {exact: true}).first().evaluate((q) => q.closest('[lang]').lang),
                   engines.en.ruleset.source.language);
    }
    const row = p.getByRole('listitem').filter({hasText: decides.text});
    assert.equal(await row.isVisible(), false, 'the rule-by-rule list waits for a second click');
    await p.getByText(WORDS[persona.lang].allRules, {exact: true}).click();
    assert.ok(await row.isVisible());
    assert.ok(await row.getByText(source.quote, {exact: true}).isVisible());
    await p.close();
  });
}

test('the status shows as soon as the engine reports it, before the last questions', async () => {
  const p = await newPage();
  await open(p, session.server.url + 'index.html?rules=page');
  await complete(p, 'en', {origin: 'other', french_government_scholarship: false, age: 31});
  const result = await elementResult(p);
  assert.equal(result.complete, false);
  assert.equal(result.status, 'not_eligible');
  await p.getByRole('heading', {name: result.headline.title}).waitFor();
  await control(p, 'en', 'low_income').waitFor();
  await p.close();
});

test('keyboard only: the whole flow with Tab, arrows, Space and Enter', async () => {
  const p = await newPage();
  await open(p, session.server.url + 'index.html?rules=page');
  const focused = () => p.evaluate(() => {
    let node = document.activeElement;
    while (node && node.shadowRoot && node.shadowRoot.activeElement) node = node.shadowRoot.activeElement;
    return {tag: node.tagName, type: node.type || null, name: node.name || null, value: node.value || null,
            text: node.textContent.trim(), shadow: getComputedStyle(node).boxShadow, outline: getComputedStyle(node).outlineStyle};
  });
  // Into the widget: past the page's language link, to the first option of the first question.
  for (let i = 0; i < 10 && (await focused()).name !== 'origin'; i++) await p.keyboard.press('Tab');
  let now = await focused();
  assert.equal(now.name, 'origin');
  assert.ok(now.shadow !== 'none' || now.outline !== 'none', 'focus is not visible');
  await p.keyboard.press('ArrowDown');
  await p.keyboard.press('ArrowDown');  // "Neither of these", the third option
  assert.equal((await focused()).value, 'other');
  await p.keyboard.press('Tab');
  assert.equal((await focused()).text, 'Continue');
  await p.keyboard.press('Enter');
  // Focus moves to the next question's first option.
  assert.equal((await focused()).name, 'french_government_scholarship');
  await p.keyboard.press('ArrowDown');  // No
  await p.keyboard.press('Tab');
  await p.keyboard.press('Enter');
  assert.equal((await focused()).name, 'age');
  await p.keyboard.type('31');
  await p.keyboard.press('Enter');
  assert.equal((await focused()).name, 'low_income');
  await p.keyboard.press('Space');  // Yes
  await p.keyboard.press('Tab');
  await p.keyboard.press('Enter');
  assert.equal((await focused()).name, 'months_in_france');
  await p.keyboard.type('5');
  await p.keyboard.press('Enter');
  const result = await elementResult(p);
  assert.equal(result.complete, true);
  assert.deepEqual(result.alternatives.map((a) => a.id), ['private_insurance', 'cmu']);
  now = await focused();
  assert.equal(now.text, result.headline.title, 'focus goes to the outcome');
  // Focused by script, not a control: no focus ring on it (the controls keep theirs, above).
  assert.deepEqual([now.outline, now.shadow], ['none', 'none']);
  // "You cannot affiliate" is not shown as a success: its bar is not the green of a done outcome.
  const bar = await p.getByRole('heading', {name: result.headline.title})
      .evaluate((heading) => getComputedStyle(heading.parentElement).borderLeftColor);
  assert.notEqual(bar, 'rgb(0, 112, 60)');
  // "Change" is reachable and works from the keyboard too.
  for (let i = 0; i < 20 && (await focused()).text !== 'Change Age'; i++) await p.keyboard.press('Shift+Tab');
  assert.equal((await focused()).text, 'Change Age');
  await p.keyboard.press('Enter');
  assert.equal((await focused()).name, 'age');
  await p.close();
});

test('changing an earlier answer keeps the answers that still apply and drops the rest', async () => {
  const p = await newPage();
  await open(p, session.server.url + 'index.html?rules=page');
  await complete(p, 'en', {origin: 'other', french_government_scholarship: false, age: 31, low_income: true,
                           months_in_france: 5});
  // Age 31 -> 22: the over-28 questions no longer apply; the length of stay is asked instead.
  await p.getByRole('button', {name: 'Change Age'}).click();
  const age = control(p, 'en', 'age');
  assert.equal(await age.inputValue(), '31', 'the field opens with the current answer');
  await age.fill('22');
  await p.getByRole('button', {name: 'Continue'}).click();
  assert.deepEqual(await elementAnswers(p), {origin: 'other', french_government_scholarship: false, age: 22});
  let result = await elementResult(p);
  assert.equal(result.next[0], 'stay_months');
  await control(p, 'en', 'stay_months').waitFor();
  assert.equal(await p.getByRole('button', {name: 'Change Low income'}).count(), 0);
  await answer(p, 'en', 'stay_months', 10);
  assert.equal((await elementResult(p)).status, 'mandatory');
  // Age 22 -> 25: everything still applies and is kept; the outcome stays complete.
  await p.getByRole('button', {name: 'Change Age'}).click();
  await control(p, 'en', 'age').fill('25');
  await p.getByRole('button', {name: 'Continue'}).click();
  assert.deepEqual(await elementAnswers(p),
                   {origin: 'other', french_government_scholarship: false, age: 25, stay_months: 10});
  result = await elementResult(p);
  assert.equal(result.complete, true);
  // Origin -> Quebec: only the exchange question is left to ask.
  await p.getByRole('button', {name: 'Change Your situation'}).click();
  await control(p, 'en', 'origin').getByRole('radio', {name: question('en', 'origin').options[1].label}).check();
  await p.getByRole('button', {name: 'Continue'}).click();
  result = await elementResult(p);
  assert.deepEqual(Object.keys(await elementAnswers(p)), result.asked);
  assert.deepEqual(result.next, ['exchange_programme']);
  await control(p, 'en', 'exchange_programme').waitFor();
  await p.close();
});

test('validation: a specific message for each kind of wrong answer, in French, next to the field', async () => {
  const p = await newPage();
  await open(p, session.server.url + 'fr.html?rules=page');
  await complete(p, 'fr', {origin: 'other', french_government_scholarship: false});
  const age = control(p, 'fr', 'age');
  const alert = p.getByRole('alert');
  const submit = async (text) => {
    await age.fill(text);
    await p.getByRole('button', {name: 'Continuer'}).click();
    await alert.waitFor();
    return (await alert.textContent()).replace(/^Il y a un problème/, '');
  };
  // Out of range: the engine refuses it, the widget says which range.
  assert.throws(() => engines.fr.assess({age: 130}), /\/age: 130 is out of range/);
  assert.equal(await submit('130'), 'Saisissez un nombre entre 0 et 120.');
  // A fraction of a year is the engine's to reject too; the message says why.
  assert.equal(await submit('28,5'), 'Saisissez un nombre entier, sans décimales.');
  assert.equal(await age.getAttribute('aria-invalid'), 'true');
  const describedBy = await age.getAttribute('aria-describedby');
  assert.ok(describedBy && describedBy.includes('error'));
  assert.equal(await age.inputValue(), '28,5', 'what was typed stays');
  assert.deepEqual(await elementAnswers(p), {origin: 'other', french_government_scholarship: false});
  // Nothing, or not a number, are caught before the engine, with the ruleset's words for what to
  // enter. Spaces inside a number and more than one decimal comma do not make one ("2 9" is not 29).
  const invalid = question('fr', 'age').invalid;
  assert.equal(invalid, 'Indiquez votre âge en années complètes, par exemple 24.');
  for (const text of ['', 'trente', '2 9', '1,2,3', '2,5.1']) {
    assert.equal(await submit(text), invalid, text);
    assert.deepEqual(await elementAnswers(p), {origin: 'other', french_government_scholarship: false}, text);
  }
  // The message is read with a French colon: "Il y a un problème : …" (no-break space before it).
  assert.match(await p.getByText('Il y a un problème\u00a0: ').textContent(), /^Il y a un problème\u00a0: $/);
  await age.fill(' 29 ');  // spaces around are fine
  await p.getByRole('button', {name: 'Continuer'}).click();
  assert.equal(await p.getByRole('alert').count(), 0);
  assert.equal((await elementAnswers(p)).age, 29);
  // No option chosen.
  await p.getByRole('button', {name: 'Continuer'}).click();
  assert.match(await p.getByRole('alert').textContent(), /Sélectionnez une des réponses\.$/);
  await p.close();
});

test('changing an answer opens it in its row, with Cancel; the questions below wait', async () => {
  const p = await newPage();
  await open(p, session.server.url + 'index.html?rules=page');
  await complete(p, 'en', {origin: 'other', french_government_scholarship: false, age: 31});
  await control(p, 'en', 'low_income').waitFor();
  await p.getByRole('button', {name: 'Change Age'}).click();
  // The form is inside the answers list, in the age row; the next question is not shown meanwhile.
  const age = control(p, 'en', 'age');
  assert.equal(await age.evaluate((input) => !!input.closest('dl')), true);
  assert.equal(await control(p, 'en', 'low_income').count(), 0);
  assert.equal(await p.getByRole('button', {name: 'Continue'}).count(), 1);
  await age.fill('45');
  await p.getByRole('button', {name: 'Cancel'}).click();
  // Nothing changed; focus is back on the row's Change button; the next question is back.
  assert.deepEqual(await elementAnswers(p), {origin: 'other', french_government_scholarship: false, age: 31});
  const focused = await p.evaluate(() => document.querySelector('couverture-check').shadowRoot.activeElement.textContent);
  assert.equal(focused, 'Change Age');
  await control(p, 'en', 'low_income').waitFor();
  // An error while changing stays in the row.
  await p.getByRole('button', {name: 'Change Age'}).click();
  await control(p, 'en', 'age').fill('abc');
  await p.getByRole('button', {name: 'Continue'}).click();
  assert.equal(await p.getByRole('alert').evaluate((node) => !!node.closest('dl')), true);
  assert.equal(await p.getByRole('alert').textContent(), `There is a problem${question('en', 'age').invalid}`);
  await p.close();
});

test('Copy link puts the answers in the fragment; opening the link restores the result', async () => {
  const p = await newPage();
  await open(p, session.server.url + 'index.html?rules=page');
  const answers = {origin: 'other', french_government_scholarship: false, age: 22, stay_months: 2.5,
                   home_coverage: true};
  const result = await complete(p, 'en', answers);
  await p.getByRole('button', {name: 'Copy link'}).click();
  const link = await p.getByRole('textbox', {name: 'Copy link'}).inputValue();
  assert.ok(link.startsWith(session.server.url) && link.includes('#couverture:'), link);
  const replay = await newPage(375);
  await open(replay, link);
  assert.deepEqual(await elementResult(replay), result);
  assert.deepEqual(await elementAnswers(replay), answers);
  await replay.getByRole('heading', {name: result.headline.title}).waitFor();
  // On a phone the confirmation shows beside the button, not 1000 px above it, in a live region.
  const copy = replay.getByRole('button', {name: 'Copy link'});
  await copy.click();
  const said = replay.getByText(/^(Link copied|Copy this link)/);
  const [button, note] = [await copy.boundingBox(), await said.boundingBox()];
  assert.ok(Math.abs(note.y - (button.y + button.height)) < 120, `${JSON.stringify(button)} ${JSON.stringify(note)}`);
  assert.equal(await said.evaluate((node) => node.closest('[aria-live]').getAttribute('aria-live')), 'polite');
  // Start again forgets them, the link's fragment too: a reload does not bring them back.
  await replay.getByRole('button', {name: 'Start again'}).click();
  assert.deepEqual(await elementAnswers(replay), {});
  await control(replay, 'en', 'origin').waitFor();
  assert.equal(await replay.evaluate(() => location.hash), '');
  await replay.reload();
  await control(replay, 'en', 'origin').waitFor();
  assert.deepEqual(await elementAnswers(replay), {});
  // A link with answers the engine refuses starts afresh and says why in the student's words (the
  // ruleset's `invalid` text), not with the engine's message for developers.
  await open(replay, session.server.url + 'index.html?rules=page#couverture:age=300');
  assert.deepEqual(await elementAnswers(replay), {});
  const refused = await replay.getByText(/could not be used/).textContent();
  assert.equal(refused, `The answers in the link could not be used: ${question('en', 'age').invalid}`);
  // A good link opened next (hashchange) restores its answers and clears that notice.
  await replay.evaluate(() => { location.hash = '#couverture:origin=eu_eea'; });
  await control(replay, 'en', 'origin').waitFor({state: 'detached'});
  assert.deepEqual(await elementAnswers(replay), {origin: 'eu_eea'});
  assert.equal(await replay.getByText(/could not be used/).count(), 0);
  await p.close();
  await replay.close();
});

test('a refused link in French: the ruleset\'s words, French spacing before the colon', async () => {
  const p = await newPage();
  await open(p, session.server.url + 'fr.html?rules=page#couverture:origin=other&months_in_france=-2');
  assert.deepEqual(await elementAnswers(p), {});
  const refused = await p.getByText(/n’ont pas pu être utilisées/).textContent();
  assert.equal(refused, `Les réponses du lien n’ont pas pu être utilisées\u00a0: ${question('fr', 'months_in_france').invalid}`);
  await p.close();
});

test('.answers is settable, .result follows, and couverture-result fires on every change', async () => {
  const p = await newPage();
  await open(p, session.server.url + 'index.html?rules=page');
  const seen = await p.evaluate(() => {
    const element = document.querySelector('couverture-check');
    const events = [];
    element.addEventListener('couverture-result', (e) => events.push(e.detail.status));
    element.answers = {origin: 'quebec', exchange_programme: true, age: 40};
    const kept = element.answers;
    let thrown = null;
    try {
      element.answers = {origin: 'mars'};
    } catch (error) {
      thrown = error.message;
    }
    return {events, kept, status: element.result.status, thrown};
  });
  assert.deepEqual(seen.events, ['not_required']);
  assert.deepEqual(seen.kept, {origin: 'quebec', exchange_programme: true});
  assert.equal(seen.status, 'not_required');
  assert.match(seen.thrown, /^\/origin: /);
  await p.getByRole('button', {name: 'Change Your situation'}).click();
  await control(p, 'en', 'origin').getByRole('radio', {name: 'Neither of these'}).check();
  await p.getByRole('button', {name: 'Continue'}).click();
  assert.equal(await p.evaluate(() => document.querySelector('couverture-check').result.next[0]),
               'french_government_scholarship');
  await p.close();
});

test('the lang attribute switches the language; without it the page language is used', async () => {
  const p = await newPage();
  await open(p, session.server.url + 'fr.html?rules=page');
  await control(p, 'fr', 'origin').waitFor();
  await p.evaluate(() => document.querySelector('couverture-check').setAttribute('lang', 'en'));
  await control(p, 'en', 'origin').waitFor();
  assert.equal((await elementResult(p)).lang, 'en');
  await p.evaluate(() => document.querySelector('couverture-check').setAttribute('lang', 'de'));
  assert.equal((await elementResult(p)).lang, 'fr', 'unsupported: the page language (fr)');
  await p.close();
});

test('the first question shows before the WebAssembly module arrives, and an early answer waits for it', async () => {
  // The built-in rules (today's): their first question comes with couverture.js.
  const today = forRules(builtIn);
  const p = await newPage();
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await p.route('**/couverture.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await p.goto(session.server.url);
  const [first] = builtIn.en.assess({}).next;
  const yes = today.question('en', first).options.find((o) => o.id === true);
  const control = today.control(p, 'en', first);
  await control.waitFor();
  await control.getByRole('radio', {name: yes.label, exact: true}).check();
  await p.getByRole('button', {name: 'Continue'}).click();
  const [second] = builtIn.en.assess({[first]: true}).next;
  assert.equal(await today.control(p, 'en', second).count(), 0, 'answered without the engine');
  release();
  await today.control(p, 'en', second).waitFor();
  assert.deepEqual(await elementAnswers(p), {[first]: true});
  assert.deepEqual(await elementResult(p), builtIn.en.assess({[first]: true}));
  await p.close();
});
