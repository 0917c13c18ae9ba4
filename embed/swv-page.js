// Scan Passend Onderwijs, the samenwerkingsverband's view: starts the WebAssembly module next
// to this file in the element with id "scan-swv" (see swv.html): `scan-swv` for the built-in
// scan, or `scan-swv-full` (which can read a site owner's scan) when that element has
// data-config. No inline code, no other hosts.
const full = document.querySelector('#scan-swv[data-config]') !== null;
const name = full ? 'scan-swv-full' : 'scan-swv';
const { default: init } = await import(`./${name}.js`);
await init({ module_or_path: new URL(`./${name}_bg.wasm`, import.meta.url) });
