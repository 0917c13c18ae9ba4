// The samenwerkingsverband's page (swv.html): three schools' team files made by the team page
// from their respondents' files, three more made natively (one of 3 respondents), and a respondent's
// file that does not belong here. The page refuses the respondent's file with the reason,
// shows every school (the small one as "te weinig respondenten"), per theme the statuses and
// quartiles over the five schools that count, and saves a reference file without school names;
// a school's team page opens it beside its own team file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { useServerAndBrowser, openPage, assertClean, axeViolations, screenshot, screenshotOf, root } from '../harness.mjs';
import { example } from '../native.mjs';

const env = useServerAndBrowser();


/** Nearest rank: the value at place ceil(p × n / 100) of the sorted scores. */
const rank = (sorted, p) => sorted[Math.max(1, Math.ceil((p * sorted.length) / 100)) - 1];

test('the SWV page: every school, the figures over the schools that count, a reference file without names', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'swv-'));
  // Three schools' advisors make their team files on the team page from their respondents'
  // files (each a respondent who filled in every statement their role sees).
  const viaTeamPage = async (school, type, n, seed) => {
    const respondents = Array.from({ length: n }, (_, i) => {
      const out = path.join(dir, `${seed}-${i}.json`);
      execFileSync(example('respondent_file'), [type, type === 'po' && i === 4 ? 'ib' : 'leraar', String(seed + i), out]);
      return out;
    });
    const team = await openPage(env.browser, env.server.url);
    await team.page.goto(`${env.server.url}team.html`);
    await team.page.locator('input[type=file]').first().setInputFiles(respondents);
    await team.page.locator('.spo-team-table').first().waitFor();
    await team.page.getByLabel('Naam of code van de school (komt in het rapport en het bestand)').fill(school);
    const [download] = await Promise.all([team.page.waitForEvent('download'),
      team.page.getByRole('button', { name: 'Teambeeld bewaren als bestand' }).click()]);
    const out = path.join(dir, `${school.replace(/\W/g, '')}.json`);
    await download.saveAs(out);
    assertClean(assert, team);
    await team.context.close();
    return out;
  };
  const regenboog = await viaTeamPage('OBS De Regenboog', 'po', 5, 100);
  const fromTeams = [regenboog, await viaTeamPage('SBO De Wissel', 'sbo', 5, 200), await viaTeamPage('SO Het Kompas', 'so', 7, 300)];
  // Two more schools, and one of three respondents.
  const made = [['CBS Het Anker', 'po', 8, 30], ['OBS Zonnewijzer', 'po', 6, 90], ['Kleine School', 'po', 3, 110]].map(([name, type, n, seed]) => {
    const out = path.join(dir, `${name.replace(/\W/g, '')}.json`);
    execFileSync(example('team_file'), [name, type, String(n), String(seed), out]);
    return out;
  });
  const lost = path.join(dir, 'een-respondent.json');
  execFileSync(example('respondent_file'), ['po', 'leraar', '7', lost]);
  const files = [...fromTeams, ...made];
  const teams = files.map(f => JSON.parse(fs.readFileSync(f, 'utf8')));
  const regenboogTeam = teams[0];
  const counted = teams.filter(t => t.respondents >= 5);
  assert.equal(counted.length, 5);

  let referenceText;
  for (const width of [1280, 375]) {
    const rec = await openPage(env.browser, env.server.url, { width, height: 900 });
    const { page } = rec;
    await page.goto(`${env.server.url}swv.html`);
    await page.getByRole('heading', { name: 'Het beeld van het samenwerkingsverband' }).waitFor();
    assert.equal(await page.locator('.spo-empty').textContent(), 'Nog geen teambestanden toegevoegd.');
    await page.getByLabel('Teambestanden toevoegen', { exact: true }).setInputFiles([...files, lost]);
    await page.locator('.spo-swv-body').waitFor();
    assert.deepEqual(await page.locator('.spo-team-problems p').allTextContents(), [
      '6 teambestanden toegevoegd.',
      'een-respondent.json: niet toegevoegd, want dit is het bestand van één respondent; vraag de school om haar teambestand (‘Teambeeld bewaren als bestand’).',
    ]);
    assert.equal(await page.locator('.spo-swv-count').textContent(), '6 scholen, waarvan 5 met genoeg respondenten om te tonen.');

    // Every school, by name; the small one without figures.
    const schools = await page.locator('.spo-swv-table tbody tr').evaluateAll(trs =>
      trs.map(tr => [tr.querySelector('th').childNodes[0].textContent, ...[...tr.querySelectorAll('td')].map(td => td.textContent)]));
    assert.deepEqual(schools.map(s => s[0]), ['CBS Het Anker', 'Kleine School', 'OBS De Regenboog', 'OBS Zonnewijzer', 'SBO De Wissel', 'SO Het Kompas']);
    assert.deepEqual(schools[1].slice(1), ['Basisonderwijs', 'te weinig respondenten']);
    assert.equal(schools[2][2].split('‘')[0], `${bandLabel(regenboogTeam.themes[0].tally.status)} · ${regenboogTeam.themes[0].tally.percent}%`);

    // Per theme over the five schools that count: the middle half and the median, by hand.
    const rows = await page.locator('.spo-swv-across tbody tr').evaluateAll(trs =>
      trs.map(tr => [...tr.children].map(c => c.textContent.trim())));
    const themes = regenboogTeam.themes.map(t => t.theme);
    for (const [i, id] of themes.entries()) {
      // A school's theme counts from 5 of its respondents with a score for it.
      const scores = counted.map(t => t.themes.find(x => x.theme === id)?.tally).filter(t => t && t.respondents >= 5 && t.percent != null).map(t => t.percent).sort((a, b) => a - b);
      if (scores.length < 5) { assert.match(rows[i][1], /te weinig scholen/); continue; }
      assert.equal(rows[i][2], `${rank(scores, 25)}–${rank(scores, 75)}%`, `theme ${id}`);
      assert.equal(rows[i][3], `${rank(scores, 50)}%`, `theme ${id}`);
      const perBand = rows[i][1].split(' · ').map(x => Number(x.split(': ')[1]));
      assert.equal(perBand.reduce((a, b) => a + b, 0), scores.length);
    }
    assert.equal(await page.locator('.spo-swv-across .spo-team-chart li').count(), themes.length);
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, `swv-page-${width}`);
    await screenshotOf(page.locator('.spo-swv-across'), `swv-across-${width}`);

    // The reference file: per theme the distribution, no school named.
    const [ref] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Referentiebestand bewaren' }).click()]);
    const text = fs.readFileSync(await ref.path(), 'utf8');
    const reference = JSON.parse(text);
    assert.equal(reference.kind, 'scan-passend-onderwijs/swv-reference');
    assert.equal(reference.schools, 5);
    for (const name of ['Regenboog', 'Anker', 'Wissel', 'Kompas', 'Zonnewijzer', 'Kleine']) assert.ok(!text.includes(name), name);
    assert.match(await page.locator('.spo-team-save [role=status]').textContent(), /referentiebestand is bewaard/);
    assertClean(assert, rec);
    await rec.context.close();
    referenceText = text;
  }

  // A school's team page opens the reference beside its own team file.
  const refPath = path.join(dir, 'referentie.json');
  fs.writeFileSync(refPath, referenceText);
  const reference = JSON.parse(referenceText);
  for (const width of [1280, 375]) {
    const rec = await openPage(env.browser, env.server.url, { width, height: 900 });
    const { page } = rec;
    await page.goto(`${env.server.url}team.html`);
    await page.locator('input[type=file]').first().setInputFiles([regenboog]);
    await page.locator('.spo-team-body').waitFor();
    await page.getByLabel('Referentiebestand toevoegen').setInputFiles([refPath]);
    await page.getByRole('heading', { name: 'Onze school naast het samenwerkingsverband' }).waitFor();
    assert.ok((await page.locator('.spo-team-problems').textContent()).includes('referentie.json: referentie van het samenwerkingsverband geopend (5 scholen).'));
    const rows = await page.locator('.spo-team-beside tbody tr').evaluateAll(trs =>
      trs.map(tr => [...tr.children].map(c => c.textContent.trim())));
    assert.equal(rows.length, reference.themes.length);
    let marked = 0;
    for (const [i, r] of reference.themes.entries()) {
      const ours = regenboogTeam.themes.find(x => x.theme === r.theme)?.tally.percent;
      // By hand: a difference only outside the middle half (p25-p75).
      const place = ours == null ? 'Nog niet ingevuld'
        : ours < r.p25 ? 'lager dan de meeste scholen' : ours > r.p75 ? 'hoger dan de meeste scholen' : 'binnen de middelste helft';
      assert.deepEqual(rows[i].slice(1), [ours == null ? '–' : `${ours}%`, `${r.p25}–${r.p75}% (mediaan ${r.median}%)`, place], r.theme);
      if (place.includes('meeste')) marked++;
    }
    // In words, not by colour alone: each marked difference is a tag with its words.
    assert.equal(await page.locator('.spo-team-beside tbody .spo-tag').count(), marked);
    assert.equal(await page.locator('.spo-team-beside .spo-team-chart li').count(), reference.themes.length);
    assert.deepEqual(await axeViolations(page), []);
    await screenshotOf(page.locator('.spo-team-beside'), `team-beside-swv-${width}`);
    // A reload in the meeting keeps the reference beside the team, and says so.
    await page.reload();
    await page.getByRole('heading', { name: 'Onze school naast het samenwerkingsverband' }).waitFor();
    assert.deepEqual(await page.locator('.spo-team-beside tbody tr').evaluateAll(trs =>
      trs.map(tr => [...tr.children].map(c => c.textContent.trim()))), rows);
    assert.match(await page.locator('.spo-team-problems').textContent(),
      /^Hersteld van dit apparaat: het teambeeld van \d+ respondenten en de referentie van het samenwerkingsverband \(5 scholen\)\.$/);
    // "Alles wissen op dit apparaat" takes the reference too.
    page.once('dialog', d => d.accept());
    await page.getByRole('button', { name: 'Alles wissen op dit apparaat' }).click();
    await page.getByText('Alles is van dit apparaat gewist.').waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Het beeld van het team' }).waitFor();
    assert.equal(await page.locator('.spo-team-beside').count(), 0);
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);
    assertClean(assert, rec);
    await rec.context.close();
  }
});

/** The built-in scan's band labels by id. */
function bandLabel(id) {
  return { orienterend: 'Oriënterend', 'in-ontwikkeling': 'In ontwikkeling', gevorderd: 'Gevorderd', geborgd: 'Geborgd' }[id];
}
