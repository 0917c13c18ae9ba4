// A new respondent's first screen (issue 21, item 5): the loader shows the start screen written
// at build time while the WebAssembly arrives (embed/scan-passend-onderwijs.js,
// tools/start_screen.rs). Cold loads in turns, with no stored progress (a new respondent), of
//   - with:     the demo page as built (the early start screen, then the live widget);
//   - without:  the same page and build with a loader that has no early start screen (the
//               loader's `START` set back to null): the placeholder, then the live widget;
//   - static:   the start screen's markup in the page, no script at all (the floor).
// Prints the medians of the first frame with the start screen's title laid out, when the live
// widget took over, and the layout shift summed over the load (every layout-shift entry).
//   node bench/prerender.mjs [RUNS] [throttle]        (against dist/, or SCAN_DIST)
import fs from 'node:fs';
import path from 'node:path';
import { launch } from '../tests/e2e/chromium.mjs';
import { dist } from '../tests/e2e/harness.mjs';
import { serveBrotli } from './probe.mjs';

const RUNS = Number(process.argv[2] ?? 10);
const throttle = process.argv.slice(3).includes('throttle');
const index = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const loader = fs.readFileSync(path.join(dist, 'scan-passend-onderwijs.js'), 'utf8');
const start = loader.match(/^const START = (\{.*\});$/m);
if (!start) throw new Error('dist/scan-passend-onderwijs.js has no start screen: build with trunk (its hook writes it)');
const early = JSON.parse(start[1]).nl.replace(' inert aria-labelledby', ' aria-labelledby');
const mount = /(<div data-scan-passend-onderwijs>)[\s\S]*?(<\/div>\s*<\/main>)/;
if (!mount.test(index)) throw new Error('the mount element was not found in dist/index.html');
const pages = {
  // Same folder, so the loader finds the same widget files next to it.
  '/loader-without.js': loader.replace(start[0], 'const START = null;'),
  '/without.html': index.replace('/scan-passend-onderwijs.js"', '/loader-without.js"'),
  '/static.html': index.replace(mount, `$1${early}$2`).replace(/<script[^>]*><\/script>/g, '')
    .replace(/<link rel="(modulepreload|preload)"[^>]*>/g, ''),
};
const served = await serveBrotli(dist, pages);
const origin = served.url.replace(/\/$/, '');

/** Runs in the page before its scripts: the first frame with the start title laid out, when the
 * live widget drew its start screen, and the layout shift of the whole load. */
function probe() {
  const t = window.__t = { cls: 0 };
  new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) t.cls += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
  const check = () => {
    const h = document.querySelector('.spo-start h2');
    if (h && h.getBoundingClientRect().height > 0) t.first = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
  new MutationObserver(() => {
    if (!t.live && document.querySelector('.spo-start:not([inert])') && !document.querySelector('.spo-start[inert]')) t.live = performance.now();
  }).observe(document, { childList: true, subtree: true });
}

async function load(url) {
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  if (throttle) await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(probe);
  await page.goto(`${origin}${url}`);
  await page.waitForFunction(() => window.__t.first, null, { timeout: 20000 });
  if (url !== '/static.html') await page.waitForFunction(() => window.__t.live, null, { timeout: 20000 });
  await page.waitForTimeout(1000);
  const t = await page.evaluate(() => window.__t);
  await browser.close();
  return t;
}

const names = ['/', '/without.html', '/static.html'];
for (const n of names) await load(n);
const results = Object.fromEntries(names.map(n => [n, []]));
for (let i = 0; i < RUNS; i++) for (const n of names) results[n].push(await load(n));
const median = (rs, key) => { const v = rs.map(r => r[key]).filter(x => x !== undefined).sort((a, b) => a - b); return v.length ? v[Math.floor(v.length / 2)] : NaN; };
for (const n of names) {
  const rs = results[n];
  console.log(`${n.padEnd(14)} start screen ${Math.round(median(rs, 'first'))} ms` +
    (n === '/static.html' ? '' : `, live ${Math.round(median(rs, 'live'))} ms`) +
    `, layout shift ${median(rs, 'cls').toFixed(4)} (max ${Math.max(...rs.map(r => r.cls)).toFixed(4)}) (${RUNS} runs${throttle ? ', 4x CPU' : ''})`);
}
served.server.close();
