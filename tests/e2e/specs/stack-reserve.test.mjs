// The WebAssembly stack reserve (`-z stack-size` in .cargo/config.toml) is far more than any
// screen uses. Each build's deepest stack use is read from its memory after its heaviest paths:
// hostile, deeply nested JSON in storage and in a team file, a config nested as deep as the
// reader allows, and every screen of a whole scan. The test fails when any of them comes within
// half of the reserve, so a smaller reserve can never be a silent crash (a stack overflow in
// WebAssembly is a trap that stops the widget, not a Rust panic we could show as a message).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { useServerAndBrowser, openPage, assertClean, dist, root, DEFAULT_KEY } from '../harness.mjs';
import { ScanPage } from '../scan-page.mjs';

/** The reserve a build was linked with: `__stack_pointer`'s start, the first global. */
export function stackReserve(wasmFile) {
  const b = fs.readFileSync(wasmFile);
  let p = 8;
  const leb = signed => {
    let r = 0, shift = 0, byte;
    do { byte = b[p++]; r |= (byte & 0x7f) << shift; shift += 7; } while (byte & 0x80);
    return signed && shift < 32 && (byte & 0x40) ? r | (-1 << shift) : r >>> 0;
  };
  while (p < b.length) {
    const id = b[p++], size = leb(false), end = p + size;
    if (id === 6) {
      leb(false); // the number of globals
      const [type, mutable, op] = [b[p++], b[p++], b[p++]];
      assert.deepEqual([type, mutable, op], [0x7f, 1, 0x41], 'the first global is the mutable i32 stack pointer');
      return leb(true);
    }
    p = end;
  }
  throw new Error(`no globals in ${wasmFile}`);
}

/** The reserve .cargo/config.toml asks for. */
const configured = Number(fs.readFileSync(path.join(root, '.cargo', 'config.toml'), 'utf8').match(/stack-size=(\d+)/)[1]);

// The stack sits first in memory (rustc links wasm32 with --stack-first) and grows down from
// the reserve towards 0. Memory starts zeroed, so the lowest non-zero byte below the reserve is
// as deep as the stack has ever been.
const recordMemories = () => {
  window.__memories = [];
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const original = WebAssembly[name];
    WebAssembly[name] = async (...args) => {
      const result = await original.apply(WebAssembly, args);
      const memory = (result.instance ?? result).exports?.memory;
      if (memory) window.__memories.push(memory);
      return result;
    };
  }
};
async function deepestUse(page, reserve) {
  const used = await page.evaluate(reserve => window.__memories.map(m => {
    const first = new Uint8Array(m.buffer, 0, reserve).findIndex(x => x !== 0);
    return first < 0 ? 0 : reserve - first;
  }), reserve);
  assert.equal(used.length, 1, 'one WebAssembly memory on the page');
  return used[0];
}

// Nested far beyond what any reader accepts: each must refuse it without going deep.
const nested = n => `${'['.repeat(n)}${']'.repeat(n)}`;
const deepToml = `format = 2\nx = ${nested(100_000)}\n`;
const env = useServerAndBrowser(
  { deep: '<div data-scan-passend-onderwijs data-config="/deep.toml"></div>',
    own: '<div data-scan-passend-onderwijs data-config="/examples/mijn-scan.toml"></div>' },
  { '/deep.toml': deepToml },
);
const measured = {};

test('the stack reserve is what .cargo/config.toml sets, in every build', () => {
  for (const build of ['scan-widget', 'scan-widget-full', 'scan-team']) {
    assert.equal(stackReserve(path.join(dist, `${build}_bg.wasm`)), configured, build);
  }
});

test('a whole scan, after hostile nested data in storage, stays far from the stack reserve', async () => {
  const reserve = configured;
  const rec = await openPage(env.browser, env.server.url);
  const { page } = rec;
  await page.addInitScript(recordMemories);
  await page.addInitScript(([key, text]) => { if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem(key, text); } },
    [DEFAULT_KEY, `{"format":2,"scan":"scan-passend-onderwijs","progress":${nested(100_000)}}`]);
  const scan = new ScanPage(page);
  await scan.open(env.server.url);
  await page.getByText(/apart bewaard/).first().waitFor();
  await scan.start();
  await scan.waitForHeading('Visie, beleid en ondersteuningsaanbod of \u2011plan');
  // Every theme: answer its statements, write a note, go on; then the results and the file.
  for (let step = 0; step < 20; step++) {
    const count = await scan.statements().count();
    for (let i = 0; i < count; i++) await scan.choose(i, ['Niet', 'Enigszins', 'Grotendeels', 'Volledig', 'Weet ik niet'][i % 5]);
    await scan.note().fill('Een notitie met <b>tekens</b> & meer.');
    const next = scan.button('Volgend thema');
    if (!(await next.count())) break;
    const before = await scan.headingText();
    await next.click();
    await expectHeadingChange(scan, before);
  }
  await scan.root.getByRole('button', { name: /Resultaat bekijken/ }).click();
  await scan.waitForHeading('Uw beeld van de school');
  const [download] = await Promise.all([page.waitForEvent('download'), scan.button('Bewaar als bestand').click()]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stack-')), 'antwoorden.json');
  await download.saveAs(file);
  measured.widget = await deepestUse(page, reserve);
  assertClean(assert, rec);
  await rec.context.close();

  // The team page: that file, a hostile nested one, and a plan typed in.
  const team = await openPage(env.browser, env.server.url);
  await team.page.addInitScript(recordMemories);
  const deep = path.join(path.dirname(file), 'diep.json');
  fs.writeFileSync(deep, `{"kind":"scan-passend-onderwijs/answers","format":1,"answers":${nested(100_000)}}`);
  await team.page.goto(`${env.server.url}team.html`);
  await team.page.locator('input[type=file]').first().setInputFiles([file, deep]);
  await team.page.locator('.spo-team-table').first().waitFor();
  await team.page.waitForFunction(() => document.querySelectorAll('.spo-team-problems p').length === 1);
  const goal = team.page.getByRole('textbox', { name: /Doel/ }).first();
  if (await goal.count()) await goal.fill('Alle leraren kennen de ondersteuningsroute.');
  measured.team = await deepestUse(team.page, reserve);
  assertClean(assert, team);
  await team.context.close();

  // The full build: a config nested as deep as it gets is refused; an own scan runs.
  const full = await openPage(env.browser, env.server.url);
  await full.page.addInitScript(recordMemories);
  await full.page.goto(`${env.server.url}pages/deep.html`);
  await full.page.getByRole('alert').waitFor();
  const deepConfig = await deepestUse(full.page, reserve);
  await full.page.goto(`${env.server.url}pages/own.html`);
  const own = new ScanPage(full.page);
  await own.root.waitFor();
  await own.start();
  await full.page.locator('fieldset.spo-statement').first().waitFor();
  measured.full = Math.max(deepConfig, await deepestUse(full.page, reserve));
  await full.context.close();

  console.log(`deepest stack use in bytes (reserve ${reserve}): ${JSON.stringify(measured)}`);
  for (const [build, used] of Object.entries(measured)) {
    assert.ok(used > 0, `${build}: the measurement sees the stack`);
    assert.ok(used < reserve / 2, `${build} used ${used} bytes of the ${reserve}-byte stack reserve`);
  }
});

async function expectHeadingChange(scan, before) {
  await scan.page.waitForFunction(b => document.querySelector('.spo h2')?.textContent.trim() !== b, before);
}
