// The hand-over of a case (issue #19, item 5): the agency abroad hands the case of a person coming home to an agency at
// home, chosen from the directory, which accepts it (then the case is the receiving agency's, and the sending agency no
// longer sees it) or declines it with a reason; the sender, or a coordinator, may withdraw it while it waits. On the
// case page: the "Hand over" action and the case's hand-overs, its history. On its own page: the hand-overs waiting for
// my agency (incoming) and those it proposed (outgoing); a coordinator sees every one.
import { ApiError, call, get, query } from '../api';
import { hasRole, user } from '../auth';
import { h, translated, dhakaTime, clear, notice, field, translatedOption, bilingualText } from '../dom';
import { confirmAction } from '../confirm';
import { allOrganizations, agencyName, agencySelect, byId, type Organization } from '../agencies';
import { allPorts, type PortOfEntry } from '../ports';
import { portName, windowOf } from './planned-return';
import { DECLINE_REASONS, HAND_OVER_STATUSES, type CaseView, type HandOver, type Page } from '../model';

type Fail = (e: unknown) => void;

/**
 * A refusal as the service explains it: a hand-over already open, a closed case, no consent to share across the border
 * (409), or a receiving agency that is the owner itself (400). Anything else as the portal's usual error.
 */
export function refusal(e: unknown): HTMLElement {
  if (e instanceof ApiError && (e.problem.status === 409 || e.problem.status === 400) && (e.problem.detail || e.problem.title)) {
    return notice('error', translated('handOver.refused'), ' ', e.problem.detail ?? e.problem.title ?? '');
  }
  return notice('error', translated('common.error', {
    detail: e instanceof ApiError ? (e.problem.detail ?? e.problem.title ?? '') : (e as Error).message }));
}

/** Whether the signed-in user may withdraw a proposed hand-over: its sending agency's case worker, or a coordinator. */
function mayWithdraw(o: HandOver): boolean {
  return hasRole('nrm-coordinator') || (hasRole('case-worker') && o.fromAgency === user().agencyId);
}

/** The case page's part: the case's hand-overs (its history, for whoever sees the case) and the action to propose one. */
export function handOverSection(view: CaseView, status: HTMLElement, fail: Fail): { el: HTMLElement; ready: Promise<void> } {
  const message = h('div', { class: 'hand-over-message' });
  const history = h('div', { class: 'hand-over-history' });
  const action = h('div', { class: 'hand-over-action' });
  const el = h('section', { class: 'hand-over', 'data-section': 'hand-over', 'aria-labelledby': `hand-over-h-${view.id}` },
    h('h3', { id: `hand-over-h-${view.id}` }, translated('handOver.heading')), history, message, action);

  const load = async (): Promise<void> => {
    try {
      const [{ items }, orgs] = await Promise.all([
        get<{ items: HandOver[] }>('screening', `/cases/${view.id}/hand-overs`), allOrganizations()]);
      const known = byId(orgs);
      clear(history);
      history.append(items.length
        ? h('ol', { class: 'hand-over-list' }, ...items.map((o) => historyRow(o, known)))
        : h('p', { class: 'no-hand-over' }, translated('handOver.none')));
      clear(action);
      const open = items.some((o) => o.status === 'PROPOSED');
      if (view.status === 'OPEN' && !open && hasRole('case-worker', 'nrm-coordinator')) action.append(proposeForm(orgs));
    } catch (e) { fail(e); }
  };

  function historyRow(o: HandOver, known: Map<string, Organization>): HTMLElement {
    const li = h('li', { 'data-hand-over': o.id, 'data-status': o.status },
      agencyName(o.fromAgency, known), ' → ', agencyName(o.toAgency, known), ' · ',
      h('strong', { class: 'hand-over-status' }, translated(`handOver.status.${o.status}`)),
      o.declineReason ? h('span', { class: 'decline-reason' }, ' (', translated(`handOver.reason.${o.declineReason}`), ')') : null,
      ' · ', translated('handOver.proposedAt'), ' ', dhakaTime(o.proposedAt),
      o.decidedAt ? h('span', {}, ' · ', translated('handOver.decidedAt'), ' ', dhakaTime(o.decidedAt)) : null);
    if (o.status === 'PROPOSED' && mayWithdraw(o)) {
      li.append(' ', h('button', { type: 'button', class: 'secondary', 'data-action': 'withdraw-hand-over', onclick: async () => {
        if (!await confirmAction(translated('handOvers.withdrawConfirm', { ref: o.caseRef }))) return;
        clear(message);
        try {
          await call('screening', `/hand-overs/${o.id}/withdraw`, { method: 'POST' });
          status.append(notice('ok', translated('handOvers.withdrawn', { ref: o.caseRef })));
          await load();
        } catch (e) { message.append(refusal(e)); }
      } }, translated('handOvers.withdraw')));
    }
    return li;
  }

  function proposeForm(orgs: Organization[]): HTMLElement {
    // the owner cannot receive its own case; for a case worker, the owner is her agency
    const to = agencySelect(orgs, 'toAgency', [user().agencyId]);
    const form = h('form', { class: 'hand-over-form', novalidate: true },
      h('p', { class: 'hint' }, translated('handOver.hint')), field('handOver.to', to),
      h('button', { type: 'submit', class: 'primary', 'data-action': 'propose-hand-over' }, translated('handOver.propose')));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      clear(message);
      to.removeAttribute('aria-invalid');
      if (!to.value) {
        to.setAttribute('aria-invalid', 'true');
        message.append(notice('error', translated('handOver.needAgency')));
        to.focus();
        return;
      }
      const agency = bilingualText(orgs.find((o) => o.id === to.value)?.name) || to.value;
      if (!await confirmAction(translated('handOver.proposeConfirm', { ref: view.ref, agency }))) return;
      try {
        await call<HandOver>('screening', `/cases/${view.id}/hand-overs`, { method: 'POST', body: { toAgency: to.value } });
        status.append(notice('ok', translated('handOver.proposed', { ref: view.ref, agency })));
        await load();
      } catch (e) { message.append(refusal(e)); }
    });
    return h('details', { class: 'hand-over-propose' }, h('summary', {}, translated('handOver.action')), form);
  }

  return { el, ready: load() };
}

/** How many hand-overs a list asks for at once; "More" asks for the next page. */
const PAGE_SIZE = 20;

export function handOversView(main: HTMLElement): void {
  void handOversPage(main).ready;
}

type Direction = 'INCOMING' | 'OUTGOING' | null;

/** The hand-overs page; {@code ready} settles once its lists (or their refusal) are drawn. */
export function handOversPage(main: HTMLElement): { ready: Promise<void> } {
  const status = h('div', { class: 'status-area' });
  const which = h('select', { name: 'status' }, ...HAND_OVER_STATUSES.map((s) => translatedOption(s, `handOvers.showStatus.${s}`, s === 'PROPOSED')));
  which.value = 'PROPOSED';
  const form = h('form', { class: 'filters hand-over-filters' }, field('handOvers.which', which),
    h('button', { type: 'submit', 'data-action': 'show-hand-overs' }, translated('common.refresh')));
  const lists = h('div', { class: 'hand-over-lists' });
  main.append(h('h1', {}, translated('nav.handOvers')), h('p', { class: 'hint' }, translated('handOvers.intro')), form, status, lists);
  // a case worker's agency sends and receives; a coordinator sees every hand-over in one list
  const directions: Direction[] = hasRole('case-worker') ? ['INCOMING', 'OUTGOING'] : [null];

  const show = async () => {
    clear(status);
    clear(lists);
    try {
      const [orgs, ports] = await Promise.all([allOrganizations(), allPorts().catch(() => [] as PortOfEntry[])]);
      const known = byId(orgs);
      await Promise.all(directions.map(async (d) => { lists.append(await list(d, which.value, known, ports, status)); }));
      // the incoming list first, whichever answered first
      [...lists.children].sort((a, b) => order(a) - order(b)).forEach((x) => lists.append(x));
    } catch (e) { status.append(refusal(e)); }
    lists.dataset.drawn = String(Number(lists.dataset.drawn ?? '0') + 1);   // tests wait for a redraw by it
  };
  which.addEventListener('change', () => { void show(); });
  form.addEventListener('submit', (e) => { e.preventDefault(); void show(); });
  return { ready: show() };
}

function order(el: Element): number {
  return ['INCOMING', 'OUTGOING', 'ALL'].indexOf((el as HTMLElement).dataset.direction ?? 'ALL');
}

async function list(direction: Direction, state: string, known: Map<string, Organization>, ports: PortOfEntry[],
  status: HTMLElement): Promise<HTMLElement> {
  const key = direction ?? 'ALL';
  const ul = h('ul', { class: 'hand-overs' });
  const more = h('button', { type: 'button', class: 'secondary', 'data-action': 'more-hand-overs', hidden: true }, translated('handOvers.more'));
  const count = h('p', { class: 'hint count' });
  const section = h('section', { class: `hand-overs-${key.toLowerCase()}`, 'data-direction': key, 'aria-labelledby': `hand-overs-${key}-h` },
    h('h2', { id: `hand-overs-${key}-h` }, translated(`handOvers.heading.${key}`)),
    h('p', { class: 'hint' }, translated(`handOvers.about.${key}`)), count, ul, more);
  let page = 0;
  const next = async () => {
    const p = await get<Page<HandOver>>('screening', `/hand-overs${query({ direction, status: state, page, size: PAGE_SIZE })}`);
    for (const o of p.items) ul.append(card(o, direction, known, ports));
    const total = p.total ?? p.totalItems ?? p.items.length;
    const shown = ul.querySelectorAll('li.hand-over').length + ul.querySelectorAll('li.settled').length;
    if (!shown) ul.append(h('li', { class: 'nobody' }, translated('handOvers.none')));
    clear(count);
    if (total > PAGE_SIZE) count.append(translated('handOvers.shown', { shown, total }));
    more.hidden = shown >= total || p.items.length < PAGE_SIZE;
    page += 1;
  };
  more.addEventListener('click', () => { next().catch((e) => status.append(refusal(e))); });
  await next();
  return section;
}

/** One hand-over: the case, from and to whom, when, the return it waits for, and what the reader may do with it. */
export function card(o: HandOver, direction: Direction, known: Map<string, Organization>, ports: PortOfEntry[]): HTMLLIElement {
  const message = h('div', { class: 'hand-over-message' });
  const r = o.plannedReturn;
  const li = h('li', { class: 'card hand-over', 'data-hand-over': o.id, 'data-case-ref': o.caseRef, 'data-status': o.status },
    h('h3', {}, translated('common.caseRef'), ': ', o.caseRef),
    h('dl', { class: 'hand-over-facts' },
      h('dt', {}, translated('handOver.from')), h('dd', { 'data-fact': 'from' }, agencyName(o.fromAgency, known)),
      h('dt', {}, translated('handOver.to')), h('dd', { 'data-fact': 'to' }, agencyName(o.toAgency, known)),
      h('dt', {}, translated('common.status')), h('dd', { 'data-fact': 'status' }, translated(`handOver.status.${o.status}`),
        o.declineReason ? h('span', {}, ' (', translated(`handOver.reason.${o.declineReason}`), ')') : null),
      h('dt', {}, translated('handOver.proposedOn')), h('dd', {}, dhakaTime(o.proposedAt)),
      ...(o.decidedAt ? [h('dt', {}, translated('handOver.decidedOn')), h('dd', {}, dhakaTime(o.decidedAt))] : []),
      h('dt', {}, translated('plannedReturn.heading')), r
        ? h('dd', { 'data-fact': 'return' }, portName(r.portOfEntry, ports), ' · ', windowOf(r.expectedFrom, r.expectedTo),
          r.status && r.status !== 'PLANNED' ? h('span', {}, ' · ', translated(`returnStatus.${r.status}`)) : null)
        : h('dd', { 'data-fact': 'return' }, translated('plannedReturn.none'))),
    message);
  if (o.status !== 'PROPOSED') return li;

  const buttons = h('div', { class: 'actions' });
  const act = async (question: HTMLElement, path: string, body: unknown, done: string) => {
    if (!await confirmAction(question)) return;
    clear(message);
    buttons.querySelectorAll('button').forEach((b) => { b.disabled = true; });
    try {
      await call<HandOver>('screening', `/hand-overs/${o.id}/${path}`, { method: 'POST', body });
    } catch (e) {
      message.append(refusal(e));
      buttons.querySelectorAll('button').forEach((b) => { b.disabled = false; });
      return;
    }
    settled(li, o, done);
  };
  if (direction === 'INCOMING' && hasRole('case-worker')) {
    const reason = h('select', { name: 'declineReason' }, ...DECLINE_REASONS.map((x) => translatedOption(x, `handOver.reason.${x}`)));
    buttons.append(
      h('button', { type: 'button', class: 'primary', 'data-action': 'accept-hand-over', onclick: () => {
        void act(translated('handOvers.acceptConfirm', { ref: o.caseRef }), 'accept', undefined, 'handOvers.accepted');
      } }, translated('handOvers.accept')));
    li.insertBefore(h('div', { class: 'decline' }, field('handOvers.declineReason', reason),
      h('button', { type: 'button', class: 'secondary', 'data-action': 'decline-hand-over', onclick: () => {
        void act(translated('handOvers.declineConfirm', { ref: o.caseRef }), 'decline', { reason: reason.value }, 'handOvers.declined');
      } }, translated('handOvers.decline'))), message);
  }
  if (direction !== 'INCOMING' && mayWithdraw(o)) {
    buttons.append(h('button', { type: 'button', class: 'secondary', 'data-action': 'withdraw-hand-over', onclick: () => {
      void act(translated('handOvers.withdrawConfirm', { ref: o.caseRef }), 'withdraw', undefined, 'handOvers.withdrawn');
    } }, translated('handOvers.withdraw')));
  }
  if (buttons.childElementCount) li.insertBefore(buttons, li.querySelector('.decline') ?? message);
  return li;
}

/** The card gives way to a short line where it stood, which takes the focus (as on the arrivals desk). */
function settled(li: HTMLLIElement, o: HandOver, done: string): void {
  const line = h('li', { class: 'settled', 'data-settled-ref': o.caseRef, tabindex: '-1' }, notice('ok', translated(done, { ref: o.caseRef })));
  li.replaceWith(line);
  line.focus();
}
