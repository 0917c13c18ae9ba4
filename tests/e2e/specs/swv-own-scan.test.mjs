// A site owner's own scan on the SWV page (examples/eigen-swv.html, data-config): five schools'
// team files of examples/mijn-scan.toml, made natively as the team page makes them, and one
// of the built-in scan. Under the strict CSP the page loads the build with the TOML reader,
// shows the own scan's themes with the medians computed here by hand, and refuses the
// built-in scan's team file with the reason; a broken configuration names file and line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { assertBrokenScanNamed, brokenScan } from '../broken-scan.mjs';
import { useServerAndBrowser, openPage, assertClean, axeViolations, screenshot, root } from '../harness.mjs';

const own = fs.readFileSync(path.join(root, 'examples/mijn-scan.toml'), 'utf8');
const page = fs.readFileSync(path.join(root, 'examples/eigen-swv.html'), 'utf8');
const broken = brokenScan(own);
const env = useServerAndBrowser({}, {
  '/examples/kapot.toml': broken,
  '/examples/kapot-swv.html': page.replace('data-config="mijn-scan.toml"', 'data-config="kapot.toml"'),
});
const bin = path.join(root, 'target', 'debug', 'examples', 'team_file');
const rank = (sorted, p) => sorted[Math.max(1, Math.ceil((p * sorted.length) / 100)) - 1];

test('the SWV page of an own scan: its themes across its schools, a team file of another scan refused', async () => {
  if (!fs.existsSync(bin)) throw new Error(`build it first: cargo build -p scan-core --examples (${bin})`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'own-swv-'));
  const files = [0, 10, 20, 30, 40].map((seed, i) => {
    const out = path.join(dir, `school-${i}.json`);
    execFileSync(bin, ['--config', path.join(root, 'examples/mijn-scan.toml'), `School ${i + 1}`, 'po', String(5 + i), String(seed), out]);
    return out;
  });
  const other = path.join(dir, 'ingebouwd.json');
  execFileSync(bin, ['OBS Elders', 'po', '6', '30', other]);
  const teams = files.map(f => JSON.parse(fs.readFileSync(f, 'utf8')));

  const rec = await openPage(env.browser, env.server.url);
  await rec.page.goto(`${env.server.url}examples/eigen-swv.html`);
  await rec.page.getByRole('heading', { name: 'Het beeld van het samenwerkingsverband' }).waitFor();
  assert.equal(await rec.page.locator('.spo-kicker').textContent(), 'Quickscan ondersteuning SWV De Brug');
  await rec.page.getByLabel('Teambestanden toevoegen', { exact: true }).setInputFiles([...files, other]);
  await rec.page.locator('.spo-swv-body').waitFor();
  assert.deepEqual(await rec.page.locator('.spo-team-problems p').allTextContents(),
    ['5 teambestanden toegevoegd.', 'ingebouwd.json: niet toegevoegd, want het hoort bij een andere scan (“scan-passend-onderwijs”).']);
  const rows = await rec.page.locator('.spo-swv-across tbody tr').evaluateAll(trs =>
    trs.map(tr => [...tr.children].map(c => c.textContent.trim())));
  assert.deepEqual(rows.map(r => r[0]), ['Route naar extra ondersteuning', 'Expertise in de regio']);
  for (const [i, id] of ['route', 'expertise'].entries()) {
    const scores = teams.map(t => t.themes.find(x => x.theme === id).tally).filter(t => t.respondents >= 5).map(t => t.percent).sort((a, b) => a - b);
    assert.equal(rows[i][2], `${rank(scores, 25)}–${rank(scores, 75)}%`, id);
    assert.equal(rows[i][3], `${rank(scores, 50)}%`, id);
  }
  // The scripts came from the full build.
  const scripts = await rec.page.evaluate(() => performance.getEntriesByType('resource').map(e => e.name.split('/').pop()));
  assert.ok(scripts.includes('scan-swv-full_bg.wasm') && !scripts.includes('scan-swv_bg.wasm'), scripts.join(' '));
  assert.deepEqual(await axeViolations(rec.page), []);
  await screenshot(rec.page, 'swv-own-scan-1280');
  assertClean(assert, rec);
  await rec.context.close();
});

test('an SWV page whose own scan is broken names the file, line and field', async () => {
  await assertBrokenScanNamed(assert, env, 'examples/kapot-swv.html', broken, 'swv-own-scan-broken-375');
});
