// @vitest-environment happy-dom
// The hand-over of a case on stubbed screening and directory services. On the case page: its history with the agencies
// named from the directory, the receiving agency chosen among the directory's organizations (the own agency left out),
// the proposal asked first and sent as {toAgency}, the service's refusal (no cross-border consent) shown in its words,
// a waiting one withdrawn. On the Hand-overs page: a case worker's incoming and outgoing lists, accept, decline with a
// reason, withdraw, each asked first and sent to its own endpoint; a coordinator's single list; Bangla.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n, setLang } from '../src/i18n';
import { retranslate } from '../src/dom';
import type { CaseView, HandOver } from '../src/model';
import { answer, drawnPage, drawnPart, settle } from './dialogs';

const RIYADH = '5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e504';
const JASHORE = '5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e505';
const DHAKA = '5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e501';
const GONE = '7a000000-0000-4000-8000-000000000009';

/** 101 organizations: the portal must read the directory's second page too. */
const ORGS = [
  { id: RIYADH, name: { en: 'Labour Wing, Riyadh', bn: 'শ্রম উইং, রিয়াদ' } },
  { id: JASHORE, name: { en: 'Jashore Demo NGO', bn: 'যশোর ডেমো এনজিও' } },
  ...Array.from({ length: 98 }, (_, i) => ({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, name: { en: `Provider ${i}` } })),
  { id: DHAKA, name: { en: 'Dhaka Demo NGO (sample)', bn: 'ঢাকা ডেমো এনজিও (নমুনা)' } },
];

const PORTS = [{ code: 'DAC', name: { en: 'Hazrat Shahjalal International Airport, Dhaka', bn: 'হযরত শাহজালাল আন্তর্জাতিক বিমানবন্দর, ঢাকা' }, kind: 'AIRPORT' }];

const CASE: CaseView = { id: 'c-1', ref: 'BD-RYD1-AB', status: 'OPEN', openedAt: '2026-11-20T06:00:00Z',
  consent: { services: ['SHELTER'], shareWithProviders: 'BASIC', crossBorder: true }, version: 2 };

const declined: HandOver = { id: 'h-0', caseId: 'c-1', caseRef: 'BD-RYD1-AB', fromAgency: RIYADH, toAgency: DHAKA, status: 'DECLINED',
  declineReason: 'NOT_OUR_AREA', proposedAt: '2026-11-25T05:00:00Z', decidedAt: '2026-11-26T04:00:00Z', plannedReturn: null };
const waiting: HandOver = { id: 'h-1', caseId: 'c-1', caseRef: 'BD-RYD1-AB', fromAgency: RIYADH, toAgency: JASHORE, status: 'PROPOSED',
  declineReason: null, proposedAt: '2026-11-27T05:00:00Z', decidedAt: null,
  plannedReturn: { portOfEntry: 'DAC', expectedFrom: '2026-12-09', expectedTo: '2026-12-14', status: 'PLANNED' } };
const outgoing: HandOver = { ...waiting, id: 'h-2', caseId: 'c-2', caseRef: 'BD-RYD2-CD', toAgency: GONE, plannedReturn: null };

let history: HandOver[] = [declined];
let roles = ['case-worker'];
let agency = RIYADH;
let lists: Record<string, HandOver[]> = { INCOMING: [waiting], OUTGOING: [outgoing], ALL: [waiting, outgoing] };
let postAnswer: (path: string) => unknown = () => ({ status: 200, etag: null, body: {} });
const gets: string[] = [];
const sent: { path: string; method?: string; body?: unknown }[] = [];

vi.mock('../src/auth', () => ({ hasRole: (...r: string[]) => r.some((x) => roles.includes(x)), user: () => ({ agencyId: agency }) }));
vi.mock('../src/api', async (actual) => ({
  ...(await actual<typeof import('../src/api')>()),
  get: async (service: string, path: string) => {
    gets.push(`${service} ${path}`);
    if (service === 'directory' && path.startsWith('/organizations?')) {
      const q = new URLSearchParams(path.split('?')[1]);
      const page = Number(q.get('page')); const size = Number(q.get('size'));
      return { items: structuredClone(ORGS.slice(page * size, (page + 1) * size)), page, size, totalItems: ORGS.length };
    }
    if (path === '/return/ports-of-entry') return { items: structuredClone(PORTS) };
    if (path === '/cases/c-1/hand-overs') return { items: structuredClone(history) };
    if (path.startsWith('/hand-overs?')) {
      const q = new URLSearchParams(path.split('?')[1]);
      const items = (lists[q.get('direction') ?? 'ALL'] ?? []).filter((o) => o.status === q.get('status'));
      return { items: structuredClone(items), page: 0, size: 20, total: items.length };
    }
    throw new Error(`no stub for ${service} ${path}`);
  },
  call: async (_service: string, path: string, options: { method?: string; body?: unknown } = {}) => {
    sent.push({ path, method: options.method, body: options.body });
    return postAnswer(path);
  },
}));

const { handOverSection, handOversPage } = await import('../src/views/hand-overs');
const { ApiError } = await import('../src/api');

const section = (view: CaseView = CASE) => drawnPart(handOverSection, view);

const page = () => drawnPage(handOversPage);

beforeEach(async () => {
  await initI18n();
  await setLang('en');
  history = [declined];
  roles = ['case-worker'];
  agency = RIYADH;
  lists = { INCOMING: [waiting], OUTGOING: [outgoing], ALL: [waiting, outgoing] };
  postAnswer = () => ({ status: 200, etag: null, body: {} });
  gets.length = 0;
  sent.length = 0;
});

describe('the hand-over on the case page', () => {
  it('shows the case\'s hand-overs with the agencies named from the directory, and its reason when declined', async () => {
    const { el } = await section();
    const row = el.querySelector('li[data-hand-over="h-0"]')!;
    expect(row.textContent).toContain('Labour Wing, Riyadh → Dhaka Demo NGO (sample) · Declined (Not our area)');
    // every page of the directory was read: the last organization is on the second
    expect(gets.filter((g) => g.startsWith('directory'))).toEqual(['directory /organizations?page=0&size=100', 'directory /organizations?page=1&size=100']);
  });

  it('offers the directory\'s organizations but the own agency, and proposes the hand-over after asking', async () => {
    postAnswer = () => { history = [declined, waiting]; return { status: 201, etag: null, body: waiting }; };
    const { el, status } = await section();
    const to = el.querySelector<HTMLSelectElement>('select[name="toAgency"]')!;
    const offered = [...to.options].map((o) => o.value);
    expect(offered).toContain(JASHORE);
    expect(offered).not.toContain(RIYADH);
    expect(offered).toHaveLength(ORGS.length);   // "choose" and every organization but the own one

    to.value = JASHORE;
    el.querySelector('form.hand-over-form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(await answer('confirm')).toBe('Hand case BD-RYD1-AB over to Jashore Demo NGO? Once they accept, the case is theirs and your agency no longer sees it.');
    await settle();
    expect(sent).toEqual([{ path: '/cases/c-1/hand-overs', method: 'POST', body: { toAgency: JASHORE } }]);
    expect(status.textContent).toBe('Hand-over of case BD-RYD1-AB to Jashore Demo NGO proposed.');
    // one is open now: it waits in the history, and no second can be proposed
    expect(el.querySelector('li[data-hand-over="h-1"] .hand-over-status')!.textContent).toBe('Waiting for the receiving agency');
    expect(el.querySelector('form.hand-over-form')).toBeNull();
  });

  it('sends nothing without a receiving agency, or when the case worker thinks again', async () => {
    const { el } = await section();
    el.querySelector('form.hand-over-form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(el.querySelector('.hand-over-message')!.textContent).toBe('Choose the receiving agency.');
    el.querySelector<HTMLSelectElement>('select[name="toAgency"]')!.value = JASHORE;
    el.querySelector('form.hand-over-form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await answer('cancel');
    expect(sent).toEqual([]);
  });

  it('shows the service\'s refusal in its words when the person did not consent to share across the border', async () => {
    postAnswer = () => { throw new ApiError({ status: 409, title: 'Conflict', detail: 'the person has not consented to cross-border sharing' }); };
    const { el } = await section({ ...CASE, consent: { ...CASE.consent, crossBorder: false } });
    el.querySelector<HTMLSelectElement>('select[name="toAgency"]')!.value = JASHORE;
    el.querySelector('form.hand-over-form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await answer('confirm');
    await settle();
    expect(el.querySelector('.hand-over-message [role="alert"]')!.textContent)
      .toBe('The hand-over was refused: the person has not consented to cross-border sharing');
  });

  it('lets the sending agency withdraw one that waits, and offers no hand-over of a closed case', async () => {
    history = [waiting];
    const { el } = await section();
    el.querySelector<HTMLButtonElement>('li[data-hand-over="h-1"] [data-action="withdraw-hand-over"]')!.click();
    expect(await answer('confirm')).toContain('BD-RYD1-AB');
    await settle();
    expect(sent).toEqual([{ path: '/hand-overs/h-1/withdraw', method: 'POST', body: undefined }]);

    history = [];
    const closed = await section({ ...CASE, status: 'CLOSED' });
    expect(closed.el.querySelector('.no-hand-over')!.textContent).toBe('The case has not been handed over.');
    expect(closed.el.querySelector('form')).toBeNull();
  });

  it('reads in Bangla', async () => {
    const { el } = await section();
    await setLang('bn');
    retranslate();
    expect(el.querySelector('li[data-hand-over="h-0"]')!.textContent).toContain('শ্রম উইং, রিয়াদ → ঢাকা ডেমো এনজিও (নমুনা) · প্রত্যাখ্যাত (আমাদের এলাকা নয়)');
    expect(el.querySelector('details.hand-over-propose summary')!.textContent).toBe('কেস হস্তান্তর করুন');
  });
});

describe('the hand-overs page', () => {
  it('shows a case worker the hand-overs to her agency and from it, waiting ones first', async () => {
    agency = JASHORE;
    const main = await page();
    expect(gets).toContain('screening /hand-overs?direction=INCOMING&status=PROPOSED&page=0&size=20');
    expect(gets).toContain('screening /hand-overs?direction=OUTGOING&status=PROPOSED&page=0&size=20');
    expect([...main.querySelectorAll('section[data-direction]')].map((s) => s.getAttribute('data-direction'))).toEqual(['INCOMING', 'OUTGOING']);
    const card = main.querySelector('section[data-direction="INCOMING"] li.hand-over[data-hand-over="h-1"]')!;
    expect(card.querySelector('[data-fact="from"]')!.textContent).toBe('Labour Wing, Riyadh');
    expect(card.querySelector('[data-fact="return"]')!.textContent).toBe(`${PORTS[0].name.en} · 9 Dec 2026 – 14 Dec 2026`);
    expect(card.querySelector('[data-action="accept-hand-over"]')).not.toBeNull();
    expect(card.querySelector('[data-action="withdraw-hand-over"]')).toBeNull();
    // an agency the directory does not know is named by the first block of its id
    const out = main.querySelector('section[data-direction="OUTGOING"] li[data-hand-over="h-2"]')!;
    expect(out.querySelector('[data-fact="to"]')!.textContent).toBe('7a000000');
    expect(out.querySelector('[data-fact="to"] [title]')!.getAttribute('title')).toBe(GONE);
    expect(out.querySelector('[data-action="accept-hand-over"]')).toBeNull();
  });

  it('accepts an incoming hand-over after asking, and the card gives way to a line that takes the focus', async () => {
    agency = JASHORE;
    const main = await page();
    main.querySelector<HTMLButtonElement>('li[data-hand-over="h-1"] [data-action="accept-hand-over"]')!.click();
    expect(await answer('confirm')).toBe('Accept case BD-RYD1-AB? It becomes your agency\'s case, and the sending agency no longer sees it.');
    await settle();
    expect(sent).toEqual([{ path: '/hand-overs/h-1/accept', method: 'POST', body: undefined }]);
    const line = main.querySelector('li.settled[data-settled-ref="BD-RYD1-AB"]')!;
    expect(line.textContent).toBe('Case BD-RYD1-AB is now your agency\'s: you find it under Cases.');
    expect(document.activeElement).toBe(line);
    expect(main.querySelector('li[data-hand-over="h-1"]')).toBeNull();
  });

  it('declines with the chosen reason, and withdraws an outgoing one', async () => {
    agency = JASHORE;
    const main = await page();
    const card = main.querySelector('li[data-hand-over="h-1"]')!;
    card.querySelector<HTMLSelectElement>('select[name="declineReason"]')!.value = 'NO_CAPACITY';
    card.querySelector<HTMLButtonElement>('[data-action="decline-hand-over"]')!.click();
    await answer('confirm');
    await settle();
    expect(sent).toEqual([{ path: '/hand-overs/h-1/decline', method: 'POST', body: { reason: 'NO_CAPACITY' } }]);

    sent.length = 0;
    agency = RIYADH;
    const mine = await page();
    mine.querySelector<HTMLButtonElement>('section[data-direction="OUTGOING"] [data-action="withdraw-hand-over"]')!.click();
    await answer('confirm');
    await settle();
    expect(sent).toEqual([{ path: '/hand-overs/h-2/withdraw', method: 'POST', body: undefined }]);
    expect(mine.querySelector('li.settled')!.textContent).toBe('Hand-over of case BD-RYD2-CD withdrawn.');
  });

  it('keeps the card and shows why when the service refuses (already answered)', async () => {
    agency = JASHORE;
    postAnswer = () => { throw new ApiError({ status: 409, title: 'Conflict', detail: 'the hand-over is already WITHDRAWN' }); };
    const main = await page();
    main.querySelector<HTMLButtonElement>('li[data-hand-over="h-1"] [data-action="accept-hand-over"]')!.click();
    await answer('confirm');
    await settle();
    const card = main.querySelector('li[data-hand-over="h-1"]')!;
    expect(card.querySelector('[role="alert"]')!.textContent).toBe('The hand-over was refused: the hand-over is already WITHDRAWN');
    expect(card.querySelector<HTMLButtonElement>('[data-action="accept-hand-over"]')!.disabled).toBe(false);
  });

  it('shows a coordinator every hand-over in one list, to withdraw but not to accept', async () => {
    roles = ['nrm-coordinator'];
    agency = '5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e503';
    const main = await page();
    expect(gets).toContain('screening /hand-overs?status=PROPOSED&page=0&size=20');
    expect(main.querySelectorAll('section[data-direction]')).toHaveLength(1);
    expect(main.querySelectorAll('[data-action="withdraw-hand-over"]')).toHaveLength(2);
    expect(main.querySelector('[data-action="accept-hand-over"]')).toBeNull();
  });

  it('asks for the chosen status, and offers no action on an answered hand-over', async () => {
    agency = JASHORE;
    lists.INCOMING = [{ ...waiting, status: 'ACCEPTED', decidedAt: '2026-11-28T04:00:00Z' }];
    const main = await page();
    const which = main.querySelector<HTMLSelectElement>('select[name="status"]')!;
    which.value = 'ACCEPTED';
    which.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(gets).toContain('screening /hand-overs?direction=INCOMING&status=ACCEPTED&page=0&size=20'));
    await vi.waitFor(() => expect(main.querySelector('li[data-hand-over="h-1"]')).not.toBeNull());
    expect(main.querySelector('li[data-hand-over="h-1"] [data-fact="status"]')!.textContent).toBe('Accepted');
    expect(main.querySelector('li[data-hand-over="h-1"] button')).toBeNull();
  });

  it('reads in Bangla, with Bangla digits in its days', async () => {
    agency = JASHORE;
    await setLang('bn');
    const main = await page();
    const card = main.querySelector('li[data-hand-over="h-1"]')!;
    expect(card.querySelector('[data-fact="from"]')!.textContent).toBe('শ্রম উইং, রিয়াদ');
    expect(card.querySelector('[data-fact="status"]')!.textContent).toBe('গ্রহণকারী সংস্থার উত্তরের অপেক্ষায়');
    expect(card.querySelector('[data-fact="return"]')!.textContent).toContain(PORTS[0].name.bn);
    expect(card.querySelector('[data-fact="return"]')!.textContent).not.toMatch(/[0-9]/);
    expect(card.querySelector('[data-action="accept-hand-over"]')!.textContent).toBe('কেস গ্রহণ করুন');
  });
});
