// Stored data the widget cannot read is kept aside under another key, never wiped, and the
// team is told in Dutch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openPage, assertClean, DEFAULT_KEY } from '../harness.mjs';
import { ScanPage } from '../scan-page.mjs';

const env = useServerAndBrowser();

async function openWithStored(text) {
  const rec = await openPage(env.browser, env.server.url);
  await rec.page.addInitScript(([k, v]) => {
    if (!sessionStorage.getItem('seeded')) { localStorage.setItem(k, v); sessionStorage.setItem('seeded', '1'); }
  }, [DEFAULT_KEY, text]);
  const scan = new ScanPage(rec.page);
  await scan.open(env.server.url);
  return { rec, scan };
}

async function asideEntries(page) {
  return page.evaluate(k => Object.keys(localStorage).filter(x => x.startsWith(`${k}:bewaard:`))
    .map(x => [x, localStorage.getItem(x)]), DEFAULT_KEY);
}

for (const [name, text, reason] of [
  ['corrupt', '{"format":1,"scan":"scan-passend-onderwijs","progress":{"answers":', /beschadigd of onleesbaar/],
  ['newer format', '{"format":99,"scan":"scan-passend-onderwijs","progress":{}}', /nieuwere versie/],
  ['another scan', '{"format":1,"scan":"andere-scan","scan_version":"1","progress":{}}', /andere scan \(“andere-scan”\)/],
]) {
  test(`${name} stored data is kept aside and reported`, async () => {
    const { rec, scan } = await openWithStored(text);
    const alert = scan.root.getByRole('alert');
    await alert.waitFor();
    const message = await alert.textContent();
    assert.match(message, /konden niet worden gelezen/);
    assert.match(message, reason);
    const aside = await asideEntries(rec.page);
    assert.equal(aside.length, 1, 'one copy kept aside');
    assert.equal(aside[0][1], text, 'the copy is exactly what was stored');
    assert.ok(message.includes(aside[0][0]), 'the message names the key it was kept under');
    // The team can carry on with a fresh scan; the copy stays.
    await scan.button('Begrepen').click();
    await scan.start();
    await scan.choose(0, 'Volledig');
    await rec.page.reload();
    await scan.root.locator('fieldset').first().waitFor();
    assert.deepEqual((await scan.checkedLabels())[0], 'Volledig');
    assert.deepEqual(await asideEntries(rec.page), aside);
    assertClean(assert, rec);
    await rec.context.close();
  });
}

test('a browser that refuses to save shows it, and the answers stay on screen', async () => {
  const rec = await openPage(env.browser, env.server.url);
  await rec.page.addInitScript(() => {
    Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
  });
  const scan = new ScanPage(rec.page);
  await scan.open(env.server.url);
  await scan.start();
  await scan.choose(0, 'Volledig');
  const alert = scan.root.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /kon niet in deze browser worden bewaard/);
  assert.equal((await scan.checkedLabels())[0], 'Volledig');
  assert.deepEqual(rec.foreign, []);
  await rec.context.close();
});

test('unreadable data that cannot be copied aside is left exactly where it was', async () => {
  const stored = '{"format":1,"scan":"scan-passend-onderwijs","progress":{"answers":';
  const rec = await openPage(env.browser, env.server.url);
  await rec.page.addInitScript(([k, v]) => {
    if (!sessionStorage.getItem('seeded')) { localStorage.setItem(k, v); sessionStorage.setItem('seeded', '1'); }
    // The copy aside fails; writing the widget's own key would still work.
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key.includes(':bewaard:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  }, [DEFAULT_KEY, stored]);
  const scan = new ScanPage(rec.page);
  await scan.open(env.server.url);
  await scan.root.getByRole('alert').waitFor();
  await scan.start();
  await scan.choose(0, 'Niet');
  assert.equal(await scan.storedProgress(DEFAULT_KEY), stored, 'never overwritten');
  await rec.context.close();
});
