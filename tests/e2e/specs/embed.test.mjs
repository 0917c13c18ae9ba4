// A site owner's page (examples/eigen-scan.html) embeds its own scan, loaded from a TOML URL,
// next to the built-in one, under a strict Content-Security-Policy, re-skinned through custom
// properties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openPage, assertClean, axeViolations, screenshot, dist } from '../harness.mjs';
import { resultsPart } from '../../../bench/sizes.mjs';
import { ScanPage } from '../scan-page.mjs';
import { expect } from '../expect.mjs';

const env = useServerAndBrowser();

const primaryBackground = scan => scan.button('Start de scan').evaluate(b => getComputedStyle(b).backgroundColor);

for (const width of [1280, 375]) {
  test(`own configuration next to the built-in scan, strict CSP, at ${width} px`, async () => {
    const rec = await openPage(env.browser, env.server.url, { width, height: 800 });
    const { page } = rec;
    const requests = [];
    page.on('request', r => requests.push(new URL(r.url()).pathname));
    await page.goto(`${env.server.url}examples/eigen-scan.html`);
    const own = new ScanPage(page, page.locator('.spo').nth(0));
    const builtin = new ScanPage(page, page.locator('.spo').nth(1));
    await own.waitForHeading('Quickscan ondersteuning SWV De Brug');
    await builtin.waitForHeading('Scan Passend Onderwijs');

    // Theming through custom properties reaches only the widget it is set on.
    assert.equal(await primaryBackground(own), 'rgb(107, 45, 92)');
    assert.equal(await primaryBackground(builtin), 'rgb(29, 78, 137)');

    await own.start();
    await own.waitForHeading('Route naar extra ondersteuning');
    await own.choose(0, 'Nee');   // basic and low: caps the theme at "Op weg"
    await own.choose(1, 'Ja');
    await own.choose(2, 'Ja');
    await own.button('Volgend thema').click();
    await own.waitForHeading('Expertise in de regio');
    await own.choose(0, 'Deels');
    await own.choose(1, 'Weet ik niet');
    await own.button('Naar het resultaat').click();
    await own.waitForHeading('Uw beeld van de school');

    // route: (0 + 2 + 2) / 6 = 66% -> Op weg; expertise: 1 / 2 = 50% -> Op weg, and
    // 1 of 2 "weet ik niet" = 50% -> onvoldoende zicht. Overall: 5 / 8 = 62%.
    assert.equal((await own.root.locator('.spo-summary__status').textContent()).trim(), 'Op weg · 62%');
    const status = title => own.root.locator('.spo-card', { hasText: title }).locator('.spo-card__status').textContent();
    assert.equal(await status('Route naar extra ondersteuning'), 'Op weg · 66%');
    assert.equal(await status('Expertise in de regio'), 'Op weg · 50%');
    assert.deepEqual(await own.root.locator('.spo-group--risks .spo-card__title').allTextContents(), ['Expertise in de regio']);
    assert.deepEqual(await own.root.locator('.spo-focus-theme h4').allTextContents(), ['Expertise in de regio', 'Route naar extra ondersteuning']);
    assert.deepEqual(await own.root.locator('.spo-example h5').allTextContents(), ['Een regionale expertisekaart', 'Eén loketkaart voor alle scholen']);

    // The built-in widget is untouched and has stored nothing; its first choice is stored under
    // its own key, next to the other widget's.
    assert.equal(await builtin.headingText(), 'Scan Passend Onderwijs');
    assert.equal(await page.evaluate(() => localStorage.getItem('de-brug-scan-po')), null);
    await builtin.root.getByRole('radio', { name: 'Basisonderwijs', exact: true }).check();
    await page.waitForFunction(() => localStorage.getItem('de-brug-scan-po') !== null);
    const stored = await page.evaluate(() => [localStorage.getItem('de-brug-quickscan'), localStorage.getItem('de-brug-scan-po')]);
    assert.equal(JSON.parse(stored[0]).scan, 'swv-de-brug-quickscan');
    assert.equal(JSON.parse(stored[1]).scan, 'scan-passend-onderwijs');

    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, `embed-own-scan-${width}`);
    // Only the widget's own files and the configuration were requested.
    const allowed = ['/examples/eigen-scan.html', '/examples/huisstijl.css', '/examples/favicon.svg', '/scan-passend-onderwijs.js',
      '/scan-widget-full.js', '/scan-widget-full_split.js', '/scan-widget-full_bg.wasm', `/${resultsPart(dist, 'scan-widget-full')}`, '/widget.css',
      '/examples/mijn-scan.toml', '/scan-examples.bin'];
    assert.deepEqual([...new Set(requests)].filter(p => !allowed.includes(p)), []);
    assert.ok(requests.includes('/examples/mijn-scan.toml'));
    // The built-in widget beside the own scan fetches its practice examples in idle time, from
    // the loader's folder, under the page's strict policy (a refusal is a console error).
    await expect(() => requests.includes('/scan-examples.bin'), 'the built-in examples fetched');
    // Its results screen's part came from there too, once for both widgets (the own scan's
    // results above were drawn from it).
    assert.equal(requests.filter(p => p === `/${resultsPart(dist, 'scan-widget-full')}`).length, 1);
    // The page links the stylesheet and preloads the rest: each is fetched once, and the
    // loader does not add the stylesheet a second time.
    // A page with data-config gets the full widget (with the TOML reader), and only that one.
    for (const file of ['/scan-widget-full.js', '/scan-widget-full_bg.wasm', '/widget.css']) {
      assert.equal(requests.filter(p => p === file).length, 1, `${file} fetched once`);
    }
    assert.equal(await page.locator('link[rel="stylesheet"][href$="widget.css"]').count(), 1);
    assertClean(assert, rec);   // CSP violations would show up as console errors
    await rec.context.close();
  });
}
