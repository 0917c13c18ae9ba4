// Polling assertion for asynchronous UI: retries `condition` until it holds or times out.
export async function expect(condition, what, timeout = 5000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    try { if (await condition()) return; } catch (e) { last = e; }
    await new Promise(r => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
}
