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
let sheet = [...document.querySelectorAll('link[rel="stylesheet"]')].find(l => l.href === css);
if (!sheet) {
  sheet = document.createElement('link');
  sheet.rel = 'stylesheet';
  sheet.href = css;
  document.head.append(sheet);
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

// A new respondent's start screen for the built-in scan, per interface language, written here
// at build time (tools/start_screen.rs) by the builder the live widget draws it with. While the
// WebAssembly arrives it stands in the one widget where the live widget will draw exactly this:
// the built-in scan, the default storage key (the element ids come from it), nothing stored
// under that key (a returning respondent resumes where they were, or hears about data kept
// aside). It is inert: nothing in it takes a choice before the live widget can keep it.
const START = null;
// The glue imports the loader of the widget's later parts (`<name>_split.js`, see
// scripts/split-wasm.sh): fetched beside the glue, not a round trip after it.
const parts = document.createElement('link');
parts.rel = 'modulepreload';
parts.href = new URL(`./${name}_split.js`, import.meta.url).href;
document.head.append(parts);
// The widget starts first, so that its WebAssembly compiles while the start screen is drawn.
const widget = import(`./${name}.js`)
  .then(({ default: init }) => init({ module_or_path: new URL(`./${name}_bg.wasm`, import.meta.url) }));
const unset = (el, name) => !el.getAttribute(name)?.trim();
const early = START && [...document.querySelectorAll('[data-scan-passend-onderwijs]')]
  .find(el => unset(el, 'data-config') && unset(el, 'data-storage-key'));
const before = early ? [...early.childNodes] : [];
let failed = false;
const nothingStored = () => {
  try { return localStorage.getItem(START.key) === null; } catch { return false; }
};
const showStart = () => {
  // Not over the live widget, should it have come first, nor once it cannot come.
  if (failed || early.querySelector('.spo') || !nothingStored()) return;
  // The same rule as the widget's Lang::from_attribute: en or en-… is English, else Dutch.
  const lang = /^en(-|$)/i.test((early.getAttribute('data-lang') ?? '').trim()) ? 'en' : 'nl';
  early.innerHTML = START[lang];
};
if (early) {
  // Shown styled or not at all: once the stylesheet is in, so the page does not jump.
  if (sheet.sheet) showStart(); else sheet.addEventListener('load', showStart, { once: true });
}
try {
  await widget;
} catch (e) {
  // The live widget will not come: the page's own text comes back instead of a start screen
  // that cannot be used.
  failed = true;
  if (early?.querySelector('.spo-start[inert]')) early.replaceChildren(...before);
  throw e;
}
