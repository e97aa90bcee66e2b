// @vitest-environment happy-dom
// The list of follow-ups waiting, on its own: the screening API is stubbed with thirty days of several cases, so that
// the case worker's list, the coordinators' overdue list, paging and the Bangla rendering can be checked without the
// platform (the browser test of reintegration uses the real one).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n, setLang } from '../src/i18n';
import type { DueFollowUp } from '../src/views/follow-ups-due';

const requests: string[] = [];
const ALL: DueFollowUp[] = Array.from({ length: 30 }, (_, i) => ({
  caseId: `case-${i}`, caseRef: `BD-DUE${String(i).padStart(2, '0')}-XY`, dueOn: `2026-12-${String(i + 1).padStart(2, '0')}`,
  status: i < 12 ? 'OVERDUE' : 'DUE',
}));

vi.mock('../src/api', async (actual) => ({
  ...(await actual<typeof import('../src/api')>()),
  get: async (_service: string, path: string) => {
    requests.push(path);
    return (await import('./paged')).pageOf(path, ALL, { status: 'status' });
  },
}));

const { dueFollowUpList } = await import('../src/views/follow-ups-due');

async function drawn(options = {}): Promise<HTMLElement> {
  const host = document.createElement('section');
  document.body.replaceChildren(host);
  await dueFollowUpList(host, (e) => { throw e; }, options).ready;
  return host;
}

beforeEach(async () => {
  await initI18n();
  await setLang('en');
  requests.length = 0;
});

describe('the follow-ups waiting', () => {
  it('shows a case worker her days, overdue ones in words, and opens a case by its reference', async () => {
    const opened: string[] = [];
    const host = await drawn({ open: (x: DueFollowUp) => opened.push(x.caseId) });
    expect(requests[0]).toBe('/follow-ups/due?page=0&size=20');
    const rows = host.querySelectorAll('ul.due-follow-ups li');
    expect(rows).toHaveLength(20);
    expect(rows[0].getAttribute('data-status')).toBe('OVERDUE');
    expect(rows[0].querySelector('strong.day-status')!.textContent).toContain('Overdue');
    expect(rows[15].querySelector('.day-status')!.textContent).toBe('Due');
    expect(host.querySelector('.showing')!.textContent).toBe('1–20 of 30');

    host.querySelector<HTMLButtonElement>('li[data-case-ref="BD-DUE03-XY"] [data-action="open-case"]')!.click();
    expect(opened).toEqual(['case-3']);
  });

  it('asks only for the overdue days among the coordinators\' escalations, whose references are not links', async () => {
    const host = await drawn({ status: 'OVERDUE' });
    expect(new URLSearchParams(requests[0].split('?')[1]).get('status')).toBe('OVERDUE');
    expect(host.querySelectorAll('ul.due-follow-ups li[data-status="OVERDUE"]')).toHaveLength(12);
    expect(host.querySelector('[data-action="open-case"]')).toBeNull();
    expect(host.querySelector('.showing')).toBeNull();
    expect(host.querySelector('h2')!.textContent).toContain('every agency');
  });

  it('pages on to the days further ahead', async () => {
    const host = await drawn();
    host.querySelector<HTMLButtonElement>('[data-action="next-due"]')!.click();
    await vi.waitFor(() => expect(host.querySelector('.showing')!.textContent).toBe('21–30 of 30'));
    expect(requests.at(-1)).toContain('page=1');
  });

  it('writes the days and their state in Bangla, with Bangla digits', async () => {
    await setLang('bn');
    const host = await drawn({ status: 'OVERDUE' });
    const first = host.querySelector('ul.due-follow-ups li')!;
    expect(first.textContent).toContain('সময় পেরিয়ে গেছে');
    expect(first.querySelector('time')!.textContent).not.toMatch(/[0-9]/);
  });
});
