// Would a start screen written at build time, shown while the WebAssembly arrives, bring a new
// respondent's first screen near the static page (issue 21, item 5)? A measurement, not the
// feature: the start screen the live widget draws is captured from the release build and put
// into the demo page's mount element, as a loader would; then cold loads in turns, with no
// stored progress (a new respondent), of
//   - live:     the demo page as it is (the placeholder, then the widget's start screen);
//   - prerender: the same page with the captured start screen in the mount element, replaced by
//                the live widget when it starts;
//   - static:   the captured start screen with no script at all (the floor).
// Prints the medians of the first frame with the start screen's title laid out, the time the
// live widget took over (prerender), and the layout shift summed over the load (CLS entries).
//   node bench/prerender.mjs [RUNS] [throttle]        (against dist/, or SCAN_DIST)
import fs from 'node:fs';
import path from 'node:path';
import { launch } from '../tests/e2e/chromium.mjs';
import { dist } from '../tests/e2e/harness.mjs';
import { serveBrotli } from './probe.mjs';

const RUNS = Number(process.argv[2] ?? 10);
const throttle = process.argv.slice(3).includes('throttle');
const pages = {};
const served = await serveBrotli(dist, pages);
const origin = served.url.replace(/\/$/, '');

// The live widget's start screen, as a new respondent first sees it.
const index = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
let captured;
{
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${origin}/`);
  await page.locator('.spo-start h2').waitFor();
  captured = await page.evaluate(() => document.querySelector('[data-scan-passend-onderwijs]').innerHTML);
  await browser.close();
}
const mount = /(<div data-scan-passend-onderwijs>)[\s\S]*?(<\/div>\s*<\/main>)/;
pages['/prerender.html'] = index.replace(mount, `$1${captured}$2`);
pages['/static.html'] = index.replace(mount, `$1${captured}$2`).replace(/<script[^>]*><\/script>/g, '')
  .replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '');
if (pages['/prerender.html'] === index) throw new Error('the mount element was not found in dist/index.html');

/** Runs in the page before its scripts: the first frame with the start title laid out, when the
 * live widget replaced the mount's content, and the layout shift of the whole load. */
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
  document.addEventListener('DOMContentLoaded', () => {
    const el = document.querySelector('[data-scan-passend-onderwijs]');
    const before = el.firstElementChild;
    new MutationObserver(() => {
      if (!t.live && el.querySelector('.spo-start') && el.firstElementChild !== before) t.live = performance.now();
    }).observe(el, { childList: true });
  });
}

async function load(url) {
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  if (throttle) await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(probe);
  await page.goto(`${origin}${url}`);
  await page.waitForFunction(() => window.__t.first, null, { timeout: 20000 });
  if (url !== '/static.html') await page.waitForFunction(() => window.__t.live || document.querySelector('.spo-start input:not([disabled])') && window.__t.first, null, { timeout: 20000 });
  await page.waitForTimeout(1000);
  const t = await page.evaluate(() => window.__t);
  await browser.close();
  return t;
}

const names = ['/', '/prerender.html', '/static.html'];
for (const n of names) await load(n);
const results = Object.fromEntries(names.map(n => [n, []]));
for (let i = 0; i < RUNS; i++) for (const n of names) results[n].push(await load(n));
const median = (rs, key) => { const v = rs.map(r => r[key]).filter(x => x !== undefined).sort((a, b) => a - b); return v.length ? v[Math.floor(v.length / 2)] : NaN; };
for (const n of names) {
  const rs = results[n];
  console.log(`${n.padEnd(16)} start screen ${Math.round(median(rs, 'first'))} ms` +
    (n === '/prerender.html' ? `, live widget took over ${Math.round(median(rs, 'live'))} ms` : '') +
    `, layout shift ${median(rs, 'cls').toFixed(4)} (max ${Math.max(...rs.map(r => r.cls)).toFixed(4)}) (${RUNS} runs${throttle ? ', 4x CPU' : ''})`);
}
served.server.close();
