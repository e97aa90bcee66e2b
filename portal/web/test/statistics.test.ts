// @vitest-environment happy-dom
// The statistics page on a stubbed statistics service: the breakdowns offered follow the indicator; figures the service
// did not publish ("<5", "x") are shown as they came in the table, the chart and the funnel, and never as a number
// worked out from the totals; Bangla digits in Bangla; the CSV is fetched with the user's token and saved from memory.
import { beforeEach, afterEach, describe, expect, it, vi } from 'vitest';
import { initI18n, setLang, formatPeriod } from '../src/i18n';
import { retranslate } from '../src/dom';
import { periodsBetween, defaultRange, dhakaToday } from '../src/statistics';
import type { Figure, IndicatorChoice } from '../src/statistics';

const INDICATORS: IndicatorChoice[] = [
  { indicator: 'screenings', by: ['division', 'district', 'agency', 'context', 'sex', 'ageBand', 'child', 'nationality', 'classification'] },
  { indicator: 'referrals', by: ['division', 'district', 'agency', 'context', 'sex', 'ageBand', 'child', 'nationality', 'classification',
    'category', 'outcome', 'reason'] },
  { indicator: 'unmet-needs', by: ['division', 'district', 'agency', 'sex', 'ageBand', 'child', 'classification', 'category', 'reason'] },
  { indicator: 'notifications', by: ['outcome', 'channel'] },
];

const shown = (count: number, more: Record<string, string> = {}): Figure => ({ ...more, count, display: String(count), status: 'SHOWN' });
const below = (more: Record<string, string> = {}): Figure => ({ ...more, count: null, display: '<5', status: 'BELOW_THRESHOLD' });
const withheld = (more: Record<string, string> = {}): Figure => ({ ...more, count: null, display: 'x', status: 'WITHHELD' });

/**
 * Screenings by district as the service could publish them. A reader who did sums would find the hidden figures
 * (October in Dhaka 15 - 12 = 3, November 28 - 15 = 13, Dhaka 28 - 19 = 9): the page must show none of them.
 */
const BY_DISTRICT = {
  rows: [shown(12, { period: '2026-10', district: '26' }), below({ period: '2026-10', district: '47' }),
    shown(7, { period: '2026-11', district: '26' }), withheld({ period: '2026-11', district: '47' })],
  periodTotals: [shown(15, { period: '2026-10' }), withheld({ period: '2026-11' })],
  breakdownTotals: [withheld({ district: '47' }), shown(19, { district: '26' })],
  total: shown(28),
};
const HIDDEN = ['3', '6', '9', '13'];

const SCREENINGS = { rows: [shown(15, { period: '2026-10' }), shown(13, { period: '2026-11' })],
  periodTotals: [shown(15, { period: '2026-10' }), shown(13, { period: '2026-11' })], breakdownTotals: [], total: shown(28) };
const REFERRALS_BY_OUTCOME = { rows: [], periodTotals: [shown(40, { period: '2026-10' })],
  breakdownTotals: [shown(20, { outcome: 'SENT' }), below({ outcome: 'ACCEPTED' }), withheld({ outcome: 'COMPLETED' }), shown(9, { outcome: 'DECLINED' })],
  total: shown(40) };

const requests: string[] = [];
let role = 'nrm-coordinator';

function answer(path: string): unknown {
  const [route, search] = path.split('?');
  if (route === '/statistics') return INDICATORS;
  const q = new URLSearchParams(search);
  const indicator = route.split('/')[2];
  const by = q.get('by') ?? '';
  const asked = { indicator, period: q.get('period'), by: by ? by.split(',') : [], from: q.get('from'), to: q.get('to'), agencyId: null, threshold: 5 };
  if (indicator === 'screenings' && by === 'district') return { ...asked, ...BY_DISTRICT };
  if (indicator === 'screenings' && !by) return { ...asked, ...SCREENINGS };
  if (indicator === 'referrals' && by === 'outcome') return { ...asked, ...REFERRALS_BY_OUTCOME };
  throw new Error(`no stub for ${path}`);
}

vi.mock('../src/auth', () => ({
  hasRole: (...roles: string[]) => roles.includes(role),
  accessToken: async () => 'token-of-the-session',
  user: () => ({ agencyId: '5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e501' }),
}));
vi.mock('../src/config', () => ({
  config: () => ({ keycloakUrl: 'http://keycloak.test', realm: 'setu', clientId: 'setu-portal', screeningUrl: 'http://screening.test',
    referralUrl: 'http://referral.test', directoryUrl: 'http://directory.test', notificationUrl: 'http://notification.test',
    statisticsUrl: 'http://statistics.test' }),
}));
vi.mock('../src/api', async (actual) => ({
  ...(await actual<typeof import('../src/api')>()),
  get: async (service: string, path: string) => {
    if (service !== 'statistics') throw new Error(`unexpected ${service} ${path}`);
    requests.push(path);
    return structuredClone(answer(path));
  },
}));
vi.mock('../src/places', () => ({
  allDistricts: async () => [{ id: '26', name: { en: 'Gopalganj', bn: 'গোপালগঞ্জ' } }, { id: '47', name: { en: 'Dhaka', bn: 'ঢাকা' } }],
  allDivisions: async () => [{ id: '6', name: { en: 'Dhaka', bn: 'ঢাকা' } }],
}));

const { statisticsPage } = await import('../src/views/statistics');
const { TREND } = await import('../src/views/statistics-chart');

async function opened(): Promise<HTMLElement> {
  const main = document.createElement('main');
  document.body.replaceChildren(main);
  await statisticsPage(main).ready;
  return main;
}

function choose(main: HTMLElement, name: string, value: string): void {
  const control = main.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
  control.value = value;
  control.dispatchEvent(new Event('change'));
}

function options(main: HTMLElement, name: string): string[] {
  return [...main.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!.options].map((o) => o.value);
}

/** Screenings by district in October and November 2026, asked for as a coordinator would. */
async function byDistrict(): Promise<HTMLElement> {
  const main = await opened();
  choose(main, 'from', '2026-10-01');
  choose(main, 'to', '2026-11-30');
  choose(main, 'by', 'district');
  main.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
  await vi.waitFor(() => expect(main.querySelector<HTMLElement>('.statistics-result')!.dataset.drawn).toBe('2'));
  await vi.waitFor(() => expect(main.querySelector('.funnel li')).not.toBeNull());
  return main;
}

function cell(main: HTMLElement, line: string, column: string): HTMLElement {
  return main.querySelector<HTMLElement>(`table.statistics tr[data-key="${line}"] td[data-column="${column}"]`)!;
}

function texts(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((e) => e.textContent ?? '');
}

beforeEach(async () => {
  await initI18n();
  await setLang('en');
  requests.length = 0;
  role = 'nrm-coordinator';
});

describe('the filters', () => {
  it('offer the breakdowns the chosen indicator allows, and as a second breakdown the others', async () => {
    const main = await opened();
    expect(requests[0]).toBe('/statistics');
    expect(options(main, 'indicator')).toEqual(['screenings', 'referrals', 'unmet-needs', 'notifications']);
    expect(options(main, 'by')).toEqual(['', ...INDICATORS[0].by]);
    expect(main.querySelector<HTMLSelectElement>('select[name="by2"]')!.disabled).toBe(true);

    choose(main, 'by', 'district');
    expect(options(main, 'by2')).toEqual(['', ...INDICATORS[0].by.filter((b) => b !== 'district')]);
    expect(main.querySelector<HTMLSelectElement>('select[name="by2"]')!.disabled).toBe(false);

    choose(main, 'indicator', 'notifications');
    expect(options(main, 'by')).toEqual(['', 'outcome', 'channel']);
    expect(main.querySelector<HTMLSelectElement>('select[name="by"]')!.value).toBe('');   // district is not a breakdown of notifications
    choose(main, 'by', 'channel');
    expect(options(main, 'by2')).toEqual(['', 'outcome']);
    expect(texts(main, 'select[name="by"] option')).toEqual(['No breakdown', 'Step', 'Channel']);

    choose(main, 'indicator', 'referrals');
    choose(main, 'by', 'category');
    choose(main, 'by2', 'outcome');
    main.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await vi.waitFor(() => expect(requests.some((r) => r.startsWith('/statistics/referrals?') && r.includes('by=category%2Coutcome'))).toBe(true));
  });

  it('do not offer an agency\'s admin the notification figures, which are not kept per agency', async () => {
    role = 'agency-admin';
    const main = await opened();
    expect(options(main, 'indicator')).toEqual(['screenings', 'referrals', 'unmet-needs']);
    expect(main.querySelector('.own-agency')!.textContent).toContain('Your agency');
  });

  it('ask first for the last twelve months by month, without a breakdown', async () => {
    await opened();
    const { from, to } = defaultRange(dhakaToday());
    expect(requests).toContain(`/statistics/screenings?from=${from}&to=${to}&period=month`);
    expect(defaultRange('2026-12-07')).toEqual({ from: '2026-01-01', to: '2026-12-07' });
  });

  it('refuse a range that ends before it starts, without asking the service', async () => {
    const main = await opened();
    requests.length = 0;
    choose(main, 'from', '2026-11-30');
    choose(main, 'to', '2026-10-01');
    main.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(main.querySelector('.status-area [role="alert"]')!.textContent).toContain('end date');
    expect(requests).toEqual([]);
  });
});

describe('figures as the service published them', () => {
  it('the table shows "<5" and "x" as given, with names for the districts and the totals last', async () => {
    const main = await byDistrict();
    expect(requests).toContain('/statistics/screenings?from=2026-10-01&to=2026-11-30&period=month&by=district');
    expect(texts(main, 'table.statistics thead th')).toEqual(['District', 'October 2026', 'November 2026', 'Total']);
    expect([...main.querySelectorAll('table.statistics tbody tr')].map((r) => r.getAttribute('data-key'))).toEqual(['26', '47']);
    expect(texts(main, 'table.statistics tr[data-key="26"] > *')).toEqual(['Gopalganj', '12', '7', '19']);
    expect(texts(main, 'table.statistics tr[data-key="47"] > *')).toEqual(['Dhaka', '<5', 'x', 'x']);
    expect(texts(main, 'table.statistics tfoot tr > *')).toEqual(['Total', '15', 'x', '28']);
    expect(cell(main, '47', '2026-10').dataset.status).toBe('BELOW_THRESHOLD');
    expect(cell(main, '47', '2026-11').getAttribute('title')).toBe('withheld to protect a small count');
  });

  it('never shows a hidden figure worked out from the totals, in the table, the chart or anywhere', async () => {
    const main = await byDistrict();
    const everyFigure = [...texts(main, 'table.statistics td'), ...texts(main, 'svg.stats-trend text.figure'), ...texts(main, '.funnel-figure')];
    expect(everyFigure.filter((t) => HIDDEN.includes(t))).toEqual([]);
    expect(main.textContent).not.toMatch(/\b(13|9)\b/);
  });

  it('the chart draws a shown total to scale and a withheld one as a full-height marked gap with its mark', async () => {
    const main = await byDistrict();
    const october = main.querySelector('svg.stats-trend g[data-for="2026-10"]')!;
    const november = main.querySelector('svg.stats-trend g[data-for="2026-11"]')!;
    expect(october.querySelector('rect.bar')!.getAttribute('height')).toBe(String(TREND.height));   // the largest shown
    expect(october.querySelector('text.figure')!.textContent).toBe('15');
    expect(november.getAttribute('data-status')).toBe('WITHHELD');
    expect(november.querySelector('rect.bar')).toBeNull();
    expect(november.querySelector('rect.gap')!.getAttribute('height')).toBe(String(TREND.height));
    expect(november.querySelector('text.figure')!.textContent).toBe('x');
    expect(texts(main, 'svg.stats-trend text.period-name')).toEqual(['October 2026', 'November 2026']);
  });

  it('the funnel shows screened, sent, accepted and completed with their marks as given', async () => {
    const main = await byDistrict();
    expect(requests).toContain('/statistics/referrals?from=2026-10-01&to=2026-11-30&period=month&by=outcome');
    const steps = [...main.querySelectorAll<HTMLElement>('.funnel li')];
    expect(steps.map((s) => [s.dataset.step, s.querySelector('.funnel-figure')!.textContent]))
      .toEqual([['screened', '28'], ['SENT', '20'], ['ACCEPTED', '<5'], ['COMPLETED', 'x']]);
    expect(steps[0].querySelector<HTMLElement>('.funnel-bar')!.style.width).toBe('100%');
    expect(steps[2].querySelector('.funnel-bar')!.classList.contains('gap')).toBe(true);
    expect(steps[2].querySelector<HTMLElement>('.funnel-bar')!.style.width).toBe('');
  });
});

describe('in Bangla', () => {
  it('writes every figure, period and district in Bangla, "<5" as "<৫", and follows a switch in place', async () => {
    const main = await byDistrict();
    await setLang('bn');
    retranslate(main);
    expect(texts(main, 'table.statistics tr[data-key="26"] > *')).toEqual(['গোপালগঞ্জ', '১২', '৭', '১৯']);
    expect(texts(main, 'table.statistics tr[data-key="47"] > *')).toEqual(['ঢাকা', '<৫', 'x', 'x']);
    expect(texts(main, 'table.statistics thead th').slice(1, 3)).toEqual(['অক্টোবর ২০২৬', 'নভেম্বর ২০২৬']);
    expect(main.querySelector('table.statistics')!.textContent).not.toMatch(/[0-9]/);
    expect(main.querySelector('svg.stats-trend')!.textContent).not.toMatch(/[0-9]/);
    expect(main.querySelector('.funnel')!.textContent).not.toMatch(/[0-9]/);
    expect(main.querySelector('.statistics-result .range')!.textContent).not.toMatch(/[0-9]/);
  });

  it('draws a page opened in Bangla in Bangla from the start', async () => {
    await setLang('bn');
    const main = await byDistrict();
    expect(texts(main, 'svg.stats-trend text.figure')).toEqual(['১৫', 'x']);
    expect(main.querySelector('h1')!.textContent).toBe('পরিসংখ্যান');
  });

  it('names weeks and quarters in either language', async () => {
    expect(formatPeriod('2026-W05')).toBe('Week 5, 2026');
    expect(formatPeriod('2026-Q4')).toBe('Q4 2026');
    await setLang('bn');
    expect(formatPeriod('2026-W45')).toBe('সপ্তাহ ৪৫, ২০২৬');
    expect(formatPeriod('2026-Q4')).toBe('প্রান্তিক ৪, ২০২৬');
    expect(formatPeriod('2026-11')).toBe('নভেম্বর ২০২৬');
  });
});

describe('the periods of a range', () => {
  it('are labelled as the service labels them, ISO weeks across a new year included', () => {
    expect(periodsBetween('2026-10-15', '2027-01-10', 'month')).toEqual(['2026-10', '2026-11', '2026-12', '2027-01']);
    expect(periodsBetween('2026-02-01', '2026-12-31', 'quarter')).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    // 2026 begins on a Thursday, so it has 53 weeks, and 1 January 2027 (a Friday) is in its last
    expect(periodsBetween('2025-12-29', '2026-01-04', 'week')).toEqual(['2026-W01']);
    expect(periodsBetween('2026-12-27', '2027-01-04', 'week')).toEqual(['2026-W52', '2026-W53', '2027-W01']);
  });
});

describe('the CSV', () => {
  let saved: HTMLAnchorElement[];
  const network = vi.fn<typeof fetch>();

  beforeEach(() => {
    saved = [];
    network.mockReset();
    vi.stubGlobal('fetch', network);
    URL.createObjectURL = vi.fn(() => 'blob:statistics-csv');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { saved.push(this); });
  });
  afterEach(() => { vi.useRealTimers(); });

  it('is the same query with format=csv, fetched with the user\'s token and saved from memory', async () => {
    const main = await byDistrict();
    network.mockResolvedValue(new Response('period,district,count\n2026-10,26,12\n2026-10,47,<5\n', { status: 200, headers: { 'Content-Type': 'text/csv' } }));
    const link = main.querySelector<HTMLAnchorElement>('a[data-action="download-csv"]')!;
    const csvPath = '/api/v1/statistics/screenings?from=2026-10-01&to=2026-11-30&period=month&by=district&format=csv';
    expect(link.getAttribute('href')).toBe(`http://statistics.test${csvPath}`);

    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(saved.length).toBe(1));

    expect(network).toHaveBeenCalledTimes(1);
    const [url, init] = network.mock.calls[0];
    expect(String(url)).toBe(`http://statistics.test${csvPath}`);
    expect((init!.headers as Record<string, string>).Authorization).toBe('Bearer token-of-the-session');
    expect((init!.headers as Record<string, string>).Accept).toBe('text/csv');
    const blob = vi.mocked(URL.createObjectURL).mock.calls[0][0] as Blob;
    expect(await blob.text()).toContain('2026-10,47,<5');
    const file = saved[0];
    expect(file.getAttribute('href')).toBe('blob:statistics-csv');
    expect(file.getAttribute('download')).toBe('screenings-2026-10-01-2026-11-30-month-district.csv');
  });

  it('says why when the service refuses it', async () => {
    const main = await byDistrict();
    network.mockResolvedValue(new Response(JSON.stringify({ status: 403, title: 'Forbidden', detail: 'not your agency' }),
      { status: 403, headers: { 'Content-Type': 'application/problem+json' } }));
    main.querySelector<HTMLAnchorElement>('a[data-action="download-csv"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(main.querySelector('.status-area [role="alert"]')!.textContent).toContain('not your agency'));
    expect(URL.createObjectURL).not.toHaveBeenCalled();
  });
});
