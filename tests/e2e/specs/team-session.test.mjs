// The team page's session on this device: a reload in the meeting keeps the files, the earlier
// picture and the plan; "Alles wissen op dit apparaat" empties all of it; a full, refusing or
// damaged storage is told, and damaged data is kept aside, not wiped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { useServerAndBrowser, openPage, assertClean, axeViolations, screenshot, openTeam } from '../harness.mjs';
import { respondent } from '../native.mjs';
import { expect } from '../expect.mjs';

const env = useServerAndBrowser();
const SESSION = 'scan-passend-onderwijs:scan-passend-onderwijs:teamsessie';
const PREFIX = 'scan-passend-onderwijs:scan-passend-onderwijs:team';

const openTeamPage = rec => openTeam(rec, env.server.url);

const teamKeys = page => page.evaluate(prefix => Object.keys(localStorage).filter(k => k.startsWith(prefix)), PREFIX);

test('a reload keeps the files, the comparison and the plan; "Alles wissen" empties all of it', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'session-'));
  const now = [...Array.from({ length: 6 }, (_, i) => respondent(dir, 'leraar', i)), respondent(dir, 'ib', 100)];
  const before = Array.from({ length: 5 }, (_, i) => respondent(dir, 'leraar', 40 + i));
  for (const width of [1280, 375]) {
    const rec = await openPage(env.browser, env.server.url, { width, height: 900 });
    const { page } = rec;
    await openTeamPage(rec);
    assert.match(await page.locator('.spo-team-device').textContent(), /blijft in deze browser op dit apparaat bewaard.*persoonsgegevens/s);
    const inputs = page.locator('input[type=file]');
    await inputs.first().setInputFiles(now);
    await inputs.nth(1).setInputFiles(before);
    await page.locator('.spo-team-over-time').waitFor();
    await page.getByRole('button', { name: 'Focusthema toevoegen' }).click();
    await page.getByLabel('Doel', { exact: true }).fill('Iedereen kent het ondersteuningsprofiel');
    // Typed, the cursor still in the field: kept on the device once typing pauses (leaving
    // the field keeps it at once: swv-over-time).
    await page.getByLabel(/Naam of code van de school/).pressSequentially('OBS De Brug');
    await page.waitForFunction(() => document.querySelector('.spo-report-for')?.textContent === 'School: OBS De Brug');
    const body = async () => page.locator('.spo-team-body').innerText();
    const seen = await body();
    await page.waitForFunction(key => (localStorage.getItem(key) || '').includes('OBS De Brug'), SESSION);
    assert.ok(await page.getByLabel(/Naam of code van de school/).evaluate(el => el === document.activeElement), 'not left');
    const stored = await page.evaluate(key => localStorage.getItem(key), SESSION);
    for (const word of ['Naam-', 'leraar-0"', 'Geheime', '"name":"']) assert.ok(!stored.includes(word), `${word} kept on the device`);

    // A reload in the meeting: the same picture, comparison and plan, and the advisor is told.
    await page.reload();
    await page.locator('.spo-team-over-time').waitFor();
    assert.equal(await body(), seen, 'the same picture, the school named');
    assert.equal(await page.getByLabel(/Naam of code van de school/).inputValue(), 'OBS De Brug');
    assert.equal(await page.locator('.spo-report-for').textContent(), 'School: OBS De Brug');
    assert.match(await page.locator('.spo-team-problems').textContent(), /Hersteld van dit apparaat: het teambeeld van 7 respondenten/);
    assert.match(await page.locator('.spo-team-add').textContent(), /Eerdere scan: 5 respondenten/);
    assert.equal(await page.getByLabel('Doel', { exact: true }).inputValue(), 'Iedereen kent het ondersteuningsprofiel');
    // A file added again after the reload is the same respondent, not a new one.
    await inputs.first().setInputFiles(now[0]);
    await page.waitForFunction(() => /al toegevoegd|staat er al/.test(document.querySelector('.spo-team-problems').textContent));
    assert.match(await page.locator('.spo-team-who').textContent(), /7 respondenten/);
    await screenshot(page, `team-session-${width}`);
    assert.deepEqual(await axeViolations(page), []);

    // "Alles wissen op dit apparaat", with the keyboard, confirmed.
    page.once('dialog', d => d.accept());
    await page.getByRole('button', { name: 'Alles wissen op dit apparaat' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Alles is van dit apparaat gewist.').waitFor();
    assert.equal(await page.locator('.spo-team-body').count(), 0);
    assert.equal(await page.getByLabel('Doel', { exact: true }).count(), 0, 'the plan is wiped too');
    await page.waitForFunction(prefix => !Object.keys(localStorage).some(k => k.startsWith(prefix)), PREFIX);
    await page.reload();
    await page.getByRole('heading', { name: 'Het beeld van het team' }).waitFor();
    assert.equal(await page.locator('.spo-team-body').count(), 0);
    assert.deepEqual(await teamKeys(page), []);
    assertClean(assert, rec);
    await rec.context.close();
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a wipe not confirmed keeps everything', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'session-'));
  const rec = await openPage(env.browser, env.server.url);
  const { page } = rec;
  await openTeamPage(rec);
  await page.locator('input[type=file]').first().setInputFiles([respondent(dir, 'leraar', 1), respondent(dir, 'leraar', 2)]);
  await page.locator('.spo-team-body').waitFor();
  page.once('dialog', d => d.dismiss());
  await page.getByRole('button', { name: 'Alles wissen op dit apparaat' }).click();
  await page.reload();
  await page.locator('.spo-team-body').waitFor();
  assert.match(await page.locator('.spo-team-who').textContent(), /2 respondenten/);
  assertClean(assert, rec);
  await rec.context.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a file changed after it was chosen is refused alone, and added when chosen again', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'session-'));
  const files = Array.from({ length: 4 }, (_, i) => respondent(dir, 'leraar', i));
  const changed = files[2];
  const rec = await openPage(env.browser, env.server.url);
  const { page } = rec;
  // A file on a synced drive that changes between the choice and the read: the browser takes
  // each file's size when chosen, then this server call (blocking, before the page's own
  // handler) changes one on disk, so the browser refuses to read it.
  await page.route('**/change-the-file', async route => {
    fs.appendFileSync(changed, ' ');
    await route.fulfill({ status: 204 });
  });
  await openTeamPage(rec);
  await page.evaluate(() => window.addEventListener('change', e => {
    for (const file of e.target.files) void file.size;
    const request = new XMLHttpRequest();
    request.open('POST', '/change-the-file', false);
    request.send();
  }, { capture: true, once: true }));
  const input = page.locator('input[type=file]').first();
  await input.setInputFiles(files);
  await page.locator('.spo-team-body').waitFor();
  const problems = page.locator('.spo-team-problems p');
  await problems.first().waitFor();
  assert.deepEqual(await problems.allTextContents(), [`${path.basename(changed)}: niet toegevoegd, want de browser kon het niet lezen (verplaatst of gewijzigd nadat het gekozen werd?); kies het opnieuw.`]);
  assert.match(await page.locator('.spo-team-who').textContent(), /3 respondenten/);
  await screenshot(page, 'team-file-unreadable');
  assert.deepEqual(await axeViolations(page), []);
  // Chosen again, as the advisor is told: now it is read and added.
  await input.setInputFiles(changed);
  await expect(async () => /4 respondenten/.test(await page.locator('.spo-team-who').textContent()), 'the file added');
  assertClean(assert, rec);
  await rec.context.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a full storage is told, a refusing one too, and a damaged session is kept aside', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'session-'));
  const files = Array.from({ length: 5 }, (_, i) => respondent(dir, 'leraar', i));

  // Full: the site's storage is filled up to the browser's limit before the files come in.
  let rec = await openPage(env.browser, env.server.url);
  await openTeamPage(rec);
  await rec.page.evaluate(() => {
    for (let size = 1 << 20, i = 0; size >= 16; ) {
      try { localStorage.setItem(`vol-${i++}`, 'x'.repeat(size)); } catch { size >>= 1; }
    }
  });
  await rec.page.locator('input[type=file]').first().setInputFiles(files);
  await rec.page.locator('.spo-team-body').waitFor();
  const alert = rec.page.getByRole('alert').filter({ hasText: 'de opslag is vol' });
  await alert.waitFor();
  assert.match(await alert.textContent(), /Bewaar het teambeeld als bestand/);
  await rec.context.close();

  // Refusing: this browser gives the page no storage at all.
  rec = await openPage(env.browser, env.server.url);
  await rec.context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  await openTeamPage(rec);
  await rec.page.locator('input[type=file]').first().setInputFiles(files);
  await rec.page.locator('.spo-team-body').waitFor();
  await rec.page.getByRole('alert').filter({ hasText: 'staat bewaren hier niet toe' }).waitFor();
  assertClean(assert, rec);
  await rec.context.close();

  // Damaged: kept aside under a key of its own, said so, and the page starts empty.
  rec = await openPage(env.browser, env.server.url);
  await openTeamPage(rec);
  const damaged = '{"kind":"scan-passend-onderwijs/team-session","format":1,"now":{"files":[{"kin';
  await rec.page.evaluate(([key, text]) => localStorage.setItem(key, text), [SESSION, damaged]);
  await rec.page.reload();
  await rec.page.getByRole('heading', { name: 'Het beeld van het team' }).waitFor();
  const told = rec.page.locator('.spo-team-problems');
  await rec.page.waitForFunction(() => document.querySelector('.spo-team-problems').textContent.includes('apart bewaard'));
  const aside = (await teamKeys(rec.page)).find(k => k.startsWith(`${SESSION}:bewaard:`));
  assert.ok(aside, 'kept aside');
  assert.ok((await told.textContent()).includes(aside), 'the advisor is told where');
  assert.equal(await rec.page.evaluate(k => localStorage.getItem(k), aside), damaged, 'kept as it was');
  assert.equal(await rec.page.locator('.spo-team-body').count(), 0);
  assertClean(assert, rec);
  await rec.context.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
