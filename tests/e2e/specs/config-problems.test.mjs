// A configuration that cannot be fetched or is invalid: the widget says what is wrong, in Dutch,
// with the checker's `file:line:column: message`; the console gets the same details.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { useServerAndBrowser, openPage, root } from '../harness.mjs';

const broken = fs.readFileSync(path.join(root, 'examples/mijn-scan.toml'), 'utf8')
  .replace('basic = true', 'basic = true\nwieght = 2')
  .replace('statuses = ["starten", "op-weg"]', 'statuses = ["starten", "slecht"]');
const pages = {
  broken: '<div data-scan-passend-onderwijs data-config="/broken.toml"></div>',
  missing: '<div data-scan-passend-onderwijs data-config="/missing.toml"></div>',
};

const env = useServerAndBrowser(pages, { '/broken.toml': broken });

test('an invalid configuration shows its errors with positions', async () => {
  const rec = await openPage(env.browser, env.server.url);
  await rec.page.goto(`${env.server.url}pages/broken.html`);
  const alert = rec.page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /De scan kan niet worden geladen/);
  const line = broken.split('\n').findIndex(l => l.startsWith('wieght')) + 1;
  const items = await alert.locator('li').allTextContents();
  assert.deepEqual(items, [
    `/broken.toml:${line}:1: unknown key \`wieght\`: did you mean \`weight\`? Allowed here: \`id\`, \`text\`, \`help\`, \`weight\`, \`basic\`, \`school_types\`, \`roles\``,
  ]);
  assert.ok(rec.problems.some(p => p.startsWith('console:') && p.includes(items[0])), 'the console has the same message');
  await rec.context.close();
});

test('a configuration that cannot be fetched says so', async () => {
  const rec = await openPage(env.browser, env.server.url);
  await rec.page.goto(`${env.server.url}pages/missing.html`);
  const alert = rec.page.getByRole('alert');
  await alert.waitFor();
  const text = await alert.textContent();
  assert.match(text, /kon niet worden opgehaald \(\/missing\.toml\)/);
  assert.match(text, /HTTP 404/);
  assert.ok(rec.problems.some(p => p.includes('Scan Passend Onderwijs') && p.includes('HTTP 404')));
  await rec.context.close();
});
