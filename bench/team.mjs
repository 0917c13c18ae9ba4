// The team view with many respondents against the single results screen: cold loads of the
// release (dist/), each in a fresh browser. Prints the median time, in ms from navigation start,
// until the results screen is drawn (one respondent's answers, seeded), and until the team page
// has drawn its picture of N respondents' files (page ready + reading, checking, aggregating and
// drawing the files; drawn = the picture counts all N), and the part from choosing the files to
// the drawn picture alone (Playwright handing the files to the input included), and from the
// input's change event to the drawn picture (the page's own work). The target (issue 10): the
// team view within 2x the results screen; (issue 19) 1,000 files drawn within 1 s.
//
//   node bench/team.mjs [RESPONDENTS] [RUNS]        (default 30 respondents, 7 runs)
// Build first (scripts/bench.sh or scripts/test.sh). Results are in bench/README.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch } from '../tests/e2e/chromium.mjs';
import { serve } from '../tests/e2e/harness.mjs';
import { BUILTIN_STATEMENT_IDS } from './probe.mjs';

const n = Number(process.argv[2] ?? 30);
const runs = Number(process.argv[3] ?? 7);
const options = ['niet', 'enigszins', 'grotendeels', 'volledig', 'weet-niet', 'nvt'];
const roles = ['leraar', 'leraar', 'leraar', 'ib', 'directie'];
let seed = 7;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'team-bench-'));
const files = [];
for (let i = 0; i < n; i++) {
  const answers = Object.fromEntries(BUILTIN_STATEMENT_IDS.map(id => [id, { value: options[Math.floor(next() * 6)], at: 1 }]));
  const file = { kind: 'scan-passend-onderwijs/answers', format: 1, scan: 'scan-passend-onderwijs', scan_version: '2026.1',
    saved_at: 1_764_000_000_000 + i, school_type: 'po', role: roles[i % roles.length], name: `R${i + 1}`, answers, notes: {} };
  const p = path.join(dir, `r${i + 1}.json`);
  fs.writeFileSync(p, JSON.stringify(file));
  files.push({ path: p, file });
}
const first = files[0].file;
const stored = JSON.stringify({ format: 2, scan: 'scan-passend-onderwijs', scan_version: '2026.1',
  progress: { answers: first.answers, notes: {}, step: { screen: 'results' }, modules: [], profile: { school_type: 'po', role: first.role }, setup_at: 1, started_at: 0 } });

const server = await serve();
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = [];
const team = [];
const draw = [];
const own = [];
for (let i = 0; i < runs; i++) {
  let browser = await launch();
  let page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(s => localStorage.setItem('scan-passend-onderwijs:scan-passend-onderwijs', s), stored);
  await page.goto(server.url);
  await page.locator('.spo-summary').waitFor();
  results.push(await page.evaluate(() => performance.now()));
  await browser.close();

  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}team.html`);
  await page.locator('input[type=file]').first().waitFor({ state: 'attached' });
  const ready = await page.evaluate(() => performance.now());
  // Drawn when the picture counts all N respondents (not at its first table: a page that draws
  // after each file shows a table after the first file).
  await page.evaluate(count => {
    const all = () => document.querySelector('.spo-team-who p')?.textContent === count;
    window.__drawn = new Promise(resolve => new MutationObserver((_, o) => {
      if (all()) { o.disconnect(); resolve(performance.now()); }
    }).observe(document, { childList: true, subtree: true, characterData: true }));
    document.addEventListener('change', () => { window.__changed ??= performance.now(); }, true);
    window.__start = performance.now();
  }, n === 1 ? '1 respondent.' : `${n} respondenten.`);
  await page.locator('input[type=file]').first().setInputFiles(files.map(f => f.path));
  const [start, changed, drawn] =
    await page.evaluate(async () => [window.__start, window.__changed, await window.__drawn]);
  team.push(ready + (drawn - start));
  draw.push(drawn - start);
  own.push(drawn - changed);
  await browser.close();
}
await server.close();
fs.rmSync(dir, { recursive: true, force: true });
const r = median(results);
const t = median(team);
console.log(`results screen (1 respondent): ${Math.round(r)} ms`);
console.log(`team view (${n} respondents):  ${Math.round(t)} ms`);
console.log(`  of which files chosen -> picture drawn: ${Math.round(median(draw))} ms`);
console.log(`  of which the page's change event -> picture drawn: ${Math.round(median(own))} ms`);
console.log(`ratio: ${(t / r).toFixed(2)}x (target: at most 2x)`);
