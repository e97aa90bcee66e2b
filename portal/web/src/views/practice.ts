// Practice for the roles that screen: fictional cases to answer with the real instrument, those a trainer assigned me
// first, and how often my reading has agreed with the expert's. Cases are chosen in memory, never by the address.
import { get, query } from '../api';
import { h, translated, clear, calendarDate, onLanguageChange, retranslate } from '../dom';
import type { Assignment, Page, PracticeSummary, Progress } from '../model';
import { assignedFirst, type ListRow } from '../practice';
import { progressTables } from './progress';
import { practiseCase } from './practice-session';
import { failure } from './failure';

export function practiceView(main: HTMLElement): void {
  const status = h('div', { class: 'status-area' });
  const host = h('div', { class: 'practice' });
  main.append(h('h1', {}, translated('practice.heading')), h('p', { class: 'hint' }, translated('practice.intro')), status, host);
  const list = () => { clear(status); void showList(host, status, open); };
  const open = (id: string) => { clear(status); practiseCase(host, status, id, list); };
  list();
}

async function showList(host: HTMLElement, status: HTMLElement, open: (id: string) => void): Promise<void> {
  clear(host);
  const cases = h('section', { class: 'card', 'aria-labelledby': 'practice-cases-h' });
  const progress = h('section', { class: 'card', 'aria-labelledby': 'practice-progress-h' });
  host.append(cases, progress);
  // titles and progress labels are written by the service in the language asked for: read them again on a switch
  const draw = () => { void drawCases(cases, status, open); void drawProgress(progress); };
  onLanguageChange(cases, draw);
  draw();
}

async function drawCases(host: HTMLElement, status: HTMLElement, open: (id: string) => void): Promise<void> {
  try {
    const [page, assignments] = await Promise.all([
      get<Page<PracticeSummary>>('screening', '/practice/cases'),
      // assignments are optional: without them (none yet, or an older service) every case is simply listed
      get<Page<Assignment>>('screening', `/practice/assignments${query({ size: 100 })}`).catch(() => ({ items: [] as Assignment[] })),
    ]);
    clear(host);
    host.append(h('h2', { id: 'practice-cases-h' }, translated('practice.cases')),
      h('ul', { class: 'practice-list' }, ...assignedFirst(page.items, assignments.items).map((r) => caseRow(r, open))));
    retranslate(host);
  } catch (e) { failure(status)(e); }
}

function caseRow(r: ListRow, open: (id: string) => void): HTMLLIElement {
  const a = r.assigned;
  return h('li', { 'data-case': r.summary.id, 'data-assigned': a ? String(a.done ? 'done' : 'to-do') : null },
    h('div', {}, h('strong', {}, r.summary.title), ' ',
      a ? h('span', { class: `chip assigned ${a.done ? 'done' : 'to-do'}` }, translated(a.done ? 'practice.assignedDone' : 'practice.assignedToDo')) : null,
      a?.dueOn ? h('span', { class: 'hint' }, ' ', translated('practice.dueOn'), ' ', calendarDate(a.dueOn)) : null),
    h('div', { class: 'hint' }, translated('practice.teaches'), ' ', ...r.summary.covers.map((c) => h('span', { class: 'chip' }, topic(c)))),
    h('button', { type: 'button', class: 'primary', 'data-action': 'practise', onclick: () => open(r.summary.id) }, translated('practice.practise')));
}

const TOPICS = ['adult', 'child', 'boundary-17', 'boundary-18', 'internal', 'smuggling-only', 'smuggled-and-trafficked', 'debt-bondage',
  'forced-marriage', 'forced-begging', 'gulf', 'gulf-domestic-work', 'domestic-work', 'fishing', 'brick-kiln', 'cross-border-india',
  'cox-s-bazar', 'crisis-abroad', 'interpretation', 'returnee', 'unknown-age', 'not-enough-to-say'];

/** A topic a case teaches, in words; a topic added to the cases later shows by its code until it is translated. */
function topic(code: string): Node {
  return TOPICS.includes(code) ? translated(`topic.${code}`) : document.createTextNode(code);
}

async function drawProgress(host: HTMLElement): Promise<void> {
  try {
    const mine = await get<Progress>('screening', '/practice/progress/me');
    clear(host);
    host.append(h('h2', { id: 'practice-progress-h' }, translated('practice.myProgress')), progressTables(mine));
  } catch {
    clear(host);
    host.append(h('h2', { id: 'practice-progress-h' }, translated('practice.myProgress')), h('p', {}, translated('practice.noProgress')));
  }
}
