// The meeting guide and the plan's calendar: the advisor gets a printable agenda from the team
// picture (strengths, the statements seen most differently with an open question, what the team
// does not know, focus themes, the plan), and the plan's dates as an .ics file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { useServerAndBrowser, openPage, openTeam, assertClean, axeViolations, screenshot, root } from '../harness.mjs';
import { respondent } from '../native.mjs';

const env = useServerAndBrowser();

test('a meeting guide from the picture, printed, and the plan\'s dates as a calendar file', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meeting-'));
  const files = [...Array.from({ length: 12 }, (_, i) => respondent(dir, 'leraar', i)),
    respondent(dir, 'ib', 100), respondent(dir, 'directie', 101)];
  for (const width of [1280, 375]) {
    const rec = await openPage(env.browser, env.server.url, { width, height: 900 });
    const { page } = rec;
    await openTeam(rec, env.server.url, files);
    const guide = page.getByRole('region', { name: 'Gespreksleidraad' });
    await guide.waitFor();
    const steps = await guide.locator('.spo-guide-steps > li > h4').allTextContents();
    assert.deepEqual(steps, ['Begin met wat goed gaat', 'Waar het team verschillend kijkt', 'Wat zouden we moeten weten?',
      'Kies twee of drie focusthema’s', 'Maak het plan']);
    // At most three statements, each one the page marks as seen differently, each with a question.
    const chosen = await guide.locator('.spo-guide-statement').allTextContents();
    assert.ok(chosen.length >= 1 && chosen.length <= 3, `${chosen.length} statements`);
    const marked = await page.locator('.spo-team-differently .spo-team-statements > li').allTextContents();
    for (const s of chosen) assert.ok(marked.some(m => m.includes(s)), `${s} is seen differently on the page`);
    assert.equal(await guide.locator('.spo-guide-statement + .spo-guide-question').count(), chosen.length);
    // The focus themes are the page's own suggestions.
    const focus = await page.locator('.spo-team-focus h4').allTextContents();
    const guideFocus = await guide.locator('.spo-guide-steps > li:nth-child(4) li').allTextContents();
    assert.deepEqual(guideFocus.map(f => f.replace(/ \(.*\)$/, '')), focus);
    assert.deepEqual(await axeViolations(page), []);
    await guide.screenshot({ path: path.join(root, 'tests', 'e2e', 'artifacts', `team-guide-${width}.png`) });

    if (width === 1280) {
      // In print: the guide is there, on a page of its own.
      await page.emulateMedia({ media: 'print' });
      assert.ok(await guide.isVisible(), 'the guide is printed');
      assert.equal(await guide.evaluate(e => getComputedStyle(e).breakBefore), 'page');
      await page.emulateMedia({ media: 'screen' });

      // The plan with a date and one without, to the calendar, with the keyboard.
      for (const [goal, when] of [['Iedereen kent het ondersteuningsprofiel', 'uiterlijk 15 maart 2027'], ['Ouders vaker betrekken', 'na de zomer']]) {
        await page.getByRole('button', { name: 'Focusthema toevoegen' }).click();
        await page.getByLabel('Doel', { exact: true }).last().fill(goal);
        await page.getByLabel('Wanneer klaar', { exact: true }).last().fill(when);
      }
      await page.getByRole('button', { name: 'Datums in de agenda (.ics)' }).focus();
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      assert.match(download.suggestedFilename(), /^plan-van-aanpak-\d{4}-\d{2}-\d{2}\.ics$/);
      const ics = fs.readFileSync(await download.path(), 'utf8');
      assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n') && ics.endsWith('END:VCALENDAR\r\n'), ics);
      assert.equal((ics.match(/BEGIN:VEVENT/g) || []).length, 2, 'one dated item and the review');
      assert.match(ics, /DTSTART;VALUE=DATE:20270315/);
      assert.match(ics.replace(/\r\n /g, ''), /SUMMARY:Plan van aanpak.*Iedereen kent het ondersteuningsprofiel/);
      assert.match(ics.replace(/\r\n /g, ''), /SUMMARY:Scan Passend Onderwijs opnieuw invullen/);
      assert.ok(!ics.includes('Ouders vaker betrekken'), 'no date, not in the calendar');
      assert.match(await page.locator('.spo-team-plan [role=status]').textContent(), /1 datum uit het plan en een terugblik over een jaar\. 1 punt zonder datum staat er niet in\./);
      assert.deepEqual(await axeViolations(page), []);
      await screenshot(page, 'team-meeting-plan');
    }
    assertClean(assert, rec);
    await rec.context.close();
  }
  fs.rmSync(dir, { recursive: true, force: true });
});
