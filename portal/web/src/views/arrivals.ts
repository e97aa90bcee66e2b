// The arrivals desk (issue #19, item 4): a screener or case worker of an agency designated as the desk at a port of
// entry sees who is expected there in the coming days, with only what each person's consent shares, and confirms each
// arrival or reports that the person did not come. With the arrival the desk may screen the person again on the spot:
// the instrument's questions as the screening form draws them, sent with the arrival as an amendment of the case's
// latest screening, and the new outcome shown in the card's place. Settling is final, so each asks first. Desk staff
// often work from a phone at the gate: one card per person, large buttons. The chosen port is kept on the device (a port's code names
// nobody), so that the desk opens on its own port; the list itself is never stored.
import { ApiError, call, get, query } from '../api';
import { h, translated, clear, notice, field, translatedOption, bilingual, bilingualOption, calendarDate, localNumber, onLanguageChange, uid } from '../dom';
import { formatDate, lang, t } from '../i18n';
import { confirmAction } from '../confirm';
import { dhakaToday } from '../statistics';
import { allPorts } from '../ports';
import { answers, latestInstrument, questionControl, refusedAnswers, unansweredRequired } from '../questions';
import { outcomeFacts } from './screener';
import type { Instrument, Page, ScreeningAnswer } from '../model';

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

  // read once, when a desk first screens someone again on this page, and shared by every card
  let instrument: Promise<Instrument> | undefined;
  const theInstrument = () => (instrument ??= latestInstrument().catch((e: unknown) => { instrument = undefined; throw e; }));

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
      for (const a of p.items) list.append(arrivalCard(a, theInstrument));
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
  return failed(e);
}

function failed(e: unknown): HTMLElement {
  return notice('error', translated('common.error', {
    detail: e instanceof ApiError ? (e.problem.detail ?? e.problem.title ?? '') : (e as Error).message }));
}

function nobodyExpected(): HTMLElement {
  return h('li', { class: 'nobody' }, translated('arrivals.none'));
}

type Settlement = 'arrived' | 'screened' | 'no-show';

/**
 * One expected person: when, how, the case, what consent shares, and the ways to settle it: arrived, arrived and
 * screened again (not for a case the service cannot open, whose screening it could not amend either), or did not come.
 */
export function arrivalCard(a: Arrival, instrument: () => Promise<Instrument> = latestInstrument): HTMLLIElement {
  const message = h('div', { class: 'arrival-message' });
  const today = dhakaToday();
  const earliest = daysBefore(today, LATEST_CONFIRMATION_DAYS);
  const arrivedOn = h('input', { type: 'date', name: 'arrivedOn', value: today, max: today, min: earliest });
  const arrived = h('button', { type: 'button', class: 'primary', 'data-action': 'arrived' }, translated('arrivals.arrived'));
  const noShow = h('button', { type: 'button', class: 'secondary', 'data-action': 'no-show' }, translated('arrivals.noShow'));
  const again = a.unreadable ? null : h('button', { type: 'button', class: 'secondary', 'data-action': 'screen-again',
    'aria-expanded': 'false' }, translated('arrivals.screenAgain'));
  const questions = h('div', { class: 'rescreen-host' });
  let rescreen: { form: HTMLFormElement; instrument: Instrument; errors: HTMLElement; send: HTMLButtonElement } | undefined;
  const card = h('li', { class: 'card arrival', 'data-case-ref': a.caseRef },
    h('h3', {}, translated('arrivals.expected'), ' ', windowOf(a.expectedFrom, a.expectedTo)),
    h('dl', { class: 'arrival-facts' },
      h('dt', {}, translated('common.caseRef')), h('dd', { 'data-fact': 'caseRef' }, a.caseRef),
      h('dt', {}, translated('arrivals.travel')), h('dd', { 'data-fact': 'travel' }, translated(`travelMode.${a.mode}`),
        a.transportRef ? ` · ${a.transportRef}` : null),
      h('dt', {}, translated('arrivals.verification')), h('dd', { 'data-fact': 'verification' },
        translated(a.verification ? `verification.${a.verification}` : 'arrivals.noVerification'))),
    a.unreadable ? unreadableNote() : consented(a.person),
    h('div', { class: 'settle' }, field('arrivals.arrivedOn', arrivedOn), h('div', { class: 'actions' }, arrived, again, noShow)),
    questions, message);
  const buttons = () => [arrived, noShow, again, rescreen?.send].filter((b): b is HTMLButtonElement => !!b);

  const settle = async (kind: Settlement) => {
    clear(message);
    if (rescreen) clear(rescreen.errors);
    const day = arrivedOn.value;
    if (kind !== 'no-show' && day && (day > today || day < earliest)) {
      arrivedOn.setAttribute('aria-invalid', 'true');
      message.append(notice('error', translated('arrivals.badDay', { days: LATEST_CONFIRMATION_DAYS })));
      arrivedOn.focus();
      return;
    }
    arrivedOn.removeAttribute('aria-invalid');
    if (kind === 'screened' && rescreen) {
      rescreen.form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
      const missing = unansweredRequired(rescreen.form, rescreen.instrument);
      if (missing.length) {
        rescreen.errors.append(notice('error', t('screen.missing', { fields: missing.map((m) => m.label).join('; ') })));
        missing[0].el.focus();
        return;
      }
    }
    const when = { ref: a.caseRef, day: formatDate(day || today) };
    const question = kind === 'no-show' ? translated('arrivals.noShowConfirm', { ref: a.caseRef })
      : translated(kind === 'screened' ? 'arrivals.screenedConfirm' : 'arrivals.arrivedConfirm', when);
    if (!await confirmAction(question)) return;
    buttons().forEach((b) => { b.disabled = true; });
    // the trace comes in the language asked for (Accept-Language), the one the desk reads now
    const askedIn = lang();
    let outcome: ScreeningAnswer | null = null;
    try {
      if (kind === 'no-show') {
        await call('screening', `/cases/${a.caseId}/planned-return/no-show`, { method: 'POST' });
      } else {
        // today is left to the service, whose clock decides what "today" is; only an earlier day is sent
        const body: Record<string, unknown> = day && day !== today ? { arrivedOn: day } : {};
        if (kind === 'screened' && rescreen) body.answers = answers(rescreen.form, rescreen.instrument);
        const r = await call<ScreeningAnswer | null>('screening', `/cases/${a.caseId}/planned-return/arrival`, { method: 'POST', body });
        outcome = r.body;
      }
    } catch (e) {
      // answers the instrument refuses are shown by the questions, in the service's words; the arrival is not settled
      if (kind === 'screened' && rescreen && e instanceof ApiError && e.problem.status === 422) rescreen.errors.append(refusedAnswers(e.problem));
      else message.append(refusal(e));
      buttons().forEach((b) => { b.disabled = false; });
      return;
    }
    if (outcome) screenedAgain(card, a, outcome, askedIn);
    else settled(card, a, kind === 'no-show' ? 'no-show' : 'arrived');
  };

  /** Opens the instrument's questions under the card (read once for the page), or folds them away, keeping the answers. */
  const toggleQuestions = async () => {
    if (!again) return;
    if (rescreen) {
      const open = rescreen.form.hidden;
      rescreen.form.hidden = !open;
      again.setAttribute('aria-expanded', String(open));
      if (open) rescreen.form.querySelector<HTMLElement>('h4')?.focus();
      return;
    }
    clear(message);
    again.disabled = true;
    try {
      const read = await instrument();
      rescreen = questionsForm(read, a.caseRef);
      rescreen.form.addEventListener('submit', (ev) => { ev.preventDefault(); void settle('screened'); });
      questions.append(rescreen.form);
      again.setAttribute('aria-expanded', 'true');
      rescreen.form.querySelector<HTMLElement>('h4')?.focus();
    } catch (e) {
      message.append(failed(e));   // not the desk's refusals: the questions could not be read (offline, say)
    } finally {
      again.disabled = false;
    }
  };
  arrived.addEventListener('click', () => { void settle('arrived'); });
  noShow.addEventListener('click', () => { void settle('no-show'); });
  again?.addEventListener('click', () => { void toggleQuestions(); });
  return card;
}

/**
 * The instrument's questions as the screening form draws them, all unanswered: the desk does not read the earlier
 * answers, and what the person says on arrival replaces them.
 */
function questionsForm(instrument: Instrument, caseRef: string) {
  const heading = uid('rescreen');
  const errors = h('div', { class: 'rescreen-errors' });
  const send = h('button', { type: 'submit', class: 'primary', 'data-action': 'arrived-screened' }, translated('arrivals.arrivedScreened'));
  const form = h('form', { class: 'rescreen', novalidate: true, 'aria-labelledby': heading, 'data-case-ref': caseRef },
    h('h4', { id: heading, tabindex: '-1' }, translated('arrivals.rescreenHeading')),
    h('p', { class: 'hint' }, translated('arrivals.rescreenHint')),
    h('p', { class: 'instrument' }, bilingual(instrument.title)),
    ...instrument.questions.map(questionControl),
    errors,
    h('div', { class: 'actions' }, send)) as HTMLFormElement;
  return { form, instrument, errors, send };
}

/**
 * The person arrived and was screened again: the card gives way to the new outcome (classification, urgency, needs
 * and the trace), which takes the focus. The desk may not read the screening, so the trace cannot be read again in
 * another language: after a switch it stays as it came, in the language it is marked with, and says so.
 */
function screenedAgain(card: HTMLLIElement, a: Arrival, answer: ScreeningAnswer, writtenIn: string): void {
  const stays = h('p', { class: 'hint trace-stays', hidden: true }, translated('arrivals.traceStays'));
  const line = h('li', { class: 'settled screened-again', 'data-settled-ref': a.caseRef, tabindex: '-1' },
    notice('ok', translated('arrivals.screenedDone', { ref: a.caseRef })),
    h('section', { class: 'card result', 'data-case-ref': answer.caseRef },
      h('h3', {}, translated('arrivals.newOutcome')),
      outcomeFacts(answer.outcome),
      h('h4', {}, translated('screen.trace')),
      h('ol', { class: 'trace', lang: writtenIn }, ...answer.outcome.trace.map((step) => h('li', {}, step))),
      stays));
  giveWay(card, line);
  onLanguageChange(line, () => { stays.hidden = lang() === writtenIn; });
}

/**
 * The card gives way to a short line where it stood, which takes the focus: the pressed button is gone, and on a phone
 * a message at the top of the page would be out of sight.
 */
function settled(card: HTMLLIElement, a: Arrival, kind: 'arrived' | 'no-show'): void {
  giveWay(card, h('li', { class: 'settled', 'data-settled-ref': a.caseRef, tabindex: '-1' },
    notice('ok', translated(kind === 'arrived' ? 'arrivals.arrivedDone' : 'arrivals.noShowDone', { ref: a.caseRef }))));
}

function giveWay(card: HTMLLIElement, line: HTMLLIElement): void {
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
