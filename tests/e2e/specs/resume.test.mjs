// A team stops halfway, closes the browser, and finds every answer, the note and the step back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve, chromiumArgs, DEFAULT_KEY } from '../harness.mjs';
import { ScanPage } from '../scan-page.mjs';

async function startBrowser(profile) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: chromiumArgs,
    viewport: { width: 1280, height: 900 },
  });
  const page = context.pages()[0] ?? await context.newPage();
  const errors = [];
  page.on('pageerror', e => errors.push(String(e)));
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
  return { context, page, errors };
}

test('progress survives reload and a browser restart', async () => {
  const server = await serve();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'scan-profile-'));
  let context, page, errors;
  try {
    ({ context, page, errors } = await startBrowser(profile));
    let scan = new ScanPage(page);
    await scan.open(server.url);
    // Opening the scan writes nothing (it only delays the first screen); the first choice does.
    await page.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.equal(await scan.storedProgress(DEFAULT_KEY), null, 'nothing stored before the first choice');
    await scan.start();
    await scan.waitForHeading('Visie, beleid en ondersteuningsaanbod of \u2011plan');
    const firstCount = await scan.statements().count();
    const first = ['Volledig', 'Grotendeels', 'Enigszins', 'Niet', 'Weet ik niet', 'Niet van toepassing'].slice(0, firstCount);
    for (const [i, label] of first.entries()) await scan.choose(i, label);
    const firstChecked = [...first, ...Array(firstCount - first.length).fill(null)];
    await scan.button('Volgend thema').click();
    await scan.waitForHeading('Basisondersteuning en ondersteuningsstructuur');
    const second = Array(await scan.statements().count()).fill(null);
    [second[0], second[2]] = ['Grotendeels', 'Niet'];
    await scan.choose(0, 'Grotendeels');
    await scan.choose(2, 'Niet');
    await scan.note().fill('Wachttijd bespreken met de IB\'er.');

    // Reload: same step, same answers, same note.
    await page.reload();
    await scan.waitForHeading('Basisondersteuning en ondersteuningsstructuur');
    assert.deepEqual(await scan.checkedLabels(), second);
    assert.equal(await scan.note().inputValue(), 'Wachttijd bespreken met de IB\'er.');
    assert.match(await scan.root.locator('.spo-notice').textContent(), /Welkom terug/);
    assert.match(await scan.root.locator('.spo-overview').textContent(), new RegExp(`${first.length} van ${firstCount}`));
    const stored = JSON.parse(await scan.storedProgress(DEFAULT_KEY));
    assert.equal(stored.format, 2);
    assert.deepEqual(stored.progress.step, { screen: 'theme', theme: 'basisondersteuning' });
    assert.deepEqual(errors, []);
    await context.close();

    // Close and reopen the browser with the same profile.
    ({ context, page, errors } = await startBrowser(profile));
    scan = new ScanPage(page);
    await scan.open(server.url);
    await scan.waitForHeading('Basisondersteuning en ondersteuningsstructuur');
    assert.deepEqual(await scan.checkedLabels(), second);
    const welcome = scan.root.locator('.spo-notice', { hasText: 'Welkom terug' });
    assert.equal(await welcome.count(), 1);
    await scan.button('Vorig thema').click();
    await scan.waitForHeading('Visie, beleid en ondersteuningsaanbod of \u2011plan');
    assert.deepEqual(await scan.checkedLabels(), firstChecked);
    // The start screen offers to continue where the team left off.
    await scan.button('Terug naar de start').click();
    await scan.waitForHeading('Scan Passend Onderwijs');
    await scan.button('Verder met de scan').click();
    await scan.waitForHeading('Basisondersteuning en ondersteuningsstructuur');
    assert.equal(await welcome.count(), 0, '"welkom terug" is said once, not again on the screen it was said on');
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await context?.close();
    fs.rmSync(profile, { recursive: true, force: true });
    await server.close();
  }
});
