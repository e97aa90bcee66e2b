// The arrivals desk in a real browser against the running platform (issue #19, item 4): the coordinator makes the
// Dhaka NGO the desk at Dhaka airport; a case worker plans two returns into DAC from today; the NGO's screener finds
// the first person on the Arrivals page with what her consent shares, in English and Bangla, confirms her arrival and
// sees the card go, and reports that the second did not come, which the coordinator then finds among the missed
// returns. Each settlement is checked through the API. A third returnee is screened again on arrival: the desk answers
// the instrument's questions on her card, in Bangla, sends them with the arrival and reads the new outcome, which the
// owning agency then finds as the case's amended screening with exactly those answers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { browser, login, logout, switchLanguage, shot, api, person, screenByApi, waitFor, RUN, SCREENING, REFERRAL } from './support.mjs';

const DHAKA_NGO = '5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e501';
const json = { 'Content-Type': 'application/json' };

let chromium;
before(async () => { chromium = await browser(); });
after(async () => { await chromium?.close(); });

const dhakaDay = (offsetDays) => new Date(Date.now() + 6 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** A returnee screened by the Dhaka NGO's case worker, whose flight into Dhaka is expected from today. */
async function expectedToday(n, givenName, flight) {
  const { caseId, caseRef } = await screenByApi('caseworker', person(n, givenName), ['SHELTER']);
  await api('caseworker', `${SCREENING}/cases/${caseId}/planned-return`, { method: 'PUT', headers: json, body: JSON.stringify({
    expectedFrom: dhakaDay(0), expectedTo: dhakaDay(2), portOfEntry: 'DAC', mode: 'AIR', transportRef: flight }) });
  return { caseId, caseRef };
}

/** The Dhaka NGO's screener on the Arrivals page at Dhaka airport, three days ahead, once the person's card is drawn. */
async function deskAt(ctx, caseRef) {
  const sc = await login(ctx, 'screener');
  await sc.click('nav button[data-screen="arrivals"]');
  await sc.waitForSelector('select[name="port"] option[value="DAC"]', { state: 'attached', timeout: 30_000 });
  await sc.selectOption('select[name="port"]', 'DAC');
  await sc.selectOption('select[name="days"]', '3');
  const card = `li.arrival[data-case-ref="${caseRef}"]`;
  await sc.waitForSelector(card, { timeout: 30_000 });
  // each choice of port and days reads the list again: a card pressed while a reading is under way is replaced
  await sc.waitForLoadState('networkidle');
  await sc.waitForSelector(card, { timeout: 30_000 });
  return { sc, card };
}

/** Presses one of a card's buttons and confirms; the card then gives way to a short line. */
async function settle(page, caseRef, action) {
  await page.click(`li.arrival[data-case-ref="${caseRef}"] [data-action="${action}"]`);
  assert.match(await page.textContent('dialog[open] #confirm-text'), new RegExp(caseRef));
  await page.click('dialog[open] [data-action="confirm"]');
  await page.waitForSelector(`li.arrival[data-case-ref="${caseRef}"]`, { state: 'detached', timeout: 30_000 });
  return page.textContent(`li.settled[data-settled-ref="${caseRef}"]`);
}

test('a desk screener meets a returnee with what consent shares, confirms her arrival and reports a no-show', async () => {
  // the system tests' fixtures make the same designation; a second one answers 204
  await api('coordinator', `${SCREENING}/return/ports-of-entry/DAC/desks/${DHAKA_NGO}`, { method: 'PUT' });
  const flight = `BG ${RUN.slice(0, 4)}`;
  const arriving = await expectedToday(90, 'Arrivunnesa', flight);
  const missing = await expectedToday(91, 'Nashowara', `BG ${RUN.slice(2, 6)}`);
  const p = person(90, 'Arrivunnesa');

  const ctx = await chromium.context();
  const { sc, card } = await deskAt(ctx, arriving.caseRef);

  // what her consent (BASIC) shares, and the flight the desk meets
  assert.match(await sc.textContent(`${card} [data-shared="name"]`), /^Arrivunnesa/);
  assert.equal(await sc.textContent(`${card} [data-shared="phone"]`), p.phone);
  assert.equal(await sc.textContent(`${card} [data-shared="sex"]`), 'Female');
  assert.equal(await sc.textContent(`${card} [data-shared="languages"]`), 'Bangla');
  assert.match(await sc.textContent(`${card} [data-shared="age"]`), /^\d+$/);
  assert.equal(await sc.textContent(`${card} [data-fact="travel"]`), `By air · ${flight}`);
  assert.equal(await sc.textContent(`${card} [data-fact="caseRef"]`), arriving.caseRef);
  assert.equal(await sc.inputValue(`${card} input[name="arrivedOn"]`), dhakaDay(0));
  // the port is kept on the device as its code; nothing of a person is stored, nothing about her is in the address
  const storage = await sc.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  assert.ok(storage.includes('"setu.arrivals.port":"DAC"'), storage);
  assert.ok(!/Arrivunnesa|Nashowara|Portalbibi/.test(storage), storage);
  assert.ok(!/Arrivunnesa|BD-/.test(sc.url()));
  await sc.$eval(card, (el) => el.scrollIntoView());
  await shot(sc, 'arrivals');

  await switchLanguage(sc, 'bn');
  assert.equal(await sc.textContent('nav button[data-screen="arrivals"]'), 'আগমন');
  assert.equal(await sc.textContent(`${card} [data-fact="travel"]`), `আকাশপথে · ${flight}`);
  assert.equal(await sc.textContent(`${card} [data-shared="sex"]`), 'নারী');
  assert.doesNotMatch(await sc.textContent(`${card} h3`), /[0-9]/, 'the window in Bangla digits');
  assert.doesNotMatch(await sc.textContent(`${card} [data-shared="age"]`), /[0-9]/, 'the age in Bangla digits');
  await shot(sc, 'arrivals');
  await switchLanguage(sc, 'en');

  // on a phone the cards stack, nothing scrolls sideways and the buttons are large enough for a thumb
  await sc.setViewportSize({ width: 360, height: 780 });
  assert.ok(await sc.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scrolling at 360 px');
  const button = await sc.$eval(`${card} [data-action="arrived"]`, (b) => b.getBoundingClientRect().height);
  assert.ok(button >= 44, `the Arrived button is ${button} px high`);
  await sc.setViewportSize({ width: 1280, height: 900 });

  // she arrived: the card goes, the case's return is ARRIVED, and a fresh list no longer holds her
  assert.equal(await settle(sc, arriving.caseRef, 'arrived'), `Arrival confirmed: case ${arriving.caseRef}.`);
  assert.equal((await api('caseworker', `${SCREENING}/cases/${arriving.caseId}`)).plannedReturn.status, 'ARRIVED');
  const drawn = await sc.getAttribute('.arrivals-result', 'data-drawn');
  await sc.click('[data-action="show-arrivals"]');
  await sc.waitForFunction((was) => document.querySelector('.arrivals-result')?.getAttribute('data-drawn') !== was, drawn);
  assert.equal(await sc.$(card), null, 'an arrived return is no longer expected');

  // the other did not come: the desk says so, and the return is missed
  await sc.waitForSelector(`li.arrival[data-case-ref="${missing.caseRef}"]`, { timeout: 30_000 });
  assert.equal(await settle(sc, missing.caseRef, 'no-show'), `Reported as not come: case ${missing.caseRef}.`);
  assert.equal((await api('caseworker', `${SCREENING}/cases/${missing.caseId}`)).plannedReturn.status, 'MISSED');
  assert.deepEqual(sc.problems.filter((x) => /arrivals|planned-return|8081|Content Security Policy/i.test(x)), [], 'no refused or failed call');
  await logout(sc);

  // the coordinators find it among the missed returns, reported by the desk
  const co = await login(ctx, 'coordinator');
  await co.click('nav button[data-screen="missed-returns"]');
  const row = `ul.missed-returns li[data-case-ref="${missing.caseRef}"]`;
  await co.waitForSelector(row, { timeout: 30_000 });
  assert.equal(await co.getAttribute(row, 'data-reason'), 'NO_SHOW');
  assert.equal(await co.textContent(`${row} .reason`), 'Reported as no-show by the desk');
  assert.equal(await co.textContent(`${row} .port`), 'Hazrat Shahjalal International Airport, Dhaka');
  assert.equal(await co.textContent(`${row} .agency`), `agency ${DHAKA_NGO.split('-')[0]}`);
  await switchLanguage(co, 'bn');
  assert.equal(await co.textContent(`${row} .reason`), 'ডেস্ক জানিয়েছে ব্যক্তি আসেননি');
  await switchLanguage(co, 'en');
  await logout(co);
  await ctx.close();
});

test('a desk screener screens a returnee again on arrival, in Bangla, and reads the new outcome in the card\'s place', async () => {
  await api('coordinator', `${SCREENING}/return/ports-of-entry/DAC/desks/${DHAKA_NGO}`, { method: 'PUT' });
  const returnee = await expectedToday(93, 'Abarunnesa', `BG ${RUN.slice(1, 5)}`);
  const ctx = await chromium.context();
  const { sc, card } = await deskAt(ctx, returnee.caseRef);

  // beside Arrived, the instrument's questions open under her card, none answered: the desk never reads the earlier ones
  await sc.click(`${card} [data-action="screen-again"]`);
  const form = `${card} form.rescreen`;
  await sc.waitForSelector(`${form} fieldset[data-question="migration-route"]`, { timeout: 30_000 });
  assert.equal(await sc.getAttribute(`${card} [data-action="screen-again"]`, 'aria-expanded'), 'true');
  assert.equal(await sc.$(`${form} input:checked`), null, 'nothing answered beforehand');
  const answered = { 'migration-route': 'irregular', exploitation: ['excessive-hours', 'low-or-no-salary'],
    'immediate-needs': ['no-safe-place-tonight'] };
  await sc.check(`${form} input[name="q-migration-route"][value="irregular"]`);
  for (const v of answered.exploitation) await sc.check(`${form} input[name="q-exploitation"][value="${v}"]`);
  await sc.check(`${form} input[name="q-immediate-needs"][value="no-safe-place-tonight"]`);
  await sc.$eval(form, (el) => el.scrollIntoView());
  await shot(sc, 'arrival-screen-again');

  // on a phone the questions fit the width and the button to send them is large enough for a thumb
  await sc.setViewportSize({ width: 360, height: 780 });
  assert.ok(await sc.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scrolling at 360 px');
  const send = await sc.$eval(`${form} [data-action="arrived-screened"]`, (b) => b.getBoundingClientRect().height);
  assert.ok(send >= 44, `the Arrived and screened button is ${send} px high`);
  await sc.setViewportSize({ width: 1280, height: 900 });

  // in Bangla the questions are the instrument's Bangla; the answers ticked stay; the trace comes back in Bangla
  await switchLanguage(sc, 'bn');
  assert.equal(await sc.textContent(`${form} [data-action="arrived-screened"]`), 'এসেছেন ও স্ক্রিনিং হয়েছে');
  assert.match(await sc.textContent(`${form} fieldset[data-question="migration-route"] legend`), /[\u0980-\u09FF]/);
  assert.ok(await sc.isChecked(`${form} input[name="q-migration-route"][value="irregular"]`));
  await sc.$eval(form, (el) => el.scrollIntoView());
  await shot(sc, 'arrival-screen-again');

  await sc.click(`${form} [data-action="arrived-screened"]`);
  assert.match(await sc.textContent('dialog[open] #confirm-text'), new RegExp(returnee.caseRef));
  await sc.click('dialog[open] [data-action="confirm"]');
  const outcome = `li.screened-again[data-settled-ref="${returnee.caseRef}"]`;
  await sc.waitForSelector(outcome, { timeout: 30_000 });
  assert.equal(await sc.$(card), null, 'the card gave way to the outcome');
  assert.equal(await sc.getAttribute(`${outcome} ol.trace`, 'lang'), 'bn');
  assert.match(await sc.textContent(`${outcome} ol.trace`), /[\u0980-\u09FF]/, 'the trace in Bangla');
  assert.ok(await sc.isHidden(`${outcome} .trace-stays`));
  await shot(sc, 'arrival-screened-again');

  // the owning agency finds her return arrived and her latest screening amended with exactly the desk's answers, and
  // the outcome the desk read is that screening's
  const kase = await api('caseworker', `${SCREENING}/cases/${returnee.caseId}`);
  assert.equal(kase.plannedReturn.status, 'ARRIVED');
  const latest = kase.screenings.reduce((a, b) => (a.screenedAt > b.screenedAt ? a : b));
  assert.equal(latest.revision, 1, "the first amendment of the screening");
  assert.equal(await sc.getAttribute(`${outcome} [data-classification]`, 'data-classification'), latest.classification);
  assert.equal(await sc.getAttribute(`${outcome} [data-needs]`, 'data-needs'), latest.needs.join(' '));
  assert.ok(latest.needs.includes('SHELTER'), 'no safe place tonight: shelter');
  assert.deepEqual((await api('caseworker', `${SCREENING}/screenings/${latest.id}`)).answers, answered);

  // back in English, the words follow; the trace the desk cannot read again stays in Bangla and says so
  await switchLanguage(sc, 'en');
  assert.equal(await sc.textContent(`${outcome} .notice.ok`), `Arrival confirmed and screening amended: case ${returnee.caseRef}.`);
  assert.ok(await sc.isVisible(`${outcome} .trace-stays`));
  await shot(sc, 'arrival-screened-again');
  assert.deepEqual(sc.problems.filter((x) => /arrivals|planned-return|instruments|8081|Content Security Policy/i.test(x)), [], 'no refused or failed call');
  await logout(sc);
  await ctx.close();
});

test('a provider sees a referral held for a woman still abroad as an upcoming arrival, without her reference', async () => {
  // screened with psychosocial support consented, which routing sends to the Dhaka NGO's help desk; then her return is
  // planned, and the referral not yet answered is held for her arrival
  const { caseId, caseRef } = await screenByApi('caseworker', person(92, 'Upcomunnesa'), ['PSYCHOSOCIAL']);
  await waitFor('her psychosocial referral sent', async () =>
    (await api('caseworker', `${REFERRAL}/cases/${caseId}/referrals`)).items.find((r) => r.category === 'PSYCHOSOCIAL' && r.status === 'SENT'));
  await api('caseworker', `${SCREENING}/cases/${caseId}/planned-return`, { method: 'PUT', headers: json, body: JSON.stringify({
    expectedFrom: dhakaDay(3), expectedTo: dhakaDay(6), portOfEntry: 'DAC', mode: 'AIR' }) });
  const held = await waitFor('her referral held for the arrival', async () =>
    (await api('caseworker', `${REFERRAL}/cases/${caseId}/referrals`)).items.find((r) => r.category === 'PSYCHOSOCIAL' && r.status === 'ON_HOLD'));

  const ctx = await chromium.context();
  const pr = await login(ctx, 'provider');
  const card = `article.upcoming-arrival[data-referral="${held.id}"]`;
  await pr.waitForSelector(card, { timeout: 30_000 });
  const text = await pr.textContent(card);
  assert.match(text, /Psychosocial support/);
  assert.match(text, /Hazrat Shahjalal International Airport, Dhaka/);
  assert.ok(!text.includes(caseRef), 'no case reference before the arrival');
  assert.equal(await pr.$(`${card} button`), null, 'nothing to answer before the arrival');
  assert.equal(await pr.$(`article.referral[data-referral="${held.id}"]`), null, 'not among the referrals to answer');
  await pr.$eval('#upcoming-h', (el) => el.scrollIntoView());
  await shot(pr, 'upcoming-arrivals', { fullPage: false });
  await switchLanguage(pr, 'bn');
  const bn = await pr.textContent(card);
  assert.match(bn, /হযরত শাহজালাল আন্তর্জাতিক বিমানবন্দর, ঢাকা/);
  assert.doesNotMatch(bn, /[0-9]/, 'the window in Bangla digits');
  await pr.$eval('#upcoming-h', (el) => el.scrollIntoView());
  await shot(pr, 'upcoming-arrivals', { fullPage: false });
  await switchLanguage(pr, 'en');
  await logout(pr);
  await ctx.close();
});
