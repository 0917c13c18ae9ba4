// A configuration that cannot be fetched or is invalid: the widget says what is wrong, in Dutch,
// with the checker's `file:line:column: message`; the console gets the same details.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { spawnSync } from 'node:child_process';
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
    `/broken.toml:${line}:1: unknown key \`wieght\`: did you mean \`weight\`? Allowed here: \`id\`, \`text\`, \`help\`, \`weight\`, \`basic\`, \`basic_roles\`, \`school_types\`, \`roles\``,
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

// The widget and the site owners' checker read a file with the same code: they accept and
// refuse the same files, with the same messages. Byte order marks and Windows line ends are
// accepted; control characters in a text and decimal numbers are refused.
const own = fs.readFileSync(path.join(root, 'examples/mijn-scan.toml'), 'utf8');
const variants = {
  'bom-crlf': '\ufeff' + own.replace(/\n/g, '\r\n'),
  control: own.replace('title = "', 'title = "\u0001'),
  decimal: own.replace('basic = true', 'basic = true\nweight = 0.5'),
};
const variantEnv = useServerAndBrowser(
  Object.fromEntries(Object.keys(variants).map(k => [k, `<div data-scan-passend-onderwijs data-config="/${k}.toml"></div>`])),
  Object.fromEntries(Object.entries(variants).map(([k, text]) => [`/${k}.toml`, text])),
);

/** What `scan-check` says of `text`, its lines without the file name. */
function scanCheck(name, text) {
  const bin = path.join(root, 'target', 'debug', 'scan-check');
  if (!fs.existsSync(bin)) throw new Error(`build it first: cargo build -p scan-core --bin scan-check (${bin})`);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'scan-check-')), `${name}.toml`);
  fs.writeFileSync(file, text);
  const run = spawnSync(bin, [file], { encoding: 'utf8' });
  return { code: run.status, lines: (run.stdout + run.stderr).split('\n').filter(l => l.startsWith(file)).map(l => l.slice(file.length)) };
}

for (const name of Object.keys(variants)) {
  test(`widget and scan-check agree on a file with ${name}`, async () => {
    const checked = scanCheck(name, variants[name]);
    const rec = await openPage(variantEnv.browser, variantEnv.server.url);
    await rec.page.goto(`${variantEnv.server.url}pages/${name}.html`);
    const widget = rec.page.locator('.spo').first();
    await widget.locator('h2').first().waitFor();
    const alert = widget.getByRole('alert');
    if (checked.code === 0) {
      assert.equal(name, 'bom-crlf', 'only the BOM and CRLF file is valid');
      assert.equal(await alert.count(), 0, 'the widget runs the scan');
      assert.ok((await widget.locator('.spo-start').count()) === 1);
    } else {
      assert.equal(checked.code, 1);
      const items = (await alert.locator('li').allTextContents()).map(l => l.slice(`/${name}.toml`.length));
      assert.ok(items.length > 0);
      assert.deepEqual(items, checked.lines, 'the same messages at the same positions');
    }
    await rec.context.close();
  });
}
