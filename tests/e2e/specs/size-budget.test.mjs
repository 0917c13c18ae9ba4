// The size budget: what a host page downloads for the built-in scan, brotli -q 11, must stay
// within bench/sizes.mjs's BROTLI_BUDGET. Bytes do not vary, so this may fail the build.
import { test } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';
import { dist } from '../harness.mjs';
import { BROTLI_BUDGET, FIRST_STATEMENT_FILES, RESPONDENT_BROTLI_BUDGET, respondentFiles, FULL_BROTLI_BUDGET, FULL_WIDGET_FILES, FULL_RESPONDENT_BROTLI_BUDGET, fullRespondentFiles, resultsPart, TEAM_BROTLI_BUDGET, TEAM_FILES, TEAM_FULL_BROTLI_BUDGET, TEAM_FULL_FILES, SWV_BROTLI_BUDGET, SWV_FILES, SWV_FULL_BROTLI_BUDGET, SWV_FULL_FILES, WIDGET_FILES, widgetSizes } from '../../../bench/sizes.mjs';

for (const [what, names, budget] of [
  ['the built-in scan, before the first statement', FIRST_STATEMENT_FILES, BROTLI_BUDGET],
  ['the built-in scan, everything a respondent can fetch', respondentFiles(dist), RESPONDENT_BROTLI_BUDGET],
  ['an own scan (data-config), before the first statement', FULL_WIDGET_FILES, FULL_BROTLI_BUDGET],
  ['an own scan, everything a respondent can fetch', fullRespondentFiles(dist), FULL_RESPONDENT_BROTLI_BUDGET],
  ['the advisor\'s team page', TEAM_FILES, TEAM_BROTLI_BUDGET],
  ['the team page of an own scan', TEAM_FULL_FILES, TEAM_FULL_BROTLI_BUDGET],
  ['the samenwerkingsverband\'s page', SWV_FILES, SWV_BROTLI_BUDGET],
  ['the samenwerkingsverband\'s page of an own scan', SWV_FULL_FILES, SWV_FULL_BROTLI_BUDGET],
]) {
  test(`the release build for ${what} stays within its brotli size budget`, () => {
    const { files, total } = widgetSizes(dist, names);
    const table = files.map(f => `${f.name}: ${f.raw} raw, ${f.brotli} brotli`).join('\n');
    assert.deepEqual(files.map(f => f.name), names);
    assert.ok(total.brotli <= budget, `${total.brotli} bytes brotli is over the budget of ${budget}:\n${table}`);
    // The wasm is most of it; a build that lost it would pass the budget for the wrong reason.
    assert.ok(files.find(f => f.name.endsWith('.wasm')).raw > 10_000, `no real wasm in ${dist}`);
  });
}

for (const [what, leanFiles, fullFiles] of [['widget', WIDGET_FILES, FULL_WIDGET_FILES], ['team page', TEAM_FILES, TEAM_FULL_FILES], ['SWV page', SWV_FILES, SWV_FULL_FILES]]) {
  test(`the built-in scan's ${what} leaves the TOML reader out`, () => {
    const lean = widgetSizes(dist, leanFiles).files.find(f => f.name.endsWith('.wasm'));
    const full = widgetSizes(dist, fullFiles).files.find(f => f.name.endsWith('.wasm'));
    assert.ok(full.brotli - lean.brotli > 10 * 1024, `lean ${lean.brotli}, full ${full.brotli} bytes brotli`);
  });
}

// The split (scripts/split-wasm.sh) really moved the results screen out of the first download:
// a part that only forwards to code still in the main module would be a few hundred bytes.
test('both respondent builds have the results screen in a part of its own', () => {
  for (const bin of ['scan-widget', 'scan-widget-full']) {
    const [part] = widgetSizes(dist, [resultsPart(dist, bin)]).files;
    assert.ok(part.raw > 40_000, `${part.name} is ${part.raw} bytes`);
    // Named after the build, and that name is the one its loader asks for.
    assert.match(part.name, new RegExp(`^${bin}_results-[0-9a-f]{10}\\.wasm$`));
    assert.ok(fs.readFileSync(path.join(dist, `${bin}_split.js`), 'utf8').includes(`"./${part.name}"`));
  }
});
