// Training mode in a real browser against the running platform: a screener practises a fictional case and reads the
// comparison with the expert, in English and Bangla; a trainer assigns cases to the screener and follows the cohort's
// and the screener's progress once the screener has practised. Run with the rest by npm run e2e (platform up).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { browser, login, logout, switchLanguage, shot, api, waitFor, SCREENING } from './support.mjs';

let chromium;
before(async () => { chromium = await browser(); });
after(async () => { await chromium?.close(); });

/** The expert's answers to Sabbir's case (hotel-job-age-17/18) but for the deception about the job, which is missed. */
async function answerMissingTheJobDeception(page) {
  await page.waitForSelector('form.practice-form');
  await page.check('input[name="q-migration-route"][value="internal"]');
  await page.check('input[name="q-deception-at-recruitment"][value="wages"]');
  for (const v of ['excessive-hours', 'low-or-no-salary']) await page.check(`input[name="q-exploitation"][value="${v}"]`);
}

async function openPractice(page, caseId) {
  await page.click('nav button[data-screen="practice"]');
  await page.waitForSelector(`.practice-list li[data-case="${caseId}"]`, { timeout: 30_000 });
  await page.waitForSelector('.progress-tables, section[aria-labelledby="practice-progress-h"] p', { timeout: 30_000 });
}

async function compare(page) {
  await page.click('form.practice-form button[type="submit"]');
  return page.waitForSelector('section.practice-result', { timeout: 30_000 });
}

const myAttempts = async () => (await api('screener', `${SCREENING}/practice/progress/me`)).attempts;

test('a screener practises a case and sees her reading beside the expert\'s, question by question, in English and Bangla', async () => {
  const before = await myAttempts();
  const ctx = await chromium.context();
  const page = await login(ctx, 'screener');
  await openPractice(page, 'hotel-job-age-17');
  await shot(page, 'practice-list');
  await page.click('.practice-list li[data-case="hotel-job-age-17"] [data-action="practise"]');
  assert.match(await page.textContent('.practice-case .story'), /Cox's Bazar/);
  // the real instrument's widgets, and nothing about a real person
  assert.equal(await page.$('form.practice-form input[name="givenName"]'), null);
  await answerMissingTheJobDeception(page);
  await compare(page);

  assert.equal(await page.getAttribute('tr[data-aspect="classification"] td[data-expected]', 'data-expected'), 'PRESUMED_TRAFFICKING_VICTIM');
  assert.match(await page.textContent('tr[data-aspect="classification"]'), /Presumed victim of trafficking/);
  const deception = '.differences [data-question="deception-at-recruitment"]';
  assert.match(await page.textContent(`${deception} .missed [data-indicator="ILO-DR-01"]`), /nature of the job/);
  assert.match(await page.textContent(`${deception} .note`), /Receptionist/);
  assert.equal(await page.getAttribute('tr[data-element="DECEPTIVE_RECRUITMENT"]', 'data-agrees'), 'false');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'practice-result-h', 'the comparison takes the focus');
  assert.equal(await myAttempts(), before + 1, 'the attempt counts in my progress');
  await shot(page, 'practice-comparison');

  // in Bangla: the story, the comparison and the teaching notes, read again from the service in Bangla
  await switchLanguage(page, 'bn');
  await page.click('[data-action="try-again"]');
  await page.waitForSelector('form.practice-form');
  assert.match(await page.textContent('.practice-case .story'), /কক্সবাজার/);
  await answerMissingTheJobDeception(page);
  await compare(page);
  assert.equal(await page.textContent('#practice-result-h'), 'বিশেষজ্ঞের পাশাপাশি আপনার মূল্যায়ন');
  assert.match(await page.textContent('tr[data-aspect="classification"]'), /পাচারের শিকার বলে অনুমিত/);
  assert.match(await page.textContent(`${deception} .missed [data-indicator="ILO-DR-01"]`), /কাজের ধরন/);
  assert.match(await page.textContent(`${deception} .note`), /রিসেপশনিস্ট/);
  await shot(page, 'practice-comparison');
  await page.click('[data-action="back-to-list"]');
  await page.waitForSelector('.practice-list li[data-case="hotel-job-age-17"]');
  await page.waitForSelector('.progress-tables .overall');
  assert.doesNotMatch(await page.textContent('.progress-tables .overall'), /[0-9]/, 'Bangla digits in Bangla');
  await shot(page, 'practice-list');

  // nothing about the case in the address bar, nothing failed
  assert.equal(new URL(page.url()).pathname, '/');
  assert.ok(!page.url().includes('hotel-job'));
  assert.deepEqual(page.problems.filter((p) => /practice/.test(p)), [], 'no failed call');
  await logout(page);
  await ctx.close();
});

test('a trainer assigns cases to a screener, who finds them first and practises one; the trainer sees it done and the progress', async () => {
  const due = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const trainerCtx = await chromium.context();
  const trainer = await login(trainerCtx, 'trainer');
  await trainer.click('nav button[data-screen="training"]');
  await trainer.waitForSelector('form.assign input[name="case"][value="hotel-job-age-18"]', { timeout: 30_000 });
  await trainer.fill('form.assign input[name="screener"]', 'screener');
  for (const c of ['hotel-job-age-18', 'brick-kiln-advance']) await trainer.check(`form.assign input[name="case"][value="${c}"]`);
  await trainer.fill('form.assign input[name="dueOn"]', due);
  await trainer.click('form.assign [data-action="assign"]');
  await trainer.waitForSelector('.status-area .notice.ok', { timeout: 15_000 });

  // checked through the API: the newest assignment to screener holds both cases, neither done
  const mine = (await api('trainer', `${SCREENING}/practice/assignments?size=100`)).items
    .filter((a) => a.screener === 'screener' && a.dueOn === due).sort((a, b) => b.assignedAt.localeCompare(a.assignedAt))[0];
  assert.ok(mine, 'the assignment is stored');
  assert.deepEqual(mine.cases.map((c) => c.id).sort(), ['brick-kiln-advance', 'hotel-job-age-18']);
  assert.ok(mine.cases.every((c) => c.done === false));

  // the screener finds the assigned cases first, and practises one
  const screenerCtx = await chromium.context();
  const screener = await login(screenerCtx, 'screener');
  await openPractice(screener, 'hotel-job-age-18');
  const assigned = await screener.$$eval('.practice-list li', (els) => els.map((e) => e.dataset.assigned ?? ''));
  const firstUnassigned = assigned.indexOf('');
  assert.ok(firstUnassigned === -1 || assigned.slice(firstUnassigned).every((a) => a === ''), 'assigned cases come first');
  assert.ok(['to-do', 'done'].includes(await screener.getAttribute('.practice-list li[data-case="hotel-job-age-18"]', 'data-assigned')));
  await screener.click('.practice-list li[data-case="hotel-job-age-18"] [data-action="practise"]');
  await answerMissingTheJobDeception(screener);
  await compare(screener);

  // the trainer sees the case done, the cohort and the screener's own progress
  const row = `tr[data-assignment="${mine.id}"]`;
  await waitFor('the assigned case shown done to the trainer', async () => {
    await trainer.click('nav button[data-screen="training"]');   // the screen reads the assignments afresh
    await trainer.waitForSelector(`${row} li[data-case="hotel-job-age-18"][data-done="true"]`, { timeout: 5_000 });
    return true;
  });
  assert.equal(await trainer.getAttribute(`${row} li[data-case="brick-kiln-advance"]`, 'data-done'), 'false');
  await trainer.waitForSelector('section[data-drawn-in="en"] .cohort .progress-tables .overall', { timeout: 30_000 });
  const cohort = (await api('trainer', `${SCREENING}/practice/progress`)).cohort;
  assert.equal(Number(await trainer.getAttribute('.cohort .overall .agreement', 'data-percent')), Math.round((cohort.agreed / cohort.attempts) * 100));
  const screenerProgress = 'details.screener-progress[data-screener="screener"]';
  await trainer.click(`${screenerProgress} summary`);
  await trainer.waitForSelector(`${screenerProgress} tr[data-case="hotel-job-age-18"]`);
  await trainer.waitForSelector(`${screenerProgress} tr[data-aspect="classification"]`);
  await shot(trainer, 'trainer-progress');

  await switchLanguage(trainer, 'bn');
  // the tables are read again in Bangla (the service labels them): open the screener's again once they are drawn
  await trainer.waitForSelector('section[data-drawn-in="bn"] #cohort-h', { timeout: 30_000 });
  assert.equal(await trainer.textContent('#cohort-h'), 'সংস্থার সব স্ক্রিনার একসাথে');
  if (!(await trainer.$eval(screenerProgress, (d) => d.open))) await trainer.click(`${screenerProgress} summary`);
  await trainer.waitForSelector(`${screenerProgress} tr[data-aspect="classification"]`);
  assert.doesNotMatch(await trainer.textContent('.cohort .overall'), /[0-9]/, 'Bangla digits in Bangla');
  await shot(trainer, 'trainer-progress');
  assert.deepEqual(trainer.problems.filter((p) => /practice/.test(p)), [], 'no failed call');
  await Promise.all([trainerCtx.close(), screenerCtx.close()]);
});
