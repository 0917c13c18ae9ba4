// Lighthouse (npm, 12.8.2: the last that runs on Node 20) in Debian's Chromium, on the demo page
// and the example host pages, desktop and mobile. The test command checks what is stable run to
// run (layout shift, accessibility, best practices, SEO); the benchmark prints the timings too.
//
//   node tests/e2e/lighthouse.mjs            serves dist/ and prints a table (bench.sh runs it)
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs } from './chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The pages site owners see first: the demo and the examples, as served from dist/. */
export const PAGES = ['', 'examples/eigen-scan.html', 'examples/onrustige-pagina.html'];
export const PRESETS = ['desktop', 'mobile'];

/**
 * Runs Lighthouse on `url` with `preset`; resolves to the category scores (0-100) and timings.
 * Asynchronous, so a server in the same process keeps answering.
 */
export async function lighthouse(url, preset) {
  const run = await promisify(execFile)(path.join(here, 'node_modules', '.bin', 'lighthouse'), [
    url,
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
    `--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    '--output=json', '--output-path=stdout', '--quiet',
  ], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' } });
  const r = JSON.parse(run.stdout);
  if (r.runtimeError) throw new Error(`lighthouse: ${r.runtimeError.message}`);
  const score = id => Math.round(r.categories[id].score * 100);
  const audit = id => r.audits[id];
  const failing = Object.values(r.categories).flatMap(c => c.auditRefs)
    .filter(ref => ref.weight > 0 && audit(ref.id).score !== null && audit(ref.id).score < 1)
    .map(ref => ref.id);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    cls: audit('cumulative-layout-shift').numericValue,
    lcpMs: audit('largest-contentful-paint').numericValue,
    tbtMs: audit('total-blocking-time').numericValue,
    failing,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { serve } = await import('./harness.mjs');
  const server = await serve();
  console.log('| page | preset | performance | accessibility | best practices | SEO | CLS | LCP | TBT |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  try {
    for (const page of PAGES) {
      for (const preset of PRESETS) {
        const r = await lighthouse(server.url + page, preset);
        console.log(`| ${page || 'demo (index.html)'} | ${preset} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.cls.toFixed(3)} | ${Math.round(r.lcpMs)} ms | ${Math.round(r.tbtMs)} ms |`);
      }
    }
  } finally {
    await server.close();
  }
}
