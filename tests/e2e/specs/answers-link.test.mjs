// A respondent who would rather e-mail a link than a file copies a link to the team page whose
// #fragment holds their answers; the advisor who opens it is asked before they are added.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openPage, assertClean, axeViolations, screenshot, coreScore, DEFAULT_KEY } from '../harness.mjs';
import { ScanPage } from '../scan-page.mjs';

const env = useServerAndBrowser({
  // A host page in another folder than the widget's files, and one that names its team page.
  elders: '<div data-scan-passend-onderwijs></div>',
  'eigen-teampagina': '<div data-scan-passend-onderwijs data-team-page="../advies/team.html"></div>',
  // Not an http(s) address: the link goes to the team page next to the widget files instead.
  'verkeerde-teampagina': '<div data-scan-passend-onderwijs data-team-page="javascript:alert(1)"></div>',
});

test('a respondent copies a link with their answers; the advisor adds them after being asked', async () => {
  const rec = await openPage(env.browser, env.server.url);
  await rec.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
  const scan = new ScanPage(rec.page);
  await scan.open(env.server.url);
  await scan.start({ type: 'Basisonderwijs', role: 'Directie of schoolleiding' });
  // Four of the directie's seven statements in the first theme: enough for a status.
  for (const [i, label] of ['Volledig', 'Grotendeels', 'Niet', 'Enigszins'].entries()) await scan.choose(i, label);
  await scan.root.getByRole('button', { name: 'Resultaat bekijken' }).click();
  await scan.waitForHeading('Uw beeld van de school');
  await scan.root.getByRole('textbox', { name: /Uw naam of initialen/ }).fill('M.K.');
  await scan.button('Kopieer link voor uw adviseur').click();
  const link = await scan.root.getByRole('textbox', { name: 'Link met uw antwoorden' }).inputValue();
  assert.match(link, new RegExp(`^${env.server.url}team\\.html#antwoorden=1\\.`));
  assert.ok(link.length < 500, `a short link to e-mail: ${link.length} characters`);
  // Said once the browser has answered the copy (it may take a moment on a busy machine).
  await scan.root.locator('.spo-take-along [role=status]').filter({ hasText: /gekopieerd|zelf/ }).waitFor();
  const clipboard = await rec.page.evaluate(() => navigator.clipboard.readText().catch(() => null));
  if (clipboard !== null) assert.equal(clipboard, link, 'the clipboard holds the link');
  const stored = await scan.storedProgress(DEFAULT_KEY);
  assertClean(assert, rec);
  await rec.context.close();

  // The advisor opens the link: asked first, then the answers count in the team's picture.
  const adv = await openPage(env.browser, env.server.url);
  await adv.page.goto(link);
  const offer = adv.page.getByRole('region', { name: 'Link met uw antwoorden' });
  await offer.waitFor();
  assert.match(await offer.textContent(), /antwoorden van een respondent \(Directie of schoolleiding, M\.K\.\)/);
  assert.equal(await adv.page.locator('.spo-team-table').count(), 0, 'nothing added without asking');
  assert.deepEqual(await axeViolations(adv.page), []);
  await screenshot(adv.page, 'team-link-offer');
  await offer.getByRole('button', { name: 'Toevoegen aan het teambeeld' }).click();
  await adv.page.locator('.spo-team-table').first().waitFor();
  assert.match(await adv.page.locator('.spo-team-who').textContent(), /1 respondent\./);
  assert.equal(await adv.page.evaluate(() => location.hash), '', 'the answers leave the address bar');
  // The same numbers as the respondent's own stored answers.
  const core = await coreScore(stored);
  const row = await adv.page.locator('.spo-team-table tbody tr').first().locator('td').nth(1).textContent();
  assert.equal(row.trim(), `${core.themes[0].percent}%`);
  assertClean(assert, adv);
  await adv.context.close();

  // Declining adds nothing; a damaged link says so.
  const again = await openPage(env.browser, env.server.url);
  await again.page.goto(link);
  await again.page.getByRole('button', { name: 'Niet toevoegen' }).click();
  assert.equal(await again.page.locator('.spo-team-table').count(), 0);
  await again.page.goto(`${env.server.url}team.html#antwoorden=1.kapot`);
  await again.page.reload();
  await again.page.locator('.spo-team-problems p').first().waitFor();
  assert.match(await again.page.locator('.spo-team-problems').textContent(), /Link met uw antwoorden: niet toegevoegd, want het bestand is beschadigd/);
  assertClean(assert, again);
  await again.context.close();
});

test('the link points to the team page next to the widget files, or to the one the host page names', async () => {
  for (const [page, expected] of [['elders', 'team.html'], ['eigen-teampagina', 'advies/team.html'], ['verkeerde-teampagina', 'team.html']]) {
    const rec = await openPage(env.browser, env.server.url);
    await rec.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
    const scan = new ScanPage(rec.page);
    await scan.open(`${env.server.url}pages/${page}.html`);
    await scan.start();
    await scan.choose(0, 'Volledig');
    await scan.root.getByRole('button', { name: 'Resultaat bekijken' }).click();
    await scan.waitForHeading('Uw beeld van de school');
    await scan.button('Kopieer link voor uw adviseur').click();
    const link = await scan.root.getByRole('textbox', { name: 'Link met uw antwoorden' }).inputValue();
    assert.ok(link.startsWith(`${env.server.url}${expected}#antwoorden=1.`), `${page}: ${link}`);
    assertClean(assert, rec);
    await rec.context.close();
  }
});
