// How the tests and the benchmark (bench/run.mjs) start Debian's Chromium: headless, through
// playwright-core, with nothing that reaches the network on its own.
import { chromium } from 'playwright-core';

export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** A new headless browser with a fresh profile. */
export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: chromiumArgs });
}
