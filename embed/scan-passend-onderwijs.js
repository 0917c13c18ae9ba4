// Scan Passend Onderwijs: loads the widget into every element with the attribute
// data-scan-passend-onderwijs. Include it with
//   <script type="module" src="/pad/naar/scan-passend-onderwijs.js"></script>
// It adds the widget's stylesheet (unless the page links it), then starts the WebAssembly
// module next to it: `scan-widget` for the built-in scan, or `scan-widget-full` (which can read
// a site owner's scan) when a widget on the page has data-config. No inline code, no other
// hosts: it runs under `script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`.
const full = document.querySelector('[data-scan-passend-onderwijs][data-config]') !== null;
const name = full ? 'scan-widget-full' : 'scan-widget';

const css = new URL('./widget.css', import.meta.url).href;
// The host page may link the stylesheet itself (with any relative URL) so it loads earlier.
if (![...document.querySelectorAll('link[rel="stylesheet"]')].some(l => l.href === css)) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = css;
  document.head.append(link);
}
// The respondent's link for the advisor points to the team page next to these files, unless
// the host page names an http(s) address of its own (data-team-page).
const teamPage = new URL('./team.html', import.meta.url).href;
const isHttp = address => {
  try { return /^https?:$/.test(new URL(address, document.baseURI).protocol); } catch { return false; }
};
// What the widget fetches later (the built-in scan's practice examples, while the respondent
// answers) lies next to these files.
const files = new URL('./', import.meta.url).href;
for (const el of document.querySelectorAll('[data-scan-passend-onderwijs]')) {
  el.setAttribute('data-files', files);
  const own = el.getAttribute('data-team-page')?.trim();
  if (own && isHttp(own)) continue;
  if (own) console.warn(`Scan Passend Onderwijs: data-team-page "${own}" is not an http(s) address; the link goes to ${teamPage}`);
  el.setAttribute('data-team-page', teamPage);
}
const { default: init } = await import(`./${name}.js`);
await init({ module_or_path: new URL(`./${name}_bg.wasm`, import.meta.url) });
