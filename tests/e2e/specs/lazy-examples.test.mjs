// First screen first (issue 21): the results screen's part of the WebAssembly and the built-in
// scan's practice examples are not in the first download. The widget fetches them while the
// respondent answers, so a respondent who goes offline after the first statement still finishes
// the scan and sees the results with examples; one whose part or examples never came is told
// why and can fetch them again with the keyboard; an examples file of another release is
// refused, not shown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { useServerAndBrowser, openPage, assertClean, axeViolations, screenshot, coreScore, dist, DEFAULT_KEY } from '../harness.mjs';
import { ScanPage } from '../scan-page.mjs';
import { expect } from '../expect.mjs';
import { FIRST_STATEMENT_FILES, laterFiles, respondentFiles, resultsPart } from '../../../bench/sizes.mjs';

const LATER_FILES = laterFiles(dist);
const part = `**/${resultsPart(dist)}`;
const otherRelease = fs.readFileSync(path.join(dist, 'scan-examples.bin'));
otherRelease[0] ^= 1; // the fingerprint's first byte: another questionnaire's
const env = useServerAndBrowser({
  'other-release': '<div data-scan-passend-onderwijs data-storage-key="other"></div>',
}, {});

/** The examples shown per focus theme, as the core's `focus` lists them. */
const focusOnScreen = scan => scan.root.locator('.spo-focus-theme').evaluateAll(themes => themes.map(t => ({
  theme: t.querySelector('h4').textContent.trim(),
  examples: [...t.querySelectorAll('.spo-example h5')].map(h => h.textContent.trim()),
})));

const fileName = url => new URL(url).pathname.slice(1);

/** Waits until keyboard focus is on the element whose text is `text` (a string, or a pattern):
 * a heading takes focus in the frame after its screen is drawn, so a check made as soon as the
 * screen shows would race it. */
const focusOn = (page, text) => expect(async () => {
  const focused = await page.evaluate(() =>
    (document.activeElement === document.body ? null : document.activeElement?.textContent.trim()));
  return focused != null && (typeof text === 'string' ? focused === text : text.test(focused));
}, `focus on ${text}`);
/** The demo page itself and its own stylesheet, which are the host page's, not the widget's. */
const hostFiles = ['', 'index.html', 'demo-page.css'];

for (const width of [1280, 375]) {
  test(`offline after the first statement, the scan still ends in results with examples, at ${width} px`, async () => {
    const rec = await openPage(env.browser, env.server.url, { width, height: 900 });
    const { page, context } = rec;
    const fetched = [];
    page.on('requestfinished', r => fetched.push(fileName(r.url())));
    const laterCame = LATER_FILES.map(f => page.waitForResponse(r => r.url().endsWith(`/${f}`)));
    const scan = new ScanPage(page);
    await scan.open(env.server.url);
    await scan.start({ type: 'Basisonderwijs', role: 'Leraar of mentor' });
    await scan.statements().first().waitFor();
    // What came before the first statement is the first download, nothing more; the results
    // screen's part and the examples follow in idle time (maybe already while the start screen
    // was shown).
    const first = fetched.filter(f => !hostFiles.includes(f) && !LATER_FILES.includes(f));
    assert.deepEqual([...new Set(first)].sort(), [...FIRST_STATEMENT_FILES].sort());
    for (const came of laterCame) assert.equal((await came).status(), 200);
    await expect(() => LATER_FILES.every(f => fetched.includes(f)), 'the results part and the examples fetched');
    assert.deepEqual([...new Set(fetched.filter(f => !hostFiles.includes(f)))].sort(), [...respondentFiles(dist)].sort());

    await context.setOffline(true);
    await scan.fillAll((theme, i) => (i % 3 === 0 ? 'Niet' : 'Enigszins'));
    const shown = await focusOnScreen(scan);
    assert.ok(shown.length > 0 && shown.every(f => f.examples.length > 0), JSON.stringify(shown));
    // The same focus themes and examples the native core suggests for these answers.
    const core = await coreScore(await scan.storedProgress(DEFAULT_KEY));
    assert.deepEqual(shown, core.focus);
    assert.equal(await scan.root.locator('.spo-examples-problem').count(), 0);
    await screenshot(page, `lazy-examples-offline-${width}`);
    assert.deepEqual(await axeViolations(page), []);
    await context.setOffline(false);
    assertClean(assert, rec);
    await context.close();
  });
}

test('examples that never came: the results say why, and the keyboard fetches them again', async () => {
  const rec = await openPage(env.browser, env.server.url);
  const { page, context } = rec;
  await page.route('**/scan-examples.bin', route => route.abort('internetdisconnected'));
  const scan = new ScanPage(page);
  await scan.open(env.server.url);
  await scan.start({ type: 'Voortgezet onderwijs', role: 'Intern begeleider of ondersteuningscoördinator' });
  await scan.fillAll(() => 'Niet');
  const problem = scan.root.locator('.spo-examples-problem');
  await problem.waitFor();
  assert.match(await problem.textContent(), /konden niet worden opgehaald\. Bent u verbonden met internet\?/);
  // The results themselves are all there; only the examples are missing.
  assert.ok(await scan.root.locator('.spo-card').count() > 0);
  assert.ok(await scan.root.locator('.spo-focus-theme').count() > 0);
  assert.equal(await scan.root.locator('.spo-example').count(), 0);
  await screenshot(page, 'lazy-examples-missing');
  assert.deepEqual(await axeViolations(page), []);

  // Back online: Tab to "Opnieuw proberen" and press Enter.
  await page.unroute('**/scan-examples.bin');
  await scan.root.getByRole('heading', { name: /Aan de slag/ }).focus();
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.textContent.trim()) === 'Opnieuw proberen') break;
  }
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Opnieuw proberen');
  await page.keyboard.press('Enter');
  await scan.root.locator('.spo-example').first().waitFor();
  assert.equal(await problem.count(), 0);
  // Keyboard focus stays on the focus themes' heading, not lost with the button.
  await focusOn(page, /Aan de slag/);
  const core = await coreScore(await scan.storedProgress(DEFAULT_KEY));
  assert.deepEqual(await focusOnScreen(scan), core.focus);
  // The browser reports the fetches that failed while offline (the prefetch and the fetch when
  // the results opened); nothing else went wrong.
  const offline = rec.problems.filter(p => p.includes('net::ERR_INTERNET_DISCONNECTED'));
  assert.ok(offline.length >= 1, 'the blocked fetches were tried');
  rec.problems = rec.problems.filter(p => !offline.includes(p));
  assertClean(assert, rec);
  await context.close();
});

test('a results part that never came: the screen says why, keeps the answers, and the keyboard loads it again', async () => {
  const rec = await openPage(env.browser, env.server.url);
  const { page, context } = rec;
  await page.route(part, route => route.abort('internetdisconnected'));
  const scan = new ScanPage(page);
  await scan.open(env.server.url);
  await scan.start({ type: 'Basisonderwijs', role: 'Leraar of mentor' });
  await scan.fillAll((theme, i) => (i % 2 === 0 ? 'Niet' : 'Grotendeels'));
  const alert = scan.root.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /Het resultaat kon niet worden geladen.*Uw antwoorden zijn bewaard/);
  assert.equal(await scan.root.locator('.spo-card').count(), 0);
  // Focus moved to the screen's heading by "Resultaat bekijken" is still there.
  await focusOn(page, 'Uw beeld van de school');
  await screenshot(page, 'results-part-missing-1280');
  assert.deepEqual(await axeViolations(page), []);
  await page.setViewportSize({ width: 375, height: 800 });
  await screenshot(page, 'results-part-missing-375');
  await page.setViewportSize({ width: 1280, height: 900 });

  // Back online: Tab to "Opnieuw proberen" and press Enter.
  await page.unroute(part);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Opnieuw proberen');
  await page.keyboard.press('Enter');
  await scan.root.locator('.spo-card').first().waitFor();
  assert.equal(await alert.count(), 0);
  await focusOn(page, 'Uw beeld van de school');
  // The results of the answers given before the part came, as the native core has them.
  const core = await coreScore(await scan.storedProgress(DEFAULT_KEY));
  await scan.root.locator('.spo-example').first().waitFor();
  assert.deepEqual(await focusOnScreen(scan), core.focus);
  // The failed fetches (the prefetch and the screen's) are reported by the browser and by the
  // parts' loader; nothing else went wrong.
  const offline = rec.problems.filter(p => /ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(p));
  assert.ok(offline.length >= 1, 'the blocked fetches were tried');
  rec.problems = rec.problems.filter(p => !offline.includes(p));
  assertClean(assert, rec);
  await context.close();
});

test('a results part still on its way: the screen says it is loading, then shows the results with focus on their heading', async () => {
  const rec = await openPage(env.browser, env.server.url);
  const { page, context } = rec;
  let release;
  const held = new Promise(resolve => { release = resolve; });
  await page.route(part, async route => { await held; await route.continue(); });
  const scan = new ScanPage(page);
  await scan.open(env.server.url);
  await scan.start({ type: 'Basisonderwijs', role: 'Leraar of mentor' });
  await scan.fillAll(() => 'Grotendeels');
  const status = scan.root.getByRole('status').filter({ hasText: 'Het resultaat wordt geladen' });
  await status.waitFor();
  assert.equal(await scan.root.locator('.spo-results[aria-busy="true"]').count(), 1);
  await focusOn(page, 'Uw beeld van de school');
  assert.equal(await scan.root.locator('.spo-card').count(), 0);
  await screenshot(page, 'results-part-loading-1280');
  assert.deepEqual(await axeViolations(page), []);
  await page.setViewportSize({ width: 375, height: 800 });
  await screenshot(page, 'results-part-loading-375');
  release();
  await scan.root.locator('.spo-card').first().waitFor();
  assert.equal(await status.count(), 0);
  assert.equal(await scan.root.locator('[aria-busy]').count(), 0);
  // Focus went on from the stand-in's heading to the results' own.
  await focusOn(page, 'Uw beeld van de school');
  assert.equal(await page.evaluate(() => document.activeElement.closest('.spo-results')?.querySelector('.spo-card') !== null), true);
  assertClean(assert, rec);
  await context.close();
});

test('a host that serves WebAssembly as application/octet-stream: the results part still loads', async () => {
  const rec = await openPage(env.browser, env.server.url);
  const { page, context } = rec;
  const served = [];
  await page.route('**/*.wasm', async route => {
    const response = await route.fetch();
    served.push(fileName(route.request().url()));
    await route.fulfill({ status: 200, contentType: 'application/octet-stream', body: await response.body() });
  });
  const scan = new ScanPage(page);
  await scan.open(env.server.url);
  await scan.start({ type: 'Basisonderwijs', role: 'Leraar of mentor' });
  await scan.fillAll(() => 'Enigszins');
  await scan.root.locator('.spo-card').first().waitFor();
  assert.equal(await scan.root.getByRole('alert').count(), 0);
  assert.deepEqual(served.sort(), [resultsPart(dist), 'scan-widget_bg.wasm'].sort());
  assertClean(assert, rec);
  await context.close();
});

test('an examples file of another release is refused, and the scan goes on', async () => {
  const rec = await openPage(env.browser, env.server.url);
  const { page, context } = rec;
  await page.route('**/scan-examples.bin', route => route.fulfill({ status: 200, contentType: 'application/octet-stream', body: otherRelease }));
  const scan = new ScanPage(page);
  await scan.open(`${env.server.url}pages/other-release.html`);
  await scan.start({ type: 'Basisonderwijs', role: 'Directie of schoolleiding' });
  await scan.fillAll(() => 'Niet');
  const problem = scan.root.locator('.spo-examples-problem');
  await problem.waitFor();
  assert.match(await problem.textContent(), /horen bij een andere versie van de scan\. Laad de pagina opnieuw/);
  assert.equal(await scan.root.locator('.spo-example').count(), 0);
  // A reload with the right file shows them; the answers were kept.
  await page.unroute('**/scan-examples.bin');
  await page.reload();
  await scan.waitForHeading('Uw beeld van de school');
  await scan.root.locator('.spo-example').first().waitFor();
  assertClean(assert, rec);
  await context.close();
});
