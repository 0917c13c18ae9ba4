// Every screen at desktop and phone width: no axe violations, nothing wider than the screen,
// no console errors, no requests to other hosts. Screenshots land in tests/e2e/artifacts/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openPage, assertClean, axeViolations, screenshot } from '../harness.mjs';
import { ScanPage } from '../scan-page.mjs';

const env = useServerAndBrowser();

for (const width of [1280, 375]) {
  test(`start, theme step and results at ${width} px`, async () => {
    const rec = await openPage(env.browser, env.server.url, { width, height: 800 });
    const { page } = rec;
    const scan = new ScanPage(page);
    const check = async name => {
      assert.deepEqual(await axeViolations(page), [], `axe: ${name}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `${name}: no horizontal scrolling`);
      await screenshot(page, `${name}-${width}`);
    };
    await scan.open(env.server.url);
    await check('start');

    await scan.start();
    await scan.waitForHeading('Visie, beleid en ondersteuningsaanbod of \u2011plan');
    const labels = ['Volledig', 'Grotendeels', 'Niet', 'Enigszins', 'Weet ik niet', 'Grotendeels'];
    const firstCount = await scan.statements().count();
    for (const [i, l] of labels.slice(0, firstCount).entries()) await scan.choose(i, l);
    await scan.note().fill('Het ondersteuningsaanbod in de schoolgids is verouderd; oppakken met de MR.');
    await check('theme');

    await scan.button('Volgend thema').click();
    await scan.waitForHeading('Basisondersteuning en ondersteuningsstructuur');
    const secondCount = await scan.statements().count();
    for (let i = 0; i < secondCount; i++) await scan.choose(i, i % 2 ? 'Enigszins' : 'Niet');
    await scan.root.getByRole('button', { name: 'Resultaat bekijken' }).click();
    await scan.waitForHeading('Uw beeld van de school');
    await check('results');

    // A card's own button goes back to its theme (one listener serves every card).
    await scan.root.locator('.spo-group--risks .spo-card').first().getByRole('button', { name: /^Wijzig/ }).click();
    await scan.waitForHeading('Basisondersteuning en ondersteuningsstructuur');
    assertClean(assert, rec);
    await rec.context.close();
  });
}
