// @vitest-environment happy-dom
// Where an agency works (its agency admin) and the desks at the ports (the coordinators), on stubbed screening and
// directory services: the location shown and saved after asking, a city required abroad and left out at home; the
// desks at a port named from the directory, designated and ended after asking, each sent to its own path; Bangla.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n, setLang } from '../src/i18n';
import { retranslate } from '../src/dom';
import { answer, drawnPage, settle } from './dialogs';

const RIYADH = '5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e504';
const DHAKA = '5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e501';
const JASHORE = '5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e505';
const ORGS = [
  { id: DHAKA, name: { en: 'Dhaka Demo NGO (sample)', bn: 'ঢাকা ডেমো এনজিও (নমুনা)' } },
  { id: JASHORE, name: { en: 'Jashore Demo NGO', bn: 'যশোর ডেমো এনজিও' } },
  { id: RIYADH, name: { en: 'Labour Wing, Riyadh', bn: 'শ্রম উইং, রিয়াদ' } },
];
const PORTS = [
  { code: 'DAC', name: { en: 'Hazrat Shahjalal International Airport, Dhaka', bn: 'হযরত শাহজালাল আন্তর্জাতিক বিমানবন্দর, ঢাকা' }, kind: 'AIRPORT' },
  { code: 'BENAPOLE', name: { en: 'Benapole Land Port', bn: 'বেনাপোল স্থলবন্দর' }, kind: 'LAND_PORT' },
];

let location: Record<string, unknown> = { agencyId: RIYADH, country: 'BD', city: null, abroad: false, updatedAt: null, updatedBy: null };
let desks: Record<string, { portOfEntry: string; agencyId: string; designatedAt: string; designatedBy: string }[]> = {
  DAC: [{ portOfEntry: 'DAC', agencyId: DHAKA, designatedAt: '2026-12-01T04:00:00Z', designatedBy: 'coordinator' }], BENAPOLE: [] };
const gets: string[] = [];
const sent: { path: string; method?: string; body?: unknown }[] = [];

vi.mock('../src/auth', () => ({ hasRole: () => true, user: () => ({ agencyId: RIYADH }) }));
vi.mock('../src/api', async (actual) => ({
  ...(await actual<typeof import('../src/api')>()),
  get: async (service: string, path: string) => {
    gets.push(path);
    if (service === 'directory' && path.startsWith('/organizations?')) return { items: structuredClone(ORGS), page: 0, size: 100, totalItems: ORGS.length };
    if (path === '/return/ports-of-entry') return { items: structuredClone(PORTS) };
    if (path === `/agencies/${RIYADH}/location`) return structuredClone(location);
    const desk = /^\/return\/ports-of-entry\/(\w+)\/desks$/.exec(path);
    if (desk) return { items: structuredClone(desks[desk[1]] ?? []), page: 0, size: 20, totalItems: (desks[desk[1]] ?? []).length };
    throw new Error(`no stub for ${service} ${path}`);
  },
  call: async (_service: string, path: string, options: { method?: string; body?: unknown } = {}) => {
    sent.push({ path, method: options.method, body: options.body });
    if (path.endsWith('/location')) {
      const b = options.body as { country: string; city: string | null };
      location = { agencyId: RIYADH, ...b, abroad: b.country !== 'BD', updatedAt: '2026-12-07T06:00:00Z', updatedBy: 'riyadh' };
      return { status: 200, etag: null, body: location };
    }
    return { status: options.method === 'PUT' ? 201 : 204, etag: null, body: null };
  },
}));

const { agencyLocationPage } = await import('../src/views/agency-location');
const { portDesksPage } = await import('../src/views/port-desks');

const drawn = drawnPage;

beforeEach(async () => {
  await initI18n();
  await setLang('en');
  location = { agencyId: RIYADH, country: 'BD', city: null, abroad: false, updatedAt: null, updatedBy: null };
  desks = { DAC: [{ portOfEntry: 'DAC', agencyId: DHAKA, designatedAt: '2026-12-01T04:00:00Z', designatedBy: 'coordinator' }], BENAPOLE: [] };
  gets.length = 0;
  sent.length = 0;
});

describe('where my agency works', () => {
  it('shows an agency that never said as in Bangladesh, and saves its office abroad after asking', async () => {
    const main = await drawn(agencyLocationPage);
    expect(main.querySelector('[data-fact="where"]')!.textContent).toBe('Bangladesh');
    expect(main.querySelector('[data-fact="changed"]')!.textContent).toBe('Never said: Bangladesh until you change it');
    const country = main.querySelector<HTMLSelectElement>('select[name="country"]')!;
    expect([...country.options].map((o) => o.value)).toContain('BD');

    country.value = 'SA';
    const form = main.querySelector('form.location-edit')!;
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(main.querySelector('form.location-edit [role="alert"]')!.textContent).toBe('Give the city of the office abroad.');
    expect(main.querySelector('input[name="city"]')!.getAttribute('aria-invalid')).toBe('true');
    expect(sent).toEqual([]);

    main.querySelector<HTMLInputElement>('input[name="city"]')!.value = ' Riyadh ';
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(await answer('confirm')).toContain('Saudi Arabia, Riyadh');
    await settle();
    expect(sent).toEqual([{ path: `/agencies/${RIYADH}/location`, method: 'PUT', body: { country: 'SA', city: 'Riyadh' } }]);
    expect(main.querySelector('.status-area')!.textContent).toBe('Saved: your agency works in Saudi Arabia, Riyadh.');
    expect(main.querySelector('[data-fact="where"]')!.textContent).toBe('Saudi Arabia, Riyadh');
    expect(main.querySelector('[data-fact="abroad"]')!.textContent).toBe('Yes: screenings are made abroad');
  });

  it('refuses a city with digits before asking, and sends no city for Bangladesh', async () => {
    location = { agencyId: RIYADH, country: 'SA', city: 'Riyadh', abroad: true, updatedAt: '2026-12-01T04:00:00Z', updatedBy: 'riyadh' };
    const main = await drawn(agencyLocationPage);
    const city = main.querySelector<HTMLInputElement>('input[name="city"]')!;
    city.value = 'Riyadh 2';
    main.querySelector('form.location-edit')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(main.querySelector('form.location-edit [role="alert"]')!.textContent).toContain('letters');
    expect(document.querySelector('dialog')).toBeNull();

    main.querySelector<HTMLSelectElement>('select[name="country"]')!.value = 'BD';
    city.value = '';
    main.querySelector('form.location-edit')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await answer('confirm');
    await settle();
    expect(sent).toEqual([{ path: `/agencies/${RIYADH}/location`, method: 'PUT', body: { country: 'BD', city: null } }]);
  });

  it('reads in Bangla', async () => {
    location = { agencyId: RIYADH, country: 'SA', city: 'Riyadh', abroad: true, updatedAt: '2026-12-01T04:00:00Z', updatedBy: 'riyadh' };
    const main = await drawn(agencyLocationPage);
    await setLang('bn');
    retranslate();
    expect(main.querySelector('[data-fact="where"]')!.textContent).toBe('সৌদি আরব, Riyadh');
    expect(main.querySelector('[data-fact="abroad"]')!.textContent).toBe('হ্যাঁ: স্ক্রিনিং বিদেশে হয়');
    expect(main.querySelector('[data-fact="changed"]')!.textContent).not.toMatch(/[0-9]/);
  });
});

describe('the desks at the ports', () => {
  it('names each desk from the directory and offers the other agencies to designate', async () => {
    const main = await drawn(portDesksPage);
    expect(gets).toContain('/return/ports-of-entry/DAC/desks');
    expect(main.querySelector(`ul.desks li[data-agency="${DHAKA}"] strong`)!.textContent).toBe('Dhaka Demo NGO (sample)');
    const offered = [...main.querySelectorAll<HTMLOptionElement>('select[name="deskAgency"] option')].map((o) => o.value);
    expect(offered).toEqual(['', JASHORE, RIYADH]);
  });

  it('designates an agency at the chosen port after asking, and ends a designation after asking', async () => {
    const main = await drawn(portDesksPage);
    const port = main.querySelector<HTMLSelectElement>('select[name="port"]')!;
    port.value = 'BENAPOLE';
    port.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(main.querySelector('ul.desks li.nobody')!.textContent).toBe('No agency is a desk at this port.'));

    main.querySelector<HTMLSelectElement>('select[name="deskAgency"]')!.value = JASHORE;
    desks.BENAPOLE = [{ portOfEntry: 'BENAPOLE', agencyId: JASHORE, designatedAt: '2026-12-07T06:00:00Z', designatedBy: 'coordinator' }];
    main.querySelector('form.designate-form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(await answer('confirm')).toBe('Make Jashore Demo NGO a desk at Benapole Land Port? Its screeners and case workers will see who is expected there.');
    await settle();
    expect(sent).toEqual([{ path: `/return/ports-of-entry/BENAPOLE/desks/${JASHORE}`, method: 'PUT', body: undefined }]);
    await vi.waitFor(() => expect(main.querySelector(`ul.desks li[data-agency="${JASHORE}"]`)).not.toBeNull());

    main.querySelector<HTMLButtonElement>(`ul.desks li[data-agency="${JASHORE}"] [data-action="withdraw-desk"]`)!.click();
    await answer('cancel');
    expect(sent).toHaveLength(1);
    main.querySelector<HTMLButtonElement>(`ul.desks li[data-agency="${JASHORE}"] [data-action="withdraw-desk"]`)!.click();
    desks.BENAPOLE = [];
    await answer('confirm');
    await settle();
    expect(sent[1]).toEqual({ path: `/return/ports-of-entry/BENAPOLE/desks/${JASHORE}`, method: 'DELETE', body: undefined });
    expect(main.querySelector('.status-area')!.textContent).toBe('Jashore Demo NGO is no longer a desk at Benapole Land Port.');
  });

  it('reads in Bangla', async () => {
    const main = await drawn(portDesksPage);
    await setLang('bn');
    retranslate();
    expect(main.querySelector(`ul.desks li[data-agency="${DHAKA}"] strong`)!.textContent).toBe('ঢাকা ডেমো এনজিও (নমুনা)');
    expect(main.querySelector<HTMLSelectElement>('select[name="port"]')!.selectedOptions[0].textContent).toBe(PORTS[0].name.bn);
    expect(main.querySelector(`ul.desks li[data-agency="${DHAKA}"] .hint`)!.textContent).not.toMatch(/[0-9]/);
  });
});
