// The size budget: what a host page downloads for the built-in scan, brotli -q 11, must stay
// within bench/sizes.mjs's BROTLI_BUDGET. Bytes do not vary, so this may fail the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dist } from '../harness.mjs';
import { BROTLI_BUDGET, WIDGET_FILES, widgetSizes } from '../../../bench/sizes.mjs';

test('the release build stays within the brotli size budget', () => {
  const { files, total } = widgetSizes(dist);
  const table = files.map(f => `${f.name}: ${f.raw} raw, ${f.brotli} brotli`).join('\n');
  assert.deepEqual(files.map(f => f.name), WIDGET_FILES);
  assert.ok(total.brotli <= BROTLI_BUDGET,
    `${total.brotli} bytes brotli is over the budget of ${BROTLI_BUDGET}:\n${table}`);
  // The wasm is most of it; a build that lost it would pass the budget for the wrong reason.
  assert.ok(files.find(f => f.name.endsWith('.wasm')).raw > 10_000, `no real wasm in ${dist}`);
});
