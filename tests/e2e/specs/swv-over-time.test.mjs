// The SWV page over two rounds, as its staff would use it in a meeting: this year's team files
// and last year's, the change per school and theme and the SWV's median per theme (computed
// here by hand from the files); one school type shown alone and the schools sorted by score,
// with the keyboard; a reload that keeps everything; the CSV with a school name that would be
// a formula defused; the report in print; and "Alles wissen op dit apparaat".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { useServerAndBrowser, openPage, assertClean, axeViolations, screenshot, screenshotOf, root } from '../harness.mjs';
import { expect } from '../expect.mjs';

const env = useServerAndBrowser();
const bin = path.join(root, 'target', 'debug', 'examples', 'team_file');

/** Nearest rank: the value at place ceil(p × n / 100) of the sorted scores. */
const rank = (sorted, p) => sorted[Math.max(1, Math.ceil((p * sorted.length) / 100)) - 1];
const median = xs => rank([...xs].sort((a, b) => a - b), 50);

test('the SWV page over two rounds: changes by hand, a filter, an order, a reload, CSV, print and wipe', async () => {
  if (!fs.existsSync(bin)) throw new Error(`build it first: cargo build -p scan-core --examples (${bin})`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'swv-time-'));
  const schools = [['=SOM(1+1) School', 'po', 8], ['CBS Het Anker', 'po', 6], ['SBO De Wissel', 'sbo', 5],
    ['SO Het Kompas', 'so', 7], ['OBS Zonnewijzer', 'po', 9], ['VO Het Baken', 'vo', 12]];
  const round = (year, seed) => schools.map(([name, type, n], i) => {
    const out = path.join(dir, `${year}-${i}.json`);
    execFileSync(bin, [name, type, String(n), String(seed + 20 * i), out]);
    return out;
  });
  const now = round(2026, 500);
  const before = round(2025, 910);
  const read = files => files.map(f => JSON.parse(fs.readFileSync(f, 'utf8')));
  const [tNow, tBefore] = [read(now), read(before)];
  const themes = tNow[0].themes.map(t => t.theme);
  // A school's theme counts from 5 of its respondents with a score for it (the page's rule).
  const pct = (team, id) => { const t = team.themes.find(x => x.theme === id)?.tally; return t && t.respondents >= 5 ? t.percent : undefined; };

  const rec = await openPage(env.browser, env.server.url, { width: 1280, height: 900 });
  const { page } = rec;
  await page.goto(`${env.server.url}swv.html`);
  await page.getByRole('heading', { name: 'Het beeld van het samenwerkingsverband' }).waitFor();
  await page.getByLabel('Teambestanden toevoegen', { exact: true }).setInputFiles(now);
  await page.locator('.spo-swv-body').waitFor();
  await page.getByLabel('Eerdere teambestanden toevoegen').setInputFiles(before);
  await page.locator('.spo-swv-over-time').waitFor();
  assert.equal(await page.locator('.spo-swv-earlier-count').textContent(), 'Eerdere ronde: 6 scholen.');
  // Each addition says what it did, not what the one before did too.
  assert.deepEqual(await page.locator('.spo-team-problems p').allTextContents(), ['6 teambestanden toegevoegd.']);
  // Which rounds: the newest team file of each (the files' dates are the respondents' own).
  const day = ms => { const d = new Date(ms); return `${String(d.getUTCDate()).padStart(2, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${d.getUTCFullYear()}`; };
  const newest = ts => day(Math.max(...ts.map(t => t.to)));
  assert.equal(await page.locator('.spo-swv-over-time > p').first().textContent(),
    `De eerdere ronde (nieuwste teambestand van ${newest(tBefore)}) naast deze ronde (van ${newest(tNow)}).`);

  // The SWV's median per theme, before and after, by hand.
  // Only themes with 5 schools counting in both rounds have an SWV figure.
  const swvLines = await page.locator('.spo-swv-changes li').allTextContents();
  const titles = await page.locator('.spo-swv-across tbody th').allTextContents();
  const expected = [];
  for (const [i, id] of themes.entries()) {
    const [before, now] = [tBefore, tNow].map(ts => ts.map(t => pct(t, id)).filter(p => p != null));
    if (before.length < 5 || now.length < 5) continue;
    const [b, a] = [median(before), median(now)];
    const d = a - b;
    const how = d > 0 ? `${d} procentpunt hoger` : d < 0 ? `${-d} procentpunt lager` : 'gelijk';
    expected.push(`${titles[i]}: ${b}% → ${a}% (${how})`);
  }
  assert.ok(expected.length >= 5, `${expected.length} themes with figures`);
  assert.deepEqual(swvLines, expected);
  // Per school and theme, by hand, for the first theme.
  const cells = await page.locator('.spo-swv-over-time tbody tr').evaluateAll(trs =>
    trs.map(tr => [tr.querySelector('th').textContent, tr.querySelector('td').textContent]));
  assert.equal(cells.length, schools.length);
  for (const [name, cell] of cells) {
    const i = schools.findIndex(s => s[0] === name);
    const [b, a] = [pct(tBefore[i], themes[0]), pct(tNow[i], themes[0])];
    assert.ok(cell.startsWith(b != null && a != null ? `${b}% → ${a}%` : '–'), `${name}: ${cell}`);
  }
  assert.deepEqual(await axeViolations(page), []);
  await screenshotOf(page.locator('.spo-swv-over-time'), 'swv-over-time-1280');

  // Only po, with the keyboard: three schools, too few for figures over them.
  await page.getByLabel('Schoolsoort', { exact: true }).focus();
  await page.keyboard.press('ArrowDown');
  await page.locator('.spo-swv-filtered').waitFor();
  assert.equal(await page.locator('.spo-swv-count').textContent(), '3 scholen, waarvan 3 met genoeg respondenten om te tonen.');
  assert.match(await page.locator('.spo-swv-across tbody tr').first().textContent(), /te weinig scholen \(minder dan 5\)/);
  await page.getByLabel('Schoolsoort', { exact: true }).selectOption('');
  await page.locator('.spo-swv-filtered').waitFor({ state: 'detached' });
  // Sorted by the total score, lowest first.
  await page.getByLabel('Scholen sorteren op').selectOption('score');
  const totals = await page.locator('.spo-swv-schools tbody tr').evaluateAll(trs =>
    trs.map(tr => Number(tr.lastElementChild.textContent.match(/(\d+)%/)[1])));
  assert.deepEqual(totals, [...tNow.map(t => t.overall.percent)].sort((a, b) => a - b));

  // The SWV's name, typed once, heads the picture (and the report), as text.
  await page.getByLabel(/Naam van het samenwerkingsverband/).fill('  SWV <b>Rivierenland</b> ');
  await page.keyboard.press('Tab');
  await expect(async () => (await page.locator('.spo-report-for').textContent()) === 'Samenwerkingsverband: SWV <b>Rivierenland</b>', 'the SWV named');
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await screenshotOf(page.locator('.spo-swv'), `swv-named-${width}`);
  }

  // A reload keeps both rounds and the name.
  await page.reload();
  await page.locator('.spo-swv-over-time').waitFor();
  assert.equal(await page.locator('.spo-report-for').textContent(), 'Samenwerkingsverband: SWV <b>Rivierenland</b>');
  assert.equal(await page.getByLabel(/Naam van het samenwerkingsverband/).inputValue(), 'SWV <b>Rivierenland</b>');
  assert.ok((await page.locator('.spo-team-problems').textContent()).includes('Hersteld van dit apparaat: de teambestanden van 6 scholen en van 6 scholen in de eerdere ronde.'));
  assert.equal(await page.locator('.spo-swv-count').textContent(), '6 scholen, waarvan 6 met genoeg respondenten om te tonen.');

  // The CSV: a row per school, the formula defused.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Overzicht als CSV' }).click()]);
  const csv = fs.readFileSync(await download.path(), 'utf8');
  assert.ok(csv.startsWith('\ufeff"School";'), csv.slice(0, 40));
  assert.ok(csv.includes(`"'=SOM(1+1) School";"Basisonderwijs";"8";`), 'the name is defused');
  assert.ok(!/(^|;)"=/m.test(csv), 'no field starts with =');

  // The report: the options and buttons stay off paper, the figures are on it.
  await page.emulateMedia({ media: 'print' });
  assert.ok(!(await page.locator('.spo-swv-options').isVisible()));
  assert.ok(!(await page.getByRole('button', { name: 'Rapport afdrukken' }).isVisible()));
  assert.ok(await page.locator('.spo-swv-over-time').isVisible());
  assert.ok(await page.locator('.spo-report-for').isVisible(), 'the SWV is named on paper');
  assert.ok(await page.locator('.spo-swv-across .spo-team-chart').isVisible());
  // On A4 (about 794 px) the wide tables fit the page instead of running off it.
  await page.setViewportSize({ width: 794, height: 1123 });
  for (const table of ['.spo-swv-schools table', '.spo-swv-over-time table']) {
    const [wide, room] = await page.locator(table).evaluate(t => [t.scrollWidth, t.parentElement.clientWidth]);
    assert.ok(wide <= room, `${table}: ${wide} px in ${room}`);
  }
  await screenshot(page, 'swv-print-1280');
  await page.emulateMedia({ media: 'screen' });

  // "Alles wissen op dit apparaat", with the keyboard, confirmed; a reload finds nothing.
  page.once('dialog', d => d.accept());
  await page.getByRole('button', { name: 'Alles wissen op dit apparaat' }).focus();
  await page.keyboard.press('Enter');
  await page.getByText('Alles is van dit apparaat gewist.').waitFor();
  assert.equal(await page.locator('.spo-empty').textContent(), 'Nog geen teambestanden toegevoegd.');
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter(k => k.includes(':swv'))), []);
  await page.reload();
  await page.locator('.spo-empty').waitFor();
  assertClean(assert, rec);
  await rec.context.close();
});

test('the SWV page tells a full storage, and keeps a damaged session aside', async () => {
  if (!fs.existsSync(bin)) throw new Error(`build it first: cargo build -p scan-core --examples (${bin})`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'swv-store-'));
  const files = [30, 50, 70].map(seed => {
    const out = path.join(dir, `${seed}.json`);
    execFileSync(bin, [`School ${seed}`, 'po', '6', String(seed), out]);
    return out;
  });
  let rec = await openPage(env.browser, env.server.url);
  await rec.page.goto(`${env.server.url}swv.html`);
  await rec.page.locator('.spo-empty').waitFor();
  await rec.page.evaluate(() => {
    for (let size = 1 << 20, i = 0; size >= 16; ) {
      try { localStorage.setItem(`vol-${i++}`, 'x'.repeat(size)); } catch { size >>= 1; }
    }
  });
  await rec.page.getByLabel('Teambestanden toevoegen', { exact: true }).setInputFiles(files);
  await rec.page.locator('.spo-swv-body').waitFor();
  await rec.page.getByRole('alert').filter({ hasText: 'de opslag is vol' }).waitFor();
  await rec.context.close();

  // Damaged: kept aside under a key of its own, said so, and the page starts empty.
  rec = await openPage(env.browser, env.server.url);
  await rec.page.goto(`${env.server.url}swv.html`);
  await rec.page.locator('.spo-empty').waitFor();
  const key = 'scan-passend-onderwijs:scan-passend-onderwijs:swvsessie';
  const damaged = '{"kind":"scan-passend-onderwijs/swv-session","format":1,"now":[{"kin';
  await rec.page.evaluate(([k, text]) => localStorage.setItem(k, text), [key, damaged]);
  await rec.page.reload();
  const told = rec.page.locator('.spo-team-problems p').filter({ hasText: 'niet gewist, maar apart bewaard' });
  await told.waitFor();
  const aside = (await told.textContent()).match(/onder de naam (\S+)\.$/)[1];
  assert.equal(await rec.page.evaluate(k => localStorage.getItem(k), aside), damaged);
  assert.equal(await rec.page.locator('.spo-empty').textContent(), 'Nog geen teambestanden toegevoegd.');
  assertClean(assert, rec);
  await rec.context.close();
});

test('a folder of team files: its .json files are read, the rest left alone', async () => {
  if (!fs.existsSync(bin)) throw new Error(`build it first: cargo build -p scan-core --examples (${bin})`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'swv-folder-'));
  for (const seed of [30, 50]) execFileSync(bin, [`School ${seed}`, 'vo', '6', String(seed), path.join(dir, `school-${seed}.json`)]);
  fs.writeFileSync(path.join(dir, 'lees-mij.txt'), 'Teambestanden van dit jaar');
  const rec = await openPage(env.browser, env.server.url);
  await rec.page.goto(`${env.server.url}swv.html`);
  await rec.page.locator('.spo-empty').waitFor();
  await rec.page.getByLabel('Een map met teambestanden kiezen').setInputFiles(dir);
  await rec.page.locator('.spo-swv-body').waitFor();
  assert.deepEqual(await rec.page.locator('.spo-team-problems p').allTextContents(), ['2 teambestanden toegevoegd.']);
  assert.equal(await rec.page.locator('.spo-swv-count').textContent(), '2 scholen, waarvan 2 met genoeg respondenten om te tonen.');
  assertClean(assert, rec);
  await rec.context.close();
});
