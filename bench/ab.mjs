// A/B: cold loads of two builds of the demo page (two dist folders), taken in turns, resumed at
// the first theme. Prints the median time to the widget's first element and to the first
// statement laid out, and the bytes (brotli -q 11) the browser asked for before the first
// statement, per build. With `results`, also the time from clicking "Resultaat bekijken" (once
// the first screen has been idle for 1.5 s, as a respondent's last answer would be) to the first
// frame with a practice example laid out, all statements answered "Niet" so that the focus
// themes have examples. For measuring one lever at a time (bench/README.md).
//   node bench/ab.mjs DIST_A DIST_B [RUNS] [throttle] [results]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { launch } from '../tests/e2e/chromium.mjs';
import { probe, RESUMED } from './probe.mjs';

const [a, b] = process.argv.slice(2, 4).map(d => path.resolve(d));
const RUNS = Number(process.argv[4] ?? 15);
const throttle = process.argv.slice(5).includes('throttle');
const withResults = process.argv.slice(5).includes('results');
/** Every built-in statement answered "Niet", at the first theme: what `results` seeds. */
const answered = (() => {
  const toml = fs.readFileSync(new URL('../questions/themes.toml', import.meta.url), 'utf8');
  const ids = [...toml.matchAll(/\[\[theme\.statement\]\]\s*\n(?:#[^\n]*\n)*id = "([^"]+)"/g)].map(m => m[1]);
  const stored = JSON.parse(RESUMED);
  stored.progress.answers = Object.fromEntries(ids.map(id => [id, { value: 'niet', at: 1 }]));
  return JSON.stringify(stored);
})();
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm' };
const cache = new Map();
async function serveDir(dir) {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, new URL(req.url, 'http://x').pathname.replace(/\/$/, '/index.html'));
    if (!file.startsWith(dir) || !fs.existsSync(file)) { res.writeHead(404); return res.end(); }
    if (!cache.has(file)) cache.set(file, zlib.brotliCompressSync(fs.readFileSync(file), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'content-encoding': 'br' });
    res.end(cache.get(file));
  });
  await new Promise(r => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}
async function load(url, dir) {
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  if (throttle) await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(probe, withResults ? answered : RESUMED);
  await page.goto(url);
  await page.waitForFunction(() => window.__t.first, null, { timeout: 20000 });
  const t = await page.evaluate(() => window.__t);
  // The page and every file started before the first statement was laid out.
  const early = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter(e => e.startTime < window.__t.first).map(e => new URL(e.name).pathname));
  t.bytes = ['/', ...new Set(early)]
    .map(p => cache.get(path.join(dir, p.replace(/\/$/, '/index.html')))?.length ?? 0)
    .reduce((a, b) => a + b, 0);
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
const servers = await Promise.all([serveDir(a), serveDir(b)]);
await load(servers[0].url, a); await load(servers[1].url, b); // compress every file once
const results = [[], []];
for (let i = 0; i < RUNS; i++) for (const k of [0, 1]) results[k].push(await load(servers[k].url, [a, b][k]));
const median = (rs, key) => { const v = rs.map(r => r[key]).sort((x, y) => x - y); return Math.round(v[Math.floor(v.length / 2)]); };
for (const k of [0, 1]) console.log(`${k ? 'B' : 'A'} ${[a, b][k]}: mount ${median(results[k], 'mount')} ms, first statement ${median(results[k], 'first')} ms, ${median(results[k], 'bytes')} bytes brotli before it${withResults ? `, results with examples ${median(results[k], 'results')} ms after the click` : ''} (${RUNS} runs${throttle ? ', 4x CPU' : ''})`);
servers.forEach(s => s.server.close());
