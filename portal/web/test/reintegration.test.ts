// @vitest-environment happy-dom
// A case's reintegration on a stubbed screening service: the score chart, the follow-up form rendered from the survey
// (what it sends, reached or not), the schedule and scores in Bangla, and the plan written first without If-Match.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n, setLang } from '../src/i18n';
import { retranslate } from '../src/dom';
import { bn } from '../src/locales/bn';
import type { CaseView, FollowUp, FollowUpHistory, Plan, Survey } from '../src/model';

const CASE: CaseView = { id: 'c-1', ref: 'BD-DHK-0001', status: 'OPEN', openedAt: '2026-01-05T04:00:00Z',
  consent: { services: ['REINTEGRATION'], shareWithProviders: 'BASIC' }, version: 3 };

const option = (value: string, en: string, score: number | null) => ({ value, label: { en, bn: `${en} (বাংলা)` }, score });
const SURVEY: Survey = { code: 'iom-rss', version: 1, title: { en: 'Reintegration Sustainability Survey', bn: 'পুনঃএকীকরণ টেকসইতা জরিপ' },
  dimensions: [
    { code: 'economic', label: { en: 'Economic', bn: 'অর্থনৈতিক' }, indicators: [{ code: 'income-source', label: { en: 'Income' },
      questions: [{ id: 'income-source', required: true, label: { en: 'Does the person have a source of income now?', bn: 'ব্যক্তির কি এখন কোনো আয়ের উৎস আছে?' },
        options: [option('regular', 'Yes, regular', 1), option('irregular', 'Yes, but irregular', 0.5), option('none', 'No income', 0)] }] }] },
    { code: 'social', label: { en: 'Social', bn: 'সামাজিক' }, indicators: [{ code: 'housing', label: { en: 'Housing' },
      questions: [{ id: 'housing', required: true, label: { en: 'Housing?' },
        options: [option('own', 'Own', 1), option('rented', 'Rented', 0.5), option('not-said', 'Not said', null)] }] }] },
    { code: 'psychosocial', label: { en: 'Psychosocial', bn: 'মনোসামাজিক' }, indicators: [{ code: 'support', label: { en: 'Support' },
      questions: [{ id: 'can-turn-to', required: false, label: { en: 'Someone to turn to?' },
        options: [option('yes', 'Yes', 1), option('no', 'No', 0)] }] }] },
  ] };

const PLAN: Plan = { caseId: 'c-1', version: 2, anchor: '2026-01-10', followUpsDue: ['2026-04-10', '2026-07-10', '2027-01-10'],
  goals: [{ dimension: 'economic', text: 'Start a tailoring business', referralIds: ['r-1'] }, { dimension: 'psychosocial', text: 'Join a survivors\' group' }],
  updatedAt: '2026-01-10T05:00:00Z', updatedBy: 'caseworker' };

const scored = (id: string, at: string, economic: number | null, social: number, psychosocial: number): FollowUp => ({
  id, contactedAt: at, channel: 'HOME_VISIT', reached: true, dueOn: null, onTime: null, survey: { code: 'iom-rss', version: 1 },
  scores: { economic, social, psychosocial, composite: 0.5 }, warnings: [], trace: ['The economic score is 0.5.'] });

let plan: Plan | null = PLAN;
let role = 'case-worker';
let history: FollowUpHistory = { items: [], schedule: [] };
const sent: { path: string; method?: string; body?: unknown; headers?: Record<string, string> }[] = [];

vi.mock('../src/auth', () => ({ hasRole: (r: string) => r === role }));
vi.mock('../src/api', async (actual) => {
  const real = await actual<typeof import('../src/api')>();
  const answers: Record<string, () => unknown> = {
    '/cases/c-1/follow-ups': () => history,
    '/reintegration/surveys': () => ({ items: [{ code: 'iom-rss', version: 1, title: SURVEY.title, current: true, interimWeights: true,
      href: '/api/v1/reintegration/surveys/iom-rss/versions/1' }], page: 0, size: 20, totalItems: 1 }),
    '/reintegration/surveys/iom-rss/versions/1': () => SURVEY,
  };
  return {
    ...real,
    get: async (_service: string, path: string) => {
      if (!(path in answers)) throw new Error(`no stub for ${path}`);
      return structuredClone(answers[path]());
    },
    call: async (_service: string, path: string, options: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) => {
      if (!options.method && path === '/cases/c-1/plan') {
        if (!plan) throw new real.ApiError({ status: 404, title: 'Not Found' });
        return { status: 200, etag: `"${plan.version}"`, body: structuredClone(plan) };
      }
      sent.push({ path, ...options });
      if (path.endsWith('/follow-ups')) {
        return { status: 201, etag: null, body: { ...scored('f-new', '2026-04-10T04:00:00Z', 0.5, 0.5, 1), warnings: ['TRAFFICKING_RISK', 'REFERRALS:economic'] } };
      }
      return { status: 200, etag: '"3"', body: { ...PLAN, version: 3 } };
    },
  };
});

const { reintegration, trendChart, CHART } = await import('../src/views/reintegration');

async function drawn(view: CaseView = CASE): Promise<HTMLElement> {
  const { el, ready } = reintegration(view, document.createElement('div'), (e) => { throw e; });
  document.body.replaceChildren(el);
  await ready;
  return el;
}

function choose(root: ParentNode, name: string, value: string): void {
  root.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!.checked = true;
}

async function submit(form: HTMLFormElement): Promise<void> {
  const before = sent.length;
  form.dispatchEvent(new Event('submit', { cancelable: true }));
  await vi.waitFor(() => expect(sent.length).toBeGreaterThan(before));
  await new Promise((r) => setTimeout(r, 0));
}

beforeEach(async () => {
  vi.stubGlobal('navigator', { language: 'en-GB', onLine: true });
  await initI18n();
  sent.length = 0;
  plan = PLAN;
  role = 'case-worker';
  history = { items: [], schedule: [] };
});

describe('the score trend chart', () => {
  it('draws one line per dimension through the reached follow-ups, a score of 1 at the top and 0 at the bottom', () => {
    const items = [scored('a', '2026-04-10T04:00:00Z', 0, 0.5, 1),
      { ...scored('b', '2026-05-01T04:00:00Z', 0, 0, 0), reached: false, scores: null },
      scored('c', '2026-07-10T04:00:00Z', 1, 0.25, null as unknown as number)];
    const figure = trendChart(items);
    const lines = [...figure.querySelectorAll('polyline')];
    expect(lines.map((l) => l.getAttribute('data-dimension'))).toEqual(['economic', 'social', 'psychosocial']);

    const { width, height, pad } = CHART;
    const y = (s: number) => pad + (1 - s) * (height - 2 * pad);
    const points = (d: string) => lines.find((l) => l.getAttribute('data-dimension') === d)!.getAttribute('points')!
      .split(' ').map((p) => p.split(',').map(Number));
    expect(points('economic')).toEqual([[pad, y(0)], [width - pad, y(1)]]);
    expect(points('social')).toEqual([[pad, y(0.5)], [width - pad, y(0.25)]]);
    expect(points('psychosocial')).toEqual([[pad, y(1)]]);   // a dimension without a score leaves no point
    expect(y(1)).toBe(pad);
    expect(y(0)).toBe(height - pad);

    const chart = figure.querySelector('svg.trend')!;
    expect(chart.getAttribute('role')).toBe('img');
    expect(chart.getAttribute('aria-label')).toContain('from 0');
    expect(chart.querySelector('title')!.textContent).toBe(chart.getAttribute('aria-label'));
    expect([...figure.querySelectorAll('.legend li')].map((li) => li.textContent!.trim())).toEqual(['Economic', 'Social', 'Psychosocial']);
  });

  it('says there is nothing to draw before any follow-up reached the person', () => {
    expect(trendChart([{ ...scored('b', '2026-05-01T04:00:00Z', 0, 0, 0), reached: false, scores: null }]).textContent)
      .toBe('No follow-up has scores yet.');
  });
});

describe('recording a follow-up', () => {
  it('sends the answers of the chosen options, the warning signs answered and the time in Dhaka', async () => {
    const el = await drawn();
    const form = el.querySelector<HTMLFormElement>('form.follow-up')!;
    expect(form.querySelector('fieldset[data-question="income-source"] legend')!.textContent).toContain('Does the person have a source of income now?');
    expect([...form.querySelectorAll<HTMLOptionElement>('select[name="dueOn"] option')].map((o) => o.value)).toEqual(['', ...PLAN.followUpsDue]);

    form.querySelector<HTMLInputElement>('input[name="contactedAt"]')!.value = '2026-04-10T10:30';
    form.querySelector<HTMLSelectElement>('select[name="channel"]')!.value = 'PHONE';
    form.querySelector<HTMLSelectElement>('select[name="dueOn"]')!.value = '2026-04-10';
    choose(form, 'q-income-source', 'irregular');
    choose(form, 'q-housing', 'not-said');
    choose(form, 'sign-offered-work-away', 'yes');
    choose(form, 'sign-threatened', 'no');
    history = { items: [scored('f-new', '2026-04-10T04:30:00Z', 0.5, 0.5, 1)], schedule: [{ dueOn: '2026-04-10', status: 'DONE_ON_TIME' }] };
    await submit(form);

    expect(sent.at(-1)).toMatchObject({ path: '/cases/c-1/follow-ups', method: 'POST' });
    expect(sent.at(-1)!.body).toEqual({ contactedAt: '2026-04-10T10:30:00+06:00', channel: 'PHONE', reached: true, dueOn: '2026-04-10',
      survey: { code: 'iom-rss', version: 1 }, answers: { 'income-source': 'irregular', housing: 'not-said' },
      warningSigns: { 'offered-work-away': 'yes', threatened: 'no' } });
    await vi.waitFor(() => expect(el.querySelector('.follow-up-result')!.textContent).toContain('Trafficking risk'));
    expect(el.querySelector('.follow-up-result [data-warning="REFERRALS:economic"]')!.textContent).toBe('New referrals proposed in the economic dimension');
    expect(el.querySelectorAll('ol.follow-ups > li')).toHaveLength(1);
    // the form starts afresh (read by property: happy-dom's :checked does not see a reset)
    expect([...form.querySelectorAll<HTMLInputElement>('input[name="q-income-source"]')].some((r) => r.checked)).toBe(false);
  });

  it('sends no answers, survey or warning signs for an attempt that did not reach the person', async () => {
    const el = await drawn();
    const form = el.querySelector<HTMLFormElement>('form.follow-up')!;
    choose(form, 'q-income-source', 'regular');
    choose(form, 'sign-threatened', 'yes');
    const reached = form.querySelector<HTMLInputElement>('input[name="reached"]')!;
    reached.checked = false;
    reached.dispatchEvent(new Event('change'));
    expect(form.querySelector<HTMLFieldSetElement>('fieldset.when-reached')!.hidden).toBe(true);
    await submit(form);

    const body = sent.at(-1)!.body as Record<string, unknown>;
    expect(body).toMatchObject({ channel: 'HOME_VISIT', reached: false });
    expect(body.contactedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\+06:00$/);
    expect(Object.keys(body).sort()).toEqual(['channel', 'contactedAt', 'reached']);
  });

  it('does not send a reached follow-up with a required question unanswered, and says which', async () => {
    const el = await drawn();
    const form = el.querySelector<HTMLFormElement>('form.follow-up')!;
    choose(form, 'q-income-source', 'none');
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toHaveLength(0);
    expect(form.querySelector('[role="alert"]')!.textContent).toContain('Housing?');
  });
});

describe('in Bangla', () => {
  it('shows an overdue follow-up day as overdue in Bangla, and dates and scores in Bangla digits', async () => {
    await setLang('bn');
    history = { items: [{ ...scored('f-1', '2026-04-10T04:30:00Z', 0.5, 0.75, 1), dueOn: '2026-04-10', onTime: true,
      warnings: ['NEW_SCREENING', 'REFERRALS:social'] }],
    schedule: [{ dueOn: '2026-04-10', status: 'DONE_ON_TIME' }, { dueOn: '2026-07-10', status: 'OVERDUE' }, { dueOn: '2027-01-10', status: 'DUE' }] };
    const el = await drawn();

    const overdue = el.querySelector('.schedule li[data-status="OVERDUE"]')!;
    expect(overdue.querySelector('strong')!.textContent).toContain(bn.dayStatus.OVERDUE);
    expect(overdue.querySelector('time')!.textContent).toBe('১০ জুল, ২০২৬');
    expect(el.querySelector('.schedule li[data-status="DUE"]')!.textContent).toContain(bn.dayStatus.DUE);

    const item = el.querySelector('ol.follow-ups > li')!;
    expect(item.querySelector('dd[data-score="economic"]')!.textContent).toBe('০.৫০');
    expect(item.querySelector('dd[data-score="social"]')!.textContent).toBe('০.৭৫');
    expect(item.textContent).toContain(bn.channel.HOME_VISIT);
    expect(item.textContent).toContain(bn.warning.NEW_SCREENING);
    expect(item.textContent).toContain(bn.warning.REFERRALS.social);
    expect(item.querySelector('details.trace li')!.textContent).toBe('The economic score is 0.5.');
    expect(el.querySelector('fieldset[data-sign="threatened"] legend')!.textContent).toBe(bn.warningSign.threatened);
    expect(el.querySelector('fieldset[data-question="income-source"] legend')!.textContent).toContain('ব্যক্তির কি এখন কোনো আয়ের উৎস আছে?');

    await setLang('en');
    retranslate();
    expect(overdue.querySelector('strong')!.textContent).toContain('Overdue');
    expect(item.querySelector('dd[data-score="economic"]')!.textContent).toBe('0.50');
    expect(el.querySelector('svg.trend')!.getAttribute('aria-label')).toContain('from 0');
  });
});

describe('the plan', () => {
  it('shows the goals by dimension and writes the first plan without If-Match, standard days when none are given', async () => {
    plan = null;
    const el = await drawn();
    expect(el.querySelector('.no-plan')!.textContent).toBe('No reintegration plan yet.');
    const form = el.querySelector<HTMLFormElement>('form.plan-edit')!;
    form.querySelector<HTMLInputElement>('input[name="anchor"]')!.value = '2026-01-10';
    form.querySelector<HTMLSelectElement>('select[name="goal-dimension"]')!.value = 'social';
    form.querySelector<HTMLInputElement>('input[name="goal-text"]')!.value = ' Live with her sister ';
    await submit(form);

    expect(sent.at(-1)).toMatchObject({ path: '/cases/c-1/plan', method: 'PUT', headers: {},
      body: { anchor: '2026-01-10', goals: [{ dimension: 'social', text: 'Live with her sister' }] } });
  });

  it('changes a plan with the version read in If-Match, keeping its days and the referrals its goals serve', async () => {
    const el = await drawn();
    expect([...el.querySelectorAll('.goals ul')].map((u) => u.getAttribute('data-dimension'))).toEqual(['economic', 'psychosocial']);
    const form = el.querySelector<HTMLFormElement>('form.plan-edit')!;
    form.querySelector<HTMLInputElement>('input[name="goal-text"]')!.value = 'Run a tailoring business';
    await submit(form);

    expect(sent.at(-1)!.headers).toEqual({ 'If-Match': '"2"' });
    expect(sent.at(-1)!.body).toEqual({ anchor: '2026-01-10', followUpsDue: PLAN.followUpsDue, goals: [
      { dimension: 'economic', text: 'Run a tailoring business', referralIds: ['r-1'] }, { dimension: 'psychosocial', text: 'Join a survivors\' group' }] });
  });

  it('shows a closed case\'s plan and follow-ups without the forms to change them', async () => {
    const el = await drawn({ ...CASE, status: 'CLOSED' });
    expect(el.querySelector('.goals')).not.toBeNull();
    expect(el.querySelector('form')).toBeNull();
  });

  it('shows a coordinator an open case\'s plan without the forms only case workers may send', async () => {
    role = 'nrm-coordinator';
    const el = await drawn();
    expect(el.querySelector('.goals')).not.toBeNull();
    expect(el.querySelector('form')).toBeNull();
  });
});
