// The two progress lines of a theme step count alike: every answer, "niet van toepassing" too,
// out of every statement the respondent sees; the whole scan does not shrink as it is answered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openPage, assertClean } from '../harness.mjs';
import { ScanPage } from '../scan-page.mjs';
import { expect } from '../expect.mjs';

const env = useServerAndBrowser();

test('"niet van toepassing" counts as answered in both lines, and the total stays', async () => {
  const rec = await openPage(env.browser, env.server.url);
  const scan = new ScanPage(rec.page);
  await scan.open(env.server.url);
  await scan.start();
  const line = async () => (await scan.root.locator('.spo-progress').textContent()).trim();
  const [, total] = (await line()).match(/^Hele scan: 0 van (\d+) stellingen beantwoord/);
  const here = await scan.statements().count();
  await scan.choose(0, 'Niet van toepassing');
  await scan.choose(1, 'Volledig');
  await expect(async () => (await line()).startsWith(`Hele scan: 2 van ${total} stellingen beantwoord`), `2 of ${total}: ${await line()}`);
  assert.match(await line(), new RegExp(`Dit thema: 2 van ${here} beantwoord$`));
  assert.equal(await scan.root.locator('.spo-progress progress').getAttribute('max'), total);
  assertClean(assert, rec);
  await rec.context.close();
});
