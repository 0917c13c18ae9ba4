// A host page with aggressive global CSS (examples/onrustige-pagina.html) does not break the
// widget, and the widget's styles do not leak out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { useServerAndBrowser, openPage, assertClean, screenshot } from '../harness.mjs';
import { ScanPage } from '../scan-page.mjs';

const env = useServerAndBrowser();

for (const width of [1280, 375]) {
  test(`hostile host page at ${width} px`, async () => {
    const rec = await openPage(env.browser, env.server.url, { width, height: 800 });
    const { page } = rec;
    const scan = new ScanPage(page);
    await page.goto(`${env.server.url}examples/onrustige-pagina.html`);
    await scan.waitForHeading('Scan Passend Onderwijs');
    await scan.start();
    await scan.waitForHeading('Visie, beleid en ondersteuningsaanbod of \u2011plan');
    // Click the visible labels, as a person would.
    await scan.statements().nth(0).locator('label', { hasText: 'Grotendeels' }).click();
    await scan.statements().nth(1).locator('label', { hasText: 'Niet' }).first().click();
    assert.deepEqual((await scan.checkedLabels()).slice(0, 2), ['Grotendeels', 'Niet']);

    const styles = await page.evaluate(() => {
      const css = (sel, ...props) => { const s = getComputedStyle(document.querySelector(sel)); return props.map(p => s[p]); };
      return {
        primary: css('.spo .spo-button--primary', 'backgroundColor', 'textTransform', 'float', 'borderTopStyle'),
        option: css('.spo .spo-option', 'display', 'float', 'color', 'textDecorationLine'),
        radio: css('.spo input[type=radio]', 'opacity', 'marginTop', 'appearance'),
        heading: css('.spo h2', 'textTransform', 'color'),
        hostButton: css('body > button', 'backgroundColor'),
        overflow: document.querySelector('.spo').scrollWidth - document.querySelector('.spo').clientWidth,
        // Host floats do not squeeze the widget: it starts below them, statements keep their width
        // (the desktop sidebar takes about a third).
        widthShare: document.querySelector('.spo fieldset').getBoundingClientRect().width
          / document.querySelector('.spo').getBoundingClientRect().width,
        belowFloat: document.querySelector('.spo').getBoundingClientRect().top
          >= document.querySelector('body > button').getBoundingClientRect().bottom,
      };
    });
    assert.deepEqual(styles.primary, ['rgb(29, 78, 137)', 'none', 'none', 'solid']);
    assert.deepEqual(styles.option, ['flex', 'none', 'rgb(31, 41, 51)', 'none']);
    assert.deepEqual(styles.radio, ['1', '0px', 'auto']);
    assert.deepEqual(styles.heading, ['none', 'rgb(29, 78, 137)']);
    assert.deepEqual(styles.hostButton, ['rgb(91, 15, 77)'], "the host's own button keeps its style");
    assert.equal(styles.overflow, 0, 'nothing in the widget is wider than the widget');
    assert.ok(styles.belowFloat, 'the widget starts below the host float');
    assert.ok(styles.widthShare > 0.6, `statements use the widget's width (${styles.widthShare})`);

    const axe = await new AxeBuilder({ page }).include('.spo').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
    assert.deepEqual(axe.violations.map(v => v.id), []);
    await screenshot(page, `hostile-host-${width}`);
    assertClean(assert, rec);
    await rec.context.close();
  });
}
