// The samenwerkingsverband's page (swv.html) with many schools' team files: cold loads of the
// release (dist/, or SCAN_DIST), each in a fresh browser. FILES team files are made natively
// (target/debug/examples/team_file, as the team page makes them), one per school, every school
// named differently, school types po, vo, sbo and so mixed, 3 to 40 respondents (so some schools
// have too few respondents to be shown). Prints the median and every run of two spans, in ms
// measured with performance.now() inside the page: from the setInputFiles call to the drawn
// picture (Playwright handing the files to the input included), and from the input's change
// event to the drawn picture (the page's own work: reading, checking, adding the schools, the
// picture across them, the markup and the DOM). Drawn = `.spo-swv-count` says all FILES schools
// (and how many of them are shown, checked against the files): the picture is in the DOM. Also
// printed: from the change event to the frame after that (requestAnimationFrame, then a task),
// which adds the browser's style, layout and paint of the table. The target (issue 20): 200
// files drawn within 1 s, 1,000 within 3 s.
//
//   node bench/swv.mjs [FILES] [RUNS]        (default 200 files, 5 runs)
// Build first (scripts/bench.sh, or cargo build -p scan-core --examples for team_file). Results
// are in bench/README.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { launch } from '../tests/e2e/chromium.mjs';
import { serve, root } from '../tests/e2e/harness.mjs';

const n = Number(process.argv[2] ?? 200);
const runs = Number(process.argv[3] ?? 5);
const bin = path.join(root, 'target', 'debug', 'examples', 'team_file');
if (!fs.existsSync(bin)) throw new Error(`build it first: cargo build -p scan-core --examples (${bin})`);
// The built-in scan's criteria.min_school_respondents (default 5, see questions/README.md).
const minRespondents = 5;

// The schools: a seeded mix of types and sizes, each with a name of its own.
const types = ['po', 'po', 'po', 'po', 'vo', 'vo', 'sbo', 'so'];
const kinds = { po: ['OBS', 'CBS', 'RKBS', 'IKC'], vo: ['College', 'Lyceum', 'Scholengemeenschap'], sbo: ['SBO'], so: ['SO', 'VSO'] };
const names = ['De Regenboog', 'Het Anker', 'De Wissel', 'Het Kompas', 'Zonnewijzer', 'De Linde', 'Het Baken',
  'De Vlinder', 'Klavertje Vier', 'De Horizon', 'Het Palet', 'De Esch', 'Sint Jozef', 'De Bron', 'Het Mozaïek'];
let seed = 20;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = xs => xs[Math.floor(next() * xs.length)];
const schools = Array.from({ length: n }, (_, i) => {
  const type = pick(types);
  return { name: `${pick(kinds[type])} ${pick(names)} ${i + 1}`, type, respondents: 3 + Math.floor(next() * 38), seed: 1 + i * 50 };
});

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'swv-bench-'));
const run = promisify(execFile);
const made = Date.now();
const files = new Array(n);
let at = 0;
await Promise.all(Array.from({ length: Math.max(1, os.cpus().length) }, async () => {
  while (at < n) {
    const i = at++;
    const s = schools[i];
    files[i] = path.join(dir, `team-${i + 1}.json`);
    await run(bin, [s.name, s.type, String(s.respondents), String(s.seed), files[i]]);
  }
}));
const bytes = files.reduce((sum, f) => sum + fs.statSync(f).size, 0);
const shown = files.filter(f => JSON.parse(fs.readFileSync(f, 'utf8')).respondents >= minRespondents).length;
const count = `${n} scholen, waarvan ${shown} met genoeg respondenten om te tonen.`;
console.log(`${n} team files (${['po', 'vo', 'sbo', 'so'].map(t => `${schools.filter(s => s.type === t).length} ${t}`).join(', ')}; ` +
  `${n - shown} with fewer than ${minRespondents} respondents), ${bytes.toLocaleString('en')} bytes, made in ${Date.now() - made} ms`);

const server = await serve();
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const chosen = [];
const own = [];
const framed = [];
for (let i = 0; i < runs; i++) {
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}swv.html`);
  await page.locator('.spo-swv input[type=file]').first().waitFor({ state: 'attached' });
  // Drawn when the count names all FILES schools (the body is drawn once, after all are read).
  await page.evaluate(k => {
    const text = () => document.querySelector('.spo-swv-count')?.textContent;
    window.__drawn = new Promise(resolve => new MutationObserver((_, o) => {
      const t = text();
      if (t && t.startsWith(`${k} `)) {
        o.disconnect();
        resolve([performance.now(), t]);
        // The frame after it: the table's style, layout and paint.
        requestAnimationFrame(() => setTimeout(() => { window.__painted = performance.now(); }));
      }
    }).observe(document, { childList: true, subtree: true, characterData: true }));
    document.addEventListener('change', () => { window.__changed ??= performance.now(); }, true);
    window.__start = performance.now();
  }, n);
  await page.locator('.spo-swv input[type=file]').first().setInputFiles(files);
  const [start, changed, [drawn, text]] =
    await page.evaluate(async () => [window.__start, window.__changed, await window.__drawn]);
  if (text !== count) throw new Error(`the page says "${text}", expected "${count}"`);
  // All taken: the page says so in one line, and nothing else.
  const problems = await page.locator('.spo-team-problems p').allTextContents();
  if (problems.join() !== `${n} teambestanden toegevoegd.`) throw new Error(`the page refused files: ${problems.slice(0, 3).join(' | ')}`);
  await page.waitForFunction(() => window.__painted);
  const painted = await page.evaluate(() => window.__painted);
  chosen.push(drawn - start);
  own.push(drawn - changed);
  framed.push(painted - changed);
  await browser.close();
}
await server.close();
fs.rmSync(dir, { recursive: true, force: true });
const list = xs => xs.map(x => Math.round(x)).join(', ');
console.log(`SWV page, ${n} team files, ${runs} runs (median; all runs):`);
console.log(`  files chosen (setInputFiles) -> picture drawn: ${Math.round(median(chosen))} ms (${list(chosen)})`);
console.log(`  the page's change event -> picture drawn:      ${Math.round(median(own))} ms (${list(own)})`);
console.log(`  the page's change event -> the frame after it: ${Math.round(median(framed))} ms (${list(framed)})`);
