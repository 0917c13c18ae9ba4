// The renderer's main thread from navigation to the first statement, for one cold load of the
// demo page resumed at the first theme: every task of 1 ms or more, with the events inside it
// that took 1 ms or more (parse, script, compile, style, layout, paint). Shows what the main
// thread does while the page waits, which a CPU profile (bench/cpu-profile.mjs) does not.
//   node bench/timeline.mjs [throttle]      (SCAN_DIST=dir serves another build, e.g. the static floor)
import { launch } from '../tests/e2e/chromium.mjs';
import { probe, RESUMED } from './probe.mjs';
import { serve } from '../tests/e2e/harness.mjs';
const server = await serve();
// A first load, not traced, so the server has compressed every file once.
{ const b = await launch(); const p = await b.newPage(); await p.goto(server.url); await p.locator('.spo').first().waitFor(); await b.close(); }
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const cdp = await page.context().newCDPSession(page);
if (process.argv[2] === 'throttle') await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const events = [];
cdp.on('Tracing.dataCollected', e => events.push(...e.value));
const done = new Promise(r => cdp.once('Tracing.tracingComplete', r));
await page.addInitScript(probe, RESUMED);
await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing,loading,v8.execute,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
await page.goto(server.url);
await page.waitForFunction(() => performance.getEntriesByName('first-statement').length);
await cdp.send('Tracing.end'); await done;
await browser.close(); await server.close();

const nav = events.find(e => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame) ?? events.find(e => e.name === 'navigationStart');
const first = events.find(e => e.name === 'first-statement');
const main = events.find(e => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === first.pid);
const ms = ts => ((ts - nav.ts) / 1000).toFixed(1).padStart(7);
const onMain = events.filter(e => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= nav.ts && e.ts <= first.ts);
const tasks = onMain.filter(e => e.name === 'RunTask' && e.dur >= 1000);
for (const t of tasks) {
  const inner = onMain.filter(e => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.dur >= 1000 && e.name !== 'RunTask');
  const what = inner.map(e => `${e.name}${e.args?.data?.url ? ` ${e.args.data.url.split('/').pop()}` : ''} ${(e.dur / 1000).toFixed(1)}`).join(' · ');
  console.log(`${ms(t.ts)} ms  task ${(t.dur / 1000).toFixed(1).padStart(5)} ms  ${what}`);
}
for (const n of ['firstContentfulPaint', 'domContentLoadedEventEnd']) { const e = events.find(x => x.name === n); if (e) console.log(`${ms(e.ts)} ms  ${n}`); }
for (const e of events.filter(x => x.name === 'ResourceReceiveResponse' || x.name === 'ResourceFinish')) {
  if (e.name === 'ResourceFinish') console.log(`${ms(e.ts)} ms  finished ${e.args?.data?.requestId}`);
}
console.log(`${ms(first.ts)} ms  first statement laid out`);
