// Where the time to the first statement goes: cold loads of the release's demo page (dist/),
// resumed at the first theme, each in a fresh browser. Prints the median, in ms from navigation
// start, of: the HTML, the loader, JS glue and wasm arriving (resource timing), DOMContentLoaded
// and first paint, WebAssembly.instantiateStreaming's start and end (wrapped), the widget's
// first element in the page (`mount`), and the frame in which the first statement is laid out.
//
//   node bench/profile.mjs [RUNS] [throttle]     (throttle: 4x CPU slowdown, as in run.mjs)
// Build first (scripts/bench.sh or scripts/test.sh). Results are in bench/README.md.
import { launch } from '../tests/e2e/chromium.mjs';
import { probe, RESUMED } from './probe.mjs';
import { serve } from '../tests/e2e/harness.mjs';
const server = await serve();
const runs = [];
for (let i = 0; i < Number(process.argv[2] ?? 10); i++) {
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  if (process.argv[3] === 'throttle') { const cdp = await page.context().newCDPSession(page); await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 }); }
  await page.addInitScript(probe, RESUMED);
  await page.addInitScript(() => {
    const t = window.__t;
    const wrap = name => { const f = WebAssembly[name]; WebAssembly[name] = async (...a) => { t[name + 'Start'] = performance.now(); const r = await f.apply(WebAssembly, a); t[name + 'End'] = performance.now(); return r; }; };
    wrap('instantiateStreaming'); wrap('instantiate');
  });
  await page.goto(server.url);
  await page.waitForFunction(() => window.__t.first, null, { timeout: 20000 });
  const r = await page.evaluate(() => {
    const res = Object.fromEntries(performance.getEntriesByType('resource').map(e => [e.name.split('/').pop(), Math.round(e.responseEnd)]));
    const nav = performance.getEntriesByType('navigation')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return { html: Math.round(nav.responseEnd), dcl: Math.round(nav.domContentLoadedEventEnd), fcp: Math.round(fcp?.startTime ?? 0), loaderJs: res['scan-passend-onderwijs.js'], glueJs: res['scan-widget.js'], wasm: res['scan-widget_bg.wasm'], ...Object.fromEntries(Object.entries(window.__t).map(([k, v]) => [k, Math.round(v)])) };
  });
  runs.push(r);
  await browser.close();
}
await server.close();
const keys = Object.keys(runs[0]);
const median = k => { const v = runs.map(r => r[k]).filter(x => x !== undefined).sort((a, b) => a - b); return v[Math.floor(v.length / 2)]; };
console.log(Object.fromEntries(keys.map(k => [k, median(k)])));
