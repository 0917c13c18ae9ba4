// The native core's example programs (crates/scan-core/examples), for browser tests that need
// many respondents without filling in the widget each time, and the core's own figures to
// compare the screen with.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { root } from './harness.mjs';

/** The path of example program `name`, built by `cargo build -p scan-core --examples`. */
export function example(name) {
  const bin = path.join(root, 'target', 'debug', 'examples', name);
  if (!fs.existsSync(bin)) throw new Error(`build it first: cargo build -p scan-core --examples (${bin})`);
  return bin;
}

/**
 * A po respondent's exchange file in `dir`: every statement their role sees answered (seeds
 * disagree); with `unsure`, that theme's answers all "weet ik niet".
 */
export function respondent(dir, role, seed, unsure) {
  const out = path.join(dir, `${role}-${seed}.json`);
  execFileSync(example('respondent_file'), ['po', role, String(seed), out, ...(unsure ? [unsure] : [])]);
  return out;
}

/** The core's team picture of `files` (crates/scan-core/examples/team.rs), as JSON. */
export const teamCore = files => JSON.parse(execFileSync(example('team'), files, { encoding: 'utf8' }));
