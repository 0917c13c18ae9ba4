// Scoring version 2 on screen: a scan answered "Grotendeels" throughout reads back as Gevorderd on
// every theme; a basic statement answered "Weet ik niet" caps its theme and the total, and says
// why; a theme with too few answers has no status; examples show their source or are labelled an
// illustration.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openPage, assertClean, axeViolations, screenshot, coreScore, DEFAULT_KEY } from '../harness.mjs';
import { ScanPage } from '../scan-page.mjs';

const env = useServerAndBrowser();

const statusOf = async (scan, title) =>
  (await scan.root.locator('.spo-card', { hasText: title }).locator('.spo-card__status').textContent()).trim();

test('all "Grotendeels" is Gevorderd on every theme and overall', async () => {
  const rec = await openPage(env.browser, env.server.url);
  const scan = new ScanPage(rec.page);
  await scan.open(env.server.url);
  await scan.start({ type: 'Voortgezet onderwijs', role: 'Intern begeleider of ondersteuningscoördinator' });
  await scan.fillAll(() => 'Grotendeels');
  const statuses = await scan.root.locator('.spo-card__status').allTextContents();
  assert.equal(statuses.length, 8);
  for (const s of statuses) assert.equal(s.trim(), 'Gevorderd · 66%');
  assert.equal((await scan.root.locator('.spo-summary__status').textContent()).trim(), 'Gevorderd · 66%');
  const core = await coreScore(await scan.storedProgress(DEFAULT_KEY));
  assert.ok(core.themes.every(t => t.status === 'Gevorderd') && core.overall.status === 'Gevorderd');
  // The legend explains every status with its range of mean answers.
  const legend = await scan.root.locator('.spo-statuses dd').allTextContents();
  assert.equal(legend.length, 4);
  assert.match(legend[2], /Gemiddeld tussen ‘Grotendeels’ en ‘Volledig’, onder 2,7\.$/);
  assertClean(assert, rec);
  await rec.context.close();
});

test('a basic statement answered "Weet ik niet" caps its theme and the total, and the results say why', async () => {
  const rec = await openPage(env.browser, env.server.url);
  const scan = new ScanPage(rec.page);
  await scan.open(env.server.url);
  await scan.start();
  let capped = null;
  // Theme 0: every basic statement "Weet ik niet", the rest "Volledig". Theme 1: one answer only
  // (too few for a status). The others "Volledig".
  await scan.fillAll((theme, i, basic) => {
    if (theme === 0 && basic) return 'Weet ik niet';
    if (theme === 1) return i === 0 ? 'Volledig' : null;
    return 'Volledig';
  });
  const core = await coreScore(await scan.storedProgress(DEFAULT_KEY));
  capped = core.themes[0];
  assert.ok(capped.capped, 'the core caps theme 1');
  assert.equal(await statusOf(scan, capped.title), `In ontwikkeling · ${capped.percent}%`);
  const card = scan.root.locator('.spo-card', { hasText: capped.title });
  assert.match(await card.textContent(), /Basisvoorwaarde onbekend \(u koos ‘Weet ik niet’\):/);
  assert.doesNotMatch(await card.textContent(), /Basisvoorwaarde niet gehaald/);
  assert.match(await card.textContent(), /Daarom is de status hoogstens ‘In ontwikkeling’, zolang niet bekend is of /);
  assert.equal(await statusOf(scan, core.themes[1].title), 'Te weinig antwoorden');
  assert.equal(core.themes[1].status, null);
  assert.ok(core.themes[1].too_few);
  assert.equal((await scan.root.locator('.spo-summary__status').textContent()).trim(), `In ontwikkeling · ${core.overall.percent}%`);
  assert.ok(core.overall.capped);
  assert.match(await scan.root.locator('.spo-summary').textContent(), /Basisvoorwaarde onbekend bij: .*Daarom is het totaal hoogstens ‘In ontwikkeling’\./);
  await screenshot(rec.page, 'results-capped');
  assert.deepEqual(await axeViolations(rec.page), []);
  assertClean(assert, rec);
  await rec.context.close();
});

test('practice examples show their source as a link, or are labelled an illustration', async () => {
  const rec = await openPage(env.browser, env.server.url);
  const scan = new ScanPage(rec.page);
  await scan.open(env.server.url);
  await scan.start({ type: 'Samenwerkingsverband', role: 'Directeur, beleidsmedewerker of andere staf van het samenwerkingsverband' });
  // A samenwerkingsverband's results are its own view of the samenwerkingsverband.
  await scan.fillAll(() => 'Niet', 'Uw beeld van het samenwerkingsverband');
  const examples = scan.root.locator('.spo-example');
  assert.ok(await examples.count() >= 6);
  for (let i = 0; i < await examples.count(); i++) {
    const e = examples.nth(i);
    const sourced = await e.locator('.spo-example__source a[href^="https://"]').count();
    const labelled = await e.locator('.spo-tag', { hasText: 'Voorbeeldaanpak' }).count();
    assert.equal(sourced + labelled, 1, `example ${i}: a source link or the illustration label`);
  }
  assert.ok(await scan.root.locator('.spo-example__source a').count() >= 1, 'at least one sourced example is suggested');
  await screenshot(rec.page, 'results-examples');
  assertClean(assert, rec);
  await rec.context.close();
});
