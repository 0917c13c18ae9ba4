// A/B: cold loads of two builds of the demo page (two dist folders), taken in turns, resumed at
// the first theme. Prints the median time to the widget's first element and to the first
// statement laid out, and the bytes (brotli -q 11) the browser asked for before the first
// statement, per build. With `results`, also the time from clicking "Resultaat bekijken" (once
// the first screen has been idle for 1.5 s, as a respondent's last answer would be) to the first
// frame with a practice example laid out, all statements answered "Niet" so that the focus
// themes have examples. With `slow`, the network is Lighthouse's "slow 4G" (150 ms round trip,
// 1.6 Mbit/s down, 750 kbit/s up, emulated by Chromium per request), so that bytes and round
// trips count as they would at a school. For measuring one lever at a time (bench/README.md).
//   node bench/ab.mjs DIST_A DIST_B [RUNS] [throttle] [results] [slow]
import path from 'node:path';
import { launch } from '../tests/e2e/chromium.mjs';
import { BUILTIN_STATEMENT_IDS, probe, RESUMED, serveBrotli } from './probe.mjs';

const [a, b] = process.argv.slice(2, 4).map(d => path.resolve(d));
const RUNS = Number(process.argv[4] ?? 15);
const throttle = process.argv.slice(5).includes('throttle');
const withResults = process.argv.slice(5).includes('results');
const slow = process.argv.slice(5).includes('slow');
/** Every built-in statement answered "Niet", at the first theme: what `results` seeds. */
const answered = (() => {
  const stored = JSON.parse(RESUMED);
  stored.progress.answers = Object.fromEntries(BUILTIN_STATEMENT_IDS.map(id => [id, { value: 'niet', at: 1 }]));
  return JSON.stringify(stored);
})();
async function load(url, server) {
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  if (throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  if (slow) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8,
    });
  }
  await page.addInitScript(probe, withResults ? answered : RESUMED);
  await page.goto(url);
  await page.waitForFunction(() => window.__t.first, null, { timeout: 20000 });
  const t = await page.evaluate(() => window.__t);
  // The page and every file started before the first statement was laid out.
  const early = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter(e => e.startTime < window.__t.first).map(e => new URL(e.name).pathname));
  t.bytes = ['/', ...new Set(early)].map(server.brotliBytes).reduce((a, b) => a + b, 0);
  if (withResults) {
    await page.waitForTimeout(1500);
    t.results = await page.evaluate(() => new Promise(resolve => {
      const button = [...document.querySelectorAll('.spo button')].find(b => b.textContent.trim() === 'Resultaat bekijken');
      const start = performance.now();
      const check = () => {
        const e = document.querySelector('.spo-example');
        if (e && e.getBoundingClientRect().height > 0) resolve(performance.now() - start);
        else requestAnimationFrame(check);
      };
      button.click();
      requestAnimationFrame(check);
    }));
  }
  await browser.close();
  return t;
}
const servers = await Promise.all([serveBrotli(a), serveBrotli(b)]);
await load(servers[0].url, servers[0]); await load(servers[1].url, servers[1]); // compress every file once
const results = [[], []];
for (let i = 0; i < RUNS; i++) for (const k of [0, 1]) results[k].push(await load(servers[k].url, servers[k]));
const median = (rs, key) => { const v = rs.map(r => r[key]).sort((x, y) => x - y); return Math.round(v[Math.floor(v.length / 2)]); };
for (const k of [0, 1]) console.log(`${k ? 'B' : 'A'} ${[a, b][k]}: mount ${median(results[k], 'mount')} ms, first statement ${median(results[k], 'first')} ms, ${median(results[k], 'bytes')} bytes brotli before it${withResults ? `, results with examples ${median(results[k], 'results')} ms after the click` : ''} (${RUNS} runs${throttle ? ', 4x CPU' : ''}${slow ? ', slow 4G' : ''})`);
servers.forEach(s => s.server.close());
