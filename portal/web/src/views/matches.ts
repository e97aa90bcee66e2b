// The referral service's ranked preview for one case and category, each service with a button. By default the button
// refers the case to that service by hand (case workers and coordinators; each click carries its own
// Idempotency-Key); a caller may give another action instead: approving a proposal with that service, or referring
// an escalation again to it.
import { call, get, query } from '../api';
import { h, translated, notice } from '../dom';
import type { Candidate, MatchView } from '../model';

/** Why a referral went where it went, or why a candidate qualified, folded: the service writes it in the reader's language. */
export function whyThisService(lines: string[]): HTMLDetailsElement {
  return h('details', { class: 'why' }, h('summary', {}, translated('cases.why')),
    h('ol', {}, ...lines.map((line) => h('li', {}, line))));
}

/** What a candidate's button does, its label key (given {{name}}) and the message once done. */
export interface CandidateAction { run: (c: Candidate) => Promise<void>; labelKey: string; doneKey: string; action: string }

export function referByHand(caseId: string, category: string): CandidateAction {
  return {
    run: (cand) => call('referral', '/referrals', { method: 'POST', headers: { 'Idempotency-Key': crypto.randomUUID() },
      body: { caseId, category, serviceId: cand.serviceId, note: null } }).then(() => undefined),
    labelKey: 'cases.referTo', doneKey: 'cases.referred', action: 'refer',
  };
}

export async function rankedServices(caseId: string, category: string, status: HTMLElement, reload: () => Promise<void>,
                                     fail: (e: unknown) => void, act: CandidateAction = referByHand(caseId, category)): Promise<HTMLElement> {
  const m = await get<MatchView>('referral', `/matches${query({ caseId, category })}`);
  const ol = h('ol', { class: 'matches' });
  for (const cand of m.items) {
    ol.append(h('li', { 'data-service': cand.serviceId }, cand.name, ' ',
      cand.freeCapacity != null ? h('span', { class: 'hint' }, translated('cases.free', { n: cand.freeCapacity })) : null, ' ',
      h('button', { type: 'button', 'data-action': act.action, onclick: async () => {
        try {
          await act.run(cand);
          status.append(notice('ok', translated(act.doneKey)));
          await reload();
        } catch (e) { fail(e); }
      } }, translated(act.labelKey, { name: cand.name })),
      cand.reasons.length ? whyThisService(cand.reasons) : null));
  }
  if (!m.items.length) ol.append(h('li', {}, translated('common.nothing')));
  return ol;
}
