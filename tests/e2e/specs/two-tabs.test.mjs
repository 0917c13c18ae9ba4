// Two tabs of one scan in one browser profile: each takes in what the other saves, so no answer
// given in either is lost, also after a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openPage, assertClean, axeViolations, screenshot, DEFAULT_KEY } from '../harness.mjs';
import { ScanPage } from '../scan-page.mjs';
import { expect } from '../expect.mjs';

const env = useServerAndBrowser();

/** A tab of the scan in `context` (one profile, one localStorage), recording problems. */
async function openTab(context, url) {
  const rec = await openPage(env.browser, url, undefined, context);
  const scan = new ScanPage(rec.page);
  await scan.open(url);
  return { page: rec.page, scan, rec };
}

const answersIn = async scan => {
  const stored = JSON.parse(await scan.storedProgress(DEFAULT_KEY));
  return Object.fromEntries(Object.entries(stored.progress.answers).map(([k, a]) => [k, a.value]));
};

test('two tabs answering different statements lose nothing, also after a reload', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const a = await openTab(context, env.server.url);
  const b = await openTab(context, env.server.url);
  const theme = 'Visie, beleid en ondersteuningsaanbod of \u2011plan';

  // B's respondent is on the start screen with the keyboard.
  const bFocused = await b.scan.root.getByRole('radio', { name: 'Voortgezet onderwijs' }).elementHandle();
  await bFocused.focus();

  // An intern begeleider: five statements in the first theme (a teacher sees three).
  await a.scan.start({ role: 'Intern begeleider of ondersteuningscoördinator' });
  await a.scan.waitForHeading(theme);
  await a.scan.choose(0, 'Volledig');
  await a.scan.choose(1, 'Niet');

  // B, still on its start screen, has taken in A's answers: it offers to continue.
  await expect(async () => (await b.scan.button('Verder met de scan').count()) === 1, 'B offers to continue');
  // Its start screen was drawn again in place with A's choices: focus stayed where it was.
  assert.ok(await bFocused.evaluate(e => e.isConnected && e === document.activeElement), 'B keeps its focus');
  assert.equal(await b.scan.root.getByRole('radio', { name: 'Basisonderwijs', exact: true }).isChecked(), true);
  await b.scan.button('Verder met de scan').click();
  await b.scan.waitForHeading(theme);
  assert.deepEqual((await b.scan.checkedLabels()).slice(0, 2), ['Volledig', 'Niet'], 'B shows A\'s answers');
  await b.scan.choose(2, 'Enigszins');
  await b.scan.choose(3, 'Grotendeels');

  // A, on the same theme, is drawn again with B's answers and says so.
  await expect(async () => (await a.scan.checkedLabels())[3] === 'Grotendeels', 'A shows B\'s answers');
  assert.deepEqual((await a.scan.checkedLabels()).slice(0, 4), ['Volledig', 'Niet', 'Enigszins', 'Grotendeels']);
  assert.match(await a.scan.root.locator('.spo-notices').textContent(), /ander tabblad/);
  await a.scan.choose(4, 'Weet ik niet');
  await screenshot(a.page, 'two-tabs-a');
  assert.deepEqual(await axeViolations(a.page), []);

  const all = ['Volledig', 'Niet', 'Enigszins', 'Grotendeels', 'Weet ik niet'];
  for (const tab of [a, b]) {
    await expect(async () => Object.keys(await answersIn(tab.scan)).length === 5, 'five answers stored');
    await tab.page.reload();
    await tab.scan.waitForHeading(theme);
    assert.deepEqual((await tab.scan.checkedLabels()).slice(0, 5), all, 'every answer is there after a reload');
  }

  // Starting over in B starts over in A too, and A says why its answers are gone.
  await b.scan.button('Terug naar de start').click();
  await b.scan.button('Opnieuw beginnen').click();
  await b.scan.button('Ja, alles wissen').click();
  await expect(async () => (await a.scan.checkedLabels()).every(l => l === null), 'A is empty too');
  assert.match(await a.scan.root.locator('.spo-notices').textContent(), /opnieuw begonnen/);
  await expect(async () => Object.keys(await answersIn(a.scan)).length === 0, 'nothing stored');
  for (const tab of [a, b]) assertClean(assert, tab.rec);
  await context.close();
});

test('a tab that cannot read what another tab saved (a newer release) stops saving over it', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const a = await openTab(context, env.server.url);
  await a.scan.start();
  await a.scan.waitForHeading('Visie, beleid en ondersteuningsaanbod of \u2011plan');
  await a.scan.choose(0, 'Volledig');

  // Another tab, of a newer release, saves a format this one does not know.
  const newer = JSON.stringify({ format: 99, scan: 'scan-passend-onderwijs', scan_version: '2027.1', progress: { anders: true } });
  const other = await context.newPage();
  await other.goto(`${env.server.url}examples/mijn-scan.toml`);
  await other.evaluate(([k, v]) => localStorage.setItem(k, v), [DEFAULT_KEY, newer]);

  await expect(async () => /nieuwere versie/.test(await a.scan.root.locator('.spo-notices').textContent()), 'A says so');
  await a.scan.choose(1, 'Niet');
  await a.page.waitForTimeout(200);
  assert.equal(await a.scan.storedProgress(DEFAULT_KEY), newer, 'the newer data is left as it was');
  assert.deepEqual(await axeViolations(a.page), []);
  await context.close();
});
