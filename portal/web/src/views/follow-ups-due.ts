// The follow-ups waiting for a visit or a call, a page at a time from GET /follow-ups/due: a case worker's list of her
// agency's days coming up and overdue (above her cases), and every agency's overdue days among the coordinators'
// escalations (issue #20). Codes and days only: the case reference, the day of the plan, and whether it is overdue.
import { get, query } from '../api';
import { h, translated, calendarDate, clear } from '../dom';
import type { DayStatus, Page } from '../model';

export interface DueFollowUp { caseId: string; caseRef: string; dueOn: string; status: DayStatus }

export interface DueListOptions {
  /** OVERDUE for the coordinators' escalations; absent for a case worker's whole list. */
  status?: 'OVERDUE';
  /** Opens the case when its reference is pressed; without it the reference is plain text. */
  open?: (x: DueFollowUp) => void;
}

const PAGE_SIZE = 20;

/** Draws the list into host; {@code ready} settles once the first page is drawn. */
export function dueFollowUpList(host: HTMLElement, fail: (e: unknown) => void, options: DueListOptions = {}) {
  const heading = options.status === 'OVERDUE' ? 'followUpsDue.overdueHeading' : 'followUpsDue.heading';
  const rows = h('ul', { class: 'due-follow-ups' });
  const pager = h('nav', { class: 'pager' });
  host.append(h('h2', { id: 'due-h' }, translated(heading)), pager, rows);
  let page = 0;

  const row = (x: DueFollowUp): HTMLElement => h('li', { 'data-case-ref': x.caseRef, 'data-due-on': x.dueOn, 'data-status': x.status,
    class: `day ${x.status.toLowerCase()}` },
  options.open ? h('button', { type: 'button', class: 'link', 'data-action': 'open-case', onclick: () => options.open!(x) }, x.caseRef)
    : h('strong', {}, x.caseRef),
  ' · ', translated('followUpsDue.day'), ' ', calendarDate(x.dueOn), ' · ',
  // overdue in words and weight too, not only by colour
  x.status === 'OVERDUE' ? h('strong', { class: 'day-status' }, h('span', { 'aria-hidden': 'true' }, '⚠ '), translated('dayStatus.OVERDUE'))
    : h('span', { class: 'day-status' }, translated(`dayStatus.${x.status}`)));

  const draw = async () => {
    try {
      const p = await get<Page<DueFollowUp>>('screening', `/follow-ups/due${query({ status: options.status ?? '', page, size: PAGE_SIZE })}`);
      clear(rows);
      clear(pager);
      const total = p.totalItems ?? p.items.length;
      if (!p.items.length) rows.append(h('li', {}, translated('followUpsDue.none')));
      for (const x of p.items) rows.append(row(x));
      // one page needs no pager (and its empty bar would look like a rule)
      const onePage = total <= PAGE_SIZE && page === 0;
      pager.style.display = onePage ? 'none' : '';
      if (onePage) return;
      pager.append(h('span', { class: 'showing' }, translated('coordinator.showing', { from: page * PAGE_SIZE + 1, to: page * PAGE_SIZE + p.items.length, total })),
        h('button', { type: 'button', class: 'secondary', 'data-action': 'previous-due', disabled: page === 0,
          onclick: () => { page -= 1; void draw(); } }, translated('coordinator.previous')),
        h('button', { type: 'button', class: 'secondary', 'data-action': 'next-due', disabled: (page + 1) * PAGE_SIZE >= total,
          onclick: () => { page += 1; void draw(); } }, translated('coordinator.next')));
    } catch (e) { fail(e); }
  };
  return { ready: draw(), refresh: draw };
}
