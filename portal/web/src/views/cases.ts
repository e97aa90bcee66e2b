// Case workers (and coordinators): the agency's cases with their referrals, live from the referral stream;
// approve proposed referrals, refer by hand from the ranked preview, change consent, plan a return from abroad and hand
// the case over, plan and follow up a returnee's reintegration, close or erase a case.
import { ApiError, call, get, query } from '../api';
import { h, translated, dhakaTime, clear, notice, field, translatedOption, retranslate } from '../dom';
import { CATEGORIES, CLOSURE_REASONS, type CaseSummary, type CaseView, type Page, type Referral } from '../model';
import { rankedServices, whyThisService, type CandidateAction } from './matches';
import { referralStream } from '../stream';
import { confirmAction } from '../confirm';
import { reintegration } from './reintegration';
import { dueFollowUpList } from './follow-ups-due';
import { hasRole } from '../auth';
import { plannedReturn } from './planned-return';
import { handOverSection } from './hand-overs';

export function casesView(main: HTMLElement): () => void {
  const liveState = h('p', { class: 'live', role: 'status' }, translated('common.loading'));
  const status = h('div', { class: 'status-area' });
  const list = h('div', { class: 'cases' });
  const detail = h('section', { class: 'card detail', 'aria-live': 'polite' });
  const due = h('section', { class: 'card due', 'aria-labelledby': 'due-h' });
  main.append(h('h1', {}, translated('cases.heading')), liveState, status, ...(hasRole('case-worker') ? [due] : []), list, detail);
  const referrals = new Map<string, Referral>();
  let open: CaseSummary | null = null;

  const drawList = (cases: CaseSummary[]) => {
    clear(list);
    if (!cases.length) list.append(h('p', {}, translated('common.nothing')));
    const ul = h('ul', { class: 'case-list' });
    for (const c of cases) {
      const mine = [...referrals.values()].filter((r) => r.caseId === c.id);
      ul.append(h('li', { 'data-case-ref': c.ref },
        h('button', { type: 'button', class: 'link', onclick: () => { open = c; void drawDetail(); } }, c.ref),
        ' ', c.classification ? translated(`classification.${c.classification}`) : null, ' · ', dhakaTime(c.openedAt),
        h('span', { class: 'chips' }, ...mine.map((r) => h('span', { class: `chip status-${r.status}`, 'data-referral': r.id },
          translated(`category.${r.category}`), ': ', translated(`status.${r.status}`))))));
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
      status.append(notice('error', translated('common.error', { detail: (e as Error).message })));
    }
  };

  const fail = (e: unknown) => status.append(notice('error', translated('common.error', {
    detail: e instanceof ApiError ? (e.problem.detail ?? e.problem.title ?? '') : (e as Error).message })));

  function referralRow(r: Referral): HTMLElement {
    const others = h('div', { class: 'other-candidates' });
    return h('li', { 'data-referral': r.id, 'data-status': r.status },
      translated(`category.${r.category}`), ': ', h('strong', {}, translated(`status.${r.status}`)), ' · ', translated(`urgency.${r.urgency}`),
      r.status === 'PROPOSED' ? h('button', { type: 'button', 'data-action': 'approve', onclick: async () => {
        try {
          await call('referral', `/referrals/${r.id}/approve`, { method: 'POST', body: {}, headers: { 'If-Match': `"${r.version}"` } });
          status.append(notice('ok', translated('cases.approved')));
          await refresh();
        } catch (e) { fail(e); }
      } }, translated('cases.approve')) : null,
      // the proposal is the best-ranked service; the case worker may know better (a closer shelter, a language)
      r.status === 'PROPOSED' ? h('button', { type: 'button', class: 'secondary', 'data-action': 'choose-other', onclick: async () => {
        clear(others);
        try {
          others.append(await rankedServices(r.caseId, r.category, status, refresh, fail, approveWith(r)));
          retranslate(others);
        } catch (e) { fail(e); }
      } }, translated('cases.chooseOther')) : null,
      r.explanation?.length ? whyThisService(r.explanation) : null,
      others);
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
    detail.append(h('h2', { tabindex: '-1' }, translated('common.caseRef'), ': ', c.ref),
      h('h3', {}, translated('cases.referrals')));
    if (!mine.length) detail.append(h('p', {}, translated('cases.noReferrals')));
    const ul = h('ul', { class: 'referral-list' });
    for (const r of mine) ul.append(referralRow(r));
    if (view.status === 'CLOSED' && view.closureReason) {
      detail.append(h('p', { class: 'closed' }, translated('cases.closedBecause'), ' ', translated(`closure.${view.closureReason}`)));
    }
    detail.append(ul, manualReferral(c, status, refresh, fail), consentEditor(view, status, refresh, fail));
    // the return from abroad (issue #19): when and where she is expected, and the hand-over to an agency at home
    detail.append(plannedReturn(view, status, fail).el, handOverSection(view, status, fail).el);
    // a closed case keeps its plan and follow-ups to read (reintegration is often why it was closed)
    if (view.status === 'OPEN' || view.status === 'CLOSED') detail.append(reintegration(view, status, fail).el);
    if (view.status === 'OPEN') detail.append(closure(view, status, refresh, fail));
    detail.append(h('button', { type: 'button', class: 'danger', 'data-action': 'erase', onclick: async () => {
        if (!await confirmAction(translated('cases.eraseConfirm', { ref: c.ref }))) return;
        try {
          await call('screening', `/cases/${c.id}${query({ reason: 'PERSON_REQUEST' })}`, { method: 'DELETE' });
          status.append(notice('ok', translated('cases.erased')));
          open = null;
          clear(detail);
          await refresh();
        } catch (e) { fail(e); }
      } }, translated('cases.erase')));
    detail.querySelector<HTMLElement>('h2')?.focus();
  }

  // the referral service writes explanations in the language asked for: on a switch, the open case's rows are read again
  // (only the explanations are replaced, so that a form open in a row stays as it is)
  const relabel = new MutationObserver(() => {
    if (!detail.isConnected) { relabel.disconnect(); return; }
    if (!open) return;
    get<{ items: Referral[] }>('referral', `/cases/${open.id}/referrals`).then(({ items }) => {
      for (const r of items) {
        const before = detail.querySelector<HTMLDetailsElement>(`li[data-referral="${r.id}"] > details.why`);
        if (!before || !r.explanation?.length) continue;
        const after = whyThisService(r.explanation);
        after.open = before.open;
        before.replaceWith(after);
      }
    }).catch(() => { /* offline: the explanations stay in the language they came in */ });
  });
  relabel.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });

  const live = referralStream((r) => {
    const before = referrals.get(r.id);
    // an event the page has already read (the stream repeats recent ones on connecting) changes nothing; drawing the
    // row again would close the candidates a case worker has open in it
    if (before && before.version >= r.version) return;
    referrals.set(r.id, { ...before, ...r });
    drawList(cases);
    if (open && r.caseId === open.id) updateRow(referrals.get(r.id)!);
  }, (connected) => {
    clear(liveState);
    liveState.append(translated(connected ? 'common.live' : 'common.liveOff'));
    liveState.dataset.connected = String(connected);
  });
  // the case worker's follow-ups to make; a case further down than the list's first page opens by its reference
  const dueList = hasRole('case-worker') ? dueFollowUpList(due, fail, { open: async (x) => {
    try {
      const [found] = (await get<Page<CaseSummary>>('screening', `/cases${query({ ref: x.caseRef })}`)).items;
      if (found) { open = found; await drawDetail(); }
    } catch (e) { fail(e); }
  } }) : null;
  void refresh();
  void dueList?.ready;
  return () => live.stop();
}

function manualReferral(c: CaseSummary, status: HTMLElement, refresh: () => Promise<void>, fail: (e: unknown) => void): HTMLElement {
  const category = h('select', { name: 'category' }, ...CATEGORIES.map((x) => translatedOption(x, `category.${x}`)));
  const results = h('div', { class: 'matches' });
  const box = h('details', { class: 'manual' }, h('summary', {}, translated('cases.manual')), field('common.category', category),
    h('button', { type: 'button', 'data-action': 'preview', onclick: async () => {
      clear(results);
      try {
        results.append(h('h4', {}, translated(`category.${category.value}`)),
          await rankedServices(c.id, category.value, status, refresh, fail));
      } catch (e) { fail(e); }
    } }, translated('cases.showRanked')), results);
  return box;
}

export function consentEditor(view: CaseView, status: HTMLElement, refresh: () => Promise<void>, fail: (e: unknown) => void): HTMLElement {
  const form = h('form', { class: 'consent-edit' });
  const services = h('fieldset', {}, h('legend', {}, translated('screen.services')));
  for (const c of CATEGORIES) {
    const id = `consent-${c}`;
    services.append(h('div', { class: 'choice' }, h('input', { type: 'checkbox', id, value: c, name: 'svc', checked: view.consent.services.includes(c) }),
      h('label', { for: id }, translated(`category.${c}`))));
  }
  const share = h('select', { name: 'share' }, ...['NONE', 'BASIC', 'FULL'].map((s) => translatedOption(s, `share.${s}`, view.consent.shareWithProviders === s)));
  form.append(services, field('screen.share', share), crossBorderChoice(view.consent.crossBorder ?? null, `cb-${view.id}`),
    h('button', { type: 'submit', 'data-action': 'consent' }, translated('cases.consent')));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (!await confirmAction(translated('cases.consentConfirm', { ref: view.ref }))) return;
    try {
      // never asked and not answered now: left out, so that the service keeps "not asked" rather than a "no" nobody said
      const crossBorder = form.querySelector<HTMLInputElement>('input[name="crossBorder"]:checked')?.value;
      await call('screening', `/cases/${view.id}/consent`, { method: 'PUT', body: {
        services: [...form.querySelectorAll<HTMLInputElement>('input[name="svc"]:checked')].map((x) => x.value), shareWithProviders: share.value,
        ...(crossBorder === undefined ? {} : { crossBorder: crossBorder === 'true' }) } });
      status.append(notice('ok', translated('cases.consentSaved')));
      await refresh();
    } catch (e) { fail(e); }
  });
  return h('details', { class: 'consent-box' }, h('summary', {}, translated('cases.consent')), form);
}

/**
 * Whether the person agrees that her case is shared between agencies in different countries (issue #19): the agency
 * abroad that screened her and the agency at home that takes her case over. Shown as it stands, "not asked" when never
 * answered; the hand-over of a case screened abroad needs a yes.
 */
export function crossBorderChoice(now: boolean | null, prefix: string): HTMLElement {
  const radio = (value: 'true' | 'false', key: string) => h('div', { class: 'choice' },
    h('input', { type: 'radio', name: 'crossBorder', value, id: `${prefix}-${value}`, checked: now !== null && String(now) === value }),
    h('label', { for: `${prefix}-${value}` }, translated(key)));
  return h('fieldset', { class: 'cross-border', 'data-cross-border': now === null ? 'unknown' : String(now) },
    h('legend', {}, translated('cases.crossBorder')),
    now === null ? h('p', { class: 'hint' }, translated('cases.crossBorderNotAsked')) : null,
    radio('true', 'cases.crossBorderYes'), radio('false', 'cases.crossBorderNo'));
}

/** Closing the case, for one reason of the list: the service cancels what is still open and starts the retention clock. */
function closure(view: CaseView, status: HTMLElement, refresh: () => Promise<void>, fail: (e: unknown) => void): HTMLElement {
  const reason = h('select', { name: 'closure-reason' }, ...CLOSURE_REASONS.map((r) => translatedOption(r, `closure.${r}`)));
  const form = h('form', { class: 'closure' }, field('cases.closeReason', reason),
    h('button', { type: 'submit', 'data-action': 'close-case' }, translated('cases.close')));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (!await confirmAction(translated('cases.closeConfirm', { ref: view.ref }))) return;
    try {
      await call('screening', `/cases/${view.id}/close`, { method: 'POST', body: { reason: reason.value } });
      status.append(notice('ok', translated('cases.closed')));
      await refresh();
    } catch (e) { fail(e); }
  });
  return h('details', {}, h('summary', {}, translated('cases.close')), form);
}

/** Approves a proposal with the chosen candidate instead of the proposed service. */
function approveWith(r: Referral): CandidateAction {
  return {
    run: (cand) => call('referral', `/referrals/${r.id}/approve`, { method: 'POST', body: { serviceId: cand.serviceId },
      headers: { 'If-Match': `"${r.version}"` } }).then(() => undefined),
    labelKey: 'cases.approveWith', doneKey: 'cases.approved', action: 'approve-with',
  };
}
