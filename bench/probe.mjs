// What the timing scripts in bench/ share: progress that resumes the demo page at the first
// theme, and an init script that notes when the widget's element appears and the first frame in
// which a statement is laid out.

/** Stored progress: at the first theme, as a primary-school teacher. */
export const RESUMED = JSON.stringify({ format: 2, scan: 'scan-passend-onderwijs', scan_version: '2026.1',
  progress: { step: { screen: 'theme', theme: 'visie' }, profile: { school_type: 'po', role: 'leraar' } } });

/**
 * For `page.addInitScript(probe, RESUMED)`: seeds the progress on the page at `/`, then sets
 * `window.__t.mount` when an element of the widget is in the page and `window.__t.first` (and
 * the performance mark `first-statement`) in the first frame with a statement laid out.
 * Serialized into the page, so it uses nothing from outside.
 */
export function probe(stored) {
  if (location.pathname === '/') localStorage.setItem('scan-passend-onderwijs:scan-passend-onderwijs', stored);
  const t = window.__t = window.__t ?? {};
  const check = () => {
    const el = document.querySelector('.spo-statement');
    if (el && el.getBoundingClientRect().height > 0) { t.first = performance.now(); performance.mark('first-statement'); }
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
  new MutationObserver(() => { if (!t.mount && document.querySelector('.spo')) t.mount = performance.now(); })
    .observe(document, { childList: true, subtree: true });
}
