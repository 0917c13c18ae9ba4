// The team page's anonymity rules, on the team they were made for: 12 teachers, 1 intern
// begeleider and 1 director of one primary school. No role group is shown apart (the two
// outside the teachers could be worked out), no one is listed or named, the statements only the
// ib and the director see are withheld, and the same holds in print and in the CSV. A team of
// two is told that each can read the other's answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { useServerAndBrowser, openPage, openTeam, assertClean, axeViolations, screenshot, root } from '../harness.mjs';
import { respondent, teamCore } from '../native.mjs';

const env = useServerAndBrowser();

/** "Alles wissen op dit apparaat", confirmed; the page is empty after it. */
async function wipe(page) {
  page.once('dialog', d => d.accept());
  await page.getByRole('button', { name: 'Alles wissen op dit apparaat' }).click();
  await page.getByText('Alles is van dit apparaat gewist.').waitFor();
  assert.equal(await page.locator('.spo-team-body').count(), 0);
}

test('12 teachers, an intern begeleider and a director: no group, no name, no statement only two saw', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anonymity-'));
  const files = [...Array.from({ length: 12 }, (_, i) => respondent(dir, 'leraar', i)),
    respondent(dir, 'ib', 100), respondent(dir, 'directie', 101)];
  const core = teamCore(files);
  assert.deepEqual(core.roles, [], 'the core shows no role apart');
  assert.ok(core.withheld > 0, 'the core withholds the statements only the ib and the director see');
  const names = ['leraar-0', 'leraar-11', 'ib-100', 'directie-101'];

  for (const width of [1280, 375]) {
    const rec = await openPage(env.browser, env.server.url, { width, height: 900 });
    const { page } = rec;
    await openTeam(rec, env.server.url, files);

    // The privacy note, opened with the keyboard.
    await page.locator('.spo-team-privacy summary').focus();
    await page.keyboard.press('Enter');
    assert.match(await page.locator('.spo-team-privacy').innerText(), /persoonsgegeven.*alleen in deze browser.*niets verstuurd/s);
    const who = page.locator('.spo-team-who');
    assert.match(await who.textContent(), /14 respondenten/);
    assert.match(await who.textContent(), /Schoolsoort: Basisonderwijs/);
    assert.equal(await page.locator('.spo-team-files li').count(), 0, 'no one listed, and no role counted apart');
    assert.equal(await page.locator('.spo-team-roles table').count(), 0, 'no role table');
    assert.match(await page.locator('.spo-team-roles').textContent(), /Niet apart getoond: 14/);
    // The withheld statements say so, and their count is the core's.
    await page.getByText('Alle stellingen: hoe vaak elk antwoord is gekozen').click();
    assert.equal(await page.locator('.spo-team-all .spo-too-few').count(), core.withheld);
    assert.match(await page.locator('.spo-team-differently').textContent(),
      new RegExp(`De antwoorden op ${core.withheld} ${core.withheld === 1 ? 'stelling' : 'stellingen'} worden niet getoond, omdat minder dan 5 respondenten`));
    // The picture to look at: one row per theme, its words the core's figures; nothing wider
    // than the window.
    const rows = await page.locator('.spo-team-chart li').evaluateAll(lis => lis.map(li => li.textContent));
    assert.equal(rows.length, core.themes.length);
    core.themes.forEach((t, i) => {
      assert.ok(rows[i].startsWith(t.title), rows[i]);
      assert.ok(rows[i].includes(`${t.status} · ${t.percent}%`), rows[i]);
      if (Array.isArray(t.spread)) assert.ok(rows[i].includes(`(${t.spread[0]}–${t.spread[1]}%)`), rows[i]);
    });
    assert.equal(await page.locator('.spo-team-chart svg .spo-chart__mean').count(), core.themes.length);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= width, 'no sideways scrolling of the page');
    const text = async () => page.locator('.spo-team').innerText();
    for (const name of names) assert.ok(!(await text()).includes(name), `${name} on the page`);
    await screenshot(page, `team-anonymity-${width}`);
    assert.deepEqual(await axeViolations(page), []);

    if (width === 1280) {
      // On paper: the same.
      await page.emulateMedia({ media: 'print' });
      assert.ok(await page.locator('.spo-team-chart').isVisible(), 'the picture is printed');
      await page.locator('.spo-team-chart').screenshot({ path: path.join(root, 'tests', 'e2e', 'artifacts', 'team-chart-print.png') });
      assert.equal(await page.locator('.spo-team-roles table').count(), 0);
      for (const name of names) assert.ok(!(await text()).includes(name), `${name} in print`);
      await page.emulateMedia({ media: 'screen' });
      // The CSV: counts only, no names, no roles, the withheld statements marked.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Antwoorden als CSV' }).click()]);
      const csv = fs.readFileSync(await download.path(), 'utf8');
      for (const word of [...names, 'Leraar of mentor', 'Intern begeleider', 'Respondent 1']) {
        assert.ok(!csv.includes(word), `${word} in the CSV`);
      }
      assert.equal(csv.split('\r\n').filter(l => l.endsWith('"te weinig om te tonen (minder dan 5)"')).length, core.withheld);
    }
    assertClean(assert, rec);
    await rec.context.close();
  }

  // A team of two: each can read the other's answers, and is told so.
  const rec = await openPage(env.browser, env.server.url, { width: 1280, height: 900 });
  await openTeam(rec, env.server.url, files.slice(12));
  assert.match(await rec.page.locator('.spo-team-who').textContent(),
    /met 2 respondenten kan ieder van hen, met de eigen antwoorden ernaast, uit dit teambeeld afleiden wat de ander heeft geantwoord/);
  await screenshot(rec.page, 'team-of-two');
  assertClean(assert, rec);
  await rec.context.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a theme only the intern begeleider and the director have a score for shows no score, only how many and the team\'s "weet ik niet"', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unsure-'));
  // Four teachers answer every statement of the first theme "weet ik niet".
  const files = [...Array.from({ length: 4 }, (_, i) => respondent(dir, 'leraar', i, 'visie')),
    respondent(dir, 'ib', 100), respondent(dir, 'directie', 101)];
  const core = teamCore(files);
  const visie = core.themes[0];
  assert.equal(visie.respondents, 2);
  assert.equal(visie.status, null, 'the core withholds the two scores');
  assert.ok(visie.unknown_percent >= 30, 'and keeps the team\'s share of "weet ik niet"');
  for (const width of [1280, 375]) {
    const rec = await openPage(env.browser, env.server.url, { width, height: 900 });
    const { page } = rec;
    await openTeam(rec, env.server.url, files);
    const row = page.locator('.spo-team-table tbody tr').first();
    const cells = await row.locator('th, td').allTextContents();
    assert.deepEqual(cells, [visie.title, 'te weinig om te tonen', '–', 'te weinig om te tonen', '2', `${visie.unknown_percent}%`]);
    const words = await page.locator('.spo-team-chart li').first().textContent();
    assert.ok(words.endsWith('te weinig om te tonen'), words);
    assert.equal(await page.locator('.spo-team-chart li').first().locator('.spo-chart__mean').count(), 0, 'no dot');
    // The team's lack of insight is still on the agenda.
    assert.match(await page.locator('.spo-team-guide').textContent(), new RegExp(visie.title.slice(0, 20)));
    await screenshot(page, `team-theme-withheld-${width}`);
    assert.deepEqual(await axeViolations(page), []);
    assertClean(assert, rec);
    await rec.context.close();
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the team file: saved without persons, opened after a reload, the same picture and comparison', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'teamfile-'));
  const now = [...Array.from({ length: 12 }, (_, i) => respondent(dir, 'leraar', i)),
    respondent(dir, 'ib', 100), respondent(dir, 'directie', 101)];
  const before = Array.from({ length: 6 }, (_, i) => respondent(dir, 'leraar', 50 + i));
  const rec = await openPage(env.browser, env.server.url, { width: 1280, height: 900 });
  const { page } = rec;
  await page.goto(`${env.server.url}team.html`);
  await page.getByRole('heading', { name: 'Het beeld van het team' }).waitFor();
  const inputs = page.locator('input[type=file]');
  const save = async name => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Teambeeld bewaren als bestand' }).click()]);
    const out = path.join(dir, name);
    await download.saveAs(out);
    return out;
  };
  // Last year's team file first, from its six files.
  await inputs.first().setInputFiles(before);
  await page.locator('.spo-team-table').first().waitFor();
  const lastYear = await save('vorig-jaar.json');
  // This year's, with the school's name, and what it holds said before saving.
  await inputs.first().setInputFiles(now);
  await page.waitForFunction(() => document.querySelector('.spo-team-who')?.textContent.includes('20 respondenten'));
  await wipe(page);
  await inputs.first().setInputFiles(now);
  await page.waitForFunction(() => document.querySelector('.spo-team-who')?.textContent.includes('14 respondenten'));
  assert.match(await page.locator('.spo-team-save').textContent(),
    /alleen aantallen: 14 respondenten, 0 rollen apart, geen namen, geen toelichtingen, geen antwoorden per persoon/);
  await page.getByLabel('Naam of code van de school (komt in het rapport en het bestand)').fill('De Regenboog 12AB');
  await page.waitForFunction(() => document.querySelector('.spo-report-for')?.textContent === 'School: De Regenboog 12AB');
  await inputs.nth(1).setInputFiles(before);
  await page.locator('.spo-team-over-time').waitFor();
  const thisYear = await save('dit-jaar.json');
  const picture = async () => page.locator('.spo-team-body').innerText();
  const seen = await picture();

  const text = fs.readFileSync(thisYear, 'utf8');
  for (const word of ['leraar-0', 'ib-100', 'directie-101', '"answers"', '"notes"', '"name"']) {
    assert.ok(!text.includes(word), `${word} in the team file`);
  }
  assert.match(text, /"kind":"scan-passend-onderwijs\/team"/);
  assert.match(text, /"school":"De Regenboog 12AB"/);

  // Wiped from this device and reloaded, the page is empty; the two team files bring back the
  // same picture and comparison.
  await wipe(page);
  await page.reload();
  await page.getByRole('heading', { name: 'Het beeld van het team' }).waitFor();
  assert.equal(await page.locator('.spo-team-body').count(), 0);
  await inputs.first().setInputFiles(thisYear);
  await inputs.nth(1).setInputFiles(lastYear);
  await page.locator('.spo-team-over-time').waitFor();
  assert.equal(await picture(), seen, 'the same picture, named by the team file');
  assert.match(await page.locator('.spo-team-problems').textContent(), /dit-jaar\.json: teambeeld van 14 respondenten geopend/);
  // Saved again without typing a name, the team file keeps the one it was opened with.
  assert.match(fs.readFileSync(await save('opnieuw.json'), 'utf8'), /"school":"De Regenboog 12AB"/);
  assert.match(await page.locator('.spo-team-add').textContent(), /Eerdere scan: 6 respondenten/);
  await screenshot(page, 'team-from-team-file');
  assert.deepEqual(await axeViolations(page), []);
  assertClean(assert, rec);
  await rec.context.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
