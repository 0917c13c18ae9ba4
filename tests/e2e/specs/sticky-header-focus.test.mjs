// Focus Not Obscured (WCAG 2.2, 2.4.11): on a host page with a sticky, opaque site header
// (examples/onrustige-pagina.html), a keyboard-only user starts the scan, answers statements,
// goes back and forth with Tab and Shift+Tab and on to the next themes; after every key press
// the element that has focus in the widget is in the window and not under the header (the
// note field only not entirely under it: see the comment in `check`). Fails without the
// scroll-margin rule and the sticky overview's offset in style/widget.css.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { useServerAndBrowser, openPage, assertClean, axeViolations, screenshot, artifacts } from '../harness.mjs';
import { ScanPage } from '../scan-page.mjs';
import { expect } from '../expect.mjs';

const env = useServerAndBrowser();

/** Where the focused element is, against the host header and the window. */
function whereIsFocus() {
  const el = document.activeElement;
  const header = document.querySelector('.site-header').getBoundingClientRect();
  const inWidget = !!el?.closest('.spo');
  // A radio's focus ring is drawn on its label (the option box), so that is what must show.
  const box = (el?.type === 'radio' || el?.type === 'checkbox') && el.closest('label') ? el.closest('label') : el;
  const r = box.getBoundingClientRect();
  const label = (el?.labels?.[0] ?? el?.closest('label'))?.textContent ?? el?.textContent ?? '';
  // What a person sees in the middle of the box: the box itself, not the header or anything else.
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 10));
  return {
    inWidget, tag: el?.tagName, type: el?.type ?? null, text: label.trim().replace(/\s+/g, ' ').slice(0, 60),
    top: r.top, bottom: r.bottom, height: r.height, headerBottom: header.bottom, headerTop: header.top,
    viewport: innerHeight, onTop: !!hit && (box === hit || box.contains(hit)),
  };
}

for (const width of [1280, 375]) {
  test(`focus is never hidden under a sticky host header at ${width} px`, async (t) => {
    const rec = await openPage(env.browser, env.server.url, { width, height: 700 });
    const { page } = rec;
    const scan = new ScanPage(page);
    await page.goto(`${env.server.url}examples/onrustige-pagina.html`);
    await scan.waitForHeading('Scan Passend Onderwijs');

    const header = await page.evaluate(() => {
      const h = document.querySelector('.site-header');
      const s = getComputedStyle(h);
      return { position: s.position, top: s.top, zIndex: Number(s.zIndex), bg: s.backgroundColor, height: h.getBoundingClientRect().height };
    });
    assert.ok(['sticky', 'fixed'].includes(header.position) && header.top === '0px', `a sticky header (${header.position}, top ${header.top})`);
    assert.ok(header.zIndex >= 1000 && header.height >= 80 && !/rgba\(.*, 0\)|transparent/.test(header.bg), `opaque, high and in front: ${JSON.stringify(header)}`);

    let moves = 0;
    let backward = 0;
    const seen = [];
    /** Checks where focus is now (called after every key press). */
    const check = async (key) => {
      const f = await page.evaluate(whereIsFocus);
      if (!f.inWidget) return f;
      moves += 1;
      if (key === 'Shift+Tab') backward += 1;
      seen.push(`${key} → ${f.tag}${f.type ? `[${f.type}]` : ''} "${f.text}" at ${Math.round(f.top)}–${Math.round(f.bottom)}`);
      const where = `${width} px, after ${key} (move ${moves}): ${f.tag} "${f.text}" at ${Math.round(f.top)}–${Math.round(f.bottom)}, header ends at ${Math.round(f.headerBottom)}, window ${f.viewport}`;
      if (f.tag === 'TEXTAREA') {
        // Known limit: for a text field Chromium scrolls its caret into view, not its box, and
        // ignores the box's scroll-margin (a caret already in the window may stay under the
        // header; a host's html { scroll-padding-top } fixes that, the widget's CSS cannot).
        // So for the note field only the AA rule: it is never entirely hidden.
        assert.ok(f.bottom >= f.headerBottom + 8, `the note field is not hidden under the host header: ${where}`);
        assert.ok(f.top < f.viewport - 8, `the note field is in the window: ${where}`);
        return f;
      }
      assert.ok(f.top >= f.headerBottom - 0.5, `not under the host header: ${where}`);
      const room = f.viewport - f.headerBottom;
      assert.ok(f.bottom <= f.viewport + 0.5 || f.height > room, `inside the window: ${where}`);
      assert.ok(f.onTop, `nothing is drawn over it: ${where}`);
      return f;
    };
    const press = async (key) => { await page.keyboard.press(key); return check(key); };
    /** Presses `key` until the focused element's text matches `text` (at most `max` times). */
    const pressUntil = async (key, text, max = 40) => {
      for (let n = 0; n < max; n++) {
        const f = await press(key);
        if (f.inWidget && (typeof text === 'string' ? f.text.replace(/\s*[→←]\s*/g, '') === text : text.test(f.text))) return f;
      }
      assert.fail(`${key} did not reach "${text}" within ${max} presses at ${width} px:\n${seen.slice(-15).join('\n')}`);
    };
    /** Enter on a button that changes the screen: the widget focuses and scrolls to the new heading. */
    const enterTo = async (kicker) => {
      await page.keyboard.press('Enter');
      await expect(async () => (await scan.root.locator('.spo-kicker').textContent()).startsWith(kicker), `screen "${kicker}"`);
      await expect(async () => (await page.evaluate(whereIsFocus)).tag === 'H2', 'focus on the new heading');
      // The heading is focused in an animation frame, then scrolled to; let that settle.
      await page.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))));
      const f = await check('Enter');
      assert.equal(f.tag, 'H2');
    };
    /** Answers the statements of the current theme: Tab to each radio group, Space (and an arrow). */
    const answerTheme = async (theme) => {
      const count = await scan.statements().count();
      for (let i = 0; i < count; i++) {
        const f = await press('Tab');
        assert.equal(f.type, 'radio', `theme ${theme}, statement ${i + 1}: Tab lands on its radio group`);
        await press('Space');
        if (i % 2) await press('ArrowRight');
      }
      return count;
    };

    // Through the host header's links and button into the widget: school type, role, start.
    const first = await pressUntil('Tab', 'Basisonderwijs', 6);
    assert.equal(first.type, 'radio');
    await press('Space');
    await press('Tab');
    await press('Space');
    await pressUntil('Tab', 'Start de scan', 10);
    // Back and forth over the start screen.
    await pressUntil('Shift+Tab', 'Basisonderwijs', 10);
    await pressUntil('Tab', 'Start de scan', 10);
    await enterTo('Thema 1 van');

    // Theme 1: answer, on to the note, the buttons and the theme overview, then all the way back.
    const count = await answerTheme(1);
    await press('Tab');
    await press('Tab');
    await pressUntil('Tab', 'Volgend thema', 5);
    await pressUntil('Tab', 'Resultaat bekijken', 20);
    await pressUntil('Shift+Tab', 'Volgend thema', 20);
    for (let i = 0; i < count + 2; i++) await press('Shift+Tab');
    assert.equal((await page.evaluate(whereIsFocus)).type, 'radio', 'back on the first statement');
    await pressUntil('Tab', 'Volgend thema', count + 4);
    await enterTo('Thema 2 van');

    // Theme 2: answer, then back over the answers once before going on.
    const count2 = await answerTheme(2);
    for (let i = 0; i < count2; i++) await press('Shift+Tab');
    await pressUntil('Tab', 'Volgend thema', count2 + 4);
    await enterTo('Thema 3 van');
    await answerTheme(3);
    await pressUntil('Tab', 'Volgend thema', 5);
    await press('Shift+Tab');

    t.diagnostic(`${moves} focus moves in the widget checked, ${backward} of them with Shift+Tab`);
    assert.ok(moves >= 40, `at least 40 focus moves in the widget checked (${moves})`);
    assert.ok(backward >= 10, `including at least 10 with Shift+Tab (${backward})`);
    assert.deepEqual(await scan.checkedLabels().then(l => l.every(Boolean)), true, 'theme 3 answered');

    assert.deepEqual(await axeViolations(page), [], 'axe on the host page with the widget');
    // The window as the person sees it (the header over the top), and the whole page.
    await page.screenshot({ path: path.join(artifacts, `sticky-header-focus-${width}-window.png`) });
    await page.evaluate(() => scrollTo(0, 0));
    await screenshot(page, `sticky-header-focus-${width}`);
    assertClean(assert, rec);
    await rec.context.close();
  });
}
