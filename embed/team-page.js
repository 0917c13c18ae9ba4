// Scan Passend Onderwijs, the advisor's team view: starts the WebAssembly module next to this
// file in the element with id "scan-team" (see team.html): `scan-team` for the built-in scan,
// or `scan-team-full` (which can read a site owner's scan) when that element has data-config.
// No inline code, no other hosts.
const full = document.querySelector('#scan-team[data-config]') !== null;
const name = full ? 'scan-team-full' : 'scan-team';
const { default: init } = await import(`./${name}.js`);
await init({ module_or_path: new URL(`./${name}_bg.wasm`, import.meta.url) });
