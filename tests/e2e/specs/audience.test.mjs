// The start screen asks school type and role; themes and statements follow the choice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openPage, assertClean, DEFAULT_KEY } from '../harness.mjs';
import { ScanPage } from '../scan-page.mjs';

const env = useServerAndBrowser();

test('school type and role decide which themes and statements apply', async () => {
  const rec = await openPage(env.browser, env.server.url);
  const scan = new ScanPage(rec.page);
  await scan.open(env.server.url);
  const facts = () => scan.root.locator('.spo-facts li').first().textContent();
  const pick = name => scan.root.getByRole('radio', { name, exact: true }).check();
  assert.equal(await facts(), "Ongeveer 20 minuten, 8 thema's.");

  await pick('Samenwerkingsverband');
  assert.equal(await facts(), "Ongeveer 20 minuten, 9 thema's.", 'the governance module joins');
  await pick('Basisonderwijs');
  await pick('Leraar, mentor of onderwijsassistent');
  assert.equal(await facts(), "Ongeveer 20 minuten, 8 thema's.");
  const stored = JSON.parse(await scan.storedProgress(DEFAULT_KEY));
  assert.deepEqual(stored.progress.profile, { school_type: 'po', role: 'leraar' });

  await scan.button('Start de scan').click();
  await scan.waitForHeading('Visie, beleid en schoolondersteuningsprofiel');
  const overview = await scan.root.locator('.spo-overview__item').allTextContents();
  assert.equal(overview.length, 9, '8 themes and the results');
  assert.ok(!overview.some(t => t.includes('Governance')));
  assert.ok(overview.some(t => t.includes('Basisondersteuning') && t.endsWith('0 van 7')), 'the teacher item counts');
  await scan.root.getByRole('button', { name: /^Samenwerking met speciaal/ }).click();
  await scan.waitForHeading('Samenwerking met speciaal onderwijs, jeugdhulp en partners');
  const texts = await scan.root.locator('.spo-statement__text').allTextContents();
  assert.ok(texts.some(t => t.includes('overstap naar het voortgezet onderwijs')), 'po sees the transfer to vo');
  assert.equal(texts.length, 7);
  assertClean(assert, rec);
  await rec.context.close();
});
