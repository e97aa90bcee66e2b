// The referral service's ranked preview for one case and category, each service with a button that refers the
// case to it by hand (case workers and coordinators). Each click carries its own Idempotency-Key.
import { call, get, query } from '../api';
import { h, translated, notice } from '../dom';
import type { MatchView } from '../model';

export async function rankedServices(caseId: string, category: string, status: HTMLElement, reload: () => Promise<void>,
                                     fail: (e: unknown) => void): Promise<HTMLElement> {
  const m = await get<MatchView>('referral', `/matches${query({ caseId, category })}`);
  const ol = h('ol', { class: 'matches' });
  for (const cand of m.items) {
    ol.append(h('li', {}, cand.name, ' ',
      cand.freeCapacity != null ? h('span', { class: 'hint' }, translated('cases.free', { n: cand.freeCapacity })) : null, ' ',
      h('button', { type: 'button', 'data-action': 'refer', onclick: async () => {
        try {
          await call('referral', '/referrals', { method: 'POST', headers: { 'Idempotency-Key': crypto.randomUUID() },
            body: { caseId, category, serviceId: cand.serviceId, note: null } });
          status.append(notice('ok', translated('cases.referred')));
          await reload();
        } catch (e) { fail(e); }
      } }, translated('cases.referTo', { name: cand.name }))));
  }
  if (!m.items.length) ol.append(h('li', {}, translated('common.nothing')));
  return ol;
}
