// The advisor's team view: four respondents in four browsers fill in the first theme and save
// their files; the advisor adds them (with damaged, foreign, newer, huge, duplicate and hostile
// files) and sees the team's picture exactly as the native core computes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { useServerAndBrowser, openPage, assertClean, axeViolations, screenshot } from '../harness.mjs';
import { ScanPage } from '../scan-page.mjs';

const env = useServerAndBrowser();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const LERAAR = 'Leraar of mentor';
const IB = 'Intern begeleider of ondersteuningscoördinator';

/** The native core's team picture for these files (crates/scan-core/examples/team.rs). */
function coreTeam(files) {
  const bin = path.join(root, 'target', 'debug', 'examples', 'team');
  if (!fs.existsSync(bin)) throw new Error(`build it first: cargo build -p scan-core --example team (${bin})`);
  return JSON.parse(execFileSync(bin, files, { encoding: 'utf8' }));
}

const OPTIONS = ['Niet', 'Enigszins', 'Grotendeels', 'Volledig', 'Weet ik niet', 'Niet van toepassing'];

/**
 * One respondent in a browser of their own: answers the first theme with the keyboard (Tab to
 * a statement, Space, arrow keys), then saves the file.
 */
async function respondent(dir, role, answers) {
  const rec = await openPage(env.browser, env.server.url);
  const scan = new ScanPage(rec.page);
  await scan.open(env.server.url);
  await scan.start({ type: 'Basisonderwijs', role });
  await scan.waitForHeading('Visie, beleid en ondersteuningsaanbod of \u2011plan');
  await rec.page.waitForFunction(() => document.activeElement?.tagName === 'H2');
  const count = await scan.statements().count();
  for (let i = 0; i < count; i++) {
    await rec.page.keyboard.press('Tab');
    await rec.page.keyboard.press('Space');
    for (let k = 0; k < OPTIONS.indexOf(answers(i)); k++) await rec.page.keyboard.press('ArrowRight');
  }
  assert.deepEqual(await scan.checkedLabels(), Array.from({ length: count }, (_, i) => answers(i)));
  await scan.root.getByRole('button', { name: 'Resultaat bekijken' }).click();
  await scan.waitForHeading('Uw beeld van de school');
  const [download] = await Promise.all([rec.page.waitForEvent('download'), scan.button('Bewaar als bestand').click()]);
  const file = path.join(dir, `${role.split(',')[0]}-${Math.random().toString(36).slice(2)}.json`);
  await download.saveAs(file);
  assertClean(assert, rec);
  await rec.context.close();
  return file;
}

test('an advisor sees the team picture of seven respondents who answered with the keyboard, and bad files are refused one by one', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'team-'));
  // Statement 1 is seen differently (Volledig, Niet, Enigszins, Grotendeels by the teachers);
  // the others alike. Four teachers and three intern begeleiders: with the hostile file's
  // unknown role outside, showing both groups would leave that one respondent to be worked
  // out, so only the teachers are shown apart.
  const first = ['Volledig', 'Niet', 'Enigszins', 'Grotendeels'];
  const files = [];
  for (const [n, role] of [LERAAR, LERAAR, LERAAR, LERAAR, IB, IB, IB].entries()) {
    files.push(await respondent(dir, role, i => (i === 0 && n < 4 ? first[n] : 'Grotendeels')));
  }
  const hostile = path.join(dir, 'hostile.json');
  const h = '<img src=x onerror=alert(1)>"><svg onload=alert(2)>';
  fs.writeFileSync(hostile, JSON.stringify({ kind: 'scan-passend-onderwijs/answers', format: 1, scan: 'scan-passend-onderwijs',
    scan_version: h, saved_at: 1, school_type: h, role: h, name: h, answers: {}, notes: { visie: { value: h, at: 1 } } }));
  const bad = {
    'kapot.json': '{"kind": "scan-passend-onderwijs/answ',
    'andere-scan.json': JSON.stringify({ kind: 'scan-passend-onderwijs/answers', format: 1, scan: 'andere-scan', scan_version: '1', saved_at: 1 }),
    'nieuwer.json': JSON.stringify({ kind: 'scan-passend-onderwijs/answers', format: 9, scan: 'scan-passend-onderwijs' }),
  };
  for (const [name, text] of Object.entries(bad)) fs.writeFileSync(path.join(dir, name), text);
  const huge = path.join(dir, 'groot.json');
  fs.writeFileSync(huge, `{"kind":"scan-passend-onderwijs/answers","pad":"${'a'.repeat(20 * 1024 * 1024)}"}`);
  // Last year's files: the same respondents, everything 'Enigszins', saved on 15 May 2025.
  const earlier = files.map((f, i) => {
    const e = JSON.parse(fs.readFileSync(f, 'utf8'));
    e.saved_at = Date.UTC(2025, 4, 15);
    for (const a of Object.values(e.answers)) a.value = 'enigszins';
    const out = path.join(dir, `vorig-jaar-${i}.json`);
    fs.writeFileSync(out, JSON.stringify(e));
    return out;
  });
  const core = coreTeam([...files, hostile, '--earlier', ...earlier]);

  for (const width of [1280, 375]) {
    const rec = await openPage(env.browser, env.server.url, { width, height: 900 });
    const { page } = rec;
    await page.goto(`${env.server.url}team.html`);
    await page.getByRole('heading', { name: 'Het beeld van het team' }).waitFor();
    assert.equal(await page.locator('.spo-team > .spo-empty').textContent(), 'Nog geen bestanden toegevoegd.');
    const input = page.locator('input[type=file]').first();
    await input.setInputFiles([...files, hostile, ...Object.keys(bad).map(n => path.join(dir, n)), huge, files[0]]);
    await page.locator('.spo-team-table').first().waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.spo-team-problems p').length === 5);
    const problems = await page.locator('.spo-team-problems p').allTextContents();
    assert.deepEqual(problems.map(p => p.split(':')[0]).sort(), ['andere-scan.json', 'groot.json', 'kapot.json', 'nieuwer.json', path.basename(files[0])].sort());
    assert.ok(problems.some(p => /kapot\.json: niet toegevoegd, want het bestand is beschadigd/.test(p)));
    assert.ok(problems.some(p => /nieuwer\.json: .*nieuwere versie/.test(p)));
    assert.ok(problems.some(p => /deze respondent staat er al in/.test(p)));
    // Nothing hostile ran or became markup.
    assert.equal(await page.evaluate(() => document.querySelectorAll('.spo img, .spo svg[onload]').length), 0);
    // The hostile school type is shown as text; no one is listed by name or one per line.
    assert.match(await page.locator('.spo-team-who').textContent(), /<img src=x onerror=alert\(1\)>/);
    const who = await page.locator('.spo-team-files li').allTextContents();
    assert.deepEqual(who, ['Leraar of mentor: 4', 'Andere rollen, samen: 4']);

    // The numbers are the core's.
    assert.match(await page.locator('.spo-team-who').textContent(), new RegExp(`${core.respondents} respondenten`));
    const rows = await page.locator('.spo-team-table').first().locator('tbody tr').evaluateAll(trs =>
      trs.map(tr => [...tr.children].map(c => c.textContent.trim())));
    const pct = v => (v === null ? '–' : `${v}%`);
    const status = t => t.status ?? (t.unknown_percent === null ? 'Nog niet ingevuld' : 'Te weinig antwoorden');
    assert.deepEqual(rows, core.themes.map(t => [t.title, status(t), pct(t.percent),
      t.spread === 'too-few' ? 'te weinig om te tonen' : t.spread ? `${t.spread[0]}–${t.spread[1]}%` : '–', String(t.respondents), pct(t.unknown_percent)]));
    const differently = await page.locator('.spo-team-differently .spo-team-statement').allTextContents();
    // Every answered statement's distribution, behind a summary the advisor opens.
    await page.getByText('Alle stellingen: hoe vaak elk antwoord is gekozen').click();
    const all = page.locator('.spo-team-all li');
    assert.ok(await all.count() > differently.length, 'all answered statements');
    assert.equal(await page.locator('.spo-team-all li', { has: page.locator('.spo-tag') }).count(), differently.length, 'the differing ones marked');
    assert.deepEqual(differently, core.differently);
    assert.equal(differently.length, 1, 'only the statement the respondents answered apart');
    assert.match(await page.locator('.spo-team-differently .spo-team-counts').first().textContent(), /Niet: 1 · Enigszins: 1 · Grotendeels: \d+ · Volledig: 1/);
    // Four teachers are shown apart; the three intern begeleiders not, since the hostile file's
    // role would then be the only one left outside.
    assert.deepEqual(core.roles, ['leraar']);
    const roleHeads = await page.locator('.spo-team-roles thead th').allTextContents();
    assert.deepEqual(roleHeads, ['Thema', 'Leraar of mentor (4)']);
    assert.match(await page.locator('.spo-team-roles').textContent(), /vanaf 3 respondenten.*Niet apart getoond: 4/);

    // Compared with last year: per theme the earlier and current score, and the change in words.
    await page.locator('input[type=file]').nth(1).setInputFiles(earlier);
    await page.locator('.spo-team-over-time').waitFor();
    assert.match(await page.locator('.spo-team-over-time thead').textContent(), /Eerder \(15-05-2025\)/);
    const changes = await page.locator('.spo-team-over-time tbody tr').evaluateAll(trs =>
      trs.map(tr => [...tr.children].map(c => c.textContent.trim())));
    const word = d => (d === null ? '–' : d > 0 ? `▲ ${d} procentpunt hoger` : d < 0 ? `▼ ${-d} procentpunt lager` : '= gelijk');
    const st = (s, p) => (s === null || p === null ? '–' : `${s} · ${p}%`);
    assert.deepEqual(changes, core.changes.map(c => [c.title, st(c.status_before, c.before), st(c.status_after, c.after), word(c.delta)]));
    assert.ok(core.changes.some(c => c.delta > 0), 'the first theme rose since last year');
    // Focus themes for the team, with examples that show their source or the illustration label.
    assert.ok(await page.locator('.spo-team-focus .spo-focus-theme').count() >= 1);
    // The CSV: a row per answered statement with its counts, no column per respondent.
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Antwoorden als CSV' }).click()]);
    assert.match(csvDownload.suggestedFilename(), /^teamantwoorden-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = fs.readFileSync(await csvDownload.path(), 'utf8').replace(/^\ufeff/, '').split('\r\n').filter(Boolean);
    assert.match(csv[0], /^"Thema";"Stelling \(id\)";"Stelling";"Respondenten";"Aantal: Niet";/);
    assert.ok(csv.slice(1).every(l => [4 + 6, 4 + 1].includes(l.split('";"').length)), 'theme, id, text, respondents, 6 counts or why not');
    assert.ok(csv.some(l => l.endsWith('"te weinig om te tonen (minder dan 5)"')), 'the statements only the intern begeleiders see are withheld');
    assert.ok(!csv.join('\n').includes('Leraar of mentor'), 'no roles per respondent');
    if (width === 1280) {
      // The action plan, with the keyboard: a focus theme, its goal, actions, who, when, an example.
      await page.getByRole('button', { name: 'Focusthema toevoegen' }).click();
      await page.getByLabel('Thema', { exact: true }).selectOption({ label: 'Visie, beleid en ondersteuningsaanbod of \u2011plan' });
      // Only examples for the team's school types (all basisonderwijs here), none of an SWV's.
      const planExamples = await page.locator('.spo-plan-item .spo-check span').allTextContents();
      assert.ok(planExamples.includes('Samenvoegen als eerste stap naar inclusiever onderwijs'), planExamples.join(' | '));
      for (const swv of ['Een ondersteuningsplan met toetsbare doelen, samen voorbereid', 'Het aanbod van alle scholen op één kaart van de regio']) {
        assert.ok(!planExamples.includes(swv), `no SWV example: ${swv}`);
      }
      await page.getByLabel('Doel', { exact: true }).focus();
      await page.keyboard.type('Iedereen kent ons ondersteuningsaanbod <b>');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Studiedag in maart');
      await page.keyboard.press('Tab');
      await page.keyboard.type('IB en directie');
      await page.keyboard.press('Tab');
      await page.keyboard.type('voor de zomer');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      const planStored = () => page.evaluate(() => JSON.parse(localStorage.getItem('scan-passend-onderwijs:scan-passend-onderwijs:teamplan')));
      await page.waitForFunction(() => (localStorage.getItem('scan-passend-onderwijs:scan-passend-onderwijs:teamplan') || '').includes('"examples":["'));
      const stored = await planStored();
      assert.deepEqual([stored.items[0].theme, stored.items[0].goal, stored.items[0].actions, stored.items[0].who, stored.items[0].by_when],
        ['visie', 'Iedereen kent ons ondersteuningsaanbod <b>', 'Studiedag in maart', 'IB en directie', 'voor de zomer']);
      assert.equal(stored.items[0].examples.length, 1);
      // Saved as a file, wiped from the browser, reopened from the file.
      const [planDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Plan bewaren als bestand' }).click()]);
      const planFile = path.join(dir, 'plan.json');
      await planDownload.saveAs(planFile);
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await page.getByRole('heading', { name: 'Het beeld van het team' }).waitFor();
      assert.equal(await page.getByLabel('Doel', { exact: true }).count(), 0, 'no plan after wiping the browser');
      await page.getByLabel('Plan openen').setInputFiles(planFile);
      await page.getByLabel('Doel', { exact: true }).waitFor();
      assert.equal(await page.getByLabel('Doel', { exact: true }).inputValue(), 'Iedereen kent ons ondersteuningsaanbod <b>');
      assert.equal(await page.getByLabel('Thema', { exact: true }).inputValue(), 'visie');
      // A reload keeps the plan (it is in storage again).
      await page.reload();
      await page.getByLabel('Doel', { exact: true }).waitFor();
      assert.equal(await page.getByLabel('Wie', { exact: true }).inputValue(), 'IB en directie');
      // The report: on paper the plan is a summary, the forms and buttons are gone.
      await page.locator('input[type=file]').first().setInputFiles(files);
      await page.locator('input[type=file]').nth(1).setInputFiles(earlier);
      await page.locator('.spo-team-over-time').waitFor();
      await page.emulateMedia({ media: 'print' });
      for (const sel of ['.spo-team-table', '.spo-team-differently', '.spo-team-over-time', '.spo-team-focus', '.spo-plan-print']) {
        assert.ok(await page.locator(sel).first().isVisible(), `${sel} is printed`);
      }
      for (const sel of ['.spo-plan-editor', '.spo-team-add']) {
        assert.ok(!(await page.locator(sel).first().isVisible()), `${sel} is not printed`);
      }
      assert.match(await page.locator('.spo-plan-print').textContent(), /Focusthema 1: Visie.*Doel.*Iedereen kent ons ondersteuningsaanbod <b>/s);
      const pdf = await page.pdf({ format: 'A4' });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
      assert.ok(pages >= 2, `the A4 report has ${pages} pages`);
      fs.writeFileSync(path.join(root, 'tests', 'e2e', 'artifacts', 'team-report.pdf'), pdf);
      await screenshot(page, 'team-report-print');
      await page.emulateMedia({ media: 'screen' });
    }
    if (width === 375) {
      // A respondent who saved again later (one answer changed): the newer file replaces theirs.
      const newer = JSON.parse(fs.readFileSync(files[1], 'utf8'));
      newer.saved_at += 60_000;
      Object.values(newer.answers)[1].value = 'volledig';
      const newerFile = path.join(dir, 'leraar-opnieuw.json');
      fs.writeFileSync(newerFile, JSON.stringify(newer));
      await page.locator('input[type=file]').first().setInputFiles(newerFile);
      await page.waitForFunction(() => document.querySelector('.spo-team-problems').textContent.includes('vervangt'));
      assert.match(await page.locator('.spo-team-who').textContent(), new RegExp(`${core.respondents} respondenten`), 'still the same number of respondents');
    }
    await screenshot(page, `team-${width}`);
    assert.deepEqual(await axeViolations(page), []);
    assertClean(assert, rec);
    await rec.context.close();
  }
  fs.rmSync(dir, { recursive: true, force: true });
});
