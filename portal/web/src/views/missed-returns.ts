// Missed returns for the NRM coordinators (issue #19, item 4): a planned return the desk reported as a no-show, or
// whose window passed with no arrival confirmed. The coordinators ask the owning agency what happened, so each row says
// which agency and which case, where and when the person was expected, and why the return counts as missed. Codes and
// days only: nothing of the person.
import { ApiError, get, query } from '../api';
import { h, translated, clear, notice, bilingual, calendarDate, dhakaTime } from '../dom';
import { allPorts, type PortOfEntry } from '../ports';
import type { Page } from '../model';

export interface MissedReturn {
  caseId: string; caseRef: string; ownerAgency: string; portOfEntry: string; expectedFrom: string; expectedTo: string;
  reason: 'NO_SHOW' | 'NOT_CONFIRMED' | string;
  /** the desk's agency for a no-show; none when the window passed */
  reportedBy?: string | null;
  missedAt: string;
}

/** The most the service gives at once: the longest missed come first, so a fresh one is at the end. */
const MOST = 500;

export function missedReturnsView(main: HTMLElement): void {
  void missedReturnsPage(main).ready;
}

/** Draws the list into main; {@code ready} settles once it is drawn (or its failure shown). */
export function missedReturnsPage(main: HTMLElement): { ready: Promise<void> } {
  const status = h('div', { class: 'status-area' });
  const list = h('ul', { class: 'missed-returns' });
  main.append(h('h1', {}, translated('nav.missedReturns')), h('p', { class: 'hint' }, translated('missedReturns.intro')), status,
    h('section', { class: 'card', 'aria-labelledby': 'missed-h' }, h('h2', { id: 'missed-h' }, translated('missedReturns.heading')), list));
  const ready = Promise.all([get<Page<MissedReturn>>('screening', `/return/missed${query({ size: MOST })}`), allPorts()])
    .then(([missed, ports]) => {
      clear(list);
      const byCode = new Map(ports.map((p) => [p.code, p]));
      for (const m of missed.items) list.append(row(m, byCode.get(m.portOfEntry)));
      if (!missed.items.length) list.append(h('li', {}, translated('missedReturns.none')));
    })
    .catch((e: unknown) => status.append(notice('error', translated('common.error', {
      detail: e instanceof ApiError ? (e.problem.detail ?? e.problem.title ?? '') : (e as Error).message }))));
  return { ready };
}

function row(m: MissedReturn, port: PortOfEntry | undefined): HTMLElement {
  return h('li', { 'data-case-ref': m.caseRef, 'data-reason': m.reason },
    h('strong', {}, m.caseRef), ' · ',
    // a port no longer in the list is still named by its code
    h('span', { class: 'port' }, port ? bilingual(port.name) : m.portOfEntry), ' · ',
    h('span', { class: 'window' }, calendarDate(m.expectedFrom), m.expectedTo !== m.expectedFrom ? ' – ' : null,
      m.expectedTo !== m.expectedFrom ? calendarDate(m.expectedTo) : null), ' · ',
    h('strong', { class: 'reason' }, translated(`missedReason.${m.reason}`)),
    m.reportedBy ? h('span', { class: 'reported-by' }, ' (', translated('missedReturns.reportedBy', { id: shortId(m.reportedBy) }), ')') : null,
    ' · ',
    h('span', { class: 'agency', title: m.ownerAgency }, translated('missedReturns.agency', { id: shortId(m.ownerAgency) })), ' · ',
    translated('missedReturns.missedAt'), ' ', dhakaTime(m.missedAt));
}

/** An agency by the first block of its id: no API names agencies, and the full id is in the title for copying. */
export function shortId(id: string): string {
  return id.split('-')[0];
}
