// What the timing scripts in bench/ share: progress that resumes the demo page at the first
// theme, and an init script that notes when the widget's element appears and the first frame in
// which a statement is laid out; the built-in statements' ids; a brotli server for a dist folder.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

/** Stored progress: at the first theme, as a primary-school teacher. */
export const RESUMED = JSON.stringify({ format: 2, scan: 'scan-passend-onderwijs', scan_version: '2026.1',
  progress: { step: { screen: 'theme', theme: 'visie' }, profile: { school_type: 'po', role: 'leraar' } } });

/**
 * For `page.addInitScript(probe, RESUMED)`: seeds the progress on the page at `/`, then sets
 * `window.__t.mount` when an element of the widget is in the page and `window.__t.first` (and
 * the performance mark `first-statement`) in the first frame with a statement laid out.
 * Serialized into the page, so it uses nothing from outside.
 */
export function probe(stored) {
  if (location.pathname === '/') localStorage.setItem('scan-passend-onderwijs:scan-passend-onderwijs', stored);
  const t = window.__t = window.__t ?? {};
  const check = () => {
    const el = document.querySelector('.spo-statement');
    if (el && el.getBoundingClientRect().height > 0) { t.first = performance.now(); performance.mark('first-statement'); }
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
  new MutationObserver(() => { if (!t.mount && document.querySelector('.spo')) t.mount = performance.now(); })
    .observe(document, { childList: true, subtree: true });
}

/** The ids of the built-in scan's statements, read from questions/themes.toml. */
export const BUILTIN_STATEMENT_IDS = (() => {
  const toml = fs.readFileSync(new URL('../questions/themes.toml', import.meta.url), 'utf8');
  return [...toml.matchAll(/\[\[theme\.statement\]\]\s*\n(?:#[^\n]*\n)*id = "([^"]+)"/g)].map(m => m[1]);
})();

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm' };

/**
 * Serves `dir` (and `pages`, a map from a path such as "/prerender.html" to its text) from
 * 127.0.0.1, every response brotli -q 11 as a good host serves it, each file compressed once.
 * Returns { server, url, brotliBytes(pathname) } (the size of what was sent for a path).
 */
export async function serveBrotli(dir, pages = {}) {
  const cache = new Map();
  const key = pathname => pathname.replace(/\/$/, '/index.html');
  const server = http.createServer((req, res) => {
    const url = key(new URL(req.url, 'http://x').pathname);
    const file = path.join(dir, url);
    const body = pages[url] ?? (file.startsWith(dir) && fs.existsSync(file) && !fs.statSync(file).isDirectory()
      ? fs.readFileSync(file) : null);
    if (body === null) { res.writeHead(404); return res.end(); }
    if (!cache.has(url)) cache.set(url, zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
    res.writeHead(200, { 'content-type': TYPES[path.extname(url)] ?? 'application/octet-stream', 'content-encoding': 'br' });
    res.end(cache.get(url));
  });
  await new Promise(r => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${server.address().port}/`, brotliBytes: p => cache.get(key(p))?.length ?? 0 };
}
