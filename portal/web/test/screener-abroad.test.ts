// @vitest-environment happy-dom
// The screening form of an agency abroad (issue #19): a country and a city instead of a district, the home district
// required, and the country of exploitation; an agency in Bangladesh keeps its district. The APIs are stubbed.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n, setLang } from '../src/i18n';
import { retranslate } from '../src/dom';

const RIYADH_WING = '5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e5a1';
let where = { agencyId: RIYADH_WING, country: 'SA', city: 'Riyadh', abroad: true };
const sent: { path: string; body: Record<string, unknown> }[] = [];
const CROSS_BORDER = { en: 'May your case be shared with an agency at home?', bn: 'আপনার কেস কি দেশের কোনো সংস্থার সঙ্গে ভাগ করা যাবে?' };

vi.mock('../src/api', async (actual) => ({
  ...(await actual<typeof import('../src/api')>()),
  get: async (_service: string, path: string) => {
    if (path === '/instruments') return { items: [{ code: 'setu-core', version: 1, title: { en: 'Setu core' } }] };
    if (path.startsWith('/instruments/')) return { code: 'setu-core', version: 1, title: { en: 'Setu core', bn: 'সেতু' }, questions: [],
      consent: { label: { en: 'Consent', bn: 'সম্মতি' }, shareLevels: [{ value: 'NONE', label: { en: 'Nothing' } }, { value: 'BASIC', label: { en: 'Basic' } }],
        crossBorder: { label: CROSS_BORDER } } };
    if (path === `/agencies/${RIYADH_WING}/location`) return where;
    throw new Error(`unexpected ${path}`);
  },
  call: async (_service: string, path: string, init: { body: Record<string, unknown> }) => {
    sent.push({ path, body: init.body });
    return { status: 201, body: { id: 's', caseId: 'c', caseRef: 'BD-AAAA-BBBB', outcome: { classification: 'NO_PROTECTION_NEED', urgency: 'ROUTINE', needs: [], trace: [] } } };
  },
}));
vi.mock('../src/auth', () => ({ user: () => ({ subject: 's', username: 'wingscreener', roles: ['screener'], agencyId: RIYADH_WING }) }));
vi.mock('../src/offline', () => ({
  enqueue: vi.fn(), waiting: async () => [], onChange: () => () => {}, reveal: vi.fn(), discard: vi.fn(), flush: vi.fn(),
}));
vi.mock('../src/places', async () => {
  const dom = await import('../src/dom');
  const districts = [{ id: '41', divisionId: '4', name: { en: 'Jashore', bn: 'যশোর' } }, { id: '47', divisionId: '3', name: { en: 'Dhaka', bn: 'ঢাকা' } }];
  return {
    allDistricts: async () => districts,
    districtSelect: async (first: string, required: boolean) => {
      const s = dom.h('select', { required, 'data-field': 'district' }, dom.translatedOption('', first));
      districts.forEach((d) => s.append(dom.bilingualOption(d.id, d.name)));
      return s;
    },
  };
});

const { screenerView } = await import('../src/views/screener');

async function drawn(): Promise<HTMLFormElement> {
  const main = document.createElement('main');
  document.body.replaceChildren(main);
  screenerView(main);
  await vi.waitFor(() => expect(main.querySelector('form')).not.toBeNull());
  return main.querySelector('form')!;
}

function choose(f: HTMLFormElement, name: string, value: string): void {
  const el = f.querySelector<HTMLSelectElement | HTMLInputElement>(`[name="${name}"]`)!;
  el.value = value;
}

/** The context and the person's sex and age, the answers every screening abroad here needs. */
function answerAbroad(f: HTMLFormElement): void {
  choose(f, 'context', 'EMBASSY');
  choose(f, 'sex', 'FEMALE');
  choose(f, 'ageEstimate', '24');
}

async function submit(f: HTMLFormElement): Promise<void> {
  f.dispatchEvent(new Event('submit', { cancelable: true }));
  await new Promise((r) => setTimeout(r, 10));
}

beforeEach(async () => {
  await initI18n();
  sent.length = 0;
});

describe('the screening form of an agency abroad', () => {
  it('asks for the country and city of the screening instead of a district, chosen for the agency', async () => {
    where = { agencyId: RIYADH_WING, country: 'SA', city: 'Riyadh', abroad: true };
    const f = await drawn();
    expect(f.querySelector('[name="location"]')).toBeNull();
    expect(f.querySelector<HTMLSelectElement>('[name="country"]')!.value).toBe('SA');
    expect(f.querySelector<HTMLInputElement>('[name="city"]')!.value).toBe('Riyadh');
    expect(f.querySelector<HTMLSelectElement>('[name="home"]')!.required).toBe(true);
    expect(f.querySelector<HTMLSelectElement>('[name="countryOfExploitation"]')!.value).toBe('SA');
  });

  it('does not send without her home district, and then sends the place abroad and the country of exploitation', async () => {
    where = { agencyId: RIYADH_WING, country: 'SA', city: 'Riyadh', abroad: true };
    const f = await drawn();
    answerAbroad(f);
    await submit(f);
    expect(sent).toHaveLength(0);
    expect(f.querySelector('[name="home"]')!.getAttribute('aria-invalid')).toBe('true');

    choose(f, 'home', '41');
    choose(f, 'city', ' Jeddah ');
    f.querySelector<HTMLInputElement>('input[name="crossBorder"][value="true"]')!.checked = true;
    await submit(f);
    expect(sent).toHaveLength(1);
    expect(sent[0].body.location).toEqual({ country: 'SA', city: 'Jeddah' });
    expect(sent[0].body.countryOfExploitation).toBe('SA');
    expect((sent[0].body.person as { home: unknown }).home).toEqual({ divisionId: '4', districtId: '41' });
  });

  it('keeps the district of the screening for an agency in Bangladesh', async () => {
    where = { agencyId: RIYADH_WING, country: 'BD', city: null as unknown as string, abroad: false };
    const f = await drawn();
    expect(f.querySelector('[name="country"]')).toBeNull();
    expect(f.querySelector<HTMLSelectElement>('[name="home"]')!.required).toBe(false);
    choose(f, 'context', 'AIRPORT_RETURNEE');
    choose(f, 'location', '47');
    choose(f, 'sex', 'FEMALE');
    choose(f, 'ageEstimate', '24');
    await submit(f);
    expect(sent).toHaveLength(1);
    expect(sent[0].body.location).toEqual({ divisionId: '3', districtId: '47' });
    expect(sent[0].body.countryOfExploitation).toBeNull();
    // the cross-border question is for screenings abroad only: not asked, and nothing sent for it
    expect(f.querySelector('input[name="crossBorder"]')).toBeNull();
    expect(sent[0].body.consent).not.toHaveProperty('crossBorder');
  });

  it('asks abroad, in the instrument\'s words, whether the case may be shared across the border, and needs an answer', async () => {
    where = { agencyId: RIYADH_WING, country: 'SA', city: 'Riyadh', abroad: true };
    const f = await drawn();
    const question = f.querySelector<HTMLFieldSetElement>('fieldset[data-question="crossBorder"]')!;
    expect(question.querySelector('legend')!.textContent).toBe(`${CROSS_BORDER.en} *Required`);
    expect([...question.querySelectorAll<HTMLInputElement>('input[name="crossBorder"]')].map((i) => [i.value, i.checked]))
      .toEqual([['true', false], ['false', false]]);
    answerAbroad(f);
    choose(f, 'home', '41');
    await submit(f);
    expect(sent).toHaveLength(0);
    expect(question.getAttribute('aria-invalid')).toBe('true');
    expect(f.querySelector('#form-errors')!.textContent).toContain(CROSS_BORDER.en);

    // "no" is an answer too, and is sent as false
    f.querySelector<HTMLInputElement>('input[name="crossBorder"][value="false"]')!.checked = true;
    await submit(f);
    expect(sent).toHaveLength(1);
    expect(sent[0].body.consent).toEqual({ services: [], shareWithProviders: 'BASIC', crossBorder: false });
  });

  it('asks the cross-border question in Bangla', async () => {
    where = { agencyId: RIYADH_WING, country: 'SA', city: 'Riyadh', abroad: true };
    const f = await drawn();
    await setLang('bn');
    retranslate();
    const question = f.querySelector<HTMLFieldSetElement>('fieldset[data-question="crossBorder"]')!;
    expect(question.querySelector('legend')!.textContent).toContain(CROSS_BORDER.bn);
    expect([...question.querySelectorAll('label')].map((l) => l.textContent)).toEqual(['হ্যাঁ', 'না']);
    await setLang('en');
  });
});
