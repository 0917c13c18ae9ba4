// Two widgets on one host page, with their own storage keys, do not interfere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openPage, assertClean, axeViolations } from '../harness.mjs';
import { ScanPage } from '../scan-page.mjs';

const body = `
  <h1>Twee scans op één pagina</h1>
  <section aria-label="Scan team A"><div data-scan-passend-onderwijs data-storage-key="team-a"></div></section>
  <section aria-label="Scan team B"><div data-scan-passend-onderwijs data-storage-key="team-b"></div></section>`;

const env = useServerAndBrowser({ two: body });

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
  assert.equal(await a.headingText(), 'Visie, beleid en ondersteuningsaanbod of -plan', 'B moving on leaves A where it is');

  const stored = await page.evaluate(() => ({ a: JSON.parse(localStorage.getItem('team-a')), b: JSON.parse(localStorage.getItem('team-b')) }));
  const values = answers => Object.fromEntries(Object.entries(answers).map(([k, a]) => [k, a.value]));
  assert.deepEqual(values(stored.a.progress.answers), { 'visie-gedeeld': 'volledig' });
  assert.deepEqual(values(stored.b.progress.answers), { 'visie-gedeeld': 'niet' });

  const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map(e => e.id));
  assert.equal(new Set(ids).size, ids.length, 'element ids are unique across both widgets');
  assert.deepEqual(await axeViolations(page), []);

  await page.reload();
  await a.waitForHeading('Visie, beleid en ondersteuningsaanbod of -plan');
  await b.waitForHeading('Basisondersteuning en ondersteuningsstructuur');
  assert.equal((await a.checkedLabels())[0], 'Volledig');
  assertClean(assert, rec);
  await rec.context.close();
});
