// Benchmark: the Scan Passend Onderwijs widget against SurveyJS and a static HTML floor.
// Run it with `bash scripts/bench.sh` (builds the release first); see bench/README.md.
//
// Usage: node bench/run.mjs [--runs N] [--out FILE]
//   --runs N   cold loads per page and setting (default 10)
//   --out FILE where the raw numbers go (default bench/results.json)
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { launch } from '../tests/e2e/chromium.mjs';
import { sizes, respondentFiles, fullRespondentFiles } from './sizes.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const dist = path.join(root, 'dist');
const site = path.join(here, 'site');
const modules = path.join(here, 'node_modules');

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};
const RUNS = Number(option('--runs', 10));
const OUT = path.resolve(option('--out', path.join(here, 'results.json')));
const CLICKS = 50;
const THROTTLE = 4;

// The targets from issue 4: ours / SurveyJS and ours / static floor.
const TARGETS = {
  // Before the first statement (issue 21); everything a respondent fetches no more than before
  // the split (170 KiB as the issue measured it).
  downloadBrotliBytes: 80 * 1024,
  wholeBrotliBytes: 170 * 1024,
  firstStatementVsStatic: 1.5,
  firstStatementVsSurveyJS: 0.35,
  memoryVsSurveyJSHeap: 0.5,
  largeFirstStatementVsOurs: 2,
  clickToPaintMs: 16,
};

// ---------------------------------------------------------------------------------------------
// The pages: our widget, SurveyJS with the same statements, and the static floor.

const data = JSON.parse(execFileSync('cargo',
  ['run', '--quiet', '--release', '-p', 'scan-core', '--example', 'bench_data', '--', '1000'],
  { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 }));

const html = (title, head, body) => `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
${head}
</head>
<body>
${body}
</body>
</html>
`;
const esc = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** SurveyJS's JSON for the statements a team sees: a page per theme, a radio group each. */
function surveyJson(q) {
  return {
    title: q.title,
    locale: 'nl',
    showProgressBar: 'top',
    progressBarType: 'questions',
    showQuestionNumbers: 'on',
    pages: q.themes.map(t => ({
      name: t.id,
      title: t.title,
      description: t.intro,
      elements: t.statements.map(s => ({
        type: 'radiogroup',
        name: s.id,
        title: s.text,
        ...(s.help ? { description: s.help } : {}),
        choices: q.scale.map(o => ({ value: o.id, text: o.label })),
        colCount: 0,
      })),
    })),
  };
}

/** The first theme as plain HTML in the widget's own markup and stylesheet, no script. */
function staticFloor(q) {
  const t = q.themes[0];
  const options = (s, n) => q.scale.map(o =>
    `<label class="spo-option"><input type="radio" name="s${n}" value="${o.id}"> <span>${esc(o.label)}</span></label>`).join('\n');
  const statements = t.statements.map((s, n) => `<fieldset class="spo-statement">
<legend><span class="spo-statement__num">${n + 1}.</span> <span class="spo-statement__text">${esc(s.text)}</span></legend>
${s.help ? `<p class="spo-hint">${esc(s.help)}</p>` : ''}
<div class="spo-options">${options(s, n)}</div>
</fieldset>`).join('\n');
  return html(q.title, '<link rel="stylesheet" href="widget.css">', `<div class="spo"><section class="spo-screen spo-theme">
<p class="spo-kicker">Thema 1 van ${q.themes.length}</p>
<h2 class="spo-title">${esc(t.title)}</h2>
<p class="spo-lead">${esc(t.intro)}</p>
<p class="spo-scale-help">${esc(q.scale_help)}</p>
<div class="spo-statements">${statements}</div>
</section></div>`);
}

function writeSite() {
  fs.rmSync(site, { recursive: true, force: true });
  const put = (file, content) => {
    fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
    fs.writeFileSync(path.join(site, file), content);
  };
  const copy = (from, file) => put(file, fs.readFileSync(from));

  // Ours: a minimal host page with the snippet from the README (stylesheet, preloads, loader).
  for (const f of new Set([...respondentFiles(dist), ...fullRespondentFiles(dist)])) {
    copy(path.join(dist, f), `ours/${f}`);
  }
  // A page with data-config gets the full widget (with the TOML reader): the loader picks it.
  const ours = attrs => html('Scan Passend Onderwijs', `<link rel="stylesheet" href="widget.css">
<link rel="modulepreload" href="${attrs ? 'scan-widget-full' : 'scan-widget'}.js">
<link rel="preload" href="${attrs ? 'scan-widget-full' : 'scan-widget'}_bg.wasm" as="fetch" type="application/wasm" crossorigin>
<script type="module" src="scan-passend-onderwijs.js"></script>`,
    `<div data-scan-passend-onderwijs${attrs}></div>`);
  put('ours/index.html', ours(''));
  put('ours/large.html', ours(' data-config="large.toml"'));
  put('ours/large.toml', data.large_toml);

  // SurveyJS: survey-core, survey-js-ui, the Dutch locale and the stylesheet without web fonts
  // (the one with fonts loads them from Google, which a fair local run cannot reach).
  copy(path.join(modules, 'survey-core/survey.core.min.js'), 'surveyjs/survey.core.min.js');
  copy(path.join(modules, 'survey-core/i18n/dutch.min.js'), 'surveyjs/dutch.min.js');
  copy(path.join(modules, 'survey-js-ui/survey-js-ui.min.js'), 'surveyjs/survey-js-ui.min.js');
  copy(path.join(modules, 'survey-core/survey-core.fontless.min.css'), 'surveyjs/survey-core.fontless.min.css');
  const survey = (q, script) => {
    put(`surveyjs/${script}`, `const survey = new Survey.Model(${JSON.stringify(surveyJson(q))});
SurveyUI.renderSurvey(survey, document.getElementById('survey'));
`);
    return html(q.title, `<link rel="stylesheet" href="survey-core.fontless.min.css">
<script defer src="survey.core.min.js"></script>
<script defer src="dutch.min.js"></script>
<script defer src="survey-js-ui.min.js"></script>
<script defer src="${script}"></script>`, '<div id="survey"></div>');
  };
  put('surveyjs/index.html', survey(data.builtin, 'survey.js'));
  put('surveyjs/large.html', survey(data.large, 'large.js'));

  // The floor.
  copy(path.join(dist, 'widget.css'), 'static/widget.css');
  put('static/index.html', staticFloor(data.builtin));
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.toml': 'text/plain; charset=utf-8',
};

async function serve() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const file = path.join(site, path.normalize(url.pathname));
    if (!file.startsWith(site) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

// ---------------------------------------------------------------------------------------------
// Measuring.

/**
 * Runs in the page before any of its scripts: seeds the stored progress (ours), records every
 * WebAssembly memory, and notes the time at which the first statement is visible: checked on
 * every animation frame, so the time is that of the frame in which it is painted.
 */
function probe({ needle, storage }) {
  if (storage) localStorage.setItem(storage.key, storage.value);
  const bench = (window.__bench = { firstStatement: null, memories: [], clicks: [] });
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = async function (...args) {
      const result = await original.apply(this, args);
      const instance = result.instance ?? result;
      for (const value of Object.values(instance.exports ?? {})) {
        if (value instanceof WebAssembly.Memory) bench.memories.push(value);
      }
      return result;
    };
  }
  const find = () => {
    if (!document.body) return null;
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walk.nextNode()) if (walk.currentNode.data.includes(needle)) return walk.currentNode.parentElement;
    return null;
  };
  const visible = el => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.top < innerHeight && r.bottom > 0
      && getComputedStyle(el).visibility !== 'hidden' && getComputedStyle(el).opacity !== '0';
  };
  const frame = () => {
    const el = find();
    if (el && visible(el)) bench.firstStatement = performance.now();
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** The pages, each with the text of its first statement and how to answer on it. */
function pages(base) {
  const ours = {
    statement: 'fieldset.spo-statement', option: 'label.spo-option', progress: '.spo-progress label',
    next: '.spo-nav .spo-button--primary',
  };
  const surveyjs = {
    statement: '.sd-question', option: 'label.sd-selectbase__label', progress: '.sd-progress__text',
    next: '.sd-navigation__next-btn',
  };
  const key = id => `scan-passend-onderwijs:${id}`;
  return {
    ours: {
      url: `${base}/ours/index.html`, needle: data.builtin.themes[0].statements[0].text,
      storage: { key: key(data.builtin.id), value: data.builtin.stored }, ...ours,
    },
    surveyjs: { url: `${base}/surveyjs/index.html`, needle: data.builtin.themes[0].statements[0].text, ...surveyjs },
    static: {
      url: `${base}/static/index.html`, needle: data.builtin.themes[0].statements[0].text,
      statement: 'fieldset.spo-statement', option: 'label.spo-option',
    },
    oursLarge: {
      url: `${base}/ours/large.html`, needle: data.large.themes[0].statements[0].text,
      storage: { key: key(data.large.id), value: data.large.stored }, ...ours,
    },
    surveyjsLarge: { url: `${base}/surveyjs/large.html`, needle: data.large.themes[0].statements[0].text, ...surveyjs },
  };
}

/**
 * One cold load in a fresh browser (fresh profile, empty cache). Returns the time to the first
 * statement and, when asked, the bytes downloaded, the memory in use and click-to-paint times.
 */
async function coldLoad(target, { throttle = 1, bytes = false, memory = false, clicks = 0 } = {}) {
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', e => errors.push(String(e)));
    page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
    const responses = [];
    if (bytes) page.on('response', r => responses.push(r));
    const cdp = await context.newCDPSession(page);
    if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.addInitScript(probe, { needle: target.needle, storage: target.storage });
    await page.goto(target.url);
    await page.waitForFunction(() => window.__bench.firstStatement !== null, null, { timeout: 120_000, polling: 50 });
    if (errors.length) throw new Error(`${target.url}: ${errors.join('; ')}`);
    const result = { firstStatementMs: await page.evaluate(() => window.__bench.firstStatement) };
    if (bytes) {
      // What the browser asked for before the first statement showed (the page itself, then
      // resources started before it), and everything once the network is quiet: the widget
      // fetches its practice examples in idle time after its first screen (issue 21).
      const early = new Set(await page.evaluate(() => performance.getEntriesByType('resource')
        .filter(e => e.startTime < window.__bench.firstStatement).map(e => new URL(e.name).pathname)));
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(1500);
      result.files = [];
      for (const r of responses) {
        const body = await r.body();
        const url = new URL(r.url()).pathname;
        const before = r.request().resourceType() === 'document' || early.has(url);
        result.files.push({ url, before, ...sizes(body) });
      }
    }
    if (memory) {
      await page.waitForTimeout(500);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const wasm = await page.evaluate(() => window.__bench.memories.reduce((n, m) => n + m.buffer.byteLength, 0));
      result.memory = { jsHeap: usedSize, wasm, total: usedSize + wasm };
    }
    if (clicks) result.clicks = await clickToPaint(page, target, clicks);
    return result;
  } finally {
    await browser.close();
  }
}

/**
 * Clicks answers as a person would (real mouse events through the browser's input pipeline),
 * statement after statement, on to the next theme when one is done (or round again, on the
 * static page). Each time is from the click event (the button's release) to the end of the
 * first frame in which the progress text shows the new answer; on the static page, which has no
 * progress text, to the end of the first frame after the click: the browser's own floor.
 */
async function clickToPaint(page, target, count) {
  await page.evaluate(progress => {
    const bench = window.__bench;
    const text = () => (progress ? document.querySelector(progress)?.textContent : null);
    let pressed = null;
    document.addEventListener('click', e => {
      // A click on a label comes first; the browser then clicks its radio button.
      if (!e.target.matches('input')) {
        pressed = e.timeStamp;
        return;
      }
      const start = pressed ?? e.timeStamp;
      pressed = null;
      const before = text();
      const frame = () => requestAnimationFrame(() => {
        if (progress && text() === before) return frame();
        // The next task runs after this frame has been painted.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => bench.clicks.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
      frame();
    }, true);
  }, target.progress ?? null);
  let done = 0;
  while (done < count) {
    const statements = page.locator(target.statement);
    const here = await statements.count();
    for (let i = 0; i < here && done < count; i++, done++) {
      await statements.nth(i).locator(target.option).nth(done % 4).click();
      await page.waitForFunction(n => window.__bench.clicks.length >= n, done + 1, { polling: 'raf' });
    }
    if (done < count && !target.next) continue;
    if (done < count) {
      await page.locator(target.next).first().click();
      await page.waitForFunction(s => !document.querySelector(s)?.querySelector('input:checked'), target.statement);
    }
  }
  return page.evaluate(() => window.__bench.clicks);
}

// ---------------------------------------------------------------------------------------------
// Statistics and the report.

const median = xs => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const summary = xs => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs });
const kib = n => `${(n / 1024).toFixed(1)} KiB`;
const ms = n => `${n.toFixed(0)} ms`;
const ratio = (a, b) => `${(a / b).toFixed(2)}x`;

/**
 * `RUNS` cold loads of each page in `names`, taken in turns (a, b, c, a, b, c, …) so that a
 * slower moment of the machine falls on every page alike. Returns a summary per page.
 */
async function loads(p, names, throttle) {
  const times = Object.fromEntries(names.map(n => [n, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const n of names) times[n].push((await coldLoad(p[n], { throttle })).firstStatementMs);
  }
  return Object.fromEntries(names.map(n => [n, summary(times[n])]));
}

function totals(files) {
  const t = { raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) for (const k of Object.keys(t)) t[k] += f[k];
  return t;
}

async function main() {
  writeSite();
  const server = await serve();
  const p = pages(server.url);
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: (await import('node:os')).cpus().length, chromium: null },
    runs: RUNS,
    statements: {
      builtin: data.builtin.themes.reduce((n, t) => n + t.statements.length, 0),
      large: data.large.themes.reduce((n, t) => n + t.statements.length, 0),
    },
    pages: {},
    targets: TARGETS,
  };
  {
    const b = await launch();
    results.machine.chromium = b.version();
    await b.close();
  }
  try {
    const main = ['static', 'ours', 'surveyjs'];
    for (const name of main) {
      process.stderr.write(`${name}: bytes and memory\n`);
      // The static page's clicks give the browser's own click-to-paint floor.
      const once = await coldLoad(p[name], { bytes: true, memory: true, clicks: name === 'static' ? CLICKS : 0 });
      results.pages[name] = {
        files: once.files,
        bytes: totals(once.files),
        bytesBeforeFirstStatement: totals(once.files.filter(f => f.before)),
        memory: once.memory,
        ...(once.clicks ? { clickToPaintMs: summary(once.clicks) } : {}),
      };
    }
    process.stderr.write(`${main.join(', ')}: ${RUNS} cold loads each, in turns\n`);
    for (const [name, s] of Object.entries(await loads(p, main, 1))) results.pages[name].firstStatementMs = s;
    process.stderr.write(`${main.join(', ')}: ${RUNS} cold loads each at ${THROTTLE}x CPU throttling\n`);
    for (const [name, s] of Object.entries(await loads(p, main, THROTTLE))) results.pages[name].firstStatementThrottledMs = s;

    const large = ['oursLarge', 'surveyjsLarge'];
    for (const name of large) {
      process.stderr.write(`${name}: ${CLICKS} clicks\n`);
      const withClicks = await coldLoad(p[name], { clicks: CLICKS, bytes: true });
      results.pages[name] = { bytes: totals(withClicks.files), clickToPaintMs: summary(withClicks.clicks) };
    }
    // Our 49-statement time again, in the same turns as the 1,000-statement pages.
    process.stderr.write(`${large.join(', ')} and ours: ${RUNS} cold loads each, in turns\n`);
    const scale = await loads(p, [...large, 'ours'], 1);
    for (const name of large) results.pages[name].firstStatementMs = scale[name];
    results.pages.ours.firstStatementAlongsideLargeMs = scale.ours;
  } finally {
    server.close();
  }
  fs.writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
  report(results);
  process.stderr.write(`\nRaw numbers: ${path.relative(process.cwd(), OUT)}\n`);
}

function report(r) {
  const { ours, surveyjs, static: floor, oursLarge, surveyjsLarge } = r.pages;
  const rows = [];
  const row = (what, o, s, f, fmt, target) => rows.push([
    what, fmt(o), s === null ? '' : fmt(s), f === null ? '' : fmt(f),
    s === null ? '' : ratio(o, s), f === null ? '' : ratio(o, f), target,
  ]);
  const before = page => page.bytesBeforeFirstStatement;
  for (const k of ['raw', 'gzip', 'brotli']) {
    row(`download before the first statement, ${k}`, before(ours)[k], before(surveyjs)[k], before(floor)[k], kib,
      k === 'brotli' ? `≤ ${kib(TARGETS.downloadBrotliBytes)}: ${before(ours).brotli <= TARGETS.downloadBrotliBytes ? 'met' : 'missed'}` : '');
  }
  row('download, everything (brotli)', ours.bytes.brotli, surveyjs.bytes.brotli, floor.bytes.brotli, kib,
    `≤ ${kib(TARGETS.wholeBrotliBytes)}: ${ours.bytes.brotli <= TARGETS.wholeBrotliBytes ? 'met' : 'missed'}`);
  const vs = (a, b, max) => (a / b <= max ? 'met' : 'missed');
  row('first statement (median)', ours.firstStatementMs.median, surveyjs.firstStatementMs.median,
    floor.firstStatementMs.median, ms,
    `≤ 1.5x static: ${vs(ours.firstStatementMs.median, floor.firstStatementMs.median, TARGETS.firstStatementVsStatic)}; ≤ 0.35x SurveyJS: ${vs(ours.firstStatementMs.median, surveyjs.firstStatementMs.median, TARGETS.firstStatementVsSurveyJS)}`);
  row(`first statement, ${THROTTLE}x CPU (median)`, ours.firstStatementThrottledMs.median,
    surveyjs.firstStatementThrottledMs.median, floor.firstStatementThrottledMs.median, ms,
    `≤ 0.35x SurveyJS: ${vs(ours.firstStatementThrottledMs.median, surveyjs.firstStatementThrottledMs.median, TARGETS.firstStatementVsSurveyJS)}`);
  row('memory: JS heap + wasm', ours.memory.total, surveyjs.memory.total, floor.memory.total, kib,
    `≤ 0.5x SurveyJS heap: ${vs(ours.memory.total, surveyjs.memory.jsHeap, TARGETS.memoryVsSurveyJSHeap)}`);
  row(`${r.statements.large} statements: first statement (median)`, oursLarge.firstStatementMs.median,
    surveyjsLarge.firstStatementMs.median, null, ms,
    `≤ 2x ours at ${r.statements.builtin} (${ms(ours.firstStatementAlongsideLargeMs.median)} in the same turns): ${vs(oursLarge.firstStatementMs.median, ours.firstStatementAlongsideLargeMs.median, TARGETS.largeFirstStatementVsOurs)}`);
  row(`${r.statements.large} statements: click to paint (median of ${CLICKS})`, oursLarge.clickToPaintMs.median,
    surveyjsLarge.clickToPaintMs.median, floor.clickToPaintMs.median, n => `${n.toFixed(1)} ms`,
    `≤ 16 ms: ${oursLarge.clickToPaintMs.median <= TARGETS.clickToPaintMs ? 'met' : 'missed'}`);
  const head = ['', 'ours', 'SurveyJS', 'static', 'ours/SurveyJS', 'ours/static', 'target'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map(x => x[i].length)));
  const line = cells => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(`\nChromium ${r.machine.chromium}, ${r.machine.cpus} cores, ${r.runs} cold loads each, ${r.statements.builtin} statements (built-in scan)\n`);
  console.log(line(head));
  console.log(`|${widths.map(w => '-'.repeat(w + 2)).join('|')}|`);
  for (const x of rows) console.log(line(x));
  console.log(`\nranges (min–max): ours ${ms(ours.firstStatementMs.min)}–${ms(ours.firstStatementMs.max)}, `
    + `SurveyJS ${ms(surveyjs.firstStatementMs.min)}–${ms(surveyjs.firstStatementMs.max)}, `
    + `static ${ms(floor.firstStatementMs.min)}–${ms(floor.firstStatementMs.max)}`);
  console.log('\nour files (brotli):');
  for (const f of ours.files) console.log(`  ${f.url.padEnd(36)} ${kib(f.raw).padStart(11)} raw  ${kib(f.brotli).padStart(10)} br${f.before ? '' : '  (after the first statement)'}`);
}

await main();
