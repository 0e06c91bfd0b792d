// The iframe embed (embed.html) for CMSes that strip scripts and custom elements: served from one
// origin, placed in a host page from another; its height follows its content through postMessage
// (sent to the host's origin only, accepted by the snippet only from that frame), and it works at a
// fixed height without the snippet.
import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, test} from 'node:test';
import {startServer} from '../../web/server.mjs';
import {launchBrowser, serveDist} from './lib/browser.mjs';
import {ARTIFACTS, FIXTURES} from './lib/paths.mjs';
import {answer, engines, question} from './lib/widget.mjs';

let browser, embed, host, hostDir;
before(async () => {
  mkdirSync(ARTIFACTS, {recursive: true});
  embed = await serveDist();
  // The host page on another origin (another port), with the embed's address written in.
  hostDir = mkdtempSync(join(tmpdir(), 'couverture-host-'));
  const origin = embed.url.replace(/\/$/, '');
  for (const file of ['embed-host.html', 'embed-host.js', 'rtl.css']) {
    const text = readFileSync(join(FIXTURES, 'hosts', file), 'utf8');
    writeFileSync(join(hostDir, file), text.replaceAll('EMBED_URL', `${origin}/embed.html?lang=fr`)
        .replaceAll('EMBED_ORIGIN', origin));
  }
  host = await startServer({mounts: {'/': hostDir}, csp: "script-src 'self'"});
  browser = await launchBrowser();
});
after(async () => {
  await browser.close();
  await embed.close();
  await host.close();
  rmSync(hostDir, {recursive: true, force: true});
});

async function hostPage(width) {
  const page = await browser.context.newPage();
  await page.setViewportSize({width, height: 900});
  page.problems = [];
  page.on('pageerror', (error) => page.problems.push(error.message));
  await page.goto(host.url + 'embed-host.html');
  return page;
}

const frameHeight = (page, id) => page.locator(`#${id}`).evaluate((frame) => frame.clientHeight);
const contentHeight = (frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
// Waits until the iframe is as tall as its content (messages are asynchronous); returns the height.
async function fits(page, frame) {
  let sizes;
  for (let i = 0; i < 50; i++) {
    sizes = [await frameHeight(page, 'couverture'), await contentHeight(frame)];
    if (Math.abs(sizes[0] - sizes[1]) <= 1) return sizes[0];
    await page.waitForTimeout(100);
  }
  assert.fail(`the frame is ${sizes[0]} px tall, its content ${sizes[1]} px`);
}

const embedded = async (page, id) => (await page.locator(`#${id}`).elementHandle()).contentFrame();

// Today's rules, built in: what the embed asks first, and a degree student from outside Europe.
const FIRST = question('fr', engines.fr.assess({}).next[0]);
const STUDENT = {enrolled_higher_ed: true, origin: 'other', employed_in_france: false, visa_type: 'vls_ts_or_permit',
                 exchange_programme: false, study_type: 'initial', french_government_scholarship: false,
                 protection_status: 'none', low_income: false, age: 22};
const asked = (frame) => frame.evaluate(() => document.querySelector('couverture-check').result.next);

test('the height follows the content, from the first question to the complete outcome', async () => {
  for (const width of [375, 1280]) {
    const page = await hostPage(width);
    const frame = await embedded(page, 'couverture');
    await frame.getByRole('group', {name: FIRST.label}).waitFor();
    const first = await fits(page, frame);
    assert.notEqual(first, 300);
    // Answer inside the frame: the frame grows with the answers and the outcome.
    const answers = {};
    for (let next = await asked(frame); next.length; next = await asked(frame)) {
      answers[next[0]] = STUDENT[next[0]];
      await answer(frame, 'fr', next[0], STUDENT[next[0]]);
      await frame.waitForFunction((id) => !document.querySelector('couverture-check').result.next.includes(id), next[0]);
    }
    const expected = engines.fr.assess(answers);
    assert.equal(expected.complete, true);
    await frame.getByRole('heading', {name: expected.headline.title}).first().waitFor();
    await page.waitForFunction((before) => document.getElementById('couverture').clientHeight > before + 100, first);
    await fits(page, frame);
    // The fixed-height frame, which the snippet does not size, keeps its height; its content scrolls.
    assert.equal(await frameHeight(page, 'fixed'), 500);
    const fixed = await embedded(page, 'fixed');
    await fixed.getByRole('group', {name: FIRST.label}).waitFor();
    await page.screenshot({path: join(ARTIFACTS, `embed-host-${width}.png`), fullPage: true});
    // A full-page screenshot leaves an out-of-process frame below the fold unpainted: this one too.
    await page.locator('#fixed').scrollIntoViewIfNeeded();
    await page.screenshot({path: join(ARTIFACTS, `embed-fixed-${width}.png`)});
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});

test('the snippet ignores messages that are not from its frame\'s origin and window', async () => {
  const page = await hostPage(1280);
  const frame = await embedded(page, 'couverture');
  await frame.getByRole('group', {name: FIRST.label}).waitFor();
  await page.waitForFunction(() => document.getElementById('couverture').getBoundingClientRect().height !== 300);
  const before = await frameHeight(page, 'couverture');
  // From the host page itself (same origin as itself, wrong source and origin).
  await page.evaluate(() => window.postMessage({type: 'couverture-height', height: 42}, '*'));
  // From the fixed frame: the embed's origin, but not the frame the snippet sizes.
  const fixed = await embedded(page, 'fixed');
  await fixed.evaluate(() => window.parent.postMessage({type: 'couverture-height', height: 43}, '*'));
  await page.waitForTimeout(200);
  assert.equal(await frameHeight(page, 'couverture'), before);
  await page.close();
});

test('embed.html takes its attributes from the query, and refuses rules from another site', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${embed.url}embed.html?lang=en&rules=/generated/edited-rules.json&contact-name=International%20office`);
  await page.getByRole('group', {name: 'Which passport do you hold?'}).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.goto(`${embed.url}embed.html?rules=${encodeURIComponent('https://elsewhere.example/rules.json')}`);
  assert.match(await page.getByRole('alert').textContent(), /only uses rules from http:\/\/127\.0\.0\.1:\d+, not https:\/\/elsewhere\.example/);
  await page.close();
});

test('contact-* in the address are used inside a frame only: a link to embed.html cannot show someone else\'s contact', async () => {
  const evil = 'contact-name=Payments&contact-email=pay%40evil.example&contact-url=https%3A%2F%2Fevil.example%2Fpay';
  const link = engines.en.linkFor(STUDENT);
  const page = await browser.context.newPage();
  const warnings = [];
  page.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
  await page.goto(`${embed.url}embed.html?lang=en&${evil}#couverture:${link}`);
  await page.waitForFunction(() => document.querySelector('couverture-check').result?.complete);
  const shown = await page.locator('couverture-check').evaluate((element) =>
    ({attributes: element.getAttributeNames(), text: element.shadowRoot.textContent,
      links: [...element.shadowRoot.querySelectorAll('a[href]')].map((a) => a.href)}));
  assert.deepEqual(shown.attributes.filter((name) => name.startsWith('contact-')), []);
  assert.ok(!shown.text.includes('evil.example') && !shown.text.includes('Payments'), 'no contact shown');
  assert.ok(!shown.links.some((href) => href.includes('evil.example')), shown.links.join(' '));
  assert.ok(warnings.some((text) => /contact-email is ignored outside an iframe/.test(text)), warnings.join('\n'));
  await page.close();
  // In the university's own iframe, its contact shows with the steps.
  const host = await hostPage(1280);
  const origin = embed.url.replace(/\/$/, '');
  await host.locator('#couverture').evaluate((frame, src) => { frame.src = src; },
      `${origin}/embed.html?lang=en&contact-name=International%20office&contact-email=intl%40univ.example#couverture:${link}`);
  const frame = await embedded(host, 'couverture');
  await frame.waitForFunction(() => document.querySelector('couverture-check')?.result?.complete);
  assert.equal(await frame.locator('couverture-check').getAttribute('contact-email'), 'intl@univ.example');
  await frame.getByRole('link', {name: 'intl@univ.example'}).first().waitFor();
  await host.close();
});
