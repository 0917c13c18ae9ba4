// "Opnieuw beginnen" asks first; cancelling keeps everything, confirming wipes the answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openPage, assertClean, DEFAULT_KEY, axeViolations } from '../harness.mjs';
import { ScanPage } from '../scan-page.mjs';
import { expect } from '../expect.mjs';

const env = useServerAndBrowser();

test('start over asks for confirmation', async () => {
  const rec = await openPage(env.browser, env.server.url);
  const scan = new ScanPage(rec.page);
  await scan.open(env.server.url);
  await scan.start();
  await scan.choose(0, 'Volledig');
  await scan.choose(1, 'Niet');
  await scan.root.getByRole('button', { name: 'Resultaat bekijken' }).click();
  await scan.waitForHeading('Uw beeld van de school');

  await scan.button('Opnieuw beginnen').click();
  const dialog = scan.root.getByRole('alertdialog', { name: 'Opnieuw beginnen?' });
  await dialog.waitFor();
  // Focus on the harmless answer; the other is one Shift+Tab away.
  const focused = () => rec.page.evaluate(() => document.activeElement.textContent.trim());
  await expect(async () => (await focused()) === 'Annuleren', 'focus on the cancel button');
  assert.deepEqual(await axeViolations(rec.page), [], 'axe with the confirmation open');
  await rec.page.keyboard.press('Shift+Tab');
  assert.equal(await focused(), 'Ja, alles wissen');

  // Escape cancels, focus returns to the opener, nothing is lost.
  await rec.page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await expect(async () => rec.page.evaluate(() => document.activeElement.textContent.trim() === 'Opnieuw beginnen'), 'focus back on the opener');
  assert.equal(Object.keys(JSON.parse(await scan.storedProgress(DEFAULT_KEY)).progress.answers).length, 2);

  // An Enter pressed straight away cancels: everything is kept.
  await scan.button('Opnieuw beginnen').click();
  await expect(async () => (await focused()) === 'Annuleren', 'focus on the cancel button');
  await rec.page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  assert.equal(Object.keys(JSON.parse(await scan.storedProgress(DEFAULT_KEY)).progress.answers).length, 2);

  // Confirm wipes.
  await scan.button('Opnieuw beginnen').click();
  await dialog.getByRole('button', { name: 'Ja, alles wissen' }).click();
  await scan.waitForHeading('Scan Passend Onderwijs');
  await scan.button('Start de scan').waitFor();
  const stored = JSON.parse(await scan.storedProgress(DEFAULT_KEY));
  assert.deepEqual(stored.progress.answers, {});
  assert.deepEqual(stored.progress.notes, {});
  await scan.start();
  const checked = await scan.checkedLabels();
  assert.ok(checked.length > 0 && checked.every(l => l === null), JSON.stringify(checked));
  assertClean(assert, rec);
  await rec.context.close();
});
