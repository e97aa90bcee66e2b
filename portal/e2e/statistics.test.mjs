// The statistics page in a real browser against the running platform (issue #17, item 6): five people screened in
// Dhaka today; the coordinator opens Statistics, asks for screenings by district, and reads in the table, the chart
// and the funnel exactly what the statistics service answered the page ("<5" and "x" as they came), in English and
// in Bangla; the CSV of the same query is saved through the page, with her token.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { browser, login, logout, switchLanguage, shot, api, waitFor, person, screenByApi, STATISTICS } from './support.mjs';

/** A figure as the page shows it in English, without the thousands separators it adds, to compare with the service's display. */
const figure = (text) => text.replace(/,/g, '');

let chromium;
before(async () => { chromium = await browser(); });
after(async () => { await chromium?.close(); });

const dhakaToday = () => new Date(Date.now() + 6 * 3600_000).toISOString().slice(0, 10);

/** The page's own GET of a statistics query (not the CORS preflight before it), answered. */
function answerTo(page, indicator, by) {
  return page.waitForResponse((r) => r.request().method() === 'GET' && r.url().startsWith(`${STATISTICS}/statistics/${indicator}?`)
    && new URL(r.url()).searchParams.get('by') === by, { timeout: 30_000 });
}

/** The text of each cell of a table line, its name first. */
function lineTexts(page, key) {
  return page.$$eval(`table.statistics tr[data-key="${key}"] > *`, (cells) => cells.map((c) => c.textContent));
}

test('a coordinator reads screenings by district as the statistics service published them, and saves them as CSV', async () => {
  const today = dhakaToday();
  const counted = async () => (await api('coordinator', `${STATISTICS}/statistics/screenings?from=${today}&to=${today}`)).total;
  const before = await counted();
  for (let n = 70; n < 75; n++) await screenByApi('screener', person(n, `Statistunnesa${n}`), ['SHELTER']);
  // the service reads the screenings from Kafka: wait until it has counted them (a total of five or more is published)
  const expected = (before.status === 'SHOWN' ? before.count : 0) + 5;
  await waitFor('the statistics service to count the five screenings', async () => {
    const total = await counted();
    return total.status === 'SHOWN' && total.count >= expected;
  }, 60_000);

  const ctx = await chromium.context();
  const co = await login(ctx, 'coordinator');
  await co.click('nav button[data-screen="statistics"]');
  await co.waitForSelector('.statistics-result[data-drawn="1"] table.statistics', { timeout: 30_000 });
  await co.waitForSelector('.funnel li[data-step="COMPLETED"]', { timeout: 30_000 });

  // the last twelve months by month, screenings by district
  await co.selectOption('select[name="indicator"]', 'screenings');
  await co.selectOption('select[name="by"]', 'district');
  const [byDistrict, screenings, byOutcome] = await Promise.all([
    answerTo(co, 'screenings', 'district'), answerTo(co, 'screenings', null), answerTo(co, 'referrals', 'outcome'),
    co.click('[data-action="show-statistics"]')]);
  const figures = await byDistrict.json();
  await co.waitForSelector('.statistics-result[data-drawn="2"][data-by="district"] table.statistics tr[data-key="47"]', { timeout: 30_000 });
  await co.waitForSelector('.funnel li[data-step="screened"]');

  // every cell, line total and period total reads as the service displayed it; Dhaka (47) by its name
  assert.equal((await lineTexts(co, '47'))[0], 'Dhaka');
  for (const row of figures.rows) {
    assert.equal(figure(await co.textContent(`table.statistics tr[data-key="${row.district}"] td[data-column="${row.period}"]`)), row.display,
      `${row.district} in ${row.period}`);
  }
  for (const line of figures.breakdownTotals) {
    assert.equal(figure(await co.textContent(`table.statistics tr[data-key="${line.district}"] td[data-column="total"]`)), line.display);
  }
  for (const p of figures.periodTotals) {
    assert.equal(figure(await co.textContent(`table.statistics tfoot td[data-column="${p.period}"]`)), p.display);
    const drawn = `svg.stats-trend g[data-for="${p.period}"]`;
    assert.equal(figure(await co.textContent(`${drawn} text.figure`)), p.display, `the chart's ${p.period}`);
    assert.equal(!!(await co.$(`${drawn} rect.gap`)), p.status !== 'SHOWN', `a figure not published is a gap (${p.period})`);
  }
  assert.equal(figure(await co.textContent('table.statistics tfoot td[data-column="total"]')), figures.total.display);

  // the funnel: the screenings' total and the referrals sent, accepted and completed, as given
  const screened = (await screenings.json()).total;
  const steps = (await byOutcome.json()).breakdownTotals;
  assert.equal(figure(await co.textContent('.funnel li[data-step="screened"] .funnel-figure')), screened.display);
  for (const step of ['SENT', 'ACCEPTED', 'COMPLETED']) {
    const given = steps.find((s) => s.outcome === step);
    assert.equal(figure(await co.textContent(`.funnel li[data-step="${step}"] .funnel-figure`)), given ? given.display : '0', step);
  }
  await shot(co, 'statistics');

  // the same query as CSV, fetched with the coordinator's token and saved by the browser
  const [saved] = await Promise.all([co.waitForEvent('download', { timeout: 30_000 }), co.click('a[data-action="download-csv"]')]);
  assert.match(saved.suggestedFilename(), /^screenings-\d{4}-\d{2}-01-\d{4}-\d{2}-\d{2}-month-district\.csv$/);
  const csv = await readFile(await saved.path(), 'utf8');
  assert.equal(csv.split(/\r?\n/)[0], 'period,district,count');
  assert.match(csv, /^\d{4}-\d{2},47,(\d+|<\d+|x)\r?$/m, 'Dhaka among the cells');

  // in Bangla: names, months and figures in Bangla, "<5" in Bangla digits, nothing in Western digits
  await switchLanguage(co, 'bn');
  assert.equal((await lineTexts(co, '47'))[0], 'ঢাকা');
  assert.doesNotMatch(await co.textContent('table.statistics'), /[0-9]/, 'the table in Bangla digits');
  assert.doesNotMatch(await co.textContent('svg.stats-trend'), /[0-9]/, 'the chart in Bangla digits');
  assert.doesNotMatch(await co.textContent('.funnel ol'), /[0-9]/, 'the funnel in Bangla digits');
  await shot(co, 'statistics');
  await switchLanguage(co, 'en');

  assert.deepEqual(co.problems.filter((p) => /statistics|8085|Content Security Policy/i.test(p)), [], 'no refused or failed call');
  await logout(co);
  await ctx.close();
});
