// What the browser tests share: Debian's Chromium driven by playwright-core, log-in through Keycloak's page,
// tokens for checking results through the APIs, and screenshots for docs/portal/screenshots/.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PORTAL = process.env.SETU_PORTAL_URL ?? 'http://localhost:8080';
export const KEYCLOAK = process.env.SETU_KEYCLOAK_URL ?? 'http://localhost:8180';
export const SCREENING = 'http://localhost:8081/api/v1';
export const REFERRAL = 'http://localhost:8082/api/v1';
export const DIRECTORY = 'http://localhost:8083/api/v1';
export const STATISTICS = 'http://localhost:8085/api/v1';
const HERE = dirname(fileURLToPath(import.meta.url));
export const SHOTS = join(HERE, '..', '..', 'docs', 'portal', 'screenshots');

/** A per-run suffix: phone numbers must differ from earlier runs, or the blind index joins last run's case. */
export const RUN = String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0');

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

/**
 * One browser for a test file. playwright-core's launch() adds --headless and starts Chromium on a new, empty
 * --user-data-dir of its own, which it deletes on close (it refuses a --user-data-dir in the arguments).
 */
export async function browser() {
  const b = await chromium.launch({ executablePath: process.env.SETU_CHROMIUM ?? '/usr/bin/chromium', headless: true, args: FLAGS });
  return {
    /** A fresh, isolated browser context (its own storage), as a new device would be. */
    context(options = {}) {
      return b.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/Berlin', ...options });
    },
    close() {
      return b.close();
    },
  };
}

/** Opens the portal and logs in through Keycloak's own login page (authorization code + PKCE). */
export async function login(context, user) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  page.problems = problems;
  await page.goto(PORTAL + '/');
  await page.waitForURL((u) => u.toString().startsWith(KEYCLOAK), { timeout: 30_000 });
  await page.fill('#username', user);
  await page.fill('#password', user);
  await page.click('#kc-login');
  await page.waitForSelector('nav button', { timeout: 30_000 });
  return page;
}

export async function logout(page) {
  await page.click('[data-action="logout"]');
  // a logout ends at Keycloak's login form: wait for it, or the next navigation races the logout's redirects
  // (and a login in the same browser may be ended by them)
  await page.waitForSelector('#username', { timeout: 20_000 });
}

export async function switchLanguage(page, lang) {
  await page.click(`.lang button[data-lang="${lang}"]`);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  await page.evaluate(() => document.fonts.ready);
}

/** A screenshot of the whole page into docs/portal/screenshots/<name>-<lang>.png. */
export async function shot(page, name, { fullPage = true } = {}) {
  mkdirSync(SHOTS, { recursive: true });
  const lang = await page.evaluate(async () => {
    await Promise.all(['400', '700'].map((w) => document.fonts.load(`${w} 1rem "Noto Sans Bengali"`, 'বাংলা')));
    await document.fonts.ready;
    return document.documentElement.lang;
  });
  await page.screenshot({ path: join(SHOTS, `${name}-${lang}.png`), fullPage });
}

/** An access token of a demo user through the CLI client (password grant), for checking through the APIs. */
export async function token(user) {
  const r = await fetch(`${KEYCLOAK}/realms/setu/protocol/openid-connect/token`, {
    method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'setu-cli', username: user, password: user }),
  });
  if (!r.ok) throw new Error(`token for ${user}: HTTP ${r.status}`);
  return (await r.json()).access_token;
}

export async function api(user, url, options = {}) {
  const r = await fetch(url, { ...options, headers: { Authorization: `Bearer ${await token(user)}`, Accept: 'application/json', ...(options.headers ?? {}) } });
  const text = await r.text();
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/** A fictional adult returnee; the answers are the Palermo elements of trafficking abroad (as in the system tests). */
export function person(n, givenName) {
  return { givenName, familyName: 'Portalbibi', phone: `+88018${RUN}${String(n).padStart(3, '0')}` };
}

/**
 * Screens a fictional returnee through the API as the given user (in Dhaka, home in Jashore), consenting to the given
 * services; moreAnswers adds to the answers. @return the screening service's answer: caseId, caseRef and the outcome
 */
export async function screenByApi(user, p, services, moreAnswers = {}) {
  return api(user, `${SCREENING}/screenings`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify({
      instrument: { code: 'setu-core', version: 1 }, context: 'AIRPORT_RETURNEE', location: { divisionId: '6', districtId: '47' },
      person: { givenName: p.givenName, familyName: p.familyName, sex: 'FEMALE', dateOfBirth: '1994-02-02', nationality: 'BD',
        languages: ['bn'], phone: p.phone, home: { divisionId: '3', districtId: '20' } },
      answers: { 'migration-route': 'regular', 'deception-at-recruitment': ['nature-of-job', 'wages'],
        exploitation: ['excessive-hours', 'low-or-no-salary'], 'coercion-at-destination': ['documents-confiscated', 'isolation'],
        ...moreAnswers },
      consent: { services, shareWithProviders: 'BASIC' },
    }),
  });
}

/** Fills the screening form with the mouse and keyboard the ordinary way (fill, check, select). */
export async function fillScreening(page, p) {
  await page.waitForSelector('form select[name="context"]');
  await page.selectOption('select[name="context"]', 'AIRPORT_RETURNEE');
  await page.selectOption('select[name="location"]', '47');
  await fillPerson(page, p);
  await page.check('input[name="q-immediate-needs"][value="no-safe-place-tonight"]');
  for (const c of ['SHELTER', 'MEDICAL', 'LEGAL_AID']) await page.check(`input[name="consent-service"][value="${c}"]`);
}

/**
 * The person's part of the screening form (names, sex, date of birth, phone, home district Jashore) and the answers of
 * a woman deceived about the job and exploited abroad, as in screenByApi.
 */
export async function fillPerson(page, p) {
  await page.fill('input[name="givenName"]', p.givenName);
  await page.fill('input[name="familyName"]', p.familyName);
  await page.selectOption('select[name="sex"]', 'FEMALE');
  await page.fill('input[name="dateOfBirth"]', '1995-04-12');
  await page.fill('input[name="phone"]', p.phone);
  await page.selectOption('select[name="home"]', '20');
  await page.check('input[name="q-migration-route"][value="regular"]');
  for (const v of ['nature-of-job', 'wages']) await page.check(`input[name="q-deception-at-recruitment"][value="${v}"]`);
  for (const v of ['excessive-hours', 'low-or-no-salary']) await page.check(`input[name="q-exploitation"][value="${v}"]`);
  for (const v of ['documents-confiscated', 'isolation']) await page.check(`input[name="q-coercion-at-destination"][value="${v}"]`);
}

export async function waitFor(what, check, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  let last;
  while (Date.now() < until) {
    try {
      last = await check();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`waited ${timeoutMs} ms for ${what}; last: ${last}`);
}
