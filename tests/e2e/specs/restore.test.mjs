// A respondent whose browser forgot the scan (cleared, or another computer) restores their
// answers from the file they saved, with the keyboard only, even offline once the widget has
// its parts, and goes on where they were. A file that cannot be restored says why, and nothing
// changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { useServerAndBrowser, openPage, assertClean, axeViolations, screenshot, coreScore, DEFAULT_KEY } from '../harness.mjs';
import { ScanPage } from '../scan-page.mjs';
import { expect } from '../expect.mjs';

const env = useServerAndBrowser();
const FIRST_THEME = 'Visie, beleid en ondersteuningsaanbod of \u2011plan';

/** Presses Tab until the element `is` (run in the page) has focus; fails after `max` presses. */
async function tabTo(page, is, what, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(is)) return;
  }
  assert.fail(`${what} is not reached with Tab`);
}

/** Chooses `files` in the start screen's restore button with the keyboard (Tab, then Space). */
async function restoreWithKeyboard(page, files) {
  await page.evaluate(() => document.activeElement?.blur());
  await tabTo(page, () => document.activeElement?.matches('input[type=file][data-restore]'), 'the restore button');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
  await chooser.setFiles(files);
}

/** A new page at 1280 px, started as a teacher in primary education, at the first theme. */
async function teacherAtTheFirstTheme() {
  const rec = await openPage(env.browser, env.server.url, { width: 1280, height: 900 });
  const scan = new ScanPage(rec.page);
  await scan.open(env.server.url);
  await scan.start({ type: 'Basisonderwijs', role: 'Leraar of mentor' });
  await scan.waitForHeading(FIRST_THEME);
  return { rec, page: rec.page, scan };
}

for (const width of [1280, 375]) {
  test(`restore the answers from the saved file after the browser forgot them, keyboard only, at ${width} px`, async () => {
    const rec = await openPage(env.browser, env.server.url, { width, height: 900 });
    const { page, context } = rec;
    const scan = new ScanPage(page);
    await scan.open(env.server.url);
    await scan.start({ type: 'Voortgezet onderwijs', role: 'Directie of schoolleiding' });
    await scan.waitForHeading(FIRST_THEME);
    const given = ['Volledig', 'Niet', 'Weet ik niet', 'Niet van toepassing'];
    for (const [i, label] of given.entries()) await scan.choose(i, label);
    await scan.note().fill('Bespreken in het team.');
    await scan.root.getByRole('button', { name: 'Resultaat bekijken' }).click();
    await scan.waitForHeading('Uw beeld van de school');
    const [download] = await Promise.all([page.waitForEvent('download'), scan.button('Bewaar als bestand').click()]);
    const name = download.suggestedFilename();
    const text = fs.readFileSync(await download.path(), 'utf8');
    const before = await coreScore(await scan.storedProgress(DEFAULT_KEY));

    // The browser forgets the scan. The widget's parts come in idle time; then the connection goes.
    const partsCame = ['scan-widget_results-', 'scan-examples.bin'].map(f => page.waitForResponse(r => r.url().includes(`/${f}`)));
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await scan.button('Start de scan').waitFor();
    for (const came of partsCame) assert.equal((await came).status(), 200);
    await context.setOffline(true);

    await restoreWithKeyboard(page, { name, mimeType: 'application/json', buffer: Buffer.from(text) });
    const status = scan.root.locator('.spo-restore [role=status]');
    await expect(async () => /Teruggezet/.test(await status.textContent()), 'the restore said what it did');
    assert.equal((await status.textContent()).trim(),
      `Teruggezet uit ${name}: 4 antwoorden en 1 notitie. Kies ‘Verder met de scan’ om verder te gaan.`);
    assert.ok(await page.evaluate(() => document.activeElement?.matches('input[data-restore]')), 'focus stays on the button');
    // The profile, how far they got, and the scores are as before.
    const checked = await scan.root.locator('fieldset.spo-choices input:checked').evaluateAll(rs => rs.map(r => r.value));
    assert.deepEqual(checked, ['vo', 'directie']);
    const after = await coreScore(await scan.storedProgress(DEFAULT_KEY));
    assert.deepEqual(after, before);
    assert.deepEqual(await coreScore(text), before);
    // Counted as the theme step counts (`Tally::filled_in`): "niet van toepassing" too.
    const [filled, asked] = [after.overall.answered + after.overall.not_applicable, after.overall.total + after.overall.not_applicable];
    assert.equal(filled, 4);
    assert.equal((await scan.root.locator('.spo-so-far').textContent()).trim(), `U hebt ${filled} van de ${asked} stellingen ingevuld.`);
    await screenshot(page, `restore-done-${width}`);
    assert.deepEqual(await axeViolations(page), []);

    // On with the keyboard: back to "Verder met de scan", Enter, and the answers are there.
    await page.keyboard.press('Shift+Tab');
    await tabTo(page, () => document.activeElement?.textContent.trim() === 'Verder met de scan', '"Verder met de scan"');
    await page.keyboard.press('Enter');
    await scan.waitForHeading(FIRST_THEME);
    const labels = await scan.checkedLabels();
    assert.deepEqual(labels.slice(0, 4), given);
    assert.ok(labels.slice(4).every(l => l === null));
    assert.equal(await scan.note().inputValue(), 'Bespreken in het team.');

    await context.setOffline(false);
    assertClean(assert, rec);
    await rec.context.close();
  });
}

test('a file that cannot be restored says why, and nothing changes', async () => {
  const { rec, page, scan } = await teacherAtTheFirstTheme();
  await scan.choose(0, 'Grotendeels');
  await scan.choose(1, 'Enigszins');
  await scan.root.getByRole('button', { name: /Terug naar de start/ }).click();
  await scan.button('Verder met de scan').waitFor();
  const stored = await scan.storedProgress(DEFAULT_KEY);
  const alert = scan.root.locator('.spo-restore [role=alert]');
  const file = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  const tries = [
    [file('notities.json', 'hallo'), 'notities.json is niet teruggezet, want het bestand is beschadigd of geen JSON. Er is niets veranderd.'],
    [file('plan.json', JSON.stringify({ kind: 'scan-passend-onderwijs/plan', format: 1, scan: 'scan-passend-onderwijs' })),
      'plan.json is niet teruggezet, want dit is geen bestand met antwoorden uit deze scan. Er is niets veranderd.'],
    [file('ib.json', JSON.stringify({
      kind: 'scan-passend-onderwijs/answers', format: 1, scan: 'scan-passend-onderwijs', scan_version: '2026.2',
      saved_at: 1, school_type: 'po', role: 'ib', answers: { x: { value: 'volledig', at: 1 } }, notes: {},
    })), /^ib\.json is niet teruggezet: het is ingevuld als Intern begeleider of ondersteuningscoördinator, en hier zijn al antwoorden gegeven als Leraar of mentor\. Die worden niet gemengd\./],
    [file('<img src=x onerror=alert(1)>.json', '{}'), '<img src=x onerror=alert(1)>.json is niet teruggezet, want dit is geen bestand met antwoorden uit deze scan. Er is niets veranderd.'],
  ];
  for (const [chosen, said] of tries) {
    await restoreWithKeyboard(page, chosen);
    await expect(async () => (await alert.count()) === 1 && (await alert.textContent()).includes(chosen.name), `the alert for ${chosen.name}`);
    const text = (await alert.textContent()).trim();
    if (typeof said === 'string') assert.equal(text, said);
    else assert.match(text, said);
    assert.equal(await scan.storedProgress(DEFAULT_KEY), stored, `${chosen.name} changed nothing`);
  }
  assert.equal(await scan.root.locator('img').count(), 0, 'the file name is text');
  await screenshot(page, 'restore-problem-1280');
  assert.deepEqual(await axeViolations(page), []);
  await page.setViewportSize({ width: 375, height: 900 });
  await screenshot(page, 'restore-problem-375');
  assertClean(assert, rec);
  await rec.context.close();
});

test('a file of another role replaces the answers here after a confirmation, keyboard only', async () => {
  const { rec, page, scan } = await teacherAtTheFirstTheme();
  await scan.choose(0, 'Grotendeels');
  await scan.root.getByRole('button', { name: /Terug naar de start/ }).click();
  await scan.button('Verder met de scan').waitFor();
  const stored = await scan.storedProgress(DEFAULT_KEY);
  const text = JSON.stringify({
    kind: 'scan-passend-onderwijs/answers', format: 1, scan: 'scan-passend-onderwijs', scan_version: '2026.2',
    saved_at: 1, school_type: 'po', role: 'ib',
    answers: { 'visie-gedeeld': { value: 'volledig', at: 1 }, 'visie-aanbod-grenzen': { value: 'niet', at: 1 } },
    notes: { visie: { value: 'Uit het bestand.', at: 1 } },
  });
  await restoreWithKeyboard(page, { name: 'ib.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  const replace = scan.root.getByRole('button', { name: 'Vervang door het bestand' });
  await replace.waitFor();
  assert.match(await scan.root.locator('.spo-restore [role=alert]').textContent(), /U kunt de antwoorden van hier vervangen door die uit het bestand\./);

  // Tab to the offer, Enter: the question, with focus on the harmless answer; Escape goes back.
  await tabTo(page, () => document.activeElement?.textContent.trim() === 'Vervang door het bestand', 'the offer to replace');
  await page.keyboard.press('Enter');
  const dialog = scan.root.getByRole('alertdialog', { name: 'Antwoorden vervangen?' });
  await dialog.waitFor();
  assert.match(await dialog.textContent(), /Alle antwoorden en notities van hier worden vervangen door die uit ib\.json\./);
  await expect(async () => page.evaluate(() => document.activeElement?.textContent.trim() === 'Annuleren'), 'focus on Annuleren');
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'restore-replace-1280');
  await page.keyboard.press('Escape');
  await expect(async () => page.evaluate(() => document.activeElement?.textContent.trim() === 'Vervang door het bestand'), 'focus back on the offer');
  assert.equal(await dialog.count(), 0);
  assert.equal(await scan.storedProgress(DEFAULT_KEY), stored, 'nothing changed');

  // Again, and this time "Ja, vervangen".
  await page.keyboard.press('Enter');
  await dialog.waitFor();
  await expect(async () => page.evaluate(() => document.activeElement?.textContent.trim() === 'Annuleren'), 'focus on Annuleren');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent.trim()), 'Ja, vervangen');
  await page.keyboard.press('Enter');
  const status = scan.root.locator('.spo-restore [role=status]');
  await expect(async () => /Teruggezet/.test(await status.textContent()), 'the replace said what it did');
  assert.equal((await status.textContent()).trim(),
    'Teruggezet uit ib.json: 2 antwoorden en 1 notitie. Kies ‘Verder met de scan’ om verder te gaan.');
  assert.equal(await scan.root.locator('.spo-restore [role=alert]').count(), 0);
  const checked = await scan.root.locator('fieldset.spo-choices input:checked').evaluateAll(rs => rs.map(r => r.value));
  assert.deepEqual(checked, ['po', 'ib']);
  // Only the file's answers: the teacher's are gone, and the scores are the file's.
  assert.deepEqual(await coreScore(await scan.storedProgress(DEFAULT_KEY)), await coreScore(text));
  await page.setViewportSize({ width: 375, height: 900 });
  await screenshot(page, 'restore-replaced-375');
  assertClean(assert, rec);
  await rec.context.close();
});

test('an own scan (data-config) restores its own file and refuses the built-in scan\'s', async () => {
  const rec = await openPage(env.browser, env.server.url, { width: 1280, height: 900 });
  const { page } = rec;
  await page.goto(`${env.server.url}examples/eigen-scan.html`);
  const own = new ScanPage(page, page.locator('.spo').nth(0));
  const builtin = new ScanPage(page, page.locator('.spo').nth(1));
  await own.waitForHeading('Quickscan ondersteuning SWV De Brug');
  await own.start();
  await own.waitForHeading('Route naar extra ondersteuning');
  await own.choose(0, 'Nee');
  await own.choose(1, 'Ja');
  await own.root.getByRole('button', { name: 'Resultaat bekijken' }).click();
  await own.waitForHeading('Uw beeld van de school');
  const [download] = await Promise.all([page.waitForEvent('download'), own.button('Bewaar als bestand').click()]);
  const ownFile = { name: download.suggestedFilename(), mimeType: 'application/json', buffer: fs.readFileSync(await download.path()) };
  const before = await page.evaluate(() => localStorage.getItem('de-brug-quickscan'));

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await own.waitForHeading('Quickscan ondersteuning SWV De Brug');
  await builtin.waitForHeading('Scan Passend Onderwijs');
  const choose = async (scan, file) => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), scan.root.getByText('Antwoorden terugzetten', { exact: true }).click()]);
    await chooser.setFiles(file);
  };
  // The built-in widget beside it does not take the own scan's file.
  await choose(builtin, ownFile);
  const alert = builtin.root.locator('.spo-restore [role=alert]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /niet teruggezet, want de antwoorden horen bij een andere scan \(“swv-de-brug-quickscan”\)\. Er is niets veranderd\./);
  assert.equal(await page.evaluate(() => localStorage.getItem('de-brug-scan-po')), null, 'the built-in widget stored nothing');

  await choose(own, ownFile);
  await expect(async () => /Teruggezet/.test(await own.root.locator('.spo-restore [role=status]').textContent()), 'the own scan restored');
  const after = await page.evaluate(() => localStorage.getItem('de-brug-quickscan'));
  assert.deepEqual(JSON.parse(after).progress.answers, JSON.parse(before).progress.answers);
  assert.equal(await builtin.root.locator('.spo-restore [role=alert]').count(), 1, 'each widget says its own');
  assertClean(assert, rec);
  await rec.context.close();
});

test('a file chosen while the part that reads it is on its way: the respondent may go on, and the answers arrive on the theme step', async () => {
  const { rec, page, scan } = await teacherAtTheFirstTheme();
  for (const [i, label] of ['Niet', 'Enigszins', 'Volledig'].entries()) await scan.choose(i, label);
  await scan.root.getByRole('button', { name: 'Resultaat bekijken' }).click();
  await scan.waitForHeading('Uw beeld van de school');
  const [download] = await Promise.all([page.waitForEvent('download'), scan.button('Bewaar als bestand').click()]);
  const file = { name: 'mijn-antwoorden.json', mimeType: 'application/json', buffer: fs.readFileSync(await download.path()) };

  // A fresh page whose results part is held back: the browser forgot all but the first answer.
  const kept = JSON.parse(await scan.storedProgress(DEFAULT_KEY));
  kept.progress.answers = Object.fromEntries(Object.entries(kept.progress.answers).filter(([, a]) => a.value === 'niet'));
  kept.progress.step = { screen: 'start' };
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [DEFAULT_KEY, JSON.stringify(kept)]);
  let release;
  const held = new Promise(resolve => { release = resolve; });
  await page.route(/scan-widget_results-[0-9a-f]+\.wasm$/, async route => { await held; await route.continue(); });
  await page.reload();
  await scan.button('Verder met de scan').waitFor();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), scan.root.getByText('Antwoorden terugzetten', { exact: true }).click()]);
  await chooser.setFiles(file);
  assert.equal((await scan.root.locator('.spo-restore [role=status]').textContent()).trim(), 'Het bestand wordt gelezen…');
  await scan.button('Verder met de scan').click();
  await scan.waitForHeading(FIRST_THEME);
  assert.deepEqual((await scan.checkedLabels()).slice(0, 3), ['Niet', null, null]);
  release();
  await expect(async () => (await scan.checkedLabels())[2] === 'Volledig', 'the restored answers on the theme step');
  assert.deepEqual((await scan.checkedLabels()).slice(0, 3), ['Niet', 'Enigszins', 'Volledig']);
  assertClean(assert, rec);
  await rec.context.close();
});
