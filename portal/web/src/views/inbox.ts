// Provider staff: referrals sent to their organization, updated live; accept, decline with a reason, start,
// complete; after accepting, what the person agreed to share; referrals held for a person still abroad, as upcoming
// arrivals (no reference, nothing to answer yet); and their services' free capacity.
import { ApiError, call, get, query } from '../api';
import { h, translated, bilingual, calendarDate, dhakaTime, localNumber, clear, notice, field, translatedOption } from '../dom';
import { allPorts, type PortOfEntry } from '../ports';
import { user } from '../auth';
import type { DirectoryService, Page, Referral, SharedView } from '../model';
import { referralStream } from '../stream';
import { joinNodes } from './screener';

const ACTIVE = ['SENT', 'ACCEPTED', 'IN_PROGRESS', 'ESCALATED'];
const URGENCY_ORDER: Record<string, number> = { IMMEDIATE: 0, HIGH: 1, ROUTINE: 2 };

export function inboxView(main: HTMLElement): () => void {
  const liveState = h('p', { class: 'live', role: 'status' }, translated('common.loading'));
  const status = h('div', { class: 'status-area' });
  const list = h('div', { class: 'referrals', 'aria-live': 'polite' });
  const upcoming = h('section', { class: 'upcoming', 'aria-labelledby': 'upcoming-h' });
  const capacity = h('section', { class: 'card', 'aria-labelledby': 'capacity-h' });
  main.append(h('h1', {}, translated('inbox.heading')), liveState, status, list, upcoming, capacity);
  let ports: PortOfEntry[] = [];
  allPorts().then((p) => { ports = p; draw(); }).catch(() => { /* the port's code stands in for its name */ });
  const known = new Map<string, Referral>();

  const draw = () => {
    clear(list);
    const items = [...known.values()].filter((r) => ACTIVE.includes(r.status))
      .sort((a, b) => (URGENCY_ORDER[a.urgency] ?? 9) - (URGENCY_ORDER[b.urgency] ?? 9) || (a.dueAt ?? '').localeCompare(b.dueAt ?? ''));
    if (!items.length) list.append(h('p', {}, translated('common.nothing')));
    for (const r of items) list.append(card(r, status, refresh));
    clear(upcoming);
    const held = [...known.values()].filter((r) => r.status === 'ON_HOLD')
      .sort((a, b) => (a.arrival?.expectedFrom ?? '').localeCompare(b.arrival?.expectedFrom ?? ''));
    if (held.length) {
      upcoming.append(h('h2', { id: 'upcoming-h' }, translated('inbox.upcoming')), h('p', {}, translated('inbox.upcomingNote')));
      for (const r of held) upcoming.append(upcomingCard(r, ports));
    }
  };
  const refresh = async () => {
    try {
      const page = await get<Page<Referral>>('referral', `/referrals${query({ size: 100 })}`);
      known.clear();
      page.items.forEach((r) => known.set(r.id, r));
      draw();
    } catch (e) {
      status.append(notice('error', translated('common.error', { detail: (e as Error).message })));
    }
  };
  const live = referralStream((r) => {
    const before = known.get(r.id);
    // a version the page already has changes nothing: redrawing it would take away a note being typed, or the button
    // under the provider's pointer
    if (before && before.version >= r.version) return;
    if (!before && r.status === 'SENT') status.append(notice('info', translated('inbox.arrived', { ref: r.caseRef })));
    // the stream carries a summary: keep the explanation and history we already have
    known.set(r.id, { ...before, ...r });
    draw();
  }, (connected) => {
    clear(liveState);
    liveState.append(translated(connected ? 'common.live' : 'common.liveOff'));
    liveState.dataset.connected = String(connected);
    if (connected) void refresh();
  });
  void refresh();
  void capacityEditor(capacity);
  return () => live.stop();
}

/**
 * A referral held for a person still abroad: what the provider needs to get ready (the service, the urgency, when and
 * where the person is expected), and nothing that names the person, whose reference comes with the arrival.
 */
export function upcomingCard(r: Referral, ports: PortOfEntry[]): HTMLElement {
  const port = ports.find((p) => p.code === r.arrival?.portOfEntry);
  const window = r.arrival
    ? h('span', {}, calendarDate(r.arrival.expectedFrom), ' – ', calendarDate(r.arrival.expectedTo))
    : translated('inbox.noDateYet');
  return h('article', { class: `card upcoming-arrival urgency-${r.urgency}`, 'data-referral': r.id, 'data-status': r.status },
    h('h3', {}, translated(`category.${r.category}`)),
    h('dl', {},
      h('dt', {}, translated('common.urgency')), h('dd', {}, translated(`urgency.${r.urgency}`)),
      h('dt', {}, translated('inbox.expectedAt')), h('dd', {}, port ? bilingual(port.name) : (r.arrival?.portOfEntry ?? '—')),
      h('dt', {}, translated('inbox.expectedWhen')), h('dd', {}, window),
      ...(r.arrival?.returnStatus && r.arrival.returnStatus !== 'PLANNED'
        ? [h('dt', {}, translated('common.status')), h('dd', {}, translated(`inbox.returnStatus.${r.arrival.returnStatus}`))]
        : [])));
}

function card(r: Referral, status: HTMLElement, refresh: () => Promise<void>): HTMLElement {
  const el = h('article', { class: `card referral urgency-${r.urgency}`, 'data-referral': r.id, 'data-case-ref': r.caseRef, 'data-status': r.status },
    h('h2', {}, translated(`category.${r.category}`), ' — ', r.caseRef),
    h('dl', {},
      h('dt', {}, translated('common.status')), h('dd', { class: 'status' }, translated(`status.${r.status}`)),
      h('dt', {}, translated('common.urgency')), h('dd', { class: `urgency ${r.urgency}` }, translated(`urgency.${r.urgency}`)),
      h('dt', {}, translated('common.due')), h('dd', {}, dhakaTime(r.dueAt))),
  );
  const actions = h('div', { class: 'actions' });
  const act = async (transition: string, reason?: string, note?: string) => {
    try {
      await call('referral', `/referrals/${r.id}/${transition}`, { method: 'POST', body: { reason: reason ?? null, note: note ?? null },
        headers: { 'If-Match': `"${r.version}"` } });
      await refresh();
    } catch (e) {
      status.append(notice('error', translated('common.error', { detail: e instanceof ApiError ? (e.problem.detail ?? e.problem.title ?? '') : (e as Error).message })));
      await refresh();
    }
  };
  if (r.status === 'SENT') {
    const reason = h('select', { name: 'reason' }, ...['NO_CAPACITY', 'NOT_ELIGIBLE', 'OUT_OF_AREA', 'OTHER'].map((x) => translatedOption(x, `inbox.declineReason.${x}`)));
    const note = h('input', { name: 'note', maxlength: 500, autocomplete: 'off' });
    actions.append(
      h('button', { type: 'button', class: 'primary', 'data-action': 'accept', onclick: () => void act('accept') }, translated('inbox.accept')),
      h('details', {}, h('summary', {}, translated('inbox.decline')),
        field('inbox.reason', reason), field('inbox.note', note),
        h('button', { type: 'button', 'data-action': 'decline', onclick: () => void act('decline', reason.value, note.value || undefined) }, translated('inbox.decline'))));
  }
  if (r.status === 'ACCEPTED') {
    actions.append(h('button', { type: 'button', class: 'primary', 'data-action': 'start', onclick: () => void act('start') }, translated('inbox.start')));
  }
  if (r.status === 'IN_PROGRESS') {
    const note = h('input', { name: 'note', maxlength: 500, autocomplete: 'off' });
    actions.append(field('inbox.note', note),
      h('button', { type: 'button', class: 'primary', 'data-action': 'complete', onclick: () => void act('complete', undefined, note.value || undefined) }, translated('inbox.complete')));
  }
  el.append(actions);
  if (r.status === 'ACCEPTED' || r.status === 'IN_PROGRESS') el.append(sharedView(r.caseId));
  return el;
}

/**
 * What the person agreed to share with the provider. The screening service opens it once it has read the referral's
 * acceptance from its topic, which can be a moment after the provider clicked accept, so a refusal is asked again
 * a few times before the card says there is nothing to show.
 */
export function sharedView(caseId: string): HTMLElement {
  const box = h('section', { class: 'shared' }, h('h3', {}, translated('inbox.shared')));
  readShared(caseId, SHARED_VIEW_RETRIES_MS).then((v) => {
    const p = v.person ?? {};
    box.append(h('dl', {},
      p.givenName ? h('dt', {}, translated('screen.givenName')) : null, p.givenName ? h('dd', { 'data-shared': 'givenName' }, p.givenName) : null,
      p.age !== undefined ? h('dt', {}, translated('inbox.age')) : null, p.age !== undefined ? h('dd', { 'data-shared': 'age' }, localNumber(p.age)) : null,
      p.sex ? h('dt', {}, translated('screen.sex')) : null, p.sex ? h('dd', {}, translated(`sex.${p.sex}`)) : null,
      p.phone ? h('dt', {}, translated('screen.phone')) : null, p.phone ? h('dd', {}, p.phone) : null,
      h('dt', {}, translated('screen.needs')), h('dd', {}, ...joinNodes(v.needs.map((n) => translated(`category.${n}`)))),
    ));
  }).catch(() => box.append(h('p', {}, translated('common.nothing'))));
  return box;
}

const SHARED_VIEW_RETRIES_MS = [1_000, 2_000, 4_000, 8_000, 15_000];

async function readShared(caseId: string, waits: number[]): Promise<SharedView> {
  for (const wait of waits) {
    try {
      return await get<SharedView>('screening', `/cases/${caseId}/shared-view`);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
  return get<SharedView>('screening', `/cases/${caseId}/shared-view`);
}

async function capacityEditor(host: HTMLElement): Promise<void> {
  host.append(h('h2', { id: 'capacity-h' }, translated('inbox.capacity')));
  const org = user().agencyId;
  if (!org) return;
  try {
    const page = await get<Page<DirectoryService>>('directory', `/services${query({ organizationId: org, size: 100 })}`);
    for (const s of page.items) {
      const available = h('input', { type: 'number', min: 0, value: s.capacity?.available ?? 0, inputmode: 'numeric' });
      const total = h('input', { type: 'number', min: 0, value: s.capacity?.total ?? 0, inputmode: 'numeric' });
      const msg = h('div');
      const form = h('form', { class: 'capacity', 'data-service': s.id },
        h('h3', {}, bilingual(s.name), ' (', translated(`category.${s.category}`), ')'),
        field('inbox.available', available), field('inbox.total', total),
        h('button', { type: 'submit' }, translated('common.save')), msg);
      form.addEventListener('submit', async (ev) => {
        ev.preventDefault();
        clear(msg);
        try {
          await call('directory', `/services/${s.id}/capacity`, { method: 'PUT',
            body: { available: Number(available.value), total: Number(total.value), unit: s.capacity?.unit ?? 'BEDS' } });
          msg.append(notice('ok', translated('inbox.updated')));
        } catch (e) {
          msg.append(notice('error', translated('common.error', { detail: e instanceof ApiError ? (e.problem.detail ?? e.problem.title ?? '') : (e as Error).message })));
        }
      });
      host.append(form);
    }
  } catch (e) {
    host.append(notice('error', translated('common.error', { detail: (e as Error).message })));
  }
}
