// A good guest on the host page: on the demo and every example page, desktop and mobile,
// Lighthouse finds no layout shift to speak of (CLS at most 0.02) and full marks for
// accessibility, best practices and SEO. Timing scores vary run to run; they are in bench/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../harness.mjs';
import { lighthouse, PAGES, PRESETS } from '../lighthouse.mjs';

let server;
before(async () => { server = await serve(); });
after(async () => { await server?.close(); });

for (const page of PAGES) {
  for (const preset of PRESETS) {
    test(`Lighthouse on ${page || 'the demo page'}, ${preset}`, async () => {
      const r = await lighthouse(server.url + page, preset);
      const why = `failing audits: ${r.failing.join(', ')}`;
      assert.ok(r.cls <= 0.02, `cumulative layout shift ${r.cls.toFixed(3)} is over 0.02`);
      assert.deepEqual([r.accessibility, r.bestPractices, r.seo], [100, 100, 100], why);
    });
  }
}
