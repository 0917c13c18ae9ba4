// A page of a site owner's own scan whose configuration is broken (an unknown key `wieght`
// after the first `basic = true`): it names file, line and field, shows no page to add files
// to, tells the console the same, and passes axe. Shared by the team page and the SWV page.
import { openPage, axeViolations, screenshot } from './harness.mjs';

/** `own` with the broken key, as `kapot.toml`. */
export const brokenScan = own => own.replace('basic = true', 'basic = true\nwieght = 2');

/** Opens `page` (a path under the server) at 375 px and asserts all of the above. */
export async function assertBrokenScanNamed(assert, env, page, broken, shot) {
  const rec = await openPage(env.browser, env.server.url, { width: 375, height: 800 });
  await rec.page.goto(`${env.server.url}${page}`);
  const alert = rec.page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /De scan kan niet worden geladen/);
  const line = broken.split('\n').findIndex(l => l.startsWith('wieght')) + 1;
  const items = await alert.locator('li').allTextContents();
  assert.equal(items.length, 1);
  assert.match(items[0], new RegExp(`^kapot\\.toml:${line}:1: unknown key \`wieght\`: did you mean \`weight\`\\?`));
  assert.equal(await rec.page.locator('input[type=file]').count(), 0, 'no page to add files on a broken scan');
  assert.ok(rec.problems.some(p => p.startsWith('console:') && p.includes(items[0])), 'the console has the same message');
  assert.deepEqual(await axeViolations(rec.page), []);
  await screenshot(rec.page, shot);
  await rec.context.close();
}
