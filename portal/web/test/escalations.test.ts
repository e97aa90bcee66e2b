// @vitest-environment happy-dom
// The coordinators' escalation list on its own: the referral API is stubbed with 250 escalations, so that paging,
// filters and the time since escalation can be checked without the platform (the browser tests use the real one).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../src/i18n';
import type { Escalation } from '../src/model';

const requests: string[] = [];
const ALL: Escalation[] = Array.from({ length: 250 }, (_, i) => ({
  id: `id-${i}`, caseId: `case-${i}`, caseRef: `BD-TEST-${String(i).padStart(4, '0')}`, category: i % 2 ? 'SHELTER' : 'LEGAL_AID',
  urgency: 'HIGH', referringAgencyId: 'agency', attempt: 2, version: 3,
  escalatedAt: new Date(Date.now() - (250 - i) * 3_600_000).toISOString(), districtId: '47', explanation: [],
}));

vi.mock('../src/api', async (actual) => ({
  ...(await actual<typeof import('../src/api')>()),
  get: async (_service: string, path: string) => {
    requests.push(path);
    return (await import('./paged')).pageOf(path, ALL, { category: 'category' });
  },
  call: vi.fn(),
}));
vi.mock('../src/places', () => ({
  allDistricts: async () => [{ id: '47', name: { en: 'Dhaka', bn: 'ঢাকা' } }, { id: '9', name: { en: "Cox's Bazar", bn: 'কক্সবাজার' } }],
}));

const { escalationList, waited } = await import('../src/views/escalations');

async function drawn(): Promise<HTMLElement> {
  const host = document.createElement('section');
  document.body.replaceChildren(host);
  await escalationList(host, document.createElement('div'), (e) => { throw e; }, async () => {}).ready;
  return host;
}

async function click(host: HTMLElement, action: string): Promise<void> {
  host.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!.click();
  await vi.waitFor(() => expect(requests.length).toBeGreaterThan(0));
  await new Promise((r) => setTimeout(r, 0));
}

beforeEach(async () => {
  await initI18n();
  requests.length = 0;
});

describe('the escalation list', () => {
  it('shows one page of twenty of hundreds, the longest-waiting first as the server sends them, and pages on', async () => {
    const host = await drawn();
    expect(host.querySelectorAll('ul.escalations li')).toHaveLength(20);
    expect(host.querySelector('.showing')!.textContent).toBe('1–20 of 250');
    expect(host.querySelector<HTMLButtonElement>('[data-action="previous-page"]')!.disabled).toBe(true);
    expect(host.querySelector('ul.escalations li')!.getAttribute('data-case-ref')).toBe('BD-TEST-0000');

    requests.length = 0;
    await click(host, 'next-page');
    expect(requests.at(-1)).toContain('page=1');
    expect(host.querySelector('.showing')!.textContent).toBe('21–40 of 250');
    expect(host.querySelector('ul.escalations li')!.getAttribute('data-case-ref')).toBe('BD-TEST-0020');
  });

  it('asks the server for the chosen district, category and waiting time, from the first page again', async () => {
    const host = await drawn();
    await click(host, 'next-page');
    requests.length = 0;
    host.querySelector<HTMLSelectElement>('select[name="district"]')!.value = '47';
    host.querySelector<HTMLSelectElement>('select[name="category"]')!.value = 'SHELTER';
    host.querySelector<HTMLSelectElement>('select[name="olderThan"]')!.value = 'P3D';
    host.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    const q = new URLSearchParams(requests[0].split('?')[1]);
    expect(Object.fromEntries(q)).toEqual({ district: '47', category: 'SHELTER', olderThan: 'P3D', page: '0', size: '20' });
    await vi.waitFor(() => expect(host.querySelector('.showing')!.textContent).toBe('1–20 of 125'));
    expect(host.querySelector('ul.escalations li')!.textContent).toContain('Dhaka');
  });

  it('says how long a person has waited in days, hours or minutes', () => {
    const now = Date.parse('2026-12-07T12:00:00Z');
    expect(waited('2026-12-04T09:30:00Z', now).textContent).toBe('waiting 3 d 2 h');
    expect(waited('2026-12-07T07:15:00Z', now).textContent).toBe('waiting 4 h 45 min');
    expect(waited('2026-12-07T11:58:00Z', now).textContent).toBe('waiting 2 min');
  });
});
