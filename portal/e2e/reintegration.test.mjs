// After the referral, in a real browser against the running platform: a case worker reads a returnee's plan and its
// schedule (one day overdue), records a follow-up from the survey's form with a warning sign, sees the score trend and
// the proposal of a new screening, in English and Bangla, and closes the case with a reason (issue #20).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { browser, login, logout, switchLanguage, shot, api, waitFor, person, screenByApi, SCREENING, REFERRAL } from './support.mjs';

let chromium;
before(async () => { chromium = await browser(); });
after(async () => { await chromium?.close(); });

const dhakaDay = (offsetDays) => new Date(Date.now() + 6 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** The best-scored option of every question of the survey, as the follow-up API takes them. */
function bestAnswers(survey) {
  const answers = {};
  for (const d of survey.dimensions) for (const i of d.indicators) for (const q of i.questions) {
    const scored = q.options.filter((o) => o.score !== null && o.score !== undefined);
    answers[q.id] = scored.reduce((a, b) => (b.score > a.score ? b : a)).value;
  }
  return answers;
}

/** Waits for a row of a list of follow-ups waiting, paging on while it is not on the page shown (earliest days first). */
async function findOnDueList(page, selector) {
  const list = selector.split(' li[')[0];
  for (let pages = 0; pages < 10; pages++) {
    await page.waitForSelector(`${list} ul.due-follow-ups li`, { timeout: 30_000 });
    if (await page.$(selector)) return;
    const next = await page.$(`${list} [data-action="next-due"]:not([disabled])`);
    assert.ok(next, `${selector} is on the list`);
    const before = await page.textContent(`${list} .showing`);
    await next.click();
    await page.waitForFunction(([sel, was]) => document.querySelector(sel)?.textContent !== was, [`${list} .showing`, before]);
  }
  assert.fail(`${selector} not found in ten pages`);
}

test('a case worker follows a returnee up from the survey form, sees a warning sign and the trend, and closes the case', async () => {
  const screened = await screenByApi('caseworker', person(60, 'Reintegrunnesa'), ['SHELTER', 'LEGAL_AID']);
  const { caseId, caseRef } = screened;
  const json = { 'Content-Type': 'application/json' };
  const [missed, today] = [dhakaDay(-20), dhakaDay(0)];
  await api('caseworker', `${SCREENING}/cases/${caseId}/plan`, { method: 'PUT', headers: json, body: JSON.stringify({
    anchor: dhakaDay(-30), goals: [{ dimension: 'economic', text: 'A sewing machine and orders from the market' }],
    followUpsDue: [missed, today, dhakaDay(60)] }) });
  const survey = await api('caseworker', `${SCREENING}/reintegration/surveys/iom-rss/versions/1`);
  await api('caseworker', `${SCREENING}/cases/${caseId}/follow-ups`, { method: 'POST', headers: json, body: JSON.stringify({
    contactedAt: new Date().toISOString(), channel: 'PHONE', reached: true, answers: bestAnswers(survey) }) });

  const ctx = await chromium.context();
  // the coordinators see her missed day among their escalations, with every agency's
  const co = await login(ctx, 'coordinator');
  await co.click('nav button[data-screen="coordinator"]');
  await findOnDueList(co, `section.overdue-follow-ups li[data-case-ref="${caseRef}"][data-due-on="${missed}"][data-status="OVERDUE"]`);
  await logout(co);

  // her case worker opens the case from her list of follow-ups to make, where the missed day is overdue
  const cw = await login(ctx, 'caseworker');
  await cw.click('nav button[data-screen="cases"]');
  const dueRow = `section.due li[data-case-ref="${caseRef}"][data-due-on="${missed}"][data-status="OVERDUE"]`;
  await findOnDueList(cw, dueRow);
  await shot(cw, 'follow-ups-due');
  await switchLanguage(cw, 'bn');
  assert.match(await cw.textContent(dueRow), /সময় পেরিয়ে গেছে/);
  await shot(cw, 'follow-ups-due');
  await switchLanguage(cw, 'en');
  await cw.click(`${dueRow} [data-action="open-case"]`);
  const section = `section.detail[data-case-ref="${caseRef}"] section.reintegration`;
  await cw.waitForSelector(`${section} ul.schedule li[data-due-on="${missed}"]`, { timeout: 30_000 });
  assert.equal(await cw.getAttribute(`${section} li[data-due-on="${missed}"]`, 'data-status'), 'OVERDUE');
  assert.equal(await cw.getAttribute(`${section} li[data-due-on="${today}"]`, 'data-status'), 'DUE');
  assert.match(await cw.textContent(`${section} .goals`), /sewing machine/);

  // today's follow-up, at her home, from the survey's own questions: well everywhere, but an offer of work abroad
  await cw.click(`${section} details.follow-up-form summary`);
  await cw.waitForSelector(`${section} form.follow-up fieldset.survey`);
  await cw.selectOption(`${section} form.follow-up select[name="channel"]`, 'HOME_VISIT');
  await cw.selectOption(`${section} form.follow-up select[name="dueOn"]`, today);
  for (const [id, value] of Object.entries(bestAnswers(survey))) await cw.check(`${section} input[name="q-${id}"][value="${value}"]`);
  await cw.check(`${section} input[name="sign-offered-work-away"][value="yes"]`);
  await cw.click(`${section} [data-action="record-follow-up"]`);
  await cw.waitForSelector(`${section} [data-warning="NEW_SCREENING"]`, { timeout: 30_000 });
  await cw.waitForSelector(`${section} li[data-due-on="${today}"][data-status="DONE_ON_TIME"]`, { timeout: 30_000 });
  assert.equal(await cw.$$eval(`${section} svg.trend polyline`, (l) => l.length), 3, 'a line per dimension');
  assert.match(await cw.textContent(`${section} [data-warning="TRAFFICKING_RISK"]`), /trafficking/i);
  await shot(cw, 'reintegration');

  await switchLanguage(cw, 'bn');
  await cw.waitForSelector(`${section} li[data-due-on="${missed}"] .day-status`);
  assert.match(await cw.textContent(`${section} li[data-due-on="${missed}"]`), /সময় পেরিয়ে গেছে/);
  assert.doesNotMatch(await cw.textContent(`${section} ul.schedule`), /[0-9]/, 'Bangla digits and months in Bangla');
  assert.doesNotMatch(await cw.textContent(`${section} ol.follow-ups dl.scores`), /[0-9]/, 'scores in Bangla digits');
  await shot(cw, 'reintegration');
  await switchLanguage(cw, 'en');

  // she has left for abroad again: the case is closed, and her referral still open is cancelled with it
  const detail = `section.detail[data-case-ref="${caseRef}"]`;
  await cw.click(`${detail} details:has([data-action="close-case"]) summary`);
  await cw.selectOption(`${detail} select[name="closure-reason"]`, 'MIGRATED_AGAIN');
  await cw.click(`${detail} [data-action="close-case"]`);
  assert.match(await cw.textContent('dialog[open] #confirm-text'), new RegExp(caseRef));
  await cw.click('dialog[open] [data-action="confirm"]');
  await waitFor('the case closed', async () =>
    (await api('caseworker', `${SCREENING}/cases/${caseId}`)).closureReason === 'MIGRATED_AGAIN');
  await waitFor('the open referral cancelled with the case', async () =>
    (await api('caseworker', `${REFERRAL}/cases/${caseId}/referrals`)).items
      .filter((r) => r.status !== 'COMPLETED').every((r) => r.status === 'CANCELLED'));

  assert.ok(!cw.url().includes(caseId), 'nothing about the case in the address bar');
  assert.deepEqual(cw.problems.filter((p) => /follow-up|plan|survey|close/.test(p)), [], 'no failed call');
  await logout(cw);
  await ctx.close();
});
