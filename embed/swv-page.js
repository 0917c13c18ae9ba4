// Scan Passend Onderwijs, the samenwerkingsverband's view: starts the WebAssembly module next
// to this file in the element with id "scan-swv" (see swv.html). No inline code, no other hosts.
const { default: init } = await import('./scan-swv.js');
await init({ module_or_path: new URL('./scan-swv_bg.wasm', import.meta.url) });
