// Case workers (and coordinators): the agency's cases with their referrals, live from the referral stream;
// approve proposed referrals, refer by hand from the ranked preview, change consent, erase a case.
import { ApiError, call, get, query } from '../api';
import { h, tx, dx, clear, notice, field, opt } from '../dom';
import { CATEGORIES, type CaseSummary, type CaseView, type Page, type Referral } from '../model';
import { rankedServices } from './matches';
import { referralStream } from '../stream';
import { confirmAction } from '../confirm';

export function casesView(main: HTMLElement): () => void {
  const liveState = h('p', { class: 'live', role: 'status' }, tx('common.loading'));
  const status = h('div', { class: 'status-area' });
  const list = h('div', { class: 'cases' });
  const detail = h('section', { class: 'card detail', 'aria-live': 'polite' });
  main.append(h('h1', {}, tx('cases.heading')), liveState, status, list, detail);
  const referrals = new Map<string, Referral>();
  let open: CaseSummary | null = null;

  const drawList = (cases: CaseSummary[]) => {
    clear(list);
    if (!cases.length) list.append(h('p', {}, tx('common.nothing')));
    const ul = h('ul', { class: 'case-list' });
    for (const c of cases) {
      const mine = [...referrals.values()].filter((r) => r.caseId === c.id);
      ul.append(h('li', { 'data-case-ref': c.ref },
        h('button', { type: 'button', class: 'link', onclick: () => { open = c; void drawDetail(); } }, c.ref),
        ' ', c.classification ? tx(`classification.${c.classification}`) : null, ' · ', dx(c.openedAt),
        h('span', { class: 'chips' }, ...mine.map((r) => h('span', { class: `chip status-${r.status}`, 'data-referral': r.id },
          tx(`category.${r.category}`), ': ', tx(`status.${r.status}`))))));
    }
    list.append(ul);
  };
  let cases: CaseSummary[] = [];
  const refresh = async () => {
    try {
      cases = (await get<Page<CaseSummary>>('screening', `/cases${query({ size: 30 })}`)).items;
      const all = (await get<Page<Referral>>('referral', `/referrals${query({ size: 100 })}`)).items;
      referrals.clear();
      all.forEach((r) => referrals.set(r.id, r));
      drawList(cases);
      if (open) await refreshRows(open);
    } catch (e) {
      status.append(notice('error', tx('common.error', { detail: (e as Error).message })));
    }
  };

  const fail = (e: unknown) => status.append(notice('error', tx('common.error', {
    detail: e instanceof ApiError ? (e.problem.detail ?? e.problem.title ?? '') : (e as Error).message })));

  function referralRow(r: Referral): HTMLElement {
    return h('li', { 'data-referral': r.id, 'data-status': r.status },
      tx(`category.${r.category}`), ': ', h('strong', {}, tx(`status.${r.status}`)), ' · ', tx(`urgency.${r.urgency}`),
      r.status === 'PROPOSED' ? h('button', { type: 'button', 'data-action': 'approve', onclick: async () => {
        try {
          await call('referral', `/referrals/${r.id}/approve`, { method: 'POST', body: {}, headers: { 'If-Match': `"${r.version}"` } });
          status.append(notice('ok', tx('cases.approved')));
          await refresh();
        } catch (e) { fail(e); }
      } }, tx('cases.approve')) : null);
  }

  /** A change from the stream updates its row in place: forms the user is filling in stay as they are. */
  function updateRow(r: Referral): void {
    const list = detail.querySelector('ul.referral-list');
    if (!list) return;
    const row = referralRow(r);
    const existing = list.querySelector(`li[data-referral="${r.id}"]`);
    if (existing) existing.replaceWith(row); else list.append(row);
  }

  /** After an action: the open case's referrals change in place, the panel is not drawn again. */
  async function refreshRows(c: CaseSummary): Promise<void> {
    const mine = (await get<{ items: Referral[] }>('referral', `/cases/${c.id}/referrals`)).items;
    for (const r of mine) {
      referrals.set(r.id, { ...referrals.get(r.id), ...r });
      updateRow(referrals.get(r.id)!);
    }
  }

  async function drawDetail(): Promise<void> {
    clear(detail);
    if (!open) return;
    const c = open;
    const view = await get<CaseView>('screening', `/cases/${c.id}`).catch(() => null);
    if (!view) { open = null; return; }
    const mine = (await get<{ items: Referral[] }>('referral', `/cases/${c.id}/referrals`)).items;
    mine.forEach((r) => referrals.set(r.id, { ...referrals.get(r.id), ...r }));
    detail.dataset.caseRef = c.ref;
    detail.append(h('h2', { tabindex: '-1' }, tx('common.caseRef'), ': ', c.ref),
      h('h3', {}, tx('cases.referrals')));
    if (!mine.length) detail.append(h('p', {}, tx('cases.noReferrals')));
    const ul = h('ul', { class: 'referral-list' });
    for (const r of mine) ul.append(referralRow(r));
    detail.append(ul, manualReferral(c, status, refresh, fail), consentEditor(view, status, refresh, fail),
      h('button', { type: 'button', class: 'danger', 'data-action': 'erase', onclick: async () => {
        if (!await confirmAction(tx('cases.eraseConfirm', { ref: c.ref }))) return;
        try {
          await call('screening', `/cases/${c.id}${query({ reason: 'PERSON_REQUEST' })}`, { method: 'DELETE' });
          status.append(notice('ok', tx('cases.erased')));
          open = null;
          clear(detail);
          await refresh();
        } catch (e) { fail(e); }
      } }, tx('cases.erase')));
    detail.querySelector<HTMLElement>('h2')?.focus();
  }

  const live = referralStream((r) => {
    const before = referrals.get(r.id);
    if (before && before.version > r.version) return;
    referrals.set(r.id, { ...before, ...r });
    drawList(cases);
    if (open && r.caseId === open.id) updateRow(referrals.get(r.id)!);
  }, (connected) => {
    clear(liveState);
    liveState.append(tx(connected ? 'common.live' : 'common.liveOff'));
    liveState.dataset.connected = String(connected);
  });
  void refresh();
  return () => live.stop();
}

function manualReferral(c: CaseSummary, status: HTMLElement, refresh: () => Promise<void>, fail: (e: unknown) => void): HTMLElement {
  const category = h('select', { name: 'category' }, ...CATEGORIES.map((x) => opt(x, `category.${x}`)));
  const results = h('div', { class: 'matches' });
  const box = h('details', { class: 'manual' }, h('summary', {}, tx('cases.manual')), field('common.category', category),
    h('button', { type: 'button', 'data-action': 'preview', onclick: async () => {
      clear(results);
      try {
        results.append(h('h4', {}, tx(`category.${category.value}`)),
          await rankedServices(c.id, category.value, status, refresh, fail));
      } catch (e) { fail(e); }
    } }, tx('cases.showRanked')), results);
  return box;
}

function consentEditor(view: CaseView, status: HTMLElement, refresh: () => Promise<void>, fail: (e: unknown) => void): HTMLElement {
  const form = h('form', { class: 'consent-edit' });
  const services = h('fieldset', {}, h('legend', {}, tx('screen.services')));
  for (const c of CATEGORIES) {
    const id = `consent-${c}`;
    services.append(h('div', { class: 'choice' }, h('input', { type: 'checkbox', id, value: c, name: 'svc', checked: view.consent.services.includes(c) }),
      h('label', { for: id }, tx(`category.${c}`))));
  }
  const share = h('select', { name: 'share' }, ...['NONE', 'BASIC', 'FULL'].map((s) => opt(s, `share.${s}`, view.consent.shareWithProviders === s)));
  form.append(services, field('screen.share', share), h('button', { type: 'submit', 'data-action': 'consent' }, tx('cases.consent')));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (!await confirmAction(tx('cases.consentConfirm', { ref: view.ref }))) return;
    try {
      await call('screening', `/cases/${view.id}/consent`, { method: 'PUT', body: {
        services: [...form.querySelectorAll<HTMLInputElement>('input[name="svc"]:checked')].map((x) => x.value), shareWithProviders: share.value } });
      status.append(notice('ok', tx('cases.consentSaved')));
      await refresh();
    } catch (e) { fail(e); }
  });
  return h('details', {}, h('summary', {}, tx('cases.consent')), form);
}
