// Two widgets on one host page, with their own storage keys, do not interfere; two on the same
// key (none set) would save over each other's answers, so the second says so instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openPage, assertClean, axeViolations, screenshot, DEFAULT_KEY } from '../harness.mjs';
import { ScanPage } from '../scan-page.mjs';

const body = `
  <h1>Twee scans op één pagina</h1>
  <section aria-label="Scan team A"><div data-scan-passend-onderwijs data-storage-key="team-a"></div></section>
  <section aria-label="Scan team B"><div data-scan-passend-onderwijs data-storage-key="team-b"></div></section>`;

const env = useServerAndBrowser({
  two: body,
  'same-key': `
  <h1>Twee keer dezelfde scan</h1>
  <section aria-label="Scan in de tekst"><div data-scan-passend-onderwijs></div></section>
  <aside aria-label="Scan in de zijbalk"><div data-scan-passend-onderwijs></div></aside>`,
});

test('two widgets keep separate answers and storage', async () => {
  const rec = await openPage(env.browser, env.server.url);
  const { page } = rec;
  await page.goto(`${env.server.url}pages/two.html`);
  const a = new ScanPage(page, page.locator('.spo').nth(0));
  const b = new ScanPage(page, page.locator('.spo').nth(1));
  await a.root.waitFor();
  await b.root.waitFor();
  await a.start();
  await b.start();
  await a.choose(0, 'Volledig');
  await b.choose(0, 'Niet');
  assert.equal((await a.checkedLabels())[0], 'Volledig', 'choosing in B leaves A alone');
  assert.equal((await b.checkedLabels())[0], 'Niet');
  await b.button('Volgend thema').click();
  await b.waitForHeading('Basisondersteuning en ondersteuningsstructuur');
  assert.equal(await a.headingText(), 'Visie, beleid en ondersteuningsaanbod of \u2011plan', 'B moving on leaves A where it is');

  const stored = await page.evaluate(() => ({ a: JSON.parse(localStorage.getItem('team-a')), b: JSON.parse(localStorage.getItem('team-b')) }));
  const values = answers => Object.fromEntries(Object.entries(answers).map(([k, a]) => [k, a.value]));
  assert.deepEqual(values(stored.a.progress.answers), { 'visie-gedeeld': 'volledig' });
  assert.deepEqual(values(stored.b.progress.answers), { 'visie-gedeeld': 'niet' });

  const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map(e => e.id));
  assert.equal(new Set(ids).size, ids.length, 'element ids are unique across both widgets');
  assert.deepEqual(await axeViolations(page), []);

  await page.reload();
  await a.waitForHeading('Visie, beleid en ondersteuningsaanbod of \u2011plan');
  await b.waitForHeading('Basisondersteuning en ondersteuningsstructuur');
  assert.equal((await a.checkedLabels())[0], 'Volledig');
  assertClean(assert, rec);
  await rec.context.close();
});

test('a second widget on the same storage key says so instead of saving over the first', async () => {
  const rec = await openPage(env.browser, env.server.url);
  const { page } = rec;
  await page.goto(`${env.server.url}pages/same-key.html`);
  const first = new ScanPage(page, page.locator('section .spo'));
  await first.root.waitFor();
  const alert = page.locator('aside').getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(),
    new RegExp(`al een scan die zijn antwoorden bewaart onder dezelfde sleutel \\(${DEFAULT_KEY}\\)\\. Geef elke scan een eigen data-storage-key`));
  assert.equal(await page.locator('aside input').count(), 0, 'nothing to answer in the second');
  // The first works and keeps its answers.
  await first.start();
  await first.choose(0, 'Volledig');
  await page.waitForFunction(key => (localStorage.getItem(key) || '').includes('volledig'), DEFAULT_KEY);
  const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map(e => e.id));
  assert.equal(new Set(ids).size, ids.length, 'element ids are unique');
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'two-widgets-same-key');
  // The site owner is told in the console too; nothing else went wrong.
  const told = rec.problems.filter(p => p.includes('data-storage-key'));
  assert.equal(told.length, 1);
  rec.problems.splice(rec.problems.indexOf(told[0]), 1);
  assertClean(assert, rec);
  await rec.context.close();
});
