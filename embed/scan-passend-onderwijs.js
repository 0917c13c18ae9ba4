// Scan Passend Onderwijs: loads the widget into every element with the attribute
// data-scan-passend-onderwijs. Include it with
//   <script type="module" src="/pad/naar/scan-passend-onderwijs.js"></script>
// It adds the widget's stylesheet (unless the page links it), then starts the WebAssembly
// module next to it. No inline
// code, no other hosts: it runs under `script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`.
import init from './scan-widget.js';

const css = new URL('./widget.css', import.meta.url).href;
// The host page may link the stylesheet itself (with any relative URL) so it loads earlier.
if (![...document.querySelectorAll('link[rel="stylesheet"]')].some(l => l.href === css)) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = css;
  document.head.append(link);
}
await init({ module_or_path: new URL('./scan-widget_bg.wasm', import.meta.url) });
