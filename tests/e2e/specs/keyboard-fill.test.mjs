// A keyboard-only user (an intern begeleider at a vo school) fills in the whole scan; the results screen
// shows exactly what the native core computes for the stored answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openPage, assertClean, coreScore, DEFAULT_KEY, axeViolations, screenshot, countPersistCalls } from '../harness.mjs';
import { ScanPage } from '../scan-page.mjs';
import { expect } from '../expect.mjs';

const env = useServerAndBrowser();

const OPTIONS = ['Niet', 'Enigszins', 'Grotendeels', 'Volledig', 'Weet ik niet', 'Niet van toepassing'];
/** A fixed, varied answer for the g-th statement of the scan. */
const choiceFor = g => (g * 7 + 3) % 6;

async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const label = (el?.labels?.[0] ?? el?.closest('label'))?.textContent.trim();
    return { tag: el?.tagName, type: el?.type, text: (label ?? el?.textContent ?? '').trim(), checked: el?.checked };
  });
}

test('fill in the whole scan with the keyboard only', async () => {
  const rec = await openPage(env.browser, env.server.url);
  const { page } = rec;
  const scan = new ScanPage(page);
  await page.addInitScript(countPersistCalls);
  await scan.open(env.server.url);

  // Start screen: school type and role are radio groups; arrow keys choose.
  await page.keyboard.press('Tab');
  let f = await focused(page);
  assert.deepEqual([f.type, f.text], ['radio', 'Basisonderwijs'], 'first Tab stop is the school type');
  await page.keyboard.press('Space');
  for (let n = 0; n < 3; n++) await page.keyboard.press('ArrowRight');
  assert.deepEqual([(await focused(page)).text, (await focused(page)).checked], ['Voortgezet onderwijs', true]);
  await page.keyboard.press('Tab');
  f = await focused(page);
  assert.deepEqual([f.type, f.text], ['radio', 'Leraar of mentor'], 'then the role');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  assert.equal((await focused(page)).text, 'Onderwijsassistent of leraarondersteuner');
  await page.keyboard.press('ArrowRight');
  assert.equal((await focused(page)).text, 'Intern begeleider of ondersteuningscoördinator');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).text, 'Start de scan');
  await page.keyboard.press('Enter');

  let g = 0;
  let shown = 0;
  for (let theme = 1; theme <= 8; theme++) {
    await expect(async () => (await scan.root.locator('.spo-kicker').textContent()) === `Thema ${theme} van 8`, `theme ${theme}`);
    await expect(async () => (await focused(page)).tag === 'H2', 'focus on the theme heading');
    const count = await scan.statements().count();
    shown += count;
    const expected = [];
    for (let i = 0; i < count; i++, g++) {
      const k = choiceFor(g);
      await page.keyboard.press('Tab');
      f = await focused(page);
      assert.equal(f.type, 'radio', `theme ${theme} statement ${i + 1}: Tab lands on its radio group`);
      await page.keyboard.press('Space');
      for (let n = 0; n < k; n++) await page.keyboard.press('ArrowRight');
      expected.push(OPTIONS[k]);
    }
    assert.deepEqual(await scan.checkedLabels(), expected, `theme ${theme} answers`);
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).tag, 'TEXTAREA');
    if (theme === 1) await page.keyboard.type('Bespreken met de MR.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    f = await focused(page);
    assert.equal(f.text.replace(/\s*→$/, ''), theme === 8 ? 'Naar het resultaat' : 'Volgend thema');
    await page.keyboard.press('Enter');
  }

  await scan.waitForHeading('Uw beeld van de school');
  assert.equal(await page.evaluate(() => window.__persistCalls), 1, 'a finished scan asks for persistent storage');
  const hint = scan.root.getByRole('link', { name: /Bewaar een kopie van uw antwoorden/ });
  const target = (await hint.getAttribute('href')).slice(1);
  assert.equal(await scan.root.locator(`[id="${target}"]`).textContent(), 'Uw antwoorden meenemen', 'the hint leads to the section');
  const stored = await scan.storedProgress(DEFAULT_KEY);
  const core = await coreScore(stored);
  assert.equal(core.overall.answered, core.overall.total, 'every statement answered');
  assert.equal(core.themes.length, 8, 'no governance module for a vo school');
  assert.equal(shown, core.overall.total + core.overall.not_applicable, 'the steps showed exactly the statements the core counts');
  assert.ok(core.overall.not_applicable > 0, 'some answers are "niet van toepassing"');

  const pct = r => r.status === null ? (r.too_few ? 'Te weinig antwoorden' : r.answered ? 'Geen score' : 'Nog niet ingevuld') : `${r.status} · ${r.percent}%`;
  assert.equal((await scan.root.locator('.spo-summary__status').textContent()).trim(), pct(core.overall));
  assert.match(await scan.root.locator('.spo-summary').textContent(), new RegExp(`alle ${core.overall.total + core.overall.not_applicable} stellingen`), 'every statement seen, "niet van toepassing" too');
  for (const t of core.themes) {
    const card = scan.root.locator('.spo-card', { has: page.locator('.spo-card__title', { hasText: t.title }) });
    assert.equal(await card.count(), 1, t.title);
    assert.equal((await card.locator('.spo-card__status').textContent()).trim(), pct(t), t.title);
    const meta = await card.locator('.spo-card__meta').textContent();
    const unknown = t.unknown ? `, waarvan ${t.unknown} ‘Weet ik niet’` : '';
    const na = t.not_applicable ? `; ${t.not_applicable} niet van toepassing` : '';
    // Counted as the theme step counts: "niet van toepassing" is an answer and stays in the total.
    assert.ok(meta.startsWith(`${t.answered + t.not_applicable} van ${t.total + t.not_applicable} beantwoord${unknown}${na} `), `${t.title}: ${meta}`);
    assert.equal(await card.getByText('Daarom is de status hoogstens').count(), t.capped ? 1 : 0, `${t.title} capped`);
    assert.equal(await card.getByText('Onvoldoende zicht').count(), t.insufficient_insight ? 1 : 0, `${t.title} insight`);
  }
  const titlesIn = key => scan.root.locator(`.spo-group--${key} .spo-card__title`).allTextContents();
  assert.deepEqual(await titlesIn('strengths'), core.strengths);
  assert.deepEqual(await titlesIn('attention'), core.attention);
  assert.deepEqual(await titlesIn('risks'), core.risks);
  assert.ok(core.focus.length >= 2, 'the answer set yields focus themes');
  const focus = await scan.root.locator('.spo-focus-theme').evaluateAll(els => els.map(e => ({
    theme: e.querySelector('h4').textContent.trim(),
    examples: [...e.querySelectorAll('.spo-example h5')].map(h => h.textContent.trim()),
  })));
  assert.deepEqual(focus, core.focus);
  assert.ok(focus.every(f => f.examples.length >= 1), 'every focus theme has practice examples');
  // The note travels to the results.
  assert.match(await scan.root.locator('.spo-card', { hasText: 'Visie, beleid' }).textContent(), /Notitie: Bespreken met de MR\./);

  assert.deepEqual(await axeViolations(page), [], 'axe on the results');
  await screenshot(page, 'results-keyboard-1280');
  assertClean(assert, rec);
  await rec.context.close();
});
