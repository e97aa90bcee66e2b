// The arrivals desk (issue #19, item 4): a screener or case worker of an agency designated as the desk at a port of
// entry sees who is expected there in the coming days, with only what each person's consent shares, and confirms each
// arrival or reports that the person did not come. Settling is final, so each asks first. Desk staff often work from a
// phone at the gate: one card per person, large buttons. The chosen port is kept on the device (a port's code names
// nobody), so that the desk opens on its own port; the list itself is never stored.
import { ApiError, call, get, query } from '../api';
import { h, translated, clear, notice, field, translatedOption, bilingual, bilingualOption, calendarDate, localNumber } from '../dom';
import { formatDate } from '../i18n';
import { confirmAction } from '../confirm';
import { dhakaToday } from '../statistics';
import { allPorts } from '../ports';
import type { Page } from '../model';

/** What the person's consent shares with providers, as the service sends it: absent fields are not shared. */
export interface ArrivingPerson { givenName?: string; familyName?: string; age?: number; sex?: string; languages?: string[]; phone?: string }

export interface Arrival {
  caseId: string; caseRef: string; ownerAgency: string; expectedFrom: string; expectedTo: string; mode: string;
  transportRef?: string | null; verification?: string | null;
  /** null when the consent shares nothing (share level NONE), or when the case cannot be opened */
  person: ArrivingPerson | null;
  /** the case's sealed data could not be opened (its key under a master key the service lacks): no person, no transport reference */
  unreadable?: boolean;
}

export const DAYS_AHEAD = [1, 3, 7] as const;
/** The service's default, and a desk's working horizon: today, tomorrow and the day after. */
const DEFAULT_DAYS = 3;
/** How far back the service accepts an arrival's day (ArrivalPolicy.LATEST_CONFIRMATION_DAYS). */
const LATEST_CONFIRMATION_DAYS = 7;
export const PORT_KEY = 'setu.arrivals.port';

export function arrivalsView(main: HTMLElement): void {
  void arrivalsPage(main).ready;
}

/** Draws the desk into main; {@code ready} settles once the first list (or its refusal) is drawn. */
export function arrivalsPage(main: HTMLElement): { ready: Promise<void> } {
  const status = h('div', { class: 'status-area' });
  const port = h('select', { name: 'port', required: true });
  const days = h('select', { name: 'days' },
    ...DAYS_AHEAD.map((d) => translatedOption(String(d), `arrivals.ahead.d${d}`, d === DEFAULT_DAYS)));
  const form = h('form', { class: 'filters arrivals-filters' }, field('arrivals.port', port), field('arrivals.daysAhead', days),
    h('button', { type: 'submit', 'data-action': 'show-arrivals' }, translated('common.refresh')));
  const list = h('ul', { class: 'arrivals' });
  const result = h('section', { class: 'arrivals-result', 'aria-labelledby': 'arrivals-h' },
    h('h2', { id: 'arrivals-h' }, translated('arrivals.listHeading')), list);
  main.append(h('h1', {}, translated('nav.arrivals')), h('p', { class: 'hint' }, translated('arrivals.intro')), form, status, result);

  let asked = 0;
  const show = async () => {
    if (!port.value) return;   // no port to ask about: the failure to list the ports is already shown
    const mine = ++asked;
    clear(status);
    list.setAttribute('aria-busy', 'true');
    try {
      const p = await get<Page<Arrival>>('screening', `/return/arrivals${query({ port: port.value, days: days.value })}`);
      if (mine !== asked) return;   // the desk chose another port or horizon meanwhile: that answer is the one to show
      clear(list);
      for (const a of p.items) list.append(arrivalCard(a));
      if (!p.items.length) list.append(nobodyExpected());
    } catch (e) {
      if (mine !== asked) return;
      // another port's people under this port's name would mislead
      clear(list);
      status.append(refusal(e));
    } finally {
      if (mine === asked) {
        list.removeAttribute('aria-busy');
        result.dataset.drawn = String(Number(result.dataset.drawn ?? '0') + 1);   // tests wait for a redraw by it
      }
    }
  };

  port.addEventListener('change', () => { remember(port.value); void show(); });
  days.addEventListener('change', () => { void show(); });
  form.addEventListener('submit', (e) => { e.preventDefault(); void show(); });

  const ready = allPorts().then(async (ports) => {
    port.append(...ports.map((p) => bilingualOption(p.code, p.name)));
    const kept = remembered();
    port.value = kept && ports.some((p) => p.code === kept) ? kept : ports[0]?.code ?? '';
    await show();
  }).catch((e: unknown) => { status.append(refusal(e)); });
  return { ready };
}

/**
 * A refusal as the desk should read it: not being a desk at the port in the portal's own words (the service's detail
 * names the port's code only), a conflict (already settled, the window not begun) as the service explains it.
 */
export function refusal(e: unknown): HTMLElement {
  if (e instanceof ApiError && e.problem.status === 403) return notice('error', translated('arrivals.notADesk'));
  if (e instanceof ApiError && e.problem.status === 409 && e.problem.detail) return notice('error', e.problem.detail);
  return notice('error', translated('common.error', {
    detail: e instanceof ApiError ? (e.problem.detail ?? e.problem.title ?? '') : (e as Error).message }));
}

function nobodyExpected(): HTMLElement {
  return h('li', { class: 'nobody' }, translated('arrivals.none'));
}

/** One expected person: when, how, the case, what consent shares, and the two ways to settle it. */
export function arrivalCard(a: Arrival): HTMLLIElement {
  const message = h('div', { class: 'arrival-message' });
  const today = dhakaToday();
  const earliest = daysBefore(today, LATEST_CONFIRMATION_DAYS);
  const arrivedOn = h('input', { type: 'date', name: 'arrivedOn', value: today, max: today, min: earliest });
  const arrived = h('button', { type: 'button', class: 'primary', 'data-action': 'arrived' }, translated('arrivals.arrived'));
  const noShow = h('button', { type: 'button', class: 'secondary', 'data-action': 'no-show' }, translated('arrivals.noShow'));
  const card = h('li', { class: 'card arrival', 'data-case-ref': a.caseRef },
    h('h3', {}, translated('arrivals.expected'), ' ', windowOf(a.expectedFrom, a.expectedTo)),
    h('dl', { class: 'arrival-facts' },
      h('dt', {}, translated('common.caseRef')), h('dd', { 'data-fact': 'caseRef' }, a.caseRef),
      h('dt', {}, translated('arrivals.travel')), h('dd', { 'data-fact': 'travel' }, translated(`travelMode.${a.mode}`),
        a.transportRef ? ` · ${a.transportRef}` : null),
      h('dt', {}, translated('arrivals.verification')), h('dd', { 'data-fact': 'verification' },
        translated(a.verification ? `verification.${a.verification}` : 'arrivals.noVerification'))),
    a.unreadable ? unreadableNote() : consented(a.person),
    h('div', { class: 'settle' }, field('arrivals.arrivedOn', arrivedOn), h('div', { class: 'actions' }, arrived, noShow)),
    message);

  const settle = async (kind: 'arrived' | 'no-show') => {
    clear(message);
    const day = arrivedOn.value;
    if (kind === 'arrived' && day && (day > today || day < earliest)) {
      arrivedOn.setAttribute('aria-invalid', 'true');
      message.append(notice('error', translated('arrivals.badDay', { days: LATEST_CONFIRMATION_DAYS })));
      arrivedOn.focus();
      return;
    }
    arrivedOn.removeAttribute('aria-invalid');
    const question = kind === 'arrived'
      ? translated('arrivals.arrivedConfirm', { ref: a.caseRef, day: formatDate(day || today) })
      : translated('arrivals.noShowConfirm', { ref: a.caseRef });
    if (!await confirmAction(question)) return;
    arrived.disabled = true;
    noShow.disabled = true;
    try {
      if (kind === 'arrived') {
        // today is left to the service, whose clock decides what "today" is; only an earlier day is sent
        await call('screening', `/cases/${a.caseId}/planned-return/arrival`,
          { method: 'POST', body: day && day !== today ? { arrivedOn: day } : {} });
      } else {
        await call('screening', `/cases/${a.caseId}/planned-return/no-show`, { method: 'POST' });
      }
    } catch (e) {
      message.append(refusal(e));
      arrived.disabled = false;
      noShow.disabled = false;
      return;
    }
    settled(card, a, kind);
  };
  arrived.addEventListener('click', () => { void settle('arrived'); });
  noShow.addEventListener('click', () => { void settle('no-show'); });
  return card;
}

/**
 * The card gives way to a short line where it stood, which takes the focus: the pressed button is gone, and on a phone
 * a message at the top of the page would be out of sight.
 */
function settled(card: HTMLLIElement, a: Arrival, kind: 'arrived' | 'no-show'): void {
  const line = h('li', { class: 'settled', 'data-settled-ref': a.caseRef, tabindex: '-1' },
    notice('ok', translated(kind === 'arrived' ? 'arrivals.arrivedDone' : 'arrivals.noShowDone', { ref: a.caseRef })));
  const list = card.parentElement;
  card.replaceWith(line);
  line.focus();
  if (list && !list.querySelector('li.arrival')) list.append(nobodyExpected());
}

/**
 * A case whose sealed data the service could not open: nothing is known here to recognise the person, and saying that
 * consent shares nothing would be untrue. The secretariat can find out why (a key missing on the service, say).
 */
function unreadableNote(): HTMLElement {
  // not an alert: read in its place with the card, not announced for every such card as the list is drawn
  return h('section', { class: 'unreadable' }, h('p', { class: 'unreadable-note' }, h('span', { 'aria-hidden': 'true' }, '⚠ '),
    translated('arrivals.unreadable')));
}

/** What the desk may know to recognise the person: only what consent shares with providers, each field when present. */
function consented(p: ArrivingPerson | null): HTMLElement {
  const box = h('section', { class: 'consented' }, h('h4', {}, translated('arrivals.consent')));
  if (!p) {
    box.append(h('p', { class: 'no-details' }, translated('arrivals.noPersonalDetails')));
    return box;
  }
  const name = [p.givenName, p.familyName].filter(Boolean).join(' ');
  const rows: [string, Node | string, string][] = [];
  if (name) rows.push(['arrivals.name', name, 'name']);
  if (p.age !== undefined && p.age !== null) rows.push(['inbox.age', localNumber(p.age), 'age']);
  if (p.sex) rows.push(['screen.sex', translated(`sex.${p.sex}`), 'sex']);
  if (p.languages?.length) rows.push(['inbox.languages', languageNames(p.languages), 'languages']);
  if (p.phone) rows.push(['screen.phone', p.phone, 'phone']);
  if (!rows.length) {
    box.append(h('p', { class: 'no-details' }, translated('arrivals.noPersonalDetails')));
    return box;
  }
  box.append(h('dl', {}, ...rows.flatMap(([label, value, key]) => [h('dt', {}, translated(label)), h('dd', { 'data-shared': key }, value)])));
  return box;
}

/** Languages named in both languages by the browser, so that a switch rewrites them in place like every other text. */
function languageNames(codes: string[]): HTMLElement {
  const named = (l: string) => {
    const names = new Intl.DisplayNames([l], { type: 'language', fallback: 'code' });
    return codes.map((c) => names.of(c) ?? c).join(', ');
  };
  return bilingual({ en: named('en'), bn: named('bn') });
}

/** The window of the return: one day for a known flight, else from–to. */
function windowOf(from: string, to: string): HTMLElement {
  if (from === to) return calendarDate(from);
  return h('span', { class: 'window' }, calendarDate(from), ' – ', calendarDate(to));
}

function daysBefore(isoDate: string, n: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

function remembered(): string | null {
  try {
    return localStorage.getItem(PORT_KEY);
  } catch {
    return null;   // storage turned off: the desk picks its port each time
  }
}

function remember(code: string): void {
  try {
    localStorage.setItem(PORT_KEY, code);
  } catch { /* storage turned off or full: the choice holds for this visit only */ }
}
