// Shared test harness: serves dist/ on 127.0.0.1, starts Debian's Chromium through
// playwright-core, and records console errors, page errors and requests to other hosts.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { launch } from './chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');
export const dist = process.env.SCAN_DIST ?? path.join(root, 'dist');
export const artifacts = path.join(here, 'artifacts');

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.toml': 'text/plain; charset=utf-8', '.json': 'application/json',
};

const compressible = /\.(wasm|js|css|html|toml|bin)$/;
const compressed = new Map();
/** The file's bytes in `encoding` (br: brotli -q 11, gzip: -9), compressed once per run. */
function compress(file, encoding) {
  const key = `${encoding} ${file}`;
  if (!compressed.has(key)) {
    const bytes = fs.readFileSync(file);
    compressed.set(key, encoding === 'br'
      ? zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
      : zlib.gzipSync(bytes, { level: 9 }));
  }
  return compressed.get(key);
}

/** Host pages made from dist/index.html with another body, served at /pages/<name>.html. */
function hostPage(name, body) {
  const index = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  return index.replace(/<body>[\s\S]*<\/body>/, `<body>\n${body}\n</body>`);
}

/**
 * Starts a static server for dist/. `pages` maps a name to the body of an extra host page;
 * `files` maps a path (like "/broken.toml") to extra text content. Returns { url, close }.
 */
export async function serve(pages = {}, files = {}) {
  if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error(`no release build in ${dist}`);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const page = url.pathname.match(/^\/pages\/([\w-]+)\.html$/);
    if (page && pages[page[1]] !== undefined) {
      res.writeHead(200, { 'content-type': types['.html'] });
      return res.end(hostPage(page[1], pages[page[1]]));
    }
    if (files[url.pathname] !== undefined) {
      res.writeHead(200, { 'content-type': types[path.extname(url.pathname)] ?? 'text/plain' });
      return res.end(files[url.pathname]);
    }
    const file = path.join(dist, path.normalize(url.pathname === '/' ? '/index.html' : url.pathname));
    if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404); return res.end('not found');
    }
    // Compressed as the README advises site owners to serve it (brotli where the browser
    // takes it, else gzip), so Lighthouse and the tests see the download a real host page gives.
    const type = types[path.extname(file)] ?? 'application/octet-stream';
    const accepts = req.headers['accept-encoding'] ?? '';
    const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
    if (encoding && compressible.test(file)) {
      res.writeHead(200, { 'content-type': type, 'content-encoding': encoding, vary: 'accept-encoding' });
      return res.end(compress(file, encoding));
    }
    res.writeHead(200, { 'content-type': type });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise(r => server.close(r)) };
}

export { chromiumArgs, launch } from './chromium.mjs';

/**
 * A page that records problems: console errors, uncaught errors, failed responses and any
 * request to a host other than `origin`. In a fresh context, or in `shared` (pages of one
 * context share a profile, as tabs do).
 */
export async function openPage(browser, origin, viewport = { width: 1280, height: 900 }, shared = null) {
  const context = shared ?? await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems = [];
  const foreign = [];
  page.on('pageerror', e => problems.push(`page error: ${e}`));
  page.on('console', m => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('response', r => { if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`); });
  page.on('request', r => {
    const u = new URL(r.url());
    if (u.protocol !== 'data:' && u.origin !== new URL(origin).origin) foreign.push(r.url());
  });
  return { context, page, problems, foreign };
}

/** Opens the team page in `rec` and, with `files`, adds them and waits for the picture. */
export async function openTeam(rec, origin, files = []) {
  await rec.page.goto(`${origin}team.html`);
  await rec.page.getByRole('heading', { name: 'Het beeld van het team' }).waitFor();
  if (files.length === 0) return;
  await rec.page.locator('input[type=file]').first().setInputFiles(files);
  await rec.page.locator('.spo-team-table').first().waitFor();
}

/** Runs axe-core (WCAG 2.x A and AA) on the page and returns the violations, readable. */
export async function axeViolations(page) {
  const { AxeBuilder } = await import('@axe-core/playwright');
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
  return r.violations.map(v => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
}

/** Saves a full-page screenshot under tests/e2e/artifacts/. */
export async function screenshot(page, name) {
  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
}

/** A screenshot of one part of a page (a Playwright locator), to look at it closely. */
export async function screenshotOf(locator, name) {
  fs.mkdirSync(artifacts, { recursive: true });
  await locator.screenshot({ path: path.join(artifacts, `${name}.png`) });
}

/** Asserts that a page recorded no errors and no requests to other hosts. */
export function assertClean(assert, rec) {
  assert.deepEqual(rec.problems, [], 'no console errors, page errors or failed requests');
  assert.deepEqual(rec.foreign, [], 'no requests to any other host');
}

/** The storage key the built-in scan uses when the host page names none. */
export const DEFAULT_KEY = 'scan-passend-onderwijs:scan-passend-onderwijs';

/** What the native core computes for a stored progress text (crates/scan-core/examples/score.rs). */
export async function coreScore(stored) {
  const { execFileSync } = await import('node:child_process');
  const bin = path.join(root, 'target', 'debug', 'examples', 'score');
  if (!fs.existsSync(bin)) throw new Error(`build it first: cargo build -p scan-core --example score (${bin})`);
  return JSON.parse(execFileSync(bin, { input: stored, encoding: 'utf8' }));
}

/**
 * Registers before/after hooks for a spec file: a server for dist/ (with extra `pages` and
 * `files`, see `serve`) and a browser. Returns an object whose `server` and `browser` are set
 * once the hooks ran.
 */
export function useServerAndBrowser(pages = {}, files = {}) {
  const env = {};
  before(async () => { env.server = await serve(pages, files); env.browser = await launch(); });
  after(async () => { await env.browser?.close(); await env.server?.close(); });
  return env;
}

/** Counts calls of navigator.storage.persist() in the page (window.__persistCalls). */
export const countPersistCalls = () => {
  window.__persistCalls = 0;
  const persist = navigator.storage.persist.bind(navigator.storage);
  navigator.storage.persist = () => { window.__persistCalls += 1; return persist(); };
};
