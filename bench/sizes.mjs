// Download sizes, shared by the benchmark (bench/run.mjs) and the size budget test
// (tests/e2e/specs/size-budget.test.mjs). Node's own zlib only: no dependencies.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * The release files a host page downloads for the built-in scan before the first statement
 * shows (everything is in dist/): the loader, the glue, the loader of the split-off parts (the
 * glue imports it), the WebAssembly and the stylesheet.
 */
export const WIDGET_FILES = ['scan-passend-onderwijs.js', 'scan-widget.js', 'scan-widget_split.js', 'scan-widget_bg.wasm', 'widget.css'];

/** The same list by what it is for: what the first statement needs (issue 21). */
export const FIRST_STATEMENT_FILES = WIDGET_FILES;

/**
 * The file of a respondent build's results part in `dir`: `<bin>_results-<hash>.wasm`
 * (src/ui/results_part.rs, split off by scripts/split-wasm.sh, which names it after the build).
 */
export function resultsPart(dir, bin = 'scan-widget') {
  const found = fs.readdirSync(dir).filter(f => f.startsWith(`${bin}_results-`) && f.endsWith('.wasm'));
  if (found.length !== 1) throw new Error(`expected one ${bin}_results-*.wasm in ${dir}, found: ${found.join(', ') || 'none'}`);
  return found[0];
}

/**
 * What the respondent's widget in `dir` fetches in idle time once its first screen is drawn:
 * the results screen's part of the WebAssembly and the practice examples (src/lazy_parts.rs).
 */
export const laterFiles = dir => [resultsPart(dir), 'scan-examples.bin'];

/**
 * Everything a respondent of the built-in scan can ever fetch: the first download and what
 * follows in idle time. tests/e2e/specs/lazy-examples.test.mjs checks both lists against what
 * the browser really fetches.
 */
export const respondentFiles = dir => [...WIDGET_FILES, ...laterFiles(dir)];

/**
 * What a page with an own scan (data-config) downloads instead before the first statement: the
 * widget with the TOML reader.
 */
export const FULL_WIDGET_FILES = ['scan-passend-onderwijs.js', 'scan-widget-full.js', 'scan-widget-full_split.js',
  'scan-widget-full_bg.wasm', 'widget.css'];

/** Everything a respondent of an own scan can fetch: the same and its results part. */
export const fullRespondentFiles = dir => [...FULL_WIDGET_FILES, resultsPart(dir, 'scan-widget-full')];

/**
 * The size budget: the most the files above may weigh together, brotli -q 11, in bytes.
 * Bytes do not vary run to run, so the test holds the build to it exactly. Lower it whenever
 * the widget gets smaller; raise it only with a reason in the commit message.
 * The target of issue 4 is 80 KiB; bench/README.md says how far we are and why. 175 -> 164 KiB
 * once the examples left the first download (176,954 -> 166,637 bytes, issue 21); 164 -> 162 KiB
 * once the start screen became one maud string that the loader also carries for a new
 * respondent (166,637 -> 165,391: the wasm 2.7 KB smaller, the loader 1.5 KB larger); 163 KiB
 * once that screen is drawn again in place, keeping focus and its alert (src/ui/redraw.rs,
 * +1,153 bytes: 166,544). 153 KiB once the results screen is a part of the WebAssembly of its
 * own, fetched in idle time (166,544 -> 156,283 bytes, src/ui/results_part.rs; 156,577 with the
 * loader's preload of the parts' loader and that loader's fallback for hosts without
 * application/wasm); 154 KiB once `go` leaves a focus request for a screen whose heading
 * comes later (+369 bytes: 156,764). 153 KiB once every wasm-opt runs with --low-memory-unused and
 * --converge (157,207 -> 155,777 bytes, 2026-12-07). 156 KiB once the start screen restores
 * answers from the respondent's file and says how far a returning respondent got (156,093 ->
 * 158,892 bytes, 2026-12-07, sixth session: its markup and texts in both languages, the loader's
 * early copy of it, and the call into the results part, which does the reading). 148 KiB once
 * the theme step with its overview and the notices are maud builders drawn in place instead of
 * Leptos views (158,783 -> 150,525 bytes, 2026-12-08; bench/README.md, issue 21); 146 KiB with
 * start over as one too (148,649); 145 KiB with the results screen's stand-in too (147,643);
 * 146 KiB once a file of another role can replace the answers after a confirmation (148,784:
 * the offer and the confirmation are in the start screen's builder).
 */
export const BROTLI_BUDGET = 146 * 1024;

/**
 * The budget for respondentFiles(dist), everything a respondent can fetch: 176,954 bytes before the
 * examples became a file of their own (issue 21); 181,247 after, since the examples compress
 * less well alone (14,610 bytes as a file, 12.8 KB inside the WebAssembly) and fetching,
 * checking and showing them later is code of its own (bench/README.md); 180,001 with the start
 * screen as maud (178 -> 176 KiB); 181,154 drawn again in place (177 KiB). 198,943 once the
 * results screen is split off (195 KiB; 199,242 with the preload and the fallback): the two parts together are 17.8 KB larger than the
 * whole was, since wasm-opt cannot optimise across them and each call between them goes
 * through the table (bench/README.md, the split). 199,887 once a second widget on a storage key
 * already in use on the page says so instead of saving over the first's answers (+428 bytes
 * in the first download, 2026-12-07; 196 KiB). 195 KiB with wasm-opt's --low-memory-unused and
 * --converge (200,229 -> 198,667). 199,440 -> 200,468 on 2026-12-07 (fourth session) with the
 * printed result saying whose it is, the statuses legend saying what the mean counts, 'welkom
 * terug' said once and the progress lines counting alike: 196 KiB (before the first statement
 * 155,944 -> 156,145). 205 KiB once answers can be restored from the respondent's file
 * (200,497 -> 209,308: +2.8 KB in the first download, +6.1 KB in the results part, where the
 * file is read and checked as the team page reads it and merged; bench/README.md). 200 KiB with
 * the theme step and the notices as maud builders (209,623 -> 203,816, 2026-12-08); 198 KiB
 * with start over as one too (202,060); 199 KiB once a file of another role can replace the
 * answers (203,243).
 */
export const RESPONDENT_BROTLI_BUDGET = 199 * 1024;

/**
 * The budget for FULL_WIDGET_FILES (pages with an own scan): the same widget plus the TOML
 * reader and validation, which the built-in scan's pages no longer download. 191 -> 182 KiB
 * once the results screen is split off (194,664 -> 185,240 bytes). 184 KiB with restoring
 * answers from a file (187,544 bytes, 2026-12-07). 176 KiB with the theme step and the notices
 * as maud builders (187,610 -> 179,231, 2026-12-08); 174 KiB with start over too (177,296);
 * 173 KiB with the results screen's stand-in (176,172); 174 KiB with replacing the answers by
 * a file of another role (177,342).
 */
export const FULL_BROTLI_BUDGET = 174 * 1024;

/**
 * The budget for fullRespondentFiles(dist): 194,664 bytes before the split, 212,883 after (the
 * first download 185,240; 212,982 and 185,357 with the preload and the fallback; 213,954 on
 * 2026-12-07 after the session's fields, 214,055 with HTML only as `markup::Html` and the
 * core's one walk over the statements: 39 bytes over 209 KiB); 208 KiB with wasm-opt's
 * --low-memory-unused and --converge (214,055 -> 212,419); 213,421 with the legend's
 * explanation of the mean and counts said in the singular or plural (2026-12-07, fourth
 * session); 214,220 with the printed result's line of whose it is and the rest above: 210 KiB.
 * 219 KiB with restoring answers from a file (222,911 bytes, 2026-12-07; 223,499 with the
 * scale's own label for 'weet ik niet' in the texts and the illustration explained once).
 * 213 KiB with the theme step and the notices as maud builders (223,412 -> 217,456, 2026-12-08);
 * 211 KiB with start over too (215,589); 212 KiB with replacing the answers by a file of
 * another role (216,736).
 */
export const FULL_RESPONDENT_BROTLI_BUDGET = 212 * 1024;

/** What the advisor's team page (team.html) downloads: a build of its own. */
export const TEAM_FILES = ['team-page.js', 'scan-team.js', 'scan-team_bg.wasm', 'widget.css', 'team.css'];

/**
 * The team page's budget. It has the core and the built-in scan but no respondent screens;
 * it grows with the advisor's features, never into the respondent's download. 174,060 bytes
 * before issue 19's session on the device (+8.3 KB: the session's serde writer and reader),
 * meeting guide and calendar file (+11.1 KB); 193,463 bytes after (bench/README.md). 195,210
 * once it reads its element's options like the widget and tells a `data-config` it cannot
 * read (issue 19 item 5, +1.7 KB). 201,071 once it opens the SWV's reference file beside its
 * picture (issue 20: the reference reader, the comparison and its texts, +5.5 KB); 201,841 with
 * its own button and the review's wording; 204,150 with Leptos's `erase_components` (+2.3 KB here,
 * -5.1 KB for the respondent, issue 21); 205,337 once a file the browser cannot read is read
 * again alone, the session keeps the reference file and the school's name, and the report
 * names the school (2026-12-07, +1.2 KB); 207,883 once respondents' files and links carry the
 * optional themes they switched on (+2.5 KB: the exchange file's new field read and written
 * with serde_json, the link's layout 2); 209,179 with the CSV's English headers and the names
 * typed kept once the field is left (2026-12-07; about 1 KiB of room left for layout noise).
 * 210,941 (3 bytes under 206 KiB) with the scale's own label for 'weet ik niet' in the texts,
 * the illustration explained once and the file problems shared with the respondent's restore
 * (2026-12-07, sixth session): 207 KiB.
 */
export const TEAM_BROTLI_BUDGET = 207 * 1024;

/** What a team page of an own scan (`data-config` on `#scan-team`) downloads instead. */
export const TEAM_FULL_FILES = ['team-page.js', 'scan-team-full.js', 'scan-team-full_bg.wasm', 'widget.css', 'team.css'];

/**
 * Its budget: the team page plus the TOML reader and the configuration's loading and errors
 * (230,249 bytes when it came, 35 KB over the team page of the built-in scan; 236,297 with the
 * SWV's reference beside the picture, issue 20; 236,651 with its own button; 238,115 with
 * the session's new fields and the respondents' optional themes, 2026-12-07; 238,700 with the
 * CSV's headers in English too; 239,542 with the names kept once the field is left; 240,531
 * with a theme's figures withheld from too few and the names kept when typing pauses; 240,855
 * with HTML set only as `markup::Html`, 2026-12-07); 234 KiB with wasm-opt's --low-memory-unused
 * and --converge (240,635 -> 239,013); 240,824 with the plan's focus handling, the statements
 * seen differently ranked and folded, counts in the singular or plural and the report's
 * buttons only with a picture (2026-12-07): 236 KiB.
 */
export const TEAM_FULL_BROTLI_BUDGET = 236 * 1024;

/** What the samenwerkingsverband's page (swv.html) downloads: a build of its own. */
export const SWV_FILES = ['swv-page.js', 'scan-swv.js', 'scan-swv_bg.wasm', 'widget.css', 'team.css'];

/**
 * Its budget: the core and the built-in scan, no respondent or team screens (135,505 bytes when
 * it came); 161,591 with the session on the device (localStorage and the team file's writer),
 * the change over time, the filter and order, and the CSV (issue 20, +26.1 KB); 162,091 once its
 * loader picks the own scan's build for `data-config`; 162,961 with the review's fixes (notes,
 * counts, a reference file named as such); 166,198 with `erase_components` (+3.2 KB); 167,187
 * with the rounds' dates; 167,651 with the SWV's name kept and on the report, 168,026 with
 * the widget's shared-key message (every build's problem texts), 168,406 with the CSV's
 * headers in English too, 168,834 with the name kept once the field is left (2026-12-07).
 */
export const SWV_BROTLI_BUDGET = 166 * 1024;

/** What an SWV page of an own scan (`data-config` on `#scan-swv`) downloads instead. */
export const SWV_FULL_FILES = ['swv-page.js', 'scan-swv-full.js', 'scan-swv-full_bg.wasm', 'widget.css', 'team.css'];

/**
 * Its budget: the SWV page plus the TOML reader and the configuration's loading and errors
 * (193,941 bytes when it came, 31.9 KB over the SWV page of the built-in scan; 197,270 with the
 * SWV's name kept and on the report and a file that cannot be read refused alone, 2026-12-07;
 * 198,006 with the widget's shared-key message in every build's problem texts and the CSV's
 * headers in English too; 198,608 with the name kept once the field is left).
 */
export const SWV_FULL_BROTLI_BUDGET = 195 * 1024;

/** Raw, gzip -9 and brotli -q 11 sizes of one file's bytes. */
export function sizes(body) {
  return {
    raw: body.length,
    gzip: zlib.gzipSync(body, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }).length,
  };
}

/** Sizes of each of `names` (default: the built-in scan's files) in `dist`, and their total. */
export function widgetSizes(dist, names = WIDGET_FILES) {
  const files = names.map(name => ({ name, ...sizes(fs.readFileSync(path.join(dist, name))) }));
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) for (const k of Object.keys(total)) total[k] += f[k];
  return { files, total };
}
