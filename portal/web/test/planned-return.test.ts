// @vitest-environment happy-dom
// A case's planned return and its consent to share across the border, on a stubbed screening service: the return as
// planned (port by name, window, travel, the nationality verification with whom it waits on and since when); the first
// plan sent without If-Match and a change with the version read; a cancellation asked first and sent with If-Match;
// a wrong window or a mode that does not fit the port refused before sending; a colleague's change (409) said and the
// return read again; nothing to change after the arrival or for a coordinator; Bangla; and the consent editor's
// cross-border answer, left out when never asked.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n, setLang } from '../src/i18n';
import { retranslate } from '../src/dom';
import type { CaseView, PlannedReturn } from '../src/model';
import { answer, drawnPart, settle } from './dialogs';

const PORTS = [
  { code: 'DAC', name: { en: 'Hazrat Shahjalal International Airport, Dhaka', bn: 'হযরত শাহজালাল আন্তর্জাতিক বিমানবন্দর, ঢাকা' }, kind: 'AIRPORT' },
  { code: 'BENAPOLE', name: { en: 'Benapole Land Port', bn: 'বেনাপোল স্থলবন্দর' }, kind: 'LAND_PORT' },
];

const CASE: CaseView = { id: 'c-1', ref: 'BD-RYD1-AB', status: 'OPEN', openedAt: '2026-11-20T06:00:00Z',
  consent: { services: ['SHELTER'], shareWithProviders: 'BASIC', crossBorder: true }, version: 2,
  plannedReturn: { portOfEntry: 'DAC', expectedFrom: '2026-12-09', expectedTo: '2026-12-14', mode: 'AIR', verification: 'PENDING', status: 'PLANNED' } };

const PLANNED: PlannedReturn = { caseId: 'c-1', version: 2, expectedFrom: '2026-12-09', expectedTo: '2026-12-14', portOfEntry: 'DAC',
  mode: 'AIR', transportRef: 'SV 3802', nationalityVerification: { status: 'PENDING', waitingOn: 'BD_MISSION', since: '2026-11-17' },
  updatedAt: '2026-11-21T05:00:00Z', updatedBy: 'riyadh' };

let stored: PlannedReturn | null = PLANNED;
let roles = ['case-worker'];
let writeAnswer: (path: string, method: string) => unknown = () => ({ status: 200, etag: '"3"', body: { ...PLANNED, version: 3 } });
const sent: { path: string; method?: string; body?: unknown; headers?: Record<string, string> }[] = [];

vi.mock('../src/auth', () => ({ hasRole: (...r: string[]) => r.some((x) => roles.includes(x)), user: () => ({ agencyId: 'a-riyadh' }) }));
vi.mock('../src/api', async (actual) => {
  const real = await actual<typeof import('../src/api')>();
  return {
    ...real,
    get: async (_service: string, path: string) => {
      if (path === '/return/ports-of-entry') return { items: structuredClone(PORTS) };
      throw new Error(`no stub for ${path}`);
    },
    call: async (_service: string, path: string, options: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) => {
      if (!options.method && path === '/cases/c-1/planned-return') {
        if (!stored) throw new real.ApiError({ status: 404, title: 'Not Found' });
        return { status: 200, etag: `"${stored.version}"`, body: structuredClone(stored) };
      }
      sent.push({ path, ...options });
      return writeAnswer(path, options.method ?? 'GET');
    },
  };
});

const { plannedReturn } = await import('../src/views/planned-return');
const { consentEditor } = await import('../src/views/cases');

const drawn = (view: CaseView = CASE) => drawnPart(plannedReturn, view);

const fact = (el: Element, name: string) => el.querySelector(`[data-fact="${name}"]`)?.textContent;

function fill(el: HTMLElement, values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) {
    const control = el.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
    control.value = value;
    control.dispatchEvent(new Event('change'));
  }
}

async function submit(el: HTMLElement): Promise<void> {
  el.querySelector('form.return-edit')!.dispatchEvent(new Event('submit', { cancelable: true }));
  await settle();
}

beforeEach(async () => {
  await initI18n();
  await setLang('en');
  stored = PLANNED;
  roles = ['case-worker'];
  sent.length = 0;
  writeAnswer = () => ({ status: 200, etag: '"3"', body: { ...PLANNED, version: 3 } });
});

describe('the planned return on the case page', () => {
  it('shows the return as planned: port by name, window, travel, and the verification with whom it waits on and since when', async () => {
    const { el } = await drawn();
    expect(fact(el, 'port')).toBe(PORTS[0].name.en);
    expect(fact(el, 'window')).toBe('9 Dec 2026 – 14 Dec 2026');
    expect(fact(el, 'travel')).toBe('By air · SV 3802');
    expect(fact(el, 'verification')).toBe('Waiting for confirmation · waiting on Bangladesh mission abroad · since 17 Nov 2026');
    expect(fact(el, 'status')).toBe('Awaited');
    expect(el.querySelector('details.return-form summary')!.textContent).toBe('Change the planned return');
  });

  it('plans a first return without If-Match, the mode following the port, with the verification step', async () => {
    stored = null;
    writeAnswer = () => ({ status: 201, etag: '"1"', body: { ...PLANNED, version: 1, portOfEntry: 'BENAPOLE', mode: 'LAND' } });
    const { el, status } = await drawn({ ...CASE, plannedReturn: null });
    expect(el.querySelector('.no-return')!.textContent).toBe('No return planned.');
    expect(el.querySelector('[data-action="cancel-return"]')).toBeNull();
    fill(el, { portOfEntry: 'BENAPOLE', expectedFrom: '2027-01-04', expectedTo: '2027-01-06', transportRef: ' Green Line 12 ' });
    expect(el.querySelector<HTMLSelectElement>('[name="mode"]')!.value).toBe('LAND');
    const waits = el.querySelector<HTMLInputElement>('[name="verificationNeeded"]')!;
    expect(el.querySelector<HTMLFieldSetElement>('fieldset.verification')!.hidden).toBe(true);
    waits.checked = true;
    waits.dispatchEvent(new Event('change'));
    expect(el.querySelector<HTMLFieldSetElement>('fieldset.verification')!.hidden).toBe(false);
    fill(el, { verificationStatus: 'PENDING', waitingOn: 'MINISTRY_OF_HOME_AFFAIRS', verificationSince: '2026-11-30' });
    stored = { ...PLANNED, version: 1 };
    await submit(el);
    expect(sent).toEqual([{ path: '/cases/c-1/planned-return', method: 'PUT', headers: {}, body: {
      expectedFrom: '2027-01-04', expectedTo: '2027-01-06', portOfEntry: 'BENAPOLE', mode: 'LAND', transportRef: 'Green Line 12',
      nationalityVerification: { status: 'PENDING', waitingOn: 'MINISTRY_OF_HOME_AFFAIRS', since: '2026-11-30' } } }]);
    expect(status.textContent).toBe('Planned return of case BD-RYD1-AB saved (version 1).');
  });

  it('changes the return with the version read in If-Match, and sends no verification once it is unticked', async () => {
    const { el } = await drawn();
    fill(el, { expectedTo: '2026-12-16', transportRef: '' });
    const waits = el.querySelector<HTMLInputElement>('[name="verificationNeeded"]')!;
    waits.checked = false;
    waits.dispatchEvent(new Event('change'));
    await submit(el);
    expect(sent).toHaveLength(1);
    expect(sent[0].headers).toEqual({ 'If-Match': '"2"' });
    expect(sent[0].body).toEqual({ expectedFrom: '2026-12-09', expectedTo: '2026-12-16', portOfEntry: 'DAC', mode: 'AIR',
      transportRef: null, nationalityVerification: null });
  });

  it('refuses before sending a window that ends before it starts, a mode that does not fit the port, and a bad reference', async () => {
    const { el } = await drawn();
    fill(el, { expectedFrom: '2026-12-10', expectedTo: '2026-12-09' });
    await submit(el);
    expect(el.querySelector('.return-problem')!.textContent).toBe('The last day must not be before the first.');
    expect(el.querySelector('[name="expectedTo"]')!.getAttribute('aria-invalid')).toBe('true');

    fill(el, { expectedTo: '2026-12-12', mode: 'LAND' });
    await submit(el);
    expect(el.querySelector('.return-problem')!.textContent).toBe('The travel must fit the port: by air at an airport, by land at a land port.');

    fill(el, { mode: 'AIR', transportRef: 'SV/3802' });
    await submit(el);
    expect(el.querySelector('.return-problem')!.textContent).toContain('letters and digits');
    expect(sent).toEqual([]);
  });

  it('cancels only after asking, with If-Match, and nothing when the case worker thinks again', async () => {
    const { el, status } = await drawn();
    el.querySelector<HTMLButtonElement>('[data-action="cancel-return"]')!.click();
    expect(await answer('cancel')).toContain('BD-RYD1-AB');
    expect(sent).toEqual([]);

    writeAnswer = () => ({ status: 204, etag: null, body: null });
    el.querySelector<HTMLButtonElement>('[data-action="cancel-return"]')!.click();
    stored = null;
    await answer('confirm');
    await settle();
    expect(sent).toEqual([{ path: '/cases/c-1/planned-return', method: 'DELETE', headers: { 'If-Match': '"2"' } }]);
    expect(status.textContent).toBe('Planned return of case BD-RYD1-AB cancelled.');
    expect(el.querySelector('.no-return')!.textContent).toBe('No return planned.');
  });

  it('says that a colleague changed it meanwhile (409), and shows it as it is now', async () => {
    const { el, status } = await drawn();
    const { ApiError } = await import('../src/api');
    writeAnswer = () => { throw new ApiError({ status: 409, title: 'Conflict', detail: 'If-Match is not the current version' }); };
    stored = { ...PLANNED, version: 3, transportRef: 'EK 582' };
    fill(el, { transportRef: 'SV 3804' });
    await submit(el);
    expect(status.querySelector('[role="alert"]')!.textContent).toContain('someone changed or cancelled it meanwhile');
    expect(fact(el, 'travel')).toBe('By air · EK 582');
  });

  it('offers nothing to change once the person arrived, nor to a coordinator', async () => {
    const arrived = await drawn({ ...CASE, plannedReturn: { ...CASE.plannedReturn!, status: 'ARRIVED' } });
    expect(fact(arrived.el, 'status')).toBe('Arrived');
    expect(arrived.el.querySelector('form')).toBeNull();
    expect(arrived.el.querySelector('[data-action="cancel-return"]')).toBeNull();

    roles = ['nrm-coordinator'];
    const read = await drawn();
    expect(fact(read.el, 'port')).toBe(PORTS[0].name.en);
    expect(read.el.querySelector('form')).toBeNull();
  });

  it('asks to plan again after a missed return', async () => {
    const { el } = await drawn({ ...CASE, plannedReturn: { ...CASE.plannedReturn!, status: 'MISSED' } });
    expect(fact(el, 'status')).toBe('Missed: the person did not arrive');
    expect(el.querySelector('form.return-edit .notice')!.textContent).toContain('Plan the return again');
  });

  it('reads in Bangla, with Bangla digits in its days', async () => {
    const { el } = await drawn();
    await setLang('bn');
    retranslate();
    expect(fact(el, 'port')).toBe(PORTS[0].name.bn);
    expect(fact(el, 'travel')).toBe('আকাশপথে · SV 3802');
    expect(fact(el, 'verification')).toContain('বিদেশে বাংলাদেশ মিশন');
    expect(fact(el, 'window')).not.toMatch(/[0-9]/);
    expect(el.querySelector('h3')!.textContent).toBe('পরিকল্পিত প্রত্যাবর্তন');
  });
});

describe('the consent editor\'s cross-border answer', () => {
  async function editor(crossBorder: boolean | null): Promise<HTMLElement> {
    const box = consentEditor({ ...CASE, consent: { ...CASE.consent, crossBorder } }, document.createElement('div'), async () => {}, (e) => { throw e; });
    document.body.replaceChildren(box);
    return box;
  }
  async function save(box: HTMLElement): Promise<void> {
    box.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await answer('confirm');
    await settle();
  }

  it('shows the answer given and sends a change of it', async () => {
    const box = await editor(true);
    expect(box.querySelector('fieldset.cross-border')!.getAttribute('data-cross-border')).toBe('true');
    expect(box.querySelector<HTMLInputElement>('input[name="crossBorder"][value="true"]')!.checked).toBe(true);
    box.querySelector<HTMLInputElement>('input[name="crossBorder"][value="false"]')!.checked = true;
    writeAnswer = () => ({ status: 200, etag: null, body: {} });
    await save(box);
    expect(sent).toEqual([{ path: '/cases/c-1/consent', method: 'PUT',
      body: { services: ['SHELTER'], shareWithProviders: 'BASIC', crossBorder: false } }]);
  });

  it('says that it was never asked, and leaves it out unless the case worker answers it now', async () => {
    const box = await editor(null);
    expect(box.querySelector('fieldset.cross-border .hint')!.textContent).toBe('Not asked yet.');
    expect(box.querySelectorAll('input[name="crossBorder"]:checked')).toHaveLength(0);
    writeAnswer = () => ({ status: 200, etag: null, body: {} });
    await save(box);
    expect(sent[0].body).toEqual({ services: ['SHELTER'], shareWithProviders: 'BASIC' });

    await setLang('bn');
    retranslate();
    expect(box.querySelector('fieldset.cross-border legend')!.textContent).toContain('সীমান্তের ওপারে');
  });
});
