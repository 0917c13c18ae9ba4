// data-lang="en" gives the widget's own texts in English (the questionnaire keeps its language).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openPage, assertClean, axeViolations, screenshot } from '../harness.mjs';
import { ScanPage } from '../scan-page.mjs';

const pages = { english: '<main><div data-scan-passend-onderwijs data-lang="en" data-storage-key="scan-en"></div></main>' };
const env = useServerAndBrowser(pages);

test('the interface in English', async () => {
  const rec = await openPage(env.browser, env.server.url);
  const scan = new ScanPage(rec.page);
  await rec.page.goto(`${env.server.url}pages/english.html`);
  await scan.waitForHeading('Scan Passend Onderwijs');
  assert.equal(await scan.root.getAttribute('lang'), 'en');
  assert.match(await scan.root.locator('.spo-facts li').first().textContent(), /^About \d+-\d+ minutes, depending on your role\.$/);
  await scan.root.getByRole('radio', { name: 'Voortgezet onderwijs' }).check();
  await scan.root.getByRole('radio', { name: 'Intern begeleider of ondersteuningscoördinator' }).check();
  assert.match(await scan.root.locator('.spo-facts li').first().textContent(), /^About \d+ minutes: \d+ statements\.$/);
  await scan.button('Start the scan').click();
  await scan.waitForHeading('Visie, beleid en ondersteuningsaanbod of \u2011plan');
  assert.equal(await scan.root.locator('.spo-kicker').textContent(), 'Theme 1 of 8');
  // The Dutch questions are marked as Dutch inside the English widget (WCAG 3.1.2).
  assert.equal(await scan.heading().getAttribute('lang'), 'nl');
  assert.equal(await scan.root.locator('.spo-statements').getAttribute('lang'), 'nl');
  assert.equal(await scan.root.locator('.spo-kicker').getAttribute('lang'), null);
  await scan.choose(0, 'Volledig');
  const total = (await scan.root.locator('.spo-progress').textContent()).match(/Whole scan: 1 of (\d+) statements answered/)[1];
  await scan.button('Next theme').click();
  await scan.waitForHeading('Basisondersteuning en ondersteuningsstructuur');
  await scan.root.getByRole('button', { name: 'View the results' }).click();
  await scan.waitForHeading('Your view of the school');
  assert.match(await scan.root.locator('.spo-summary').textContent(), new RegExp(`You answered 1 of the ${total} statements`));
  assert.deepEqual(await scan.root.locator('.spo-group h3').allTextContents(),
    ['What goes well', 'Points of attention', 'Risks', 'Not answered yet', 'Getting started: suggested focus themes']);
  await scan.button('Start over').click();
  await scan.root.getByRole('alertdialog', { name: 'Start over?' }).waitFor();
  assert.deepEqual(await axeViolations(rec.page), []);
  await screenshot(rec.page, 'english-results-1280');
  assertClean(assert, rec);
  await rec.context.close();
});

test('a Dutch widget does not mark its Dutch content again', async () => {
  const rec = await openPage(env.browser, env.server.url);
  const scan = new ScanPage(rec.page);
  await scan.open(env.server.url);
  await scan.start();
  await scan.waitForHeading('Visie, beleid en ondersteuningsaanbod of \u2011plan');
  assert.equal(await scan.root.getAttribute('lang'), 'nl');
  assert.equal(await scan.root.locator('[lang]').count(), 0);
  assertClean(assert, rec);
  await rec.context.close();
});
