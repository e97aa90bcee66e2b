// @vitest-environment happy-dom
// The arrivals desk and the coordinators' missed returns on a stubbed screening service: a card per person expected,
// showing only what consent shares; each settlement asked first and sent to its own endpoint; the desk's port kept as a
// code; a refusal in the desk's words (403) or the service's (409); Bangla digits and names in Bangla; a person screened
// again on arrival (the instrument's questions, exactly the answers given sent with the arrival, the new outcome in the
// card's place, answers refused with a 422 in the service's words); a case that cannot be opened.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n, setLang, formatDate } from '../src/i18n';
import { retranslate } from '../src/dom';
import { ApiError } from '../src/api';
import { dhakaToday } from '../src/statistics';
import type { Arrival } from '../src/views/arrivals';
import type { MissedReturn } from '../src/views/missed-returns';
import { answer } from './dialogs';
import { INSTRUMENT } from './practice-fixtures';
import type { ScreeningAnswer } from '../src/model';

const PORTS = [
  { code: 'DAC', name: { en: 'Hazrat Shahjalal International Airport, Dhaka', bn: 'হযরত শাহজালাল আন্তর্জাতিক বিমানবন্দর, ঢাকা' }, kind: 'AIRPORT' },
  { code: 'CGP', name: { en: 'Shah Amanat International Airport, Chattogram', bn: 'শাহ আমানত আন্তর্জাতিক বিমানবন্দর, চট্টগ্রাম' }, kind: 'AIRPORT' },
  { code: 'BENAPOLE', name: { en: 'Benapole Land Port', bn: 'বেনাপোল স্থলবন্দর' }, kind: 'LAND_PORT' },
];

const ARRIVALS: Arrival[] = [
  { caseId: 'case-basic', caseRef: 'BD-ARR1-AB', ownerAgency: '5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e501', expectedFrom: '2026-12-07',
    expectedTo: '2026-12-09', mode: 'AIR', transportRef: 'SV 3802', verification: 'PENDING',
    person: { givenName: 'Rahima', age: 34, sex: 'FEMALE', languages: ['bn', 'ar'], phone: '+8801700000001' } },
  { caseId: 'case-none', caseRef: 'BD-ARR2-CD', ownerAgency: '5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e501', expectedFrom: '2026-12-08',
    expectedTo: '2026-12-08', mode: 'AIR', transportRef: null, verification: null, person: null },
  { caseId: 'case-name', caseRef: 'BD-ARR3-EF', ownerAgency: '7a000000-0000-4000-8000-000000000002', expectedFrom: '2026-12-08',
    expectedTo: '2026-12-10', mode: 'LAND', transportRef: null, verification: 'VERIFIED', person: { givenName: 'Karim' } },
  { caseId: 'case-sealed', caseRef: 'BD-ARR4-GH', ownerAgency: '5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e501', expectedFrom: '2026-12-08',
    expectedTo: '2026-12-08', mode: 'AIR', transportRef: null, verification: null, person: null, unreadable: true },
];

const MISSED: MissedReturn[] = [
  { caseId: 'case-m1', caseRef: 'BD-MISS1-GH', ownerAgency: '5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e501', portOfEntry: 'DAC',
    expectedFrom: '2026-11-20', expectedTo: '2026-11-22', reason: 'NOT_CONFIRMED', reportedBy: null, missedAt: '2026-11-23T00:15:00Z' },
  { caseId: 'case-m2', caseRef: 'BD-MISS2-IJ', ownerAgency: '7a000000-0000-4000-8000-000000000002', portOfEntry: 'BENAPOLE',
    expectedFrom: '2026-12-05', expectedTo: '2026-12-05', reason: 'NO_SHOW', reportedBy: '9b000000-0000-4000-8000-000000000003',
    missedAt: '2026-12-05T14:40:00Z' },
];

const gets: string[] = [];
const calls: { path: string; method?: string; body?: unknown }[] = [];
let arrivalsAnswer: () => unknown = () => ({ items: ARRIVALS, page: 0, size: 20, totalItems: ARRIVALS.length });
let settleAnswer: () => unknown = () => ({ body: null, status: 204, etag: null });

vi.mock('../src/api', async (actual) => ({
  ...(await actual<typeof import('../src/api')>()),
  get: async (service: string, path: string) => {
    if (service !== 'screening') throw new Error(`unexpected ${service} ${path}`);
    gets.push(path);
    if (path === '/return/ports-of-entry') return { items: structuredClone(PORTS) };
    if (path === '/instruments') return { items: [{ code: 'setu-core', version: 1, title: INSTRUMENT.title }], page: 0, size: 20, totalItems: 1 };
    if (path === '/instruments/setu-core/versions/1') return structuredClone(INSTRUMENT);
    if (path.startsWith('/return/arrivals?')) return structuredClone(arrivalsAnswer());
    if (path.startsWith('/return/missed')) return { items: structuredClone(MISSED), page: 0, size: 500, totalItems: MISSED.length };
    throw new Error(`no stub for ${path}`);
  },
  call: async (_service: string, path: string, options: { method?: string; body?: unknown } = {}) => {
    calls.push({ path, method: options.method, body: options.body });
    return settleAnswer();
  },
}));

const { arrivalsPage, PORT_KEY } = await import('../src/views/arrivals');
const { missedReturnsPage, shortId } = await import('../src/views/missed-returns');

async function desk(): Promise<HTMLElement> {
  const main = document.createElement('main');
  document.body.replaceChildren(main);
  await arrivalsPage(main).ready;
  return main;
}

const card = (main: HTMLElement, ref: string) => main.querySelector<HTMLElement>(`li.arrival[data-case-ref="${ref}"]`);
const shared = (el: Element, key: string) => el.querySelector(`[data-shared="${key}"]`)?.textContent;

/** Presses a card's button and answers the confirmation it opens. */
async function settle(main: HTMLElement, ref: string, action: 'arrived' | 'no-show', choice: 'confirm' | 'cancel'): Promise<string> {
  card(main, ref)!.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!.click();
  return answer(choice);
}

beforeEach(async () => {
  await initI18n();
  await setLang('en');
  gets.length = 0;
  calls.length = 0;
  localStorage.clear();
  arrivalsAnswer = () => ({ items: ARRIVALS, page: 0, size: 20, totalItems: ARRIVALS.length });
  settleAnswer = () => ({ body: null, status: 204, etag: null });
});

describe('the arrivals desk', () => {
  it('lists one card per person expected, with what consent shares and nothing more', async () => {
    const main = await desk();
    expect(gets).toContain('/return/arrivals?port=DAC&days=3');
    expect(main.querySelectorAll('li.arrival')).toHaveLength(4);

    const first = card(main, 'BD-ARR1-AB')!;
    expect(shared(first, 'name')).toBe('Rahima');
    expect(shared(first, 'age')).toBe('34');
    expect(shared(first, 'sex')).toBe('Female');
    expect(shared(first, 'languages')).toBe('Bangla, Arabic');
    expect(shared(first, 'phone')).toBe('+8801700000001');
    expect(first.querySelector('[data-fact="travel"]')!.textContent).toBe('By air · SV 3802');
    expect(first.querySelector('[data-fact="verification"]')!.textContent).toBe('Waiting for confirmation');
    expect(first.querySelector('[data-fact="caseRef"]')!.textContent).toBe('BD-ARR1-AB');
    expect(first.querySelector('h3')!.textContent).toBe('Expected 7 Dec 2026 – 9 Dec 2026');

    // a given name only: the other fields are not drawn at all, not even as empty rows
    const named = card(main, 'BD-ARR3-EF')!;
    expect(shared(named, 'name')).toBe('Karim');
    expect([...named.querySelectorAll('.consented dt')].map((dt) => dt.textContent)).toEqual(['Name']);
    expect(named.querySelector('[data-fact="travel"]')!.textContent).toBe('By land');
  });

  it('says that consent shares no personal details when the service sends no person', async () => {
    const main = await desk();
    const none = card(main, 'BD-ARR2-CD')!;
    expect(none.querySelector('.consented .no-details')!.textContent).toBe('The consent shares no personal details.');
    expect(none.querySelector('[data-shared]')).toBeNull();
    expect(none.querySelector('[data-fact="verification"]')!.textContent).toBe('No verification step recorded');
    expect(none.querySelector('h3')!.textContent).toBe('Expected 8 Dec 2026');
  });

  it('says plainly that a person whose case cannot be opened cannot be shown, with no empty fields, in both languages', async () => {
    const main = await desk();
    const sealed = card(main, 'BD-ARR4-GH')!;
    expect(sealed.querySelector('.unreadable-note')!.textContent).toBe('⚠ This person\'s details cannot be opened here; tell the NRM secretariat.');
    // neither "the consent shares nothing" (it is not known) nor rows left empty
    expect(sealed.querySelector('.consented')).toBeNull();
    expect(sealed.querySelector('.no-details')).toBeNull();
    expect([...sealed.querySelectorAll('dd')].filter((dd) => !dd.textContent!.trim())).toEqual([]);
    expect(sealed.querySelector('[data-fact="travel"]')!.textContent).toBe('By air');
    expect(sealed.querySelector('[data-fact="caseRef"]')!.textContent).toBe('BD-ARR4-GH');
    // the arrival can still be settled; screening her again would need her case opened
    expect(sealed.querySelector('[data-action="arrived"]')).not.toBeNull();
    expect(sealed.querySelector('[data-action="no-show"]')).not.toBeNull();
    expect(sealed.querySelector('[data-action="screen-again"]')).toBeNull();
    // a note read with the card, not an alert announced as the list is drawn
    expect(sealed.querySelector('[role="alert"]')).toBeNull();

    await setLang('bn');
    retranslate();
    expect(sealed.querySelector('.unreadable-note')!.textContent).toBe('⚠ এই ব্যক্তির তথ্য এখানে খোলা যাচ্ছে না; এনআরএম সচিবালয়কে জানান।');
  });

  it('offers the ports by name and one, three or seven days, and keeps the chosen port as its code only', async () => {
    const main = await desk();
    const port = main.querySelector<HTMLSelectElement>('select[name="port"]')!;
    expect([...port.options].map((o) => o.textContent)).toEqual(PORTS.map((p) => p.name.en));
    expect([...main.querySelector<HTMLSelectElement>('select[name="days"]')!.options].map((o) => o.value)).toEqual(['1', '3', '7']);

    port.value = 'CGP';
    port.dispatchEvent(new Event('change'));
    const days = main.querySelector<HTMLSelectElement>('select[name="days"]')!;
    days.value = '7';
    days.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(gets.at(-1)).toBe('/return/arrivals?port=CGP&days=7'));
    expect({ ...localStorage }).toEqual({ [PORT_KEY]: 'CGP' });

    gets.length = 0;
    const again = await desk();
    expect(again.querySelector<HTMLSelectElement>('select[name="port"]')!.value).toBe('CGP');
    expect(gets).toContain('/return/arrivals?port=CGP&days=3');
  });

  it('opens on the first port when the kept one is no longer a port of entry', async () => {
    localStorage.setItem(PORT_KEY, 'GONE');
    const main = await desk();
    expect(main.querySelector<HTMLSelectElement>('select[name="port"]')!.value).toBe('DAC');
  });

  it('confirms an arrival today with an empty body after asking, and the card gives way to a short line', async () => {
    const main = await desk();
    const question = await settle(main, 'BD-ARR1-AB', 'arrived', 'confirm');
    expect(question).toContain('BD-ARR1-AB');
    expect(calls).toEqual([{ path: '/cases/case-basic/planned-return/arrival', method: 'POST', body: {} }]);
    await vi.waitFor(() => expect(card(main, 'BD-ARR1-AB')).toBeNull());
    const line = main.querySelector('li.settled[data-settled-ref="BD-ARR1-AB"]')!;
    expect(line.textContent).toBe('Arrival confirmed: case BD-ARR1-AB.');
    expect(document.activeElement).toBe(line);
    expect(main.querySelectorAll('li.arrival')).toHaveLength(3);
  });

  it('sends an earlier day of arrival when the desk sets one', async () => {
    const main = await desk();
    const yesterday = new Date(Date.parse(`${dhakaToday()}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    card(main, 'BD-ARR1-AB')!.querySelector<HTMLInputElement>('input[name="arrivedOn"]')!.value = yesterday;
    await settle(main, 'BD-ARR1-AB', 'arrived', 'confirm');
    expect(calls).toEqual([{ path: '/cases/case-basic/planned-return/arrival', method: 'POST', body: { arrivedOn: yesterday } }]);
  });

  it('does not send a day of arrival in the future', async () => {
    const main = await desk();
    const tomorrow = new Date(Date.parse(`${dhakaToday()}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const c = card(main, 'BD-ARR1-AB')!;
    c.querySelector<HTMLInputElement>('input[name="arrivedOn"]')!.value = tomorrow;
    c.querySelector<HTMLButtonElement>('[data-action="arrived"]')!.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(document.querySelector('dialog')).toBeNull();
    expect(calls).toEqual([]);
    expect(c.querySelector('.notice.error')!.textContent).toBe('The day of arrival must be today or at most 7 days ago.');
  });

  it('reports a no-show to its own endpoint after asking, and sends nothing when the desk cancels', async () => {
    const main = await desk();
    await settle(main, 'BD-ARR2-CD', 'no-show', 'cancel');
    expect(calls).toEqual([]);
    expect(card(main, 'BD-ARR2-CD')).not.toBeNull();

    const question = await settle(main, 'BD-ARR2-CD', 'no-show', 'confirm');
    expect(question).toContain('did not come');
    expect(calls).toEqual([{ path: '/cases/case-none/planned-return/no-show', method: 'POST', body: undefined }]);
    await vi.waitFor(() => expect(card(main, 'BD-ARR2-CD')).toBeNull());
    expect(main.querySelector('li.settled')!.textContent).toBe('Reported as not come: case BD-ARR2-CD.');
  });

  it('says that nobody is expected once the last card is settled', async () => {
    arrivalsAnswer = () => ({ items: [ARRIVALS[1]], page: 0, size: 20, totalItems: 1 });
    const main = await desk();
    await settle(main, 'BD-ARR2-CD', 'no-show', 'confirm');
    await vi.waitFor(() => expect(main.querySelector('li.nobody')!.textContent).toBe('Nobody is expected at this port in these days.'));
  });

  it('shows the service\'s detail when a return was settled meanwhile, and keeps the card', async () => {
    settleAnswer = () => { throw new ApiError({ status: 409, title: 'Conflict', detail: 'the return is already settled' }); };
    const main = await desk();
    await settle(main, 'BD-ARR1-AB', 'arrived', 'confirm');
    const c = card(main, 'BD-ARR1-AB')!;
    await vi.waitFor(() => expect(c.querySelector('.notice.error')!.textContent).toBe('the return is already settled'));
    expect(c.querySelector<HTMLButtonElement>('[data-action="arrived"]')!.disabled).toBe(false);
  });

  it('tells an agency that is no desk at the port so, in English and in Bangla', async () => {
    arrivalsAnswer = () => { throw new ApiError({ status: 403, title: 'Forbidden', detail: 'the caller\'s agency is not a desk at DAC' }); };
    const main = await desk();
    expect(main.querySelector('.status-area [role="alert"]')!.textContent).toBe('Your agency is not a desk at this port.');
    expect(main.querySelectorAll('li.arrival')).toHaveLength(0);

    await setLang('bn');
    retranslate();
    expect(main.querySelector('.status-area [role="alert"]')!.textContent).toBe('আপনার সংস্থা এই বন্দরের ডেস্ক নয়।');
  });

  it('writes ports, days, ages and languages in Bangla, with Bangla digits', async () => {
    await setLang('bn');
    const main = await desk();
    expect(main.querySelector<HTMLSelectElement>('select[name="port"]')!.selectedOptions[0].textContent).toBe(PORTS[0].name.bn);
    const first = card(main, 'BD-ARR1-AB')!;
    expect(shared(first, 'age')).toBe('৩৪');
    expect(shared(first, 'sex')).toBe('নারী');
    expect(shared(first, 'languages')).toContain('বাংলা');
    expect(first.querySelector('[data-fact="travel"]')!.textContent).toBe('আকাশপথে · SV 3802');
    expect(first.querySelector('h3')!.textContent).not.toMatch(/[0-9]/);
    expect(card(main, 'BD-ARR2-CD')!.querySelector('.no-details')!.textContent).toBe('সম্মতি কোনো ব্যক্তিগত তথ্য দেখাতে দেয় না।');

    await setLang('en');
    retranslate();
    expect(shared(first, 'languages')).toBe('Bangla, Arabic');
    expect(shared(first, 'age')).toBe('34');
  });
});

describe('the missed returns', () => {
  async function missed(): Promise<HTMLElement> {
    const main = document.createElement('main');
    document.body.replaceChildren(main);
    await missedReturnsPage(main).ready;
    return main;
  }

  it('lists each with its port by name, window, reason in words, owning agency in short and case reference', async () => {
    const main = await missed();
    expect(gets).toContain('/return/missed?size=500');
    const passed = main.querySelector('li[data-case-ref="BD-MISS1-GH"]')!;
    expect(passed.querySelector('.port')!.textContent).toBe(PORTS[0].name.en);
    expect(passed.querySelector('.window')!.textContent).toBe('20 Nov 2026 – 22 Nov 2026');
    expect(passed.querySelector('.reason')!.textContent).toBe('Window passed unconfirmed');
    expect(passed.querySelector('.agency')!.textContent).toBe('agency 5e7c1f3a');
    expect(passed.querySelector('.reported-by')).toBeNull();

    const noShow = main.querySelector('li[data-case-ref="BD-MISS2-IJ"]')!;
    expect(noShow.querySelector('.reason')!.textContent).toBe('Reported as no-show by the desk');
    expect(noShow.querySelector('.reported-by')!.textContent).toContain('9b000000');
    expect(noShow.querySelector('.window')!.textContent).toBe('5 Dec 2026');
    expect(noShow.querySelector('.port')!.textContent).toBe('Benapole Land Port');
  });

  it('reads in Bangla, with Bangla digits in its days', async () => {
    await setLang('bn');
    const main = await missed();
    const noShow = main.querySelector('li[data-case-ref="BD-MISS2-IJ"]')!;
    expect(noShow.querySelector('.reason')!.textContent).toBe('ডেস্ক জানিয়েছে ব্যক্তি আসেননি');
    expect(noShow.querySelector('.port')!.textContent).toBe('বেনাপোল স্থলবন্দর');
    expect(noShow.querySelector('.window')!.textContent).not.toMatch(/[0-9]/);
  });

  it('names an agency by the first block of its id', () => {
    expect(shortId('5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e501')).toBe('5e7c1f3a');
  });
});

describe('screening again on arrival', () => {
  /** The service's answer to an arrival sent with answers: the amended screening's new outcome, its trace as asked. */
  const rescreened = (language: 'en' | 'bn'): ScreeningAnswer => ({
    id: 'scr-1', caseId: 'case-basic', caseRef: 'BD-ARR1-AB', revision: 2,
    outcome: { classification: 'POSSIBLE_TRAFFICKING_VICTIM', urgency: 'HIGH', needs: ['PSYCHOSOCIAL', 'LEGAL_AID'],
      trace: language === 'bn' ? ['প্রাপ্তবয়স্ক: বয়স ৩৪', 'প্রতারণার লক্ষণ'] : ['Adult: age 34', 'Signs of deception'] },
  });

  async function questionsOf(main: HTMLElement, ref: string): Promise<HTMLFormElement> {
    card(main, ref)!.querySelector<HTMLButtonElement>('[data-action="screen-again"]')!.click();
    return vi.waitFor(() => {
      const f = card(main, ref)!.querySelector<HTMLFormElement>('form.rescreen');
      expect(f).not.toBeNull();
      return f!;
    });
  }

  const pick = (f: HTMLFormElement, question: string, value: string) => {
    f.querySelector<HTMLInputElement>(`input[name="q-${question}"][value="${value}"]`)!.checked = true;
  };

  /** Presses "Arrived and screened" and answers the confirmation it opens. */
  async function send(f: HTMLFormElement, choice: 'confirm' | 'cancel'): Promise<string> {
    f.querySelector<HTMLButtonElement>('[data-action="arrived-screened"]')!.click();
    return answer(choice);
  }

  it('offers it beside Arrived, with the instrument\'s questions as the screening form draws them, read once for the page', async () => {
    const main = await desk();
    const first = card(main, 'BD-ARR1-AB')!;
    expect([...first.querySelectorAll('.settle .actions button')].map((b) => b.textContent))
      .toEqual(['Arrived', 'Screen again on arrival', 'Did not come']);
    const f = await questionsOf(main, 'BD-ARR1-AB');
    expect(first.querySelector('[data-action="screen-again"]')!.getAttribute('aria-expanded')).toBe('true');
    expect([...f.querySelectorAll<HTMLElement>('fieldset.question')].map((q) => q.dataset.question))
      .toEqual(INSTRUMENT.questions.map((q) => q.id));
    expect(f.querySelector('[data-question="migration-route"] legend')!.textContent).toBe('How did the person travel? *Required');
    expect(f.querySelectorAll('input[name="q-deception-at-recruitment"][type="checkbox"]')).toHaveLength(2);
    expect(f.querySelectorAll('input[name="q-appears-under-18"][type="radio"]')).toHaveLength(2);
    // nothing answered: the desk does not read the earlier answers
    expect(f.querySelector('input:checked')).toBeNull();
    expect(f.querySelector('[data-action="arrived-screened"]')!.textContent).toBe('Arrived and screened');

    await questionsOf(main, 'BD-ARR3-EF');
    expect(gets.filter((g) => g.startsWith('/instruments'))).toEqual(['/instruments', '/instruments/setu-core/versions/1']);

    await setLang('bn');
    retranslate();
    expect(f.querySelector('[data-question="migration-route"] legend')!.textContent).toContain('তিনি কীভাবে যাত্রা করেছিলেন?');
    expect(f.querySelector('[data-action="arrived-screened"]')!.textContent).toBe('এসেছেন ও স্ক্রিনিং হয়েছে');
    expect(first.querySelector('[data-action="screen-again"]')!.textContent).toBe('আগমনে আবার স্ক্রিনিং করুন');
  });

  it('sends the arrival with exactly the answers given, after asking, and shows the new outcome in the card\'s place', async () => {
    settleAnswer = () => ({ body: rescreened('en'), status: 200, etag: null });
    const main = await desk();
    const f = await questionsOf(main, 'BD-ARR1-AB');
    pick(f, 'appears-under-18', 'false');
    pick(f, 'migration-route', 'irregular');
    pick(f, 'deception-at-recruitment', 'nature-of-job');

    const question = await send(f, 'confirm');
    expect(question).toBe(`Confirm that the person of case BD-ARR1-AB arrived on ${formatDate(dhakaToday())}, and record these answers in place of those of the latest screening? This cannot be undone.`);
    // today is the service's to decide, as for a plain arrival; unanswered questions are left out
    expect(calls).toEqual([{ path: '/cases/case-basic/planned-return/arrival', method: 'POST',
      body: { answers: { 'appears-under-18': false, 'migration-route': 'irregular', 'deception-at-recruitment': ['nature-of-job'] } } }]);

    await vi.waitFor(() => expect(card(main, 'BD-ARR1-AB')).toBeNull());
    const line = main.querySelector<HTMLElement>('li.screened-again[data-settled-ref="BD-ARR1-AB"]')!;
    expect(document.activeElement).toBe(line);
    expect(line.querySelector('.notice.ok')!.textContent).toBe('Arrival confirmed and screening amended: case BD-ARR1-AB.');
    expect(line.querySelector('[data-classification]')!.textContent).toBe('Possible victim of trafficking');
    expect(line.querySelector('dd.urgency')!.textContent).toBe('High');
    expect(line.querySelector('[data-needs]')!.textContent).toBe('Psychosocial support, Legal aid');
    const trace = line.querySelector<HTMLElement>('ol.trace')!;
    expect([...trace.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Adult: age 34', 'Signs of deception']);
    expect(trace.lang).toBe('en');
    expect(line.querySelector<HTMLElement>('.trace-stays')!.hidden).toBe(true);

    // the words follow a switch; the trace, which the desk cannot read again, stays as written and says so
    await setLang('bn');
    retranslate();
    await vi.waitFor(() => expect(line.querySelector<HTMLElement>('.trace-stays')!.hidden).toBe(false));
    expect(line.querySelector('[data-classification]')!.textContent).toBe('সম্ভাব্য পাচারের শিকার');
    expect(line.querySelector('[data-needs]')!.textContent).toBe('মনোসামাজিক সহায়তা, আইনি সহায়তা');
    expect([...trace.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Adult: age 34', 'Signs of deception']);
    expect(main.querySelectorAll('li.arrival')).toHaveLength(3);
  });

  it('in Bangla, asks in Bangla and shows the trace as the service wrote it in Bangla', async () => {
    await setLang('bn');
    settleAnswer = () => ({ body: rescreened('bn'), status: 200, etag: null });
    const main = await desk();
    const f = await questionsOf(main, 'BD-ARR1-AB');
    pick(f, 'migration-route', 'regular');
    expect(await send(f, 'confirm')).toContain('সর্বশেষ স্ক্রিনিংয়ের উত্তরের জায়গায়');
    const line = await vi.waitFor(() => main.querySelector<HTMLElement>('li.screened-again')!);
    expect(line.querySelector('.notice.ok')!.textContent).toBe('আগমন নিশ্চিত হয়েছে এবং স্ক্রিনিং সংশোধিত হয়েছে: কেস BD-ARR1-AB।');
    expect(line.querySelector('dd.urgency')!.textContent).toBe('উচ্চ');
    const trace = line.querySelector<HTMLElement>('ol.trace')!;
    expect(trace.lang).toBe('bn');
    expect(trace.textContent).toContain('প্রতারণার লক্ষণ');
    expect(line.querySelector<HTMLElement>('.trace-stays')!.hidden).toBe(true);
  });

  it('sends an earlier day of arrival with the answers', async () => {
    settleAnswer = () => ({ body: rescreened('en'), status: 200, etag: null });
    const main = await desk();
    const yesterday = new Date(Date.parse(`${dhakaToday()}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    card(main, 'BD-ARR1-AB')!.querySelector<HTMLInputElement>('input[name="arrivedOn"]')!.value = yesterday;
    const f = await questionsOf(main, 'BD-ARR1-AB');
    pick(f, 'migration-route', 'internal');
    await send(f, 'confirm');
    expect(calls).toEqual([{ path: '/cases/case-basic/planned-return/arrival', method: 'POST',
      body: { arrivedOn: yesterday, answers: { 'migration-route': 'internal' } } }]);
  });

  it('asks for the required questions before anything, and sends nothing when the desk cancels', async () => {
    const main = await desk();
    const f = await questionsOf(main, 'BD-ARR1-AB');
    f.querySelector<HTMLButtonElement>('[data-action="arrived-screened"]')!.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(document.querySelector('dialog')).toBeNull();
    expect(calls).toEqual([]);
    expect(f.querySelector('.rescreen-errors .notice.error')!.textContent).toBe('Please answer: How did the person travel?');
    expect(f.querySelector('[data-question="migration-route"]')!.getAttribute('aria-invalid')).toBe('true');

    pick(f, 'migration-route', 'regular');
    await send(f, 'cancel');
    expect(calls).toEqual([]);
    expect(card(main, 'BD-ARR1-AB')).not.toBeNull();
    expect(f.querySelector('[aria-invalid]')).toBeNull();
  });

  it('shows answers the service refuses (422) in its own words by the questions, and keeps the card and the answers', async () => {
    settleAnswer = () => { throw new ApiError({ status: 422, title: 'Unprocessable Content', detail: 'the answers do not fit the instrument',
      errors: [{ field: 'answers.migration-route', message: 'is not one of the question\'s options' }] }); };
    const main = await desk();
    const f = await questionsOf(main, 'BD-ARR1-AB');
    pick(f, 'migration-route', 'irregular');
    await send(f, 'confirm');
    const refusal = await vi.waitFor(() => f.querySelector('.rescreen-errors .notice.error')!);
    expect(refusal.textContent).toBe('Unprocessable Content — the answers do not fit the instrumentanswers.migration-route is not one of the question\'s options');
    expect(refusal.querySelector('li')!.textContent).toBe('answers.migration-route is not one of the question\'s options');
    const c = card(main, 'BD-ARR1-AB')!;
    expect(c.querySelector('.arrival-message')!.textContent).toBe('');
    expect(main.querySelector('li.settled')).toBeNull();
    expect(f.querySelector<HTMLInputElement>('input[name="q-migration-route"][value="irregular"]')!.checked).toBe(true);
    expect([...c.querySelectorAll<HTMLButtonElement>('button')].every((b) => !b.disabled)).toBe(true);
  });

  it('shows a return settled meanwhile as the service says (409), as a plain arrival does', async () => {
    settleAnswer = () => { throw new ApiError({ status: 409, title: 'Conflict', detail: 'the return is already settled' }); };
    const main = await desk();
    const f = await questionsOf(main, 'BD-ARR1-AB');
    pick(f, 'migration-route', 'regular');
    await send(f, 'confirm');
    const c = card(main, 'BD-ARR1-AB')!;
    await vi.waitFor(() => expect(c.querySelector('.arrival-message .notice.error')!.textContent).toBe('the return is already settled'));
  });

  it('folds the questions away keeping the answers, and a plain Arrived still sends none', async () => {
    const main = await desk();
    const c = card(main, 'BD-ARR1-AB')!;
    const f = await questionsOf(main, 'BD-ARR1-AB');
    pick(f, 'migration-route', 'irregular');
    c.querySelector<HTMLButtonElement>('[data-action="screen-again"]')!.click();
    expect(f.hidden).toBe(true);
    expect(c.querySelector('[data-action="screen-again"]')!.getAttribute('aria-expanded')).toBe('false');
    c.querySelector<HTMLButtonElement>('[data-action="screen-again"]')!.click();
    expect(f.hidden).toBe(false);
    expect(f.querySelector<HTMLInputElement>('input[name="q-migration-route"][value="irregular"]')!.checked).toBe(true);

    await settle(main, 'BD-ARR1-AB', 'arrived', 'confirm');
    expect(calls).toEqual([{ path: '/cases/case-basic/planned-return/arrival', method: 'POST', body: {} }]);
    await vi.waitFor(() => expect(main.querySelector('li.settled:not(.screened-again)[data-settled-ref="BD-ARR1-AB"]')).not.toBeNull());
  });
});
