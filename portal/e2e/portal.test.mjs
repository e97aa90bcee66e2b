// The portal in a real browser (Debian's Chromium) against the running platform: every role's main flow through
// to the closed loop, Bangla, a screening made offline and synced once, live updates, keyboard-only use.
// Run by system-tests (PortalSystemTest) inside ./mvnw verify, or by hand: ./setu up, then npm run e2e here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { browser, login, logout, switchLanguage, shot, api, person, fillScreening, screenByApi, waitFor, SCREENING, REFERRAL, DIRECTORY, PORTAL } from './support.mjs';

let chromium;
before(async () => { chromium = await browser(); });
after(async () => { await chromium?.close(); });

/** What a screener sees after submitting: the case reference of the new case. */
async function submitAndReadRef(page) {
  await page.click('form button[type="submit"]');
  const result = await page.waitForSelector('section.result', { timeout: 30_000 });
  return result.getAttribute('data-case-ref');
}

async function agencyCaseCount() {
  return (await api('caseworker', `${SCREENING}/cases?size=1`)).totalItems;
}

test('a screener screens a returnee in English and Bangla and sees outcome, trace, urgency, needs and case reference', async () => {
  const ctx = await chromium.context();
  const requested = new Set();
  ctx.on('request', (r) => requested.add(new URL(r.url()).origin));
  const page = await login(ctx, 'screener');
  await page.waitForSelector('form select[name="context"]');
  await shot(page, 'screening-form');
  await switchLanguage(page, 'bn');
  assert.equal(await page.textContent('main h1'), 'নতুন স্ক্রিনিং');
  // the form is the instrument's, in Bangla: the question labels come from the API in both languages
  assert.match(await page.textContent('fieldset[data-question="migration-route"] legend'), /যাত্রা/);
  await shot(page, 'screening-form');
  await switchLanguage(page, 'en');
  await fillScreening(page, person(1, 'Portalina'));
  // switching language keeps what was typed
  await switchLanguage(page, 'bn');
  assert.equal(await page.inputValue('input[name="givenName"]'), 'Portalina');
  const ref = await submitAndReadRef(page);
  assert.match(ref, /\S+/);
  assert.equal(await page.getAttribute('[data-classification]', 'data-classification'), 'PRESUMED_TRAFFICKING_VICTIM');
  assert.match(await page.textContent('section.result'), /তাৎক্ষণিক/);   // IMMEDIATE, in Bangla
  assert.ok((await page.$$('ol.trace li')).length > 0, 'the decision trace is shown');
  // the trace too is in Bangla, with Bangla digits: the service writes it in the language the portal asks for
  assert.match(await page.textContent('ol.trace li'), /^বয়স [০-৯]+: প্রাপ্তবয়স্ক।$/);
  assert.match(await page.textContent('ol.trace'), /ফলাফল: পাচারের শিকার বলে অনুমিত/);
  await shot(page, 'screening-result');
  await switchLanguage(page, 'en');
  await page.waitForSelector('ol.trace[data-lang="en"]');
  assert.match(await page.textContent('ol.trace li'), /^Age \d+: an adult\.$/);
  assert.match(await page.textContent('section.result'), /Presumed victim of trafficking/);
  assert.match(await page.textContent('section.result'), /Immediate/);
  assert.match(await page.textContent('section.result'), /Shelter/);
  await shot(page, 'screening-result');
  // privacy: nothing personal in the address bar or in the browser's storage, nothing logged
  assert.ok(!page.url().includes('Portalina'));
  const storage = await page.evaluate(() => ({ local: { ...localStorage }, session: { ...sessionStorage } }));
  assert.ok(!JSON.stringify(storage).includes('Portalina'), JSON.stringify(storage));
  assert.deepEqual(page.problems.filter((p) => p.includes('Portalina')), []);
  // nothing is fetched from the internet: only the portal, Keycloak and the four APIs
  const allowed = ['http://localhost:8080', 'http://localhost:8180', 'http://localhost:8081', 'http://localhost:8082',
    'http://localhost:8083', 'http://localhost:8084'];
  assert.deepEqual([...requested].filter((o) => !allowed.includes(o)), []);
  await logout(page);
  await ctx.close();
});

test('the whole loop closes: screened, sent live to the provider, accepted, started, completed, seen by the case worker', async () => {
  const providerCtx = await chromium.context();
  const provider = await login(providerCtx, 'provider');
  await provider.waitForSelector('[data-connected="true"]', { timeout: 30_000 });

  const screenerCtx = await chromium.context();
  const screener = await login(screenerCtx, 'screener');
  await fillScreening(screener, person(2, 'Loopunnesa'));
  const ref = await submitAndReadRef(screener);

  // the provider's inbox shows it without reloading: it came through the referral stream
  const card = `article.referral[data-case-ref="${ref}"]`;
  await provider.waitForSelector(`${card}[data-status="SENT"]`, { timeout: 45_000 });
  await shot(provider, 'provider-inbox');
  await provider.click(`${card} [data-action="accept"]`);
  await provider.waitForSelector(`${card}[data-status="ACCEPTED"] .shared dd[data-shared="givenName"]`, { timeout: 45_000 });
  assert.equal(await provider.textContent(`${card} [data-shared="givenName"]`), 'Loopunnesa');
  await switchLanguage(provider, 'bn');
  await shot(provider, 'provider-inbox');
  await switchLanguage(provider, 'en');
  await provider.click(`${card} [data-action="start"]`);
  await provider.waitForSelector(`${card}[data-status="IN_PROGRESS"]`, { timeout: 20_000 });
  await provider.fill(`${card} input[name="note"]`, 'stayed three nights');
  await provider.click(`${card} [data-action="complete"]`);
  await provider.waitForSelector(`${card}`, { state: 'detached', timeout: 20_000 });

  // the provider keeps capacity current: one bed fewer, seen through the directory API, then as it was (the
  // routing of later runs and of the other system tests depends on the sample shelter's free beds)
  const capacity = provider.locator('form.capacity').first();
  const serviceId = await capacity.getAttribute('data-service');
  const free = Number(await capacity.locator('input').first().inputValue());
  await capacity.locator('input').first().fill(String(free - 1));
  await capacity.locator('button[type="submit"]').click();
  await capacity.locator('.notice.ok').waitFor({ timeout: 15_000 });
  assert.equal((await api('provider', `${DIRECTORY}/services/${serviceId}`)).capacity.available, free - 1);
  await shot(provider, 'provider-capacity');
  await switchLanguage(provider, 'bn');
  await shot(provider, 'provider-capacity');
  await switchLanguage(provider, 'en');
  await capacity.locator('input').first().fill(String(free));
  await capacity.locator('button[type="submit"]').click();
  await waitFor('the capacity restored', async () => (await api('provider', `${DIRECTORY}/services/${serviceId}`)).capacity.available === free);

  // the case worker sees the shelter referral completed, in the list and in the case
  const cwCtx = await chromium.context();
  const cw = await login(cwCtx, 'caseworker');
  await cw.click('nav button[data-screen="cases"]');
  const row = `li[data-case-ref="${ref}"]`;
  await cw.waitForSelector(`${row} .chip.status-COMPLETED`, { timeout: 30_000 });
  await cw.click(`${row} button`);
  await cw.waitForSelector(`section.detail[data-case-ref="${ref}"] li[data-status="COMPLETED"]`, { timeout: 15_000 });
  await shot(cw, 'case-worker');
  await switchLanguage(cw, 'bn');
  await shot(cw, 'case-worker');
  const shelter = (await api('caseworker', `${REFERRAL}/referrals?size=100`)).items.find((r) => r.caseRef === ref && r.category === 'SHELTER');
  assert.equal(shelter.status, 'COMPLETED');
  await Promise.all([providerCtx.close(), screenerCtx.close(), cwCtx.close()]);
});

test('a screening made offline waits encrypted, is sent when the connection returns, and makes exactly one case', async () => {
  const ctx = await chromium.context();
  const page = await login(ctx, 'screener');
  await fillScreening(page, person(3, 'Offlinara'));
  const before = await agencyCaseCount();
  await ctx.setOffline(true);
  await page.click('form button[type="submit"]');
  await page.waitForSelector('ul.waiting li', { timeout: 10_000 });
  assert.match(await page.textContent('#waiting-h'), /\(1\)/);
  await shot(page, 'screening-offline');
  await switchLanguage(page, 'bn');
  assert.match(await page.textContent('#waiting-h'), /পাঠানোর অপেক্ষায়/);
  await shot(page, 'screening-offline');
  await switchLanguage(page, 'en');
  // what waits is ciphertext under a key that cannot be exported
  const stored = await page.evaluate(async () => {
    const db = await new Promise((res, rej) => { const r = indexedDB.open('setu-portal'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    const get = (store, fn) => new Promise((res) => { const t = db.transaction(store); const q = fn(t.objectStore(store)); q.onsuccess = () => res(q.result); });
    const items = await get('queue', (s) => s.getAll());
    const key = await get('keys', (s) => s.get('offline-queue'));
    let exported = 'refused';
    try { await crypto.subtle.exportKey('raw', key); exported = 'exported'; } catch { /* expected */ }
    return { count: items.length, text: new TextDecoder().decode(items[0].data), extractable: key.extractable, exported, hasKey: typeof items[0].idempotencyKey };
  });
  assert.equal(stored.count, 1);
  assert.ok(!stored.text.includes('Offlinara'), 'the waiting screening is encrypted');
  assert.equal(stored.extractable, false);
  assert.equal(stored.exported, 'refused');
  assert.equal(stored.hasKey, 'string');
  assert.equal(await agencyCaseCount(), before, 'nothing reached the service while offline');

  await ctx.setOffline(false);
  // the "online" event sends it; pressing "send now" at the same time must not make a second case
  await page.click('.waiting ~ button').catch(() => {});
  await page.waitForSelector('.waiting-none', { timeout: 30_000 });
  await page.waitForSelector('.notice.ok', { timeout: 10_000 });
  await new Promise((r) => setTimeout(r, 2000));
  assert.equal(await agencyCaseCount(), before + 1, 'exactly one case was made');
  await ctx.close();
});

test('the screening form can be filled and sent with the keyboard alone, with a visible focus', async () => {
  const ctx = await chromium.context();
  const page = await login(ctx, 'screener');
  await page.waitForSelector('form select[name="context"]');
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el.tagName, name: el.getAttribute('name'), type: el.getAttribute('type'), value: el.getAttribute('value'), outline: getComputedStyle(el).outlineStyle };
  });
  /** Presses Tab until the focused control matches; fails after 400 presses. */
  const tabTo = async (match) => {
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const f = await focused();
      if (match(f)) return f;
    }
    throw new Error('never reached the control by Tab');
  };
  const f = await tabTo((x) => x.name === 'context');
  assert.notEqual(f.outline, 'none', 'the focused control shows a focus ring');
  await page.keyboard.press('ArrowDown');   // Airport returnee
  await tabTo((x) => x.name === 'location');
  await page.keyboard.type('Dhaka');
  await tabTo((x) => x.name === 'givenName');
  await page.keyboard.type('Keyboarda');
  await tabTo((x) => x.name === 'sex');
  await page.keyboard.press('ArrowDown');   // Female
  await tabTo((x) => x.name === 'ageEstimate');
  await page.keyboard.type('30');
  await tabTo((x) => x.name === 'phone');
  await page.keyboard.type(person(4, 'Keyboarda').phone);
  // a radio group is one Tab stop; Space chooses the focused option
  await tabTo((x) => x.name === 'q-migration-route');
  await page.keyboard.press('Space');
  await tabTo((x) => x.name === 'q-exploitation' && x.value === 'excessive-hours');
  await page.keyboard.press('Space');
  await tabTo((x) => x.name === 'consent-service' && x.value === 'SHELTER');
  await page.keyboard.press('Space');
  await tabTo((x) => x.tag === 'BUTTON' && x.type === 'submit');
  await page.keyboard.press('Enter');
  await page.waitForSelector('section.result', { timeout: 30_000 });
  // the result takes the focus, so that a screen reader reads it at once
  assert.equal(await page.evaluate(() => document.activeElement.id), 'result-h');
  assert.equal(await page.inputValue('input[name="givenName"]').catch(() => null), null, 'the form made way for the result');
  await ctx.close();
});

test('a missing required answer is named in the chosen language and nothing is sent', async () => {
  const ctx = await chromium.context();
  const page = await login(ctx, 'screener');
  await page.waitForSelector('form select[name="context"]');
  await switchLanguage(page, 'bn');
  await page.click('form button[type="submit"]');
  const error = await page.textContent('#form-errors [role="alert"]');
  assert.match(error, /অনুগ্রহ করে উত্তর দিন/);
  assert.equal(await page.getAttribute('select[name="context"]', 'aria-invalid'), 'true');
  await ctx.close();
});

test('a case worker refers by hand from the ranked preview, changes consent and erases a case, each confirmed', async () => {
  const p = person(5, 'Casewarda');
  const screened = await screenByApi('caseworker', p, ['LEGAL_AID', 'PSYCHOSOCIAL', 'MEDICAL', 'INTERPRETATION', 'DOCUMENTATION']);
  const { caseId, caseRef: ref } = screened;
  // a consented category without a referral yet, for which the directory has a service
  const category = await waitFor('a category with ranked services', async () => {
    for (const c of ['MEDICAL', 'INTERPRETATION', 'DOCUMENTATION']) {
      const m = await api('caseworker', `${REFERRAL}/matches?caseId=${caseId}&category=${c}`);
      if (m.items.length) return c;
    }
    return null;
  });

  const ctx = await chromium.context();
  const cw = await login(ctx, 'caseworker');
  await cw.click('nav button[data-screen="cases"]');
  await cw.click(`li[data-case-ref="${ref}"] button`);
  const detail = `section.detail[data-case-ref="${ref}"]`;
  await cw.waitForSelector(detail);

  await cw.click(`${detail} details.manual summary`);
  await cw.selectOption(`${detail} details.manual select[name="category"]`, category);
  await cw.click(`${detail} [data-action="preview"]`);
  await cw.click(`${detail} [data-action="refer"] >> nth=0`);
  await waitFor(`a ${category} referral made by hand`, async () =>
    (await api('caseworker', `${REFERRAL}/cases/${caseId}/referrals`)).items.some((r) => r.category === category));

  await cw.waitForSelector(`${detail} details:has([data-action="consent"]) summary`);
  await cw.click(`${detail} details:has([data-action="consent"]) summary`);
  await cw.uncheck(`${detail} input[name="svc"][value="DOCUMENTATION"]`);
  await cw.click(`${detail} [data-action="consent"]`);
  const consentText = await cw.textContent('dialog[open] #confirm-text');
  assert.match(consentText, new RegExp(ref));
  assert.match(consentText, /cancelled/);
  await shot(cw, 'case-worker-confirm');
  await cw.click('dialog[open] [data-action="confirm"]');
  await waitFor('the new consent', async () =>
    !(await api('caseworker', `${SCREENING}/cases/${caseId}`)).consent.services.includes('DOCUMENTATION'));

  await cw.waitForSelector(`${detail} [data-action="erase"]`);
  await cw.click(`${detail} [data-action="erase"]`);
  assert.match(await cw.textContent('dialog[open] #confirm-text'), /cannot be undone/);
  await cw.keyboard.press('Escape');   // cancelling changes nothing
  assert.equal((await api('caseworker', `${SCREENING}/cases/${caseId}`)).ref, ref);
  await cw.click(`${detail} [data-action="erase"]`);
  await cw.click('dialog[open] [data-action="confirm"]');
  await cw.waitForSelector('.notice.ok >> text=Case erased.');
  await assert.rejects(api('caseworker', `${SCREENING}/cases/${caseId}`), /HTTP 404/);
  await ctx.close();
});

test('the coordinator sees escalations and outcome charts, and everyone can browse the directory by district and category', async () => {
  const ctx = await chromium.context();
  const page = await login(ctx, 'coordinator');
  await page.click('nav button[data-screen="coordinator"]');
  await page.waitForSelector('#chart-accept', { timeout: 30_000 });
  await page.waitForSelector('#chart-completed');
  await shot(page, 'coordinator');
  await switchLanguage(page, 'bn');
  await page.waitForSelector('#chart-accept');
  await shot(page, 'coordinator');
  await switchLanguage(page, 'en');
  await page.click('nav button[data-screen="directory"]');
  await page.waitForSelector('.service-list li');
  await page.selectOption('select[name="district"]', '47');
  await page.selectOption('select[name="category"]', 'SHELTER');
  await page.click('form.filters button[type="submit"]');
  await page.waitForSelector('.service-list li');
  for (const chip of await page.$$eval('.service-list .chip', (els) => els.map((e) => e.textContent))) assert.equal(chip, 'Shelter');
  await shot(page, 'directory');
  await switchLanguage(page, 'bn');
  assert.equal(await page.textContent('.service-list .chip'), 'আশ্রয়');
  await shot(page, 'directory');
  await ctx.close();
});

test('on a 360 px wide phone the screening form fits the screen', async () => {
  const ctx = await chromium.context({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
  const page = await login(ctx, 'screener');
  await page.waitForSelector('form select[name="context"]');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow} px wider than the phone`);
  await shot(page, 'phone-screening', { fullPage: false });
  await switchLanguage(page, 'bn');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'Bangla fits too');
  await shot(page, 'phone-screening', { fullPage: false });
  await ctx.close();
});

test('logging out ends the session: the portal asks for a login again and keeps no token', async () => {
  const ctx = await chromium.context();
  const page = await login(ctx, 'caseworker');
  await logout(page);
  // the logout's own redirects may still be running: a navigation they abort is tried again, a few times
  for (let attempt = 1; ; attempt++) {
    try {
      await page.goto(PORTAL + '/');
      break;
    } catch (e) {
      if (attempt >= 5 || !String(e).includes('ERR_ABORTED')) throw e;
      await page.waitForTimeout(500);
    }
  }
  await page.waitForSelector('#username', { timeout: 20_000 });
  const storage = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  assert.ok(!/eyJ/.test(storage), 'no token in browser storage');
  await ctx.close();
});

test('a waiting screening belongs to its writer: at logout they are told and may discard it, and another user never sends it', async () => {
  const ctx = await chromium.context();
  // the screening service cannot be reached for a POST: the screening waits, and keeps waiting through every retry
  const unreachable = (route) => (route.request().method() === 'POST' ? route.abort() : route.continue());
  const screenings = (u) => u.pathname === '/api/v1/screenings';
  const queueSize = (page) => page.evaluate(async () => {
    const db = await new Promise((res, rej) => { const r = indexedDB.open('setu-portal'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    return new Promise((res) => { const q = db.transaction('queue').objectStore('queue').count(); q.onsuccess = () => { db.close(); res(q.result); }; });
  });
  const queueOne = async (page, n, name) => {
    await page.click('nav button[data-screen="screen"]');
    await fillScreening(page, person(n, name));
    await page.click('form button[type="submit"]');
    await page.waitForSelector('ul.waiting li', { timeout: 10_000 });
  };
  const before = await agencyCaseCount();

  await ctx.route(screenings, unreachable);
  let page = await login(ctx, 'screener');
  await queueOne(page, 8, 'Waitina');
  await page.click('[data-action="logout"]');
  const dialog = await page.waitForSelector('dialog.waiting-at-logout', { timeout: 10_000 });
  assert.match(await dialog.textContent(), /1 screening/);
  await shot(page, 'logout-with-waiting-screening');
  await page.click('[data-action="keep-waiting"]');
  await page.waitForSelector('#username', { timeout: 20_000 });   // back at Keycloak's login: nobody is signed in
  await ctx.unroute(screenings, unreachable);

  // another user of the same device and agency signs in: the services are reachable, yet nothing of the screener's is sent
  page = await login(ctx, 'caseworker');
  await page.click('nav button[data-screen="screen"]');
  await page.waitForSelector('.waiting-none', { timeout: 10_000 });
  await new Promise((r) => setTimeout(r, 4000));
  assert.equal(await queueSize(page), 1, 'the screener\'s screening still waits');
  assert.equal(await agencyCaseCount(), before, 'the case worker did not send it');
  await logout(page);

  // the screener comes back: their screening is sent, once
  page = await login(ctx, 'screener');
  await waitFor('the screener\'s waiting screening is sent', async () => (await agencyCaseCount()) === before + 1);
  await waitFor('the queue is empty', async () => (await queueSize(page)) === 0);

  // and a screening the screener chooses to discard at logout is gone from the device
  await ctx.route(screenings, unreachable);
  await queueOne(page, 9, 'Discardina');
  await page.click('[data-action="logout"]');
  await page.waitForSelector('dialog.waiting-at-logout', { timeout: 10_000 });
  await page.click('[data-action="discard-waiting"]');
  await page.waitForSelector('#username', { timeout: 20_000 });
  page = await ctx.newPage();
  await page.goto(PORTAL + '/config.json');
  assert.equal(await queueSize(page), 0, 'nothing waits after the discard');
  await ctx.unroute(screenings, unreachable);
  await ctx.close();
});

test('an agency admin chooses which referrals wait for approval, in English and Bangla, and a coordinator sees the policy', async () => {
  const DHAKA_NGO = '5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e501';
  const policyUrl = `${REFERRAL}/routing-policies/${DHAKA_NGO}`;
  const before = await api('agencyadmin', policyUrl);
  const ctx = await chromium.context();
  let saved = null;
  try {
    const page = await login(ctx, 'agencyadmin');
    await page.click('nav button[data-screen="policy"]');
    await page.waitForSelector('form.policy-form');
    await page.check('input[name="category"][value="LEGAL_AID"]');
    await page.click('[data-action="save-policy"]');
    await page.click('dialog [data-action="confirm"]');
    await page.waitForSelector('.status-area .notice.ok');
    saved = await api('agencyadmin', policyUrl);
    assert.equal(saved.version, before.version + 1);
    assert.deepEqual(saved.approveFirstCategories, ['LEGAL_AID']);
    await page.waitForSelector(`form.policy-form[data-version="${saved.version}"] input[value="LEGAL_AID"]:checked`);
    await shot(page, 'routing-policy');
    await switchLanguage(page, 'bn');
    assert.equal(await page.textContent('main h1'), 'রাউটিং নীতি');
    await shot(page, 'routing-policy');
    assert.deepEqual(page.problems.filter((p) => /routing-polic/i.test(p)), [], 'no failed call of the policy API');

    const coordinatorCtx = await chromium.context();
    const coordinator = await login(coordinatorCtx, 'coordinator');
    await coordinator.click('nav button[data-screen="policy"]');
    await coordinator.waitForSelector(`table.policies tr[data-agency="${DHAKA_NGO}"]`);
    assert.match(await coordinator.textContent(`tr[data-agency="${DHAKA_NGO}"]`), /Legal aid/);
    assert.equal(await coordinator.$('form.policy-form'), null, 'a coordinator reads policies and changes none');
    await coordinatorCtx.close();
  } finally {
    // back to what the demo agency had, so that the other tests' referrals are routed as before
    const now = await api('agencyadmin', policyUrl);
    await api('agencyadmin', policyUrl, { method: 'PUT', headers: { 'Content-Type': 'application/json', 'If-Match': `"${now.version}"` },
      body: JSON.stringify({ approveFirstUrgencies: before.approveFirstUrgencies, approveFirstCategories: before.approveFirstCategories }) });
    await ctx.close();
  }
});

const DHAKA_NGO = '5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e501';
const ALL_CATEGORIES = ['SHELTER', 'MEDICAL', 'PSYCHOSOCIAL', 'LEGAL_AID', 'CHILD_PROTECTION', 'FAMILY_TRACING', 'REPATRIATION',
  'REINTEGRATION', 'DOCUMENTATION', 'INTERPRETATION', 'FINANCIAL_ASSISTANCE', 'EDUCATION', 'LAW_ENFORCEMENT'];
const CONSENTED = ['LEGAL_AID', 'PSYCHOSOCIAL', 'MEDICAL', 'INTERPRETATION', 'DOCUMENTATION'];

/** Sets the Dhaka demo NGO's routing policy; @return a function that puts the one before back. */
async function dhakaPolicy(urgencies, categories) {
  const url = `${REFERRAL}/routing-policies/${DHAKA_NGO}`;
  const put = async (body) => {
    const now = await api('agencyadmin', url);
    await api('agencyadmin', url, { method: 'PUT', headers: { 'Content-Type': 'application/json', 'If-Match': `"${now.version}"` },
      body: JSON.stringify(body) });
  };
  const before = await api('agencyadmin', url);
  await put({ approveFirstUrgencies: urgencies, approveFirstCategories: categories });
  return () => put({ approveFirstUrgencies: before.approveFirstUrgencies, approveFirstCategories: before.approveFirstCategories });
}

/** The referrals routing made of a case once at least one is there and none is still on its way. */
async function referralsOf(user, caseId) {
  return waitFor(`referrals of case ${caseId}`, async () => {
    const items = (await api(user, `${REFERRAL}/cases/${caseId}/referrals`)).items;
    return items.length ? items : null;
  });
}

test('a case worker approves a proposed referral, and another with a service she chose from the ranked preview', async () => {
  const restore = await dhakaPolicy(['HIGH', 'ROUTINE'], ALL_CATEGORIES);
  const ctx = await chromium.context();
  try {
    const first = await screenByApi('caseworker', person(21, 'Approvina'), CONSENTED);
    // displaced by a disaster, she needs a shelter: two in the Dhaka division take women, so there is a choice
    const second = await screenByApi('caseworker', person(22, 'Choosira'), [...CONSENTED, 'SHELTER'],
      { 'vulnerability-community': ['displaced-by-disaster'] });
    const proposedOf = async (caseId) => (await referralsOf('caseworker', caseId)).filter((r) => r.status === 'PROPOSED');
    const [asProposed] = await proposedOf(first.caseId);
    assert.ok(asProposed, 'the policy holds the first person\'s referrals for approval');
    // a proposal with more than one candidate, so that there is another to choose
    let other = null;
    for (const r of await proposedOf(second.caseId)) {
      const m = await api('caseworker', `${REFERRAL}/matches?caseId=${second.caseId}&category=${r.category}`);
      const alternative = m.items.find((c) => c.serviceId !== r.serviceId);
      if (alternative) { other = { referral: r, alternative }; break; }
    }
    assert.ok(other, 'a proposal of the second person has another eligible candidate');

    const cw = await login(ctx, 'caseworker');
    await cw.click('nav button[data-screen="cases"]');
    await cw.click(`li[data-case-ref="${first.caseRef}"] button`);
    await cw.click(`section.detail[data-case-ref="${first.caseRef}"] li[data-referral="${asProposed.id}"] [data-action="approve"]`);
    const approved = await waitFor('the proposal approved', async () => {
      const r = await api('caseworker', `${REFERRAL}/referrals/${asProposed.id}`);
      return r.status === 'SENT' ? r : null;
    });
    assert.equal(approved.serviceId, asProposed.serviceId, 'approved as proposed');

    await cw.click(`li[data-case-ref="${second.caseRef}"] button`);
    const row = `section.detail[data-case-ref="${second.caseRef}"] li[data-referral="${other.referral.id}"]`;
    await cw.click(`${row} [data-action="choose-other"]`);
    // the preview is ranked again when drawn (capacity moves as other tests refer), so the other service is the
    // preview's own first one that is not the proposal's
    const another = `${row} ol.matches li[data-service]:not([data-service="${other.referral.serviceId}"])`;
    await cw.waitForSelector(`${another} [data-action="approve-with"]`);
    const chosen = await cw.getAttribute(another, 'data-service');
    await shot(cw, 'case-worker-approval');
    await switchLanguage(cw, 'bn');
    assert.match(await cw.textContent(`${row} [data-action="choose-other"]`), /অন্য সেবা/);
    // why the proposal went where it went, read again from the service in Bangla
    await cw.click(`${row} > details.why summary`);
    await cw.waitForFunction((sel) => /প্রয়োজন/.test(document.querySelector(sel)?.textContent ?? ''), `${row} > details.why ol`);
    assert.doesNotMatch(await cw.textContent(`${row} > details.why ol`), /Needs|Chose/);
    await shot(cw, 'case-worker-approval');
    await switchLanguage(cw, 'en');
    await cw.click(`${row} li[data-service="${chosen}"] [data-action="approve-with"]`);
    const redirected = await waitFor('the proposal approved with the other service', async () => {
      const r = await api('caseworker', `${REFERRAL}/referrals/${other.referral.id}`);
      return r.status === 'SENT' ? r : null;
    });
    assert.equal(redirected.serviceId, chosen);
    assert.equal(redirected.history.at(-1).reason, 'APPROVED_WITH_ANOTHER_SERVICE');
    assert.ok(redirected.explanation.some((line) => /^Chosen by hand at approval by a case worker/.test(line)));
    assert.deepEqual(cw.problems.filter((p) => /approve|matches/.test(p)), [], 'no failed call');
  } finally {
    await ctx.close();
    await restore();
  }
});

/** A referral of a new case declined by every candidate in turn (by a coordinator) until it is escalated. */
async function escalatedReferral(n, name) {
  const screened = await screenByApi('caseworker', person(n, name), CONSENTED);
  const [first] = (await referralsOf('caseworker', screened.caseId)).filter((r) => r.status === 'SENT');
  assert.ok(first, `a referral was sent for ${name}`);
  for (let i = 0; i < 15; i++) {
    const r = await api('coordinator', `${REFERRAL}/referrals/${first.id}`);
    if (r.status === 'ESCALATED') return { ...r, caseRef: screened.caseRef };
    await api('coordinator', `${REFERRAL}/referrals/${r.id}/decline`, { method: 'POST', headers: { 'Content-Type': 'application/json',
      'If-Match': `"${r.version}"` }, body: JSON.stringify({ reason: 'NO_CAPACITY' }) });
  }
  throw new Error(`referral ${first.id} was not escalated after 15 declines`);
}

test('a coordinator finds escalations by district, category and waiting time, refers one again and closes another with a reason', async () => {
  const again = await escalatedReferral(23, 'Escalina');
  const closing = await escalatedReferral(24, 'Closuara');
  const ctx = await chromium.context();
  try {
    const page = await login(ctx, 'coordinator');
    await page.click('nav button[data-screen="coordinator"]');
    await page.waitForSelector('form.escalation-filters select[name="district"] option[value="47"]', { state: 'attached' });
    await page.waitForSelector('section[data-drawn]:has(form.escalation-filters)');
    const list = 'section[data-drawn]:has(form.escalation-filters)';
    /** Does something that redraws the list, and waits for the new drawing. */
    const redrawn = async (action) => {
      const before = await page.getAttribute(list, 'data-drawn');
      await action();
      await page.waitForFunction(([sel, b]) => document.querySelector(sel)?.dataset.drawn !== b, [list, before]);
    };
    /** Filters, then pages to the end: the list is the longest-waiting first, so a new escalation is on the last page. */
    const filter = async (category, olderThan = '') => {
      await page.selectOption('form.escalation-filters select[name="district"]', '47');
      await page.selectOption('form.escalation-filters select[name="category"]', category);
      await page.selectOption('form.escalation-filters select[name="olderThan"]', olderThan);
      await redrawn(() => page.click('form.escalation-filters button[type="submit"]'));
      for (let i = 0; i < 100 && await page.$('[data-action="next-page"]:not([disabled])'); i++) {
        await redrawn(() => page.click('[data-action="next-page"]'));
      }
    };
    const rowOf = (r) => `ul.escalations li[data-referral="${r.id}"]`;

    await filter(again.category);
    await page.waitForSelector(rowOf(again));
    assert.match(await page.textContent(`${rowOf(again)} .waited`), /^waiting \d+ min$/);
    assert.match(await page.textContent(rowOf(again)), /Dhaka/);
    const shown = await api('coordinator', `${REFERRAL}/escalations?district=47&category=${again.category}&size=1`);
    assert.match(await page.textContent('.pager .showing'), new RegExp(`of ${shown.totalItems}$`));
    for (const c of await page.$$eval('ul.escalations li[data-referral]', (els) => els.map((e) => e.textContent))) {
      assert.match(c, /Dhaka/, 'only escalations of people in Dhaka');
    }

    await filter(again.category, 'P1D');
    await page.waitForSelector(rowOf(again), { state: 'detached' });

    await filter(again.category);
    await page.click(`${rowOf(again)} [data-action="refer-again"]`);
    const candidate = await page.waitForSelector(`${rowOf(again)} li[data-service] [data-action="refer-to"]`);
    const serviceId = await candidate.evaluate((b) => b.closest('li[data-service]').dataset.service);
    await shot(page, 'escalations');
    await switchLanguage(page, 'bn');
    assert.match(await page.textContent(`${rowOf(again)} .waited`), /মিনিট ধরে অপেক্ষায়/);
    await shot(page, 'escalations');
    await switchLanguage(page, 'en');
    await candidate.click();
    const sent = await waitFor('the escalation referred again', async () => {
      const r = await api('coordinator', `${REFERRAL}/referrals/${again.id}`);
      return r.status === 'SENT' ? r : null;
    });
    assert.equal(sent.serviceId, serviceId);
    assert.equal(sent.attempt, again.attempt + 1);
    assert.equal(sent.history.at(-1).reason, 'REFERRED_AGAIN');
    await page.waitForSelector(rowOf(again), { state: 'detached' });

    await filter(closing.category);
    await page.click(`${rowOf(closing)} [data-action="close"]`);
    await page.selectOption(`${rowOf(closing)} select[name="reason"]`, 'SERVED_OUTSIDE_SETU');
    await page.fill(`${rowOf(closing)} textarea[name="note"]`, 'taken in by her family');
    await page.click(`${rowOf(closing)} [data-action="confirm-close"]`);
    assert.match(await page.textContent('dialog[open] #confirm-text'), new RegExp(closing.caseRef));
    await page.click('dialog[open] [data-action="confirm"]');
    const closed = await waitFor('the escalation closed', async () => {
      const r = await api('coordinator', `${REFERRAL}/referrals/${closing.id}`);
      return r.status === 'CANCELLED' ? r : null;
    });
    assert.equal(closed.history.at(-1).reason, 'SERVED_OUTSIDE_SETU');
    assert.equal(closed.history.at(-1).note, 'taken in by her family');
    await page.waitForSelector(rowOf(closing), { state: 'detached' });
    assert.deepEqual(page.problems.filter((p) => /escalations|refer-again|cancel/.test(p)), [], 'no failed call');
  } finally {
    await ctx.close();
  }
});
