// The start screen asks school type and role; themes and statements follow the choice, the time
// estimate is the core's, and a samenwerkingsverband meets statements written for it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { useServerAndBrowser, openPage, assertClean, axeViolations, screenshot, DEFAULT_KEY } from '../harness.mjs';
import { ScanPage } from '../scan-page.mjs';
import { expect } from '../expect.mjs';

const env = useServerAndBrowser();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** scan-check's table of statements and minutes per school type / role: the native core's. */
function perProfile() {
  const bin = path.join(root, 'target', 'debug', 'scan-check');
  if (!fs.existsSync(bin)) throw new Error(`build it first: cargo build -p scan-core --bin scan-check (${bin})`);
  const out = spawnSync(bin, [path.join(root, 'questions')], { encoding: 'utf8' }).stdout;
  const rows = {};
  for (const m of out.matchAll(/^ {2}(\S+) \/ (\S+): (\d+) statements, about (\d+) minutes$/gm)) {
    rows[`${m[1]}/${m[2]}`] = { statements: Number(m[3]), minutes: Number(m[4]) };
  }
  return rows;
}

const pick = (scan, name) => scan.root.getByRole('radio', { name, exact: true }).check();
const facts = scan => scan.root.locator('.spo-facts li').first().textContent();

test('school type and role decide which themes and statements apply; the estimate is the core\'s', async () => {
  const rows = perProfile();
  const minutes = Object.values(rows).map(r => r.minutes);
  const rec = await openPage(env.browser, env.server.url);
  const scan = new ScanPage(rec.page);
  await scan.open(env.server.url);
  assert.equal(await facts(scan), `Ongeveer ${Math.min(...minutes)}-${Math.max(...minutes)} minuten, afhankelijk van uw rol.`);

  // Starting without choosing asks for the choice and puts focus on it.
  await scan.button('Start de scan').click();
  assert.match(await scan.root.getByRole('alert').textContent(), /^Kies eerst voor welk soort school/);
  await expect(async () => rec.page.evaluate(() => document.activeElement?.labels?.[0]?.textContent.trim()) .then(t => t === 'Basisonderwijs'), 'focus on the first school type');

  await pick(scan, 'Basisonderwijs');
  await pick(scan, 'Leraar of mentor');
  const po = rows['po/leraar'];
  assert.equal(await facts(scan), `Ongeveer ${po.minutes} minuten: ${po.statements} stellingen.`);
  const stored = JSON.parse(await scan.storedProgress(DEFAULT_KEY));
  assert.deepEqual(stored.progress.profile, { school_type: 'po', role: 'leraar' });

  await scan.start();
  await scan.waitForHeading('Visie, beleid en ondersteuningsaanbod of \u2011plan');
  const overview = await scan.root.locator('.spo-overview__item').allTextContents();
  assert.equal(overview.length, 9, '8 themes and the results');
  assert.ok(!overview.some(t => t.includes('Governance')));
  const total = overview.slice(0, 8).reduce((n, t) => n + Number(t.match(/0 van (\d+)$/)[1]), 0);
  assert.equal(total, po.statements, 'the overview counts what the core counts');
  await scan.root.getByRole('button', { name: /^Samenwerking tussen regulier/ }).click();
  await scan.waitForHeading('Samenwerking tussen regulier en speciaal onderwijs, jeugdhulp en partners');
  const texts = await scan.root.locator('.spo-statement__text').allTextContents();
  assert.ok(texts.some(t => /voortgezet onderwijs|het vo\b/.test(t)), 'po sees the transfer to vo');
  assertClean(assert, rec);
  await rec.context.close();
});

test('a samenwerkingsverband gets its own roles and no statement about a school or a class', async () => {
  const rows = perProfile();
  const rec = await openPage(env.browser, env.server.url);
  const scan = new ScanPage(rec.page);
  await scan.open(env.server.url);
  await pick(scan, 'Basisonderwijs');
  await pick(scan, 'Directie of schoolleiding');
  // Another school type hides the school roles and asks the role again.
  await pick(scan, 'Samenwerkingsverband');
  const visible = await scan.root.locator('fieldset.spo-choices').nth(1).locator('label.spo-choice:not([hidden])').allTextContents();
  assert.deepEqual(visible.map(t => t.trim()), [
    'Bestuurder of directeur-bestuurder van het samenwerkingsverband',
    'Lid van het intern toezicht (raad van toezicht of toezichthoudend bestuur)',
    'Directeur, beleidsmedewerker of andere staf van het samenwerkingsverband',
    'Lid van de ondersteuningsplanraad',
    'Ondersteuningsconsulent, orthopedagoog of andere deskundige van het samenwerkingsverband',
    'Een andere rol',
  ]);
  assert.equal(JSON.parse(await scan.storedProgress(DEFAULT_KEY)).progress.profile.role ?? null, null, 'the school role is cleared');
  await pick(scan, 'Lid van de ondersteuningsplanraad');
  await screenshot(rec.page, 'start-swv');
  assert.deepEqual(await axeViolations(rec.page), []);
  await scan.start();
  const items = scan.root.locator('.spo-overview__item');
  await expect(async () => (await items.count()) > 0, 'overview');
  const titles = await items.allTextContents();
  assert.ok(titles.some(t => t.includes('Governance')) && !titles.some(t => t.includes('in de klas')), titles.join(' | '));
  // Walk every theme: no statement speaks of "onze school", "de klas" or "ons team".
  let seen = 0;
  for (;;) {
    const texts = await scan.root.locator('.spo-statement__text').allTextContents();
    seen += texts.length;
    for (const t of texts) assert.doesNotMatch(t.toLowerCase(), /onze school|de klas|ons team/, t);
    const next = scan.root.getByRole('button', { name: /Volgend thema/ });
    if (!(await next.count())) break;
    const heading = await scan.headingText();
    await next.click();
    await expect(async () => (await scan.headingText()) !== heading, 'next theme');
  }
  assert.equal(seen, rows['swv/opr'].statements);
  assertClean(assert, rec);
  await rec.context.close();
});
