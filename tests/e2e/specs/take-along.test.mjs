// A respondent takes their answers along: with the keyboard, types initials and saves a file;
// the file is the exchange format, and the native core scores it as it scores the stored answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { useServerAndBrowser, openPage, assertClean, axeViolations, screenshot, coreScore, DEFAULT_KEY, countPersistCalls } from '../harness.mjs';
import { ScanPage } from '../scan-page.mjs';

const env = useServerAndBrowser();

for (const width of [1280, 375]) {
  test(`save the answers as a file at ${width} px`, async () => {
    const rec = await openPage(env.browser, env.server.url, { width, height: 900 });
    const { page } = rec;
    const scan = new ScanPage(page);
    await page.addInitScript(countPersistCalls);
    await scan.open(env.server.url);
    await scan.start({ type: 'Voortgezet onderwijs', role: 'Directie of schoolleiding' });
    for (const [i, label] of ['Volledig', 'Niet', 'Weet ik niet', 'Niet van toepassing', 'Grotendeels'].entries()) await scan.choose(i, label);
    await scan.note().fill('<img src=x onerror=alert(1)> bespreken');
    await scan.root.getByRole('button', { name: 'Resultaat bekijken' }).click();
    await scan.waitForHeading('Uw beeld van de school');
    assert.equal(await page.evaluate(() => window.__persistCalls), 0, 'an unfinished scan does not ask yet');
    assert.equal(await scan.root.locator('.spo-save-hint').count(), 0, 'nor suggests a copy yet');

    // Keyboard only: focus the name field, type, Tab to the button, Enter.
    await scan.root.getByRole('textbox', { name: /Uw naam of initialen/ }).focus();
    await page.keyboard.type('<b>J.D.</b>');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Bewaar als bestand');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.match(download.suggestedFilename(), /^scan-passend-onderwijs-directie-\d{4}-\d{2}-\d{2}\.json$/);
    const text = fs.readFileSync(await download.path(), 'utf8');
    const file = JSON.parse(text);
    assert.equal(file.kind, 'scan-passend-onderwijs/answers');
    assert.equal(file.format, 1);
    assert.deepEqual([file.school_type, file.role, file.name], ['vo', 'directie', '<b>J.D.</b>']);
    assert.equal(Object.keys(file.answers).length, 5);
    assert.equal(file.notes.visie.value, '<img src=x onerror=alert(1)> bespreken');
    assert.match(await scan.root.locator('.spo-take-along [role=status]').textContent(), /opgeslagen/);
    // The file scores exactly as the stored answers do.
    const fromFile = await coreScore(text);
    const fromStorage = await coreScore(await scan.storedProgress(DEFAULT_KEY));
    assert.deepEqual(fromFile, fromStorage);
    await screenshot(page, `take-along-${width}`);
    assert.deepEqual(await axeViolations(page), []);
    assertClean(assert, rec);
    await rec.context.close();
  });
}
