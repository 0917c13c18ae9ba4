// A site owner's own scan on the team page (examples/eigen-teambeeld.html, data-config): five
// respondents fill in examples/mijn-scan.toml on examples/eigen-scan.html and save their files;
// the advisor's team page of that scan, under the strict CSP, loads the build with the TOML
// reader, shows the picture the native core computes for that scan, refuses a file of the
// built-in scan with the reason, and keeps its session over a reload. A broken configuration
// shows its file, line and column instead of the team page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { assertBrokenScanNamed, brokenScan } from '../broken-scan.mjs';
import { useServerAndBrowser, openPage, assertClean, axeViolations, screenshot, root } from '../harness.mjs';
import { example } from '../native.mjs';
import { ScanPage } from '../scan-page.mjs';

const own = fs.readFileSync(path.join(root, 'examples/mijn-scan.toml'), 'utf8');
const broken = brokenScan(own);
const page = fs.readFileSync(path.join(root, 'examples/eigen-teambeeld.html'), 'utf8');
const env = useServerAndBrowser({}, {
  '/examples/kapot.toml': broken,
  '/examples/kapot-teambeeld.html': page.replace('data-config="mijn-scan.toml"', 'data-config="kapot.toml"'),
});


/** One respondent of the own scan in a browser of their own: answers both themes, saves the file. */
async function respondent(dir, n, answers) {
  const rec = await openPage(env.browser, env.server.url);
  await rec.page.goto(`${env.server.url}examples/eigen-scan.html`);
  const scan = new ScanPage(rec.page, rec.page.locator('.spo').first());
  await scan.waitForHeading('Quickscan ondersteuning SWV De Brug');
  await scan.start();
  await scan.waitForHeading('Route naar extra ondersteuning');
  for (const [i, a] of answers.slice(0, 3).entries()) await scan.choose(i, a);
  await scan.button('Volgend thema').click();
  await scan.waitForHeading('Expertise in de regio');
  for (const [i, a] of answers.slice(3).entries()) await scan.choose(i, a);
  await scan.button('Naar het resultaat').click();
  await scan.waitForHeading('Uw beeld van de school');
  let link = null;
  if (n === 0) {
    // The respondent's link for the advisor goes to the own scan's team page.
    await scan.button('Kopieer link voor uw adviseur').click();
    link = await scan.root.getByRole('textbox', { name: 'Link met uw antwoorden' }).inputValue();
  }
  const [download] = await Promise.all([rec.page.waitForEvent('download'), scan.button('Bewaar als bestand').click()]);
  const file = path.join(dir, `quickscan-${n}.json`);
  await download.saveAs(file);
  assertClean(assert, rec);
  await rec.context.close();
  return { file, link };
}

test('the team page of an own scan: the picture of its respondents, files of another scan refused', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'own-team-'));
  // The first statement is seen differently (Nee by two, Ja by three); the rest alike.
  const first = ['Nee', 'Nee', 'Ja', 'Ja', 'Ja'];
  const made = [];
  for (let n = 0; n < 5; n++) made.push(await respondent(dir, n, [first[n], 'Deels', 'Ja', 'Deels', n === 4 ? 'Weet ik niet' : 'Ja']));
  const files = made.map(m => m.file);
  assert.match(made[0].link, new RegExp(`^${env.server.url}examples/eigen-teambeeld\\.html#antwoorden=`));
  // A respondent of the built-in scan, whose file does not belong here.
  const builtin = path.join(dir, 'ingebouwde-scan.json');
  execFileSync(example('respondent_file'), ['po', 'leraar', '1', builtin]);
  const core = JSON.parse(execFileSync(example('team'), ['--config', path.join(root, 'examples/mijn-scan.toml'), ...files, builtin], { encoding: 'utf8' }));
  assert.equal(core.respondents, 5);
  assert.match(core.refused[0].error, /scan-passend-onderwijs/);

  for (const width of [1280, 375]) {
    const rec = await openPage(env.browser, env.server.url, { width, height: 900 });
    const { page } = rec;
    const requests = [];
    page.on('request', r => requests.push(new URL(r.url()).pathname));
    await page.goto(`${env.server.url}examples/eigen-teambeeld.html`);
    await page.getByRole('heading', { name: 'Het beeld van het team' }).waitFor();
    await page.locator('input[type=file]').first().setInputFiles([...files, builtin]);
    await page.locator('.spo-team-table').first().waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.spo-team-problems p').length === 1);
    assert.equal(await page.locator('.spo-team-problems p').textContent(),
      'ingebouwde-scan.json: niet toegevoegd, want de antwoorden horen bij een andere scan (“scan-passend-onderwijs”).');
    assert.match(await page.locator('.spo-team-who').textContent(), /5 respondenten/);

    // The own scan's themes, with the core's figures for that scan.
    const rows = await page.locator('.spo-team-table').first().locator('tbody tr').evaluateAll(trs =>
      trs.map(tr => [...tr.children].map(c => c.textContent.trim())));
    const pct = v => (v === null ? '–' : `${v}%`);
    assert.deepEqual(rows, core.themes.map(t => [t.title, t.status, pct(t.percent),
      t.spread === 'too-few' ? 'te weinig om te tonen' : `${t.spread[0]}–${t.spread[1]}%`, String(t.respondents), pct(t.unknown_percent)]));
    assert.deepEqual(rows.map(r => r[0]), ['Route naar extra ondersteuning', 'Expertise in de regio']);
    assert.deepEqual(await page.locator('.spo-team-differently .spo-team-statement').allTextContents(), core.differently);
    assert.equal(core.differently.length, 1);
    assert.equal(await page.locator('.spo-team-roles').count(), 0, 'a scan without roles has no section per role');
    // The chart draws the own scan's themes against its three bands.
    const chart = page.locator('.spo-team-chart').first();
    assert.match(await chart.textContent(), /Route naar extra ondersteuning.*Expertise in de regio/s);
    assert.equal(await chart.locator('svg').first().locator('.spo-chart__band').count(), 3);

    // The build with the reader, the page's own scan, nothing else.
    assert.ok(requests.includes('/scan-team-full_bg.wasm') && requests.includes('/examples/mijn-scan.toml'), requests.join(' '));
    assert.ok(!requests.includes('/scan-team_bg.wasm'), 'not the build of the built-in scan');
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, `team-own-scan-${width}`);

    // A reload keeps the session, under the own scan's key.
    await page.reload();
    await page.locator('.spo-team-table').first().waitFor();
    assert.match(await page.locator('.spo-team-problems').textContent(), /Hersteld van dit apparaat: het teambeeld van 5 respondenten/);
    const keys = await page.evaluate(() => Object.keys(localStorage));
    assert.ok(keys.includes('scan-passend-onderwijs:swv-de-brug-quickscan:teamsessie'), keys.join(' '));
    assertClean(assert, rec);
    await rec.context.close();
  }
});

test('a team page whose own scan is broken names the file, line and field', async () => {
  await assertBrokenScanNamed(assert, env, 'examples/kapot-teambeeld.html', broken, 'team-own-scan-broken-375');
});
