// A CPU profile of cold loads of the demo page, resumed at the first theme, until the first
// statement is laid out: which functions (JS and wasm, by name) take the time. Build a dist with
// wasm names kept first (see bench/README.md, "Where the time goes"), then:
//   SCAN_DIST=/tmp/profdist node bench/cpu-profile.mjs [RUNS] [throttle]
import { launch } from '../tests/e2e/chromium.mjs';
import { probe, RESUMED } from './probe.mjs';
import { serve } from '../tests/e2e/harness.mjs';
const server = await serve();
const self = new Map(), total = new Map();
const runs = Number(process.argv[2] ?? 5);
for (let i = 0; i < runs; i++) {
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  if (process.argv[3] === 'throttle') await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await page.addInitScript(probe, RESUMED);
  await cdp.send('Profiler.start');
  await page.goto(server.url);
  await page.waitForFunction(() => window.__t.first, null, { timeout: 20000 });
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map(n => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, k) => {
    const ms = (dt[k + 1] ?? 0) / 1000;
    const name = n => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}`;
    self.set(name(byId.get(id)), (self.get(name(byId.get(id))) ?? 0) + ms / runs);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const nm = name(byId.get(cur));
      if (!seen.has(nm)) { seen.add(nm); total.set(nm, (total.get(nm) ?? 0) + ms / runs); }
    }
  });
  await browser.close();
}
await server.close();
const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${v.toFixed(1).padStart(7)} ms  ${k.slice(0, 150)}`).join('\n');
console.log('--- self time (mean per load)\n' + top(self, 40));
console.log('--- total time (mean per load)\n' + top(total, 60));
