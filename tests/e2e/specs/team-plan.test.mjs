// The advisor's action plan with the keyboard only: a focus theme added takes focus on its
// first field; one removed leaves focus on the form that took its place (or, with none left, on
// the button that adds one), and the plan in storage is what the screen shows. A focus theme
// without a theme says where its examples will come from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { useServerAndBrowser, openPage, openTeam, assertClean, axeViolations, screenshot } from '../harness.mjs';
import { respondent } from '../native.mjs';
import { expect } from '../expect.mjs';

const env = useServerAndBrowser();
const PLAN_KEY = 'scan-passend-onderwijs:scan-passend-onderwijs:teamplan';

/** The accessible name of the focused element's label and its fieldset's legend. */
const focused = page => page.evaluate(() => {
  const e = document.activeElement;
  return { label: e?.labels?.[0]?.textContent ?? e?.textContent, item: e?.closest('.spo-plan-item')?.querySelector('legend')?.textContent ?? null };
});

/** The goals the plan in storage holds, in order. */
const storedGoals = page => page.evaluate(key => (JSON.parse(localStorage.getItem(key) || '{"items":[]}').items).map(i => i.goal), PLAN_KEY);

for (const width of [1280, 375]) {
  test(`the action plan with the keyboard: added themes take focus, removed ones hand it on, at ${width} px`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-'));
    const files = [0, 1, 2].map(i => respondent(dir, 'leraar', i));
    const rec = await openPage(env.browser, env.server.url, { width, height: 900 });
    const { page } = rec;
    await openTeam(rec, env.server.url, files);
    const add = page.getByRole('button', { name: 'Focusthema toevoegen' });

    // Two focus themes, each added with Enter and filled from where focus lands.
    for (const [n, goal] of [[1, 'Eerste doel'], [2, 'Tweede doel']]) {
      await add.focus();
      await page.keyboard.press('Enter');
      await expect(async () => (await focused(page)).item === `Focusthema ${n}`, `focus in focus theme ${n}`);
      assert.deepEqual(await focused(page), { label: 'Thema', item: `Focusthema ${n}` });
      const examples = page.locator('.spo-plan-examples').nth(n - 1);
      assert.equal(await examples.locator('.spo-hint').textContent(), 'Kies eerst een thema: dan staan hier de voorbeelden die bij dit team passen.');
      if (n === 1) {
        // With a theme, its examples to choose from in place of the hint.
        await page.getByLabel('Thema', { exact: true }).first().selectOption({ label: 'Visie, beleid en ondersteuningsaanbod of \u2011plan' });
        await examples.locator('input[type=checkbox]').first().waitFor();
        assert.equal(await examples.locator('.spo-hint').count(), 0);
        await page.getByLabel('Thema', { exact: true }).first().focus();
      }
      await page.keyboard.press('Tab');
      await page.keyboard.type(goal);
    }
    await expect(async () => JSON.stringify(await storedGoals(page)) === '["Eerste doel","Tweede doel"]', 'both goals stored');
    assert.deepEqual(await axeViolations(page), []);

    // The first removed: the second takes its place, and its number, and focus.
    await page.getByRole('button', { name: 'Focusthema 1 verwijderen' }).focus();
    await page.keyboard.press('Enter');
    await expect(async () => (await focused(page)).label === 'Thema', 'focus on the form in its place');
    assert.deepEqual(await focused(page), { label: 'Thema', item: 'Focusthema 1' });
    assert.equal(await page.locator('.spo-plan-item').count(), 1);
    assert.equal(await page.getByLabel('Doel', { exact: true }).inputValue(), 'Tweede doel');
    assert.equal(await page.getByLabel('Thema', { exact: true }).inputValue(), '', 'the theme of the one removed went with it');
    await expect(async () => JSON.stringify(await storedGoals(page)) === '["Tweede doel"]', 'the plan stored without it');
    await screenshot(page, `team-plan-removed-${width}`);

    // The last removed: focus on the button that adds one.
    await page.getByRole('button', { name: 'Focusthema 1 verwijderen' }).focus();
    await page.keyboard.press('Enter');
    await expect(async () => page.evaluate(() => document.activeElement?.textContent === 'Focusthema toevoegen'), 'focus on the add button');
    assert.equal(await page.locator('.spo-plan-item').count(), 0);
    await expect(async () => JSON.stringify(await storedGoals(page)) === '[]', 'an empty plan stored');
    assertClean(assert, rec);
    await rec.context.close();
  });
}
