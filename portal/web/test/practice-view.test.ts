// @vitest-environment happy-dom
// The practice and training screens on a stubbed screening service: the list with my assignment first and my
// progress, a case answered with the screening form's widgets, the comparison, and the trainer's assigning and tables.
// The browser tests run the same screens against the real services.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n, setLang } from '../src/i18n';
import { retranslate } from '../src/dom';
import type { Assignment, CohortProgress, PracticeCase } from '../src/model';
import { INSTRUMENT, PROGRESS, result } from './practice-fixtures';

const posted: { path: string; body: unknown }[] = [];
let refuse: { status: number; title: string; detail: string } | null = null;

const CASE: PracticeCase = { id: 'hotel-job-age-17', title: 'Sabbir, 17, and the hotel job', story: 'Sabbir comes to a help desk.',
  instrument: { code: 'setu-core', version: 1 }, age: 17, languages: ['bn'] };
const ASSIGNMENT: Assignment = { id: 'as-1', screener: 'screener', dueOn: '2026-12-31', assignedBy: 'trainer', assignedAt: '2026-12-01T04:00:00Z',
  cases: [{ id: 'hotel-job-age-17', title: 'Sabbir, 17', done: false, lastAgrees: null }] };
const COHORT: CohortProgress = { cohort: { ...PROGRESS, screener: undefined }, screeners: [PROGRESS] };

const ANSWERS: Record<string, unknown> = {
  '/practice/cases': { items: [{ id: 'malaysia-returnee-no-need', title: 'Rina and the factory', covers: ['adult', 'returnee'] },
    { id: 'hotel-job-age-17', title: CASE.title, covers: ['child', 'boundary-17', 'internal'] }], page: 0, size: 20, totalItems: 2 },
  '/practice/assignments?size=100': { items: [ASSIGNMENT], page: 0, size: 100, total: 1 },
  '/practice/progress/me': PROGRESS,
  '/practice/progress': COHORT,
  '/practice/cases/hotel-job-age-17': CASE,
  '/instruments/setu-core/versions/1': INSTRUMENT,
};

vi.mock('../src/api', async (actual) => {
  const real = await actual<typeof import('../src/api')>();
  return {
    ...real,
    get: async (_service: string, path: string) => {
      if (!(path in ANSWERS)) throw new Error(`no stub for ${path}`);
      return structuredClone(ANSWERS[path]);
    },
    call: async (_service: string, path: string, options: { body?: unknown } = {}) => {
      posted.push({ path, body: options.body });
      if (refuse) throw new real.ApiError(refuse);
      return { status: path.endsWith('/attempts') ? 200 : 201, etag: null,
        body: path.endsWith('/attempts') ? result() : { ...ASSIGNMENT, id: 'as-2' } };
    },
  };
});

const { practiceView } = await import('../src/views/practice');
const { trainerView } = await import('../src/views/trainer');
const { progressTables } = await import('../src/views/progress');

function page(): HTMLElement {
  const main = document.createElement('main');
  document.body.replaceChildren(main);
  return main;
}

const text = (root: ParentNode, selector: string) => root.querySelector(selector)?.textContent ?? '';

beforeEach(async () => {
  vi.stubGlobal('navigator', { language: 'en-GB', onLine: true });
  await initI18n();
  posted.length = 0;
  refuse = null;
});

describe('the practice list', () => {
  it('shows the case assigned to me first, with its due date and not yet done, and what each case teaches', async () => {
    const main = page();
    practiceView(main);
    await vi.waitFor(() => expect(main.querySelectorAll('.practice-list li')).toHaveLength(2));

    const first = main.querySelector<HTMLElement>('.practice-list li')!;
    expect(first.dataset.case).toBe('hotel-job-age-17');
    expect(first.dataset.assigned).toBe('to-do');
    expect(first.textContent).toContain('Assigned to you');
    expect(first.textContent).toContain('31 Dec 2026');
    expect(first.textContent).toContain('aged 17');
    expect(main.querySelector<HTMLElement>('.practice-list li:nth-child(2)')!.dataset.assigned).toBeUndefined();
  });

  it('shows my agreement with the expert overall, per aspect, per case and per month', async () => {
    const main = page();
    practiceView(main);
    await vi.waitFor(() => expect(main.querySelector('.progress-tables')).not.toBeNull());

    expect(text(main, '.overall')).toContain('7 of 12 (58 %)');
    expect(text(main, 'tr[data-aspect="classification"]')).toContain('9 of 12 (75 %)');
    expect(text(main, 'tr[data-aspect="element.EXPLOITATION"] th')).toBe('Exploitation');
    expect(text(main, 'tr[data-aspect="element.SOMETHING_NEW"] th')).toBe('Something new');
    expect(text(main, 'tr[data-case="hotel-job-age-17"]')).toContain('1 of 2 (50 %)');
    expect(text(main, 'tr[data-month-row="2026-11"] th')).toBe('November 2026');
  });
});

describe('a practice case', () => {
  async function opened(): Promise<HTMLElement> {
    const main = page();
    practiceView(main);
    await vi.waitFor(() => expect(main.querySelector('[data-case="hotel-job-age-17"] [data-action="practise"]')).not.toBeNull());
    main.querySelector<HTMLButtonElement>('[data-case="hotel-job-age-17"] [data-action="practise"]')!.click();
    await vi.waitFor(() => expect(main.querySelector('form.practice-form')).not.toBeNull());
    return main;
  }

  it('tells the story and asks the instrument\'s questions with the screening form\'s widgets', async () => {
    const main = await opened();

    expect(text(main, '.story')).toBe(CASE.story);
    expect(text(main, '.facts')).toContain('17 years');
    expect(main.querySelectorAll('input[type="radio"][name="q-migration-route"]')).toHaveLength(3);
    expect(main.querySelectorAll('input[type="checkbox"][name="q-deception-at-recruitment"]')).toHaveLength(2);
    expect(main.querySelector('input[name="givenName"]')).toBeNull();   // a fictional person: no personal details are asked
  });

  it('sends only the answers and shows the expert\'s reading beside mine, question by question', async () => {
    const main = await opened();
    main.querySelector<HTMLInputElement>('input[name="q-migration-route"][value="irregular"]')!.checked = true;
    main.querySelector<HTMLInputElement>('input[name="q-deception-at-recruitment"][value="wages"]')!.checked = true;
    main.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await vi.waitFor(() => expect(main.querySelector('section.practice-result')).not.toBeNull());

    expect(posted).toEqual([{ path: '/practice/cases/hotel-job-age-17/attempts',
      body: { answers: { 'migration-route': 'irregular', 'deception-at-recruitment': ['wages'] } } }]);
    const classification = main.querySelector<HTMLElement>('tr[data-aspect="classification"]')!;
    expect(classification.dataset.agrees).toBe('false');
    expect(classification.textContent).toContain('Presumed victim of trafficking');
    expect(classification.textContent).toContain('Possible victim of trafficking');
    expect(text(main, 'tr[data-aspect="needs"]')).toMatch(/You missed:.*Child protection/);
    expect(text(main, 'tr[data-aspect="needs"]')).toMatch(/You added:.*Shelter/);
    expect(main.querySelector<HTMLElement>('tr[data-element="EXPLOITATION"]')!.dataset.agrees).toBe('true');
    const deception = main.querySelector('.differences [data-question="deception-at-recruitment"]')!;
    expect(text(deception, '.missed [data-indicator="ILO-DR-01"]')).toBe('Deceived about the nature of the job ILO-DR-01');
    expect(text(deception, '.note')).toContain('Receptionist promised');
    expect(text(main, '.differences [data-question="migration-route"] .over-read')).toContain('Irregularly');
    expect(main.querySelectorAll('details.same [data-question]')).toHaveLength(1);
  });

  it('may be tried again, and leads back to the list', async () => {
    const main = await opened();
    main.querySelector<HTMLInputElement>('input[name="q-migration-route"][value="internal"]')!.checked = true;
    main.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await vi.waitFor(() => expect(main.querySelector('[data-action="try-again"]')).not.toBeNull());

    main.querySelector<HTMLButtonElement>('[data-action="try-again"]')!.click();
    await vi.waitFor(() => expect(main.querySelector('form.practice-form')).not.toBeNull());
    expect(main.querySelector<HTMLInputElement>('input[name="q-migration-route"]:checked')).toBeNull();
    main.querySelector<HTMLButtonElement>('[data-action="back-to-list"]')!.click();
    await vi.waitFor(() => expect(main.querySelectorAll('.practice-list li')).toHaveLength(2));
  });

  it('names a required question left open and sends nothing', async () => {
    const main = await opened();
    main.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));

    expect(text(main, '#practice-errors [role="alert"]')).toContain('How did the person travel?');
    expect(main.querySelector('[data-question="migration-route"]')!.getAttribute('aria-invalid')).toBe('true');
    expect(posted).toEqual([]);
  });

  it('shows the service\'s refusal of answers that do not fit the instrument', async () => {
    const main = await opened();
    refuse = { status: 422, title: 'Answers do not fit the instrument', detail: 'migration-route: no such option' };
    main.querySelector<HTMLInputElement>('input[name="q-migration-route"][value="internal"]')!.checked = true;
    main.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));

    await vi.waitFor(() => expect(text(main, '#practice-errors')).toContain('no such option'));
    expect(main.querySelector('form.practice-form')).not.toBeNull();
  });
});

describe('progress in Bangla', () => {
  it('is written with Bangla digits and month names, and follows a switch in place', async () => {
    const tables = progressTables(PROGRESS);
    expect(text(tables, '.overall')).toContain('7 of 12 (58 %)');

    await setLang('bn');
    retranslate(tables);

    expect(text(tables, '.overall')).toContain('১২টির মধ্যে ৭টি (৫৮ %)');
    expect(text(tables, 'tr[data-month-row="2026-12"] th')).toBe('ডিসেম্বর ২০২৬');
    expect(text(tables, 'tr[data-aspect="classification"] th')).toBe('ফলাফল');
    expect(text(tables, 'tr[data-aspect="classification"] td')).toBe('১২');
    // every number the portal writes (the case titles are the service's text, in the language they were asked in)
    expect([...tables.querySelectorAll('td, .overall')].map((c) => c.textContent).join(' ')).not.toMatch(/[0-9]/);
  });
});

describe('the trainer\'s view', () => {
  it('assigns the ticked cases to a screener with a due date', async () => {
    const main = page();
    trainerView(main);
    await vi.waitFor(() => expect(main.querySelectorAll('form.assign input[name="case"]')).toHaveLength(2));
    main.querySelector<HTMLInputElement>('input[name="screener"]')!.value = 'screener';
    main.querySelector<HTMLInputElement>('input[name="case"][value="hotel-job-age-17"]')!.checked = true;
    main.querySelector<HTMLInputElement>('input[name="dueOn"]')!.value = '2026-12-31';
    main.querySelector('form.assign')!.dispatchEvent(new Event('submit', { cancelable: true }));

    await vi.waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({ path: '/practice/assignments', body: { screener: 'screener', cases: ['hotel-job-age-17'], dueOn: '2026-12-31' } });
    await vi.waitFor(() => expect(text(main, '.notice.ok')).toBe('1 case(s) assigned to screener.'));
  });

  it('asks for a screener and a case before sending', async () => {
    const main = page();
    trainerView(main);
    await vi.waitFor(() => expect(main.querySelector('form.assign')).not.toBeNull());
    main.querySelector('form.assign')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(text(main, '#assign-errors')).toBe('Give the screener\'s user name.');
    main.querySelector<HTMLInputElement>('input[name="screener"]')!.value = 'screener';
    main.querySelector('form.assign')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(text(main, '#assign-errors')).toBe('Tick at least one case.');
    expect(posted).toEqual([]);
  });

  it('shows the agency\'s assignments with each case done or not, the cohort and each screener', async () => {
    const main = page();
    trainerView(main);
    await vi.waitFor(() => expect(main.querySelector('.cohort .progress-tables')).not.toBeNull());
    await vi.waitFor(() => expect(main.querySelector('tr[data-assignment="as-1"]')).not.toBeNull());

    const row = main.querySelector('tr[data-assignment="as-1"]')!;
    expect(row.querySelector<HTMLElement>('li[data-case="hotel-job-age-17"]')!.dataset.done).toBe('false');
    expect(row.textContent).toContain('31 Dec 2026');
    expect(text(main, '.cohort .overall')).toContain('7 of 12 (58 %)');
    expect(text(main, 'details.screener-progress[data-screener="screener"] summary')).toBe('screener: 7 of 12 (58 %)');
  });
});
