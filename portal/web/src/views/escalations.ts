// The NRM coordinators' escalations: referrals no service was left for, a page at a time from GET /escalations (the
// longest-waiting first), filtered by the person's district, the category and how long they have waited. The server
// pages, so the list stays quick with hundreds. Each is referred again to a candidate of the ranked preview, or closed
// with a reason.
import { call, get, query } from '../api';
import { h, translated, dhakaTime, clear, notice, bilingual, bilingualOption, field, translatedOption, retranslate } from '../dom';
import { CATEGORIES, type Escalation, type Page, type Unit } from '../model';
import { rankedServices, type CandidateAction } from './matches';
import { confirmAction } from '../confirm';
import { allDistricts } from '../places';

/** How long a person has waited, in the largest units that say it. */
export function waited(since: string, now: number = Date.now()): HTMLElement {
  const minutes = Math.max(0, Math.floor((now - Date.parse(since)) / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return translated('coordinator.waitedDays', { days, hours });
  if (hours > 0) return translated('coordinator.waitedHours', { hours, minutes: minutes % 60 });
  return translated('coordinator.waitedMinutes', { minutes });
}

/** Draws the list into host; {@code ready} settles once the first page is drawn. */
export function escalationList(host: HTMLElement, status: HTMLElement, fail: (e: unknown) => void, afterChange: () => Promise<void>) {
  const filters = h('form', { class: 'filters escalation-filters' });
  const rows = h('ul', { class: 'escalations' });
  const pager = h('nav', { class: 'pager' });
  host.append(h('h2', { id: 'esc-h' }, translated('coordinator.escalations')), filters, pager, rows);
  let page = 0;
  let wanted: Record<string, string> = {};
  const district = h('select', { name: 'district' });
  const category = h('select', { name: 'category' }, translatedOption('', 'common.all'),
    ...CATEGORIES.map((c) => translatedOption(c, `category.${c}`)));
  const age = h('select', { name: 'olderThan' }, translatedOption('', 'coordinator.anyAge'),
    ...WAITS.map((w) => translatedOption(w, `coordinator.olderThan.${w}`)));
  filters.append(field('common.district', district), field('common.category', category), field('coordinator.waitedFilter', age),
    h('button', { type: 'submit' }, translated('directory.search')));
  filters.addEventListener('submit', (e) => {
    e.preventDefault();
    wanted = { district: district.value, category: category.value, olderThan: age.value };
    page = 0;
    void draw();
  });

  const names = new Map<string, Unit>();
  const draw = async () => {
    try {
      const p = await get<Page<Escalation>>('referral', `/escalations${query({ ...wanted, page, size: PAGE_SIZE })}`);
      clear(rows);
      clear(pager);
      const total = p.totalItems ?? p.items.length;
      host.dataset.drawn = String(Number(host.dataset.drawn ?? '0') + 1);   // tests wait for a redraw by it
      if (!p.items.length) rows.append(h('li', {}, translated('coordinator.noEscalations')));
      for (const x of p.items) rows.append(row(x));
      const from = total ? page * PAGE_SIZE + 1 : 0;
      pager.append(h('span', { class: 'showing' }, translated('coordinator.showing', { from, to: page * PAGE_SIZE + p.items.length, total })),
        h('button', { type: 'button', class: 'secondary', 'data-action': 'previous-page', disabled: page === 0,
          onclick: () => { page -= 1; void draw(); } }, translated('coordinator.previous')),
        h('button', { type: 'button', class: 'secondary', 'data-action': 'next-page', disabled: (page + 1) * PAGE_SIZE >= total,
          onclick: () => { page += 1; void draw(); } }, translated('coordinator.next')));
    } catch (e) { fail(e); }
  };
  const changed = async () => { await draw(); await afterChange(); };

  const row = (x: Escalation): HTMLElement => {
    const work = h('div', { class: 'escalation-work' });
    const place = x.districtId ? names.get(x.districtId) : undefined;
    return h('li', { 'data-referral': x.id, 'data-case-ref': x.caseRef },
      h('strong', {}, x.caseRef), ' · ', translated(`category.${x.category}`), ' · ', translated(`urgency.${x.urgency}`), ' · ',
      place ? bilingual(place.name) : translated('coordinator.noDistrict'), ' · ',
      h('span', { class: 'waited', title: x.escalatedAt }, waited(x.escalatedAt)), ' (', dhakaTime(x.escalatedAt), ')',
      h('span', { class: 'actions' }, h('button', { type: 'button', 'data-action': 'refer-again', onclick: async () => {
        clear(work);
        try {
          work.append(await rankedServices(x.caseId, x.category, status, changed, fail, referAgain(x)));
          retranslate(work);
        } catch (e) { fail(e); }
      } }, translated('coordinator.reassign')),
      h('button', { type: 'button', class: 'secondary', 'data-action': 'close', onclick: () => {
        clear(work);
        work.append(closeForm(x, status, changed, fail));
      } }, translated('coordinator.close'))),
      work);
  };

  const ready = allDistricts().then((all) => {
    district.append(translatedOption('', 'common.all'), ...all.map((d) => bilingualOption(d.id, d.name)));
    all.forEach((d) => names.set(d.id, d));
  }).catch(fail).then(draw);
  return { ready };
}

const PAGE_SIZE = 20;
const WAITS = ['PT4H', 'P1D', 'P3D', 'P7D'] as const;
const CLOSE_REASONS = ['SERVED_OUTSIDE_SETU', 'NO_SERVICE_EXISTS', 'PERSON_DECLINED_SERVICE', 'PERSON_UNREACHABLE', 'OTHER'] as const;

/** Refers the escalation again to the chosen candidate (coordinators only). */
function referAgain(x: Escalation): CandidateAction {
  return {
    run: (cand) => call('referral', `/referrals/${x.id}/refer-again`, { method: 'POST', body: { serviceId: cand.serviceId },
      headers: { 'If-Match': `"${x.version}"` } }).then(() => undefined),
    labelKey: 'cases.referTo', doneKey: 'coordinator.referredAgain', action: 'refer-to',
  };
}

/** Closes the escalation with a reason (a code that may travel in events) and a note (which stays in the service). */
function closeForm(x: Escalation, status: HTMLElement, changed: () => Promise<void>, fail: (e: unknown) => void): HTMLElement {
  const reason = h('select', { name: 'reason', required: true }, translatedOption('', 'screen.choose'),
    ...CLOSE_REASONS.map((r) => translatedOption(r, `coordinator.closeReason.${r}`)));
  const note = h('textarea', { name: 'note', maxlength: 2000, rows: 2 });
  const form = h('form', { class: 'close-escalation' }, field('coordinator.closeWhy', reason), field('inbox.note', note),
    h('button', { type: 'submit', class: 'danger', 'data-action': 'confirm-close' }, translated('coordinator.close')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!reason.value) { reason.focus(); return; }
    if (!await confirmAction(translated('coordinator.closeConfirm', { ref: x.caseRef }))) return;
    try {
      await call('referral', `/referrals/${x.id}/cancel`, { method: 'POST', headers: { 'If-Match': `"${x.version}"` },
        body: { reason: reason.value, note: note.value.trim() || null } });
      status.append(notice('ok', translated('coordinator.closed')));
      await changed();
    } catch (err) { fail(err); }
  });
  return form;
}
