// Scan Passend Onderwijs, the advisor's team view: starts the WebAssembly module next to this
// file in the element with id "scan-team" (see team.html). No inline code, no other hosts.
const { default: init } = await import('./scan-team.js');
await init({ module_or_path: new URL('./scan-team_bg.wasm', import.meta.url) });
