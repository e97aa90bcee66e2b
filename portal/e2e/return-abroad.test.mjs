// The return from abroad in a real browser against the running platform (issue #19, items 1, 2 and 5): the labour
// wing in Riyadh says where it works, screens a woman there through the form (country and city, her home district
// Jashore, her consent to share across the border), plans her return to Dhaka airport with the flight and the
// nationality verification it waits on, and changes it; then hands another woman's case over to the Jashore NGO, whose
// case worker accepts it, after which the case is the NGO's and the wing no longer sees it. Each step is checked
// through the APIs. The demo users `riyadh` (case-worker, agency-admin of the Labour Wing, Riyadh) and `jashore`
// (case-worker, provider-staff of the Jashore Demo NGO) come with the realm.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { browser, login, logout, switchLanguage, shot, api, person, fillPerson, waitFor, RUN, SCREENING } from './support.mjs';

const RIYADH_WING = '5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e504';
const JASHORE_NGO = '5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e505';
const JASHORE = '20';   // the district, in the directory's geography
const json = { 'Content-Type': 'application/json' };
/** The answers of a woman deceived about the job and exploited abroad (as in support.mjs' screenings). */
const ANSWERS = { 'migration-route': 'regular', 'deception-at-recruitment': ['nature-of-job', 'wages'],
  exploitation: ['excessive-hours', 'low-or-no-salary'], 'coercion-at-destination': ['documents-confiscated', 'isolation'] };

let chromium;
before(async () => {
  chromium = await browser();
  // the wing works in Riyadh (the first test says so through its page again; the second must not depend on the first)
  await api('riyadh', `${SCREENING}/agencies/${RIYADH_WING}/location`, { method: 'PUT', headers: json,
    body: JSON.stringify({ country: 'SA', city: 'Riyadh' }) });
});
after(async () => { await chromium?.close(); });

const dhakaDay = (offsetDays) => new Date(Date.now() + 6 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

async function latestInstrument() {
  const { items } = await api('riyadh', `${SCREENING}/instruments`);
  return items.filter((i) => i.code === 'setu-core').sort((a, b) => b.version - a.version)[0];
}

/** A woman screened by the wing in Riyadh through the API, home in Jashore, consenting or not to share across the border. */
async function screenedAbroad(n, givenName, crossBorder) {
  const p = person(n, givenName);
  const instrument = await latestInstrument();
  return api('riyadh', `${SCREENING}/screenings`, {
    method: 'POST', headers: { ...json, 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify({
      instrument: { code: instrument.code, version: instrument.version }, context: 'EMBASSY',
      location: { country: 'SA', city: 'Riyadh' }, countryOfExploitation: 'SA',
      person: { givenName: p.givenName, familyName: p.familyName, sex: 'FEMALE', dateOfBirth: '1994-02-02', nationality: 'BD',
        languages: ['bn'], phone: p.phone, home: { divisionId: '3', districtId: JASHORE } },
      answers: ANSWERS,
      consent: { services: ['SHELTER', 'PSYCHOSOCIAL'], shareWithProviders: 'BASIC', crossBorder },
    }),
  });
}

/** Waits until the element's whole text is the given one (texts built of several spans, which text= matches poorly). */
async function waitForText(page, selector, text) {
  await page.waitForFunction(([sel, want]) => document.querySelector(sel)?.textContent === want, [selector, text], { timeout: 30_000 });
}

async function openCase(page, ref) {
  await page.click('nav button[data-screen="cases"]');
  await page.click(`li[data-case-ref="${ref}"] button`);
  const detail = `section.detail[data-case-ref="${ref}"]`;
  await page.waitForSelector(`${detail} section.planned-return dl, ${detail} section.planned-return .no-return`, { timeout: 30_000 });
  await page.waitForSelector(`${detail} section.hand-over .hand-over-history > *`, { timeout: 30_000 });
  return detail;
}

test('the labour wing in Riyadh screens a woman abroad with her cross-border consent and plans her return to Dhaka airport', async () => {
  const ctx = await chromium.context();
  const page = await login(ctx, 'riyadh');

  // its agency admin says where the wing works
  await page.click('nav button[data-screen="agency-location"]');
  await page.waitForSelector('form.location-edit select[name="country"]');
  await page.selectOption('select[name="country"]', 'SA');
  await page.fill('input[name="city"]', 'Riyadh');
  await page.click('[data-action="save-location"]');
  assert.match(await page.textContent('dialog[open] #confirm-text'), /Saudi Arabia, Riyadh/);
  await page.click('dialog[open] [data-action="confirm"]');
  await waitForText(page, '[data-fact="where"]', 'Saudi Arabia, Riyadh');
  const where = await api('riyadh', `${SCREENING}/agencies/${RIYADH_WING}/location`);
  assert.deepEqual([where.country, where.city, where.abroad], ['SA', 'Riyadh', true]);

  // the form of an agency abroad: the country and city, her home district, and the cross-border question
  const p = person(70, 'Riyadhunnesa');
  await page.click('nav button[data-screen="screen"]');
  await page.waitForSelector('form[data-abroad] select[name="country"]', { timeout: 30_000 });
  assert.equal(await page.inputValue('select[name="country"]'), 'SA');
  assert.equal(await page.inputValue('input[name="city"]'), 'Riyadh');
  await page.selectOption('select[name="context"]', 'EMBASSY');
  await fillPerson(page, p);   // home district Jashore
  await page.selectOption('select[name="countryOfExploitation"]', 'SA');
  for (const c of ['SHELTER', 'PSYCHOSOCIAL']) await page.check(`input[name="consent-service"][value="${c}"]`);
  // without an answer to the cross-border question nothing is sent
  await page.click('form button[type="submit"]');
  await page.waitForSelector('fieldset[data-question="crossBorder"][aria-invalid="true"]');
  await switchLanguage(page, 'bn');
  assert.match(await page.textContent('fieldset[data-question="crossBorder"] legend'), /[\u0980-\u09FF]/, 'the question in Bangla');
  await page.$eval('fieldset[data-question="crossBorder"]', (el) => el.scrollIntoView());
  await shot(page, 'screening-abroad', { fullPage: false });
  await switchLanguage(page, 'en');
  await page.$eval('fieldset[data-question="crossBorder"]', (el) => el.scrollIntoView());
  await shot(page, 'screening-abroad', { fullPage: false });
  await page.check('input[name="crossBorder"][value="true"]');
  await page.click('form button[type="submit"]');
  const ref = await (await page.waitForSelector('section.result', { timeout: 30_000 })).getAttribute('data-case-ref');
  const [found] = (await api('riyadh', `${SCREENING}/cases?ref=${encodeURIComponent(ref)}`)).items;
  const screened = await api('riyadh', `${SCREENING}/cases/${found.id}`);
  assert.equal(screened.consent.crossBorder, true);

  // her return: Dhaka airport, a window from the fifth day, the flight, and the nationality verification it waits on
  const flight = `SV ${RUN.slice(0, 4)}`;
  const detail = await openCase(page, ref);
  const section = `${detail} section.planned-return`;
  assert.equal(await page.textContent(`${section} .no-return`), 'No return planned.');
  await page.click(`${section} details.return-form summary`);
  await page.selectOption(`${section} select[name="portOfEntry"]`, 'DAC');
  assert.equal(await page.inputValue(`${section} select[name="mode"]`), 'AIR', 'the mode follows the port');
  await page.fill(`${section} input[name="expectedFrom"]`, dhakaDay(5));
  await page.fill(`${section} input[name="expectedTo"]`, dhakaDay(7));
  await page.fill(`${section} input[name="transportRef"]`, flight);
  await page.check(`${section} input[name="verificationNeeded"]`);
  await page.selectOption(`${section} select[name="verificationStatus"]`, 'PENDING');
  await page.selectOption(`${section} select[name="waitingOn"]`, 'BD_MISSION');
  await page.fill(`${section} input[name="verificationSince"]`, dhakaDay(-10));
  await page.click(`${section} [data-action="save-return"]`);
  await waitForText(page, `${section} [data-fact="travel"]`, `By air · ${flight}`);
  const planned = await api('riyadh', `${SCREENING}/cases/${found.id}/planned-return`);
  assert.deepEqual([planned.version, planned.portOfEntry, planned.expectedFrom, planned.expectedTo, planned.mode, planned.transportRef],
    [1, 'DAC', dhakaDay(5), dhakaDay(7), 'AIR', flight]);
  assert.deepEqual(planned.nationalityVerification, { status: 'PENDING', waitingOn: 'BD_MISSION', since: dhakaDay(-10) });
  assert.equal(await page.textContent(`${section} [data-fact="port"]`), 'Hazrat Shahjalal International Airport, Dhaka');
  assert.match(await page.textContent(`${section} [data-fact="verification"]`), /^Waiting for confirmation · waiting on Bangladesh mission abroad · since /);
  await page.$eval(section, (el) => el.scrollIntoView());
  await shot(page, 'planned-return', { fullPage: false });
  await switchLanguage(page, 'bn');
  assert.equal(await page.textContent(`${section} [data-fact="port"]`), 'হযরত শাহজালাল আন্তর্জাতিক বিমানবন্দর, ঢাকা');
  assert.match(await page.textContent(`${section} [data-fact="verification"]`), /বিদেশে বাংলাদেশ মিশন/);
  assert.doesNotMatch(await page.textContent(`${section} [data-fact="window"]`), /[0-9]/, 'the window in Bangla digits');
  await page.$eval(section, (el) => el.scrollIntoView());
  await shot(page, 'planned-return', { fullPage: false });
  await switchLanguage(page, 'en');

  // the mission confirmed her nationality: the change goes with the version read (without it the service answers 428)
  await page.click(`${section} details.return-form summary`);
  await page.selectOption(`${section} select[name="verificationStatus"]`, 'VERIFIED');
  await page.click(`${section} [data-action="save-return"]`);
  await page.waitForSelector(`${section} [data-fact="verification"][data-status="VERIFIED"]`, { timeout: 30_000 });
  const changed = await api('riyadh', `${SCREENING}/cases/${found.id}/planned-return`);
  assert.equal(changed.version, 2);
  assert.equal(changed.nationalityVerification.status, 'VERIFIED');
  assert.equal((await api('riyadh', `${SCREENING}/cases/${found.id}`)).plannedReturn.verification, 'VERIFIED');

  // on a phone the case page does not scroll sideways
  await page.setViewportSize({ width: 360, height: 780 });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scrolling at 360 px');
  await page.setViewportSize({ width: 1280, height: 900 });
  // nothing of her in the address or the browser's storage; no call refused
  assert.ok(!/Riyadhunnesa|BD-/.test(page.url()));
  const storage = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  assert.ok(!/Riyadhunnesa|Portalbibi|SV /.test(storage), storage);
  assert.deepEqual(page.problems.filter((x) => /planned-return|location|screenings|8081|Content Security Policy/i.test(x)), [], 'no refused or failed call');
  await logout(page);
  await ctx.close();
});

test('the wing hands a case over to the Jashore NGO, which accepts it; the case is then the NGO\'s alone', async () => {
  const withConsent = await screenedAbroad(71, 'Handunnesa', true);
  const without = await screenedAbroad(72, 'Nocrossara', false);
  await api('riyadh', `${SCREENING}/cases/${withConsent.caseId}/planned-return`, { method: 'PUT', headers: json, body: JSON.stringify({
    expectedFrom: dhakaDay(3), expectedTo: dhakaDay(5), portOfEntry: 'DAC', mode: 'AIR' }) });

  const ctx = await chromium.context();
  const wing = await login(ctx, 'riyadh');

  // without her consent to share across the border, the service refuses, and the page says why
  let detail = await openCase(wing, without.caseRef);
  await wing.click(`${detail} details.hand-over-propose summary`);
  await wing.selectOption(`${detail} select[name="toAgency"]`, JASHORE_NGO);
  await wing.click(`${detail} [data-action="propose-hand-over"]`);
  assert.match(await wing.textContent('dialog[open] #confirm-text'), new RegExp(without.caseRef));
  await wing.click('dialog[open] [data-action="confirm"]');
  const refusal = await (await wing.waitForSelector(`${detail} .hand-over-message [role="alert"]`, { timeout: 30_000 })).textContent();
  assert.match(refusal, /^The hand-over was refused: \S/);
  assert.deepEqual((await api('riyadh', `${SCREENING}/cases/${without.caseId}/hand-overs`)).items, []);

  // with it, the hand-over is proposed and waits in the case's history
  detail = await openCase(wing, withConsent.caseRef);
  await wing.click(`${detail} details.hand-over-propose summary`);
  await wing.selectOption(`${detail} select[name="toAgency"]`, JASHORE_NGO);
  await wing.click(`${detail} [data-action="propose-hand-over"]`);
  assert.match(await wing.textContent('dialog[open] #confirm-text'), new RegExp(`Hand case ${withConsent.caseRef} over to `));
  await wing.click('dialog[open] [data-action="confirm"]');
  await wing.waitForSelector(`${detail} ol.hand-over-list li[data-status="PROPOSED"]`, { timeout: 30_000 });
  const [proposed] = (await api('riyadh', `${SCREENING}/cases/${withConsent.caseId}/hand-overs`)).items;
  assert.deepEqual([proposed.status, proposed.fromAgency, proposed.toAgency], ['PROPOSED', RIYADH_WING, JASHORE_NGO]);
  await wing.$eval(`${detail} section.hand-over`, (el) => el.scrollIntoView());
  await shot(wing, 'hand-over-proposed', { fullPage: false });
  // the wing finds it among its outgoing hand-overs, to withdraw until it is answered
  await wing.click('nav button[data-screen="hand-overs"]');
  await wing.waitForSelector(`section[data-direction="OUTGOING"] li.hand-over[data-case-ref="${withConsent.caseRef}"] [data-action="withdraw-hand-over"]`,
    { timeout: 30_000 });
  await logout(wing);

  // the Jashore NGO's case worker finds it among the hand-overs to her agency, with the return it waits for
  const ngo = await login(ctx, 'jashore');
  await ngo.click('nav button[data-screen="hand-overs"]');
  const card = `section[data-direction="INCOMING"] li.hand-over[data-case-ref="${withConsent.caseRef}"]`;
  await ngo.waitForSelector(card, { timeout: 30_000 });
  assert.match(await ngo.textContent(`${card} [data-fact="from"]`), /Riyadh/);
  assert.match(await ngo.textContent(`${card} [data-fact="return"]`), /^Hazrat Shahjalal International Airport, Dhaka · /);
  assert.equal(await ngo.textContent(`${card} [data-fact="status"]`), 'Waiting for the receiving agency');
  await ngo.$eval(card, (el) => el.scrollIntoView());
  await shot(ngo, 'hand-overs', { fullPage: false });
  await switchLanguage(ngo, 'bn');
  assert.equal(await ngo.textContent('nav button[data-screen="hand-overs"]'), 'হস্তান্তর');
  assert.equal(await ngo.textContent(`${card} [data-fact="status"]`), 'গ্রহণকারী সংস্থার উত্তরের অপেক্ষায়');
  assert.doesNotMatch(await ngo.textContent(`${card} [data-fact="return"]`), /[0-9]/, 'the window in Bangla digits');
  await ngo.$eval(card, (el) => el.scrollIntoView());
  await shot(ngo, 'hand-overs', { fullPage: false });
  await switchLanguage(ngo, 'en');

  // on a phone the cards stack and the buttons are large enough for a thumb
  await ngo.setViewportSize({ width: 360, height: 780 });
  assert.ok(await ngo.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scrolling at 360 px');
  const height = await ngo.$eval(`${card} [data-action="accept-hand-over"]`, (b) => b.getBoundingClientRect().height);
  assert.ok(height >= 44, `the Accept button is ${height} px high`);
  await ngo.setViewportSize({ width: 1280, height: 900 });

  await ngo.click(`${card} [data-action="accept-hand-over"]`);
  assert.match(await ngo.textContent('dialog[open] #confirm-text'), new RegExp(withConsent.caseRef));
  await ngo.click('dialog[open] [data-action="confirm"]');
  await ngo.waitForSelector(`li.settled[data-settled-ref="${withConsent.caseRef}"]`, { timeout: 30_000 });

  // access follows the hand-over: the NGO reads the case, the wing no longer does; both have seen it in its history
  const theirs = await waitFor('the case readable by the NGO', async () => api('jashore', `${SCREENING}/cases/${withConsent.caseId}`));
  assert.equal(theirs.ref, withConsent.caseRef);
  await assert.rejects(api('riyadh', `${SCREENING}/cases/${withConsent.caseId}`), /HTTP 404/);
  const [accepted] = (await api('jashore', `${SCREENING}/cases/${withConsent.caseId}/hand-overs`)).items;
  assert.equal(accepted.status, 'ACCEPTED');

  // the case is in the NGO's list, with its hand-over accepted in the history and the return still planned
  detail = await openCase(ngo, withConsent.caseRef);
  await ngo.waitForSelector(`${detail} ol.hand-over-list li[data-status="ACCEPTED"]`);
  assert.equal(await ngo.textContent(`${detail} section.planned-return [data-fact="port"]`), 'Hazrat Shahjalal International Airport, Dhaka');
  await ngo.$eval(`${detail} section.hand-over`, (el) => el.scrollIntoView());
  await shot(ngo, 'hand-over-accepted', { fullPage: false });
  assert.deepEqual(ngo.problems.filter((x) => /hand-overs|organizations|8081|8083|Content Security Policy/i.test(x)), [], 'no refused or failed call');
  await logout(ngo);
  await ctx.close();
});
