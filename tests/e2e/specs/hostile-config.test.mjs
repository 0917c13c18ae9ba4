// A configuration built to break the reader (issue 22): a header of 2,000 dotted names, which
// overflowed the stack; a scale of 40 options, which made the link panic; 100,000 empty
// [[theme]] tables, which took over 10 s. Behind data-config, each shows its error with the
// checker's position, in time, and never a blank page, a trap or a frozen tab. Each input is
// derived from the small own scan, so the error is about the one part added to it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { useServerAndBrowser, openPage, root, screenshot } from '../harness.mjs';

const own = fs.readFileSync(path.join(root, 'examples/mijn-scan.toml'), 'utf8');
const lineAfterOwn = own.split('\n').length + 1;
const cases = {
  deep: {
    text: `${own}\n[${Array(2000).fill('a').join('.')}]\nx = 1\n`,
    error: `/deep.toml:${lineAfterOwn}:1: a table header of more than 4 dotted names is not supported`,
  },
  scale: {
    text: own + Array.from({ length: 40 }, (_, i) => `\n[[scale]]\nid = "o${i}"\nlabel = "Optie ${i}"\npoints = ${i}\n`).join(''),
    error: 'at most 36 answer options (`[[scale]]`) are allowed',
  },
  tables: {
    text: own + '\n[[theme]]\n'.repeat(100_000),
    error: 'more than 5000 table headers in one file are not supported',
  },
};

const env = useServerAndBrowser(
  Object.fromEntries(Object.keys(cases).map(k => [k, `<div data-scan-passend-onderwijs data-config="/${k}.toml"></div>`])),
  Object.fromEntries(Object.entries(cases).map(([k, c]) => [`/${k}.toml`, c.text])),
);

for (const [name, { error }] of Object.entries(cases)) {
  test(`a configuration with ${name === 'deep' ? 'a deep header' : name === 'scale' ? 'a scale of 40 options' : '100,000 tables'} shows its error, not a blank page`, async () => {
    const rec = await openPage(env.browser, env.server.url);
    const started = Date.now();
    await rec.page.goto(`${env.server.url}pages/${name}.html`);
    const alert = rec.page.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    assert.match(await alert.textContent(), /De scan kan niet worden geladen/);
    const items = await alert.locator('li').allTextContents();
    assert.equal(items.length, 1, items.join('\n'));
    assert.ok(items[0].includes(error), `${items[0]}\nshould contain: ${error}`);
    assert.match(items[0], new RegExp(`^/${name}\\.toml:\\d+:\\d+: `), 'with file, line and column');
    // Not a trap: no page error (a WebAssembly stack overflow is a RuntimeError), and the tab
    // still answers.
    assert.ok(!rec.problems.some(p => p.startsWith('page error')), rec.problems.join('\n'));
    assert.equal(await rec.page.evaluate(() => 1 + 1), 2);
    if (name === 'deep') await screenshot(rec.page, 'hostile-config-deep');
    assert.ok(Date.now() - started < 20_000);
    await rec.context.close();
  });
}
