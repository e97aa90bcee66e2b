// The routing policy: which of an agency's referrals wait for a case worker's approval. Agency admins read and change
// their own agency's (with the version they read, so a colleague's change is never overwritten unseen); NRM
// coordinators see every agency's that was set. Immediate referrals and children are always sent at once.
import { ApiError, call, get, query } from '../api';
import { user, hasRole } from '../auth';
import { h, translated, dhakaTime, localNumber, clear, notice, uid } from '../dom';
import { confirmAction } from '../confirm';
import { CATEGORIES, type Page, type RoutingPolicy } from '../model';

const URGENCIES_THAT_MAY_WAIT = ['HIGH', 'ROUTINE'] as const;

export function policyView(main: HTMLElement): void {
  const status = h('div', { class: 'status-area' });
  const body = h('div', { class: 'policy', 'aria-live': 'polite' });
  main.append(h('h1', {}, translated('policy.heading')), h('p', { class: 'hint' }, translated('policy.safety')), status, body);
  const fail = (e: unknown) => status.append(notice('error', translated('common.error', {
    detail: e instanceof ApiError ? (e.problem.detail ?? e.problem.title ?? '') : (e as Error).message })));
  const agency = user().agencyId;
  if (hasRole('agency-admin') && agency) void ownPolicy(agency, body, status, fail);
  else if (hasRole('nrm-coordinator')) void everyPolicy(body, fail);
}

/** Laid out like the screening form's consent choices (.choice in a .grid), so both forms read alike. */
function checkbox(name: string, value: string, label: string, checked: boolean): HTMLElement {
  const id = uid('p');
  return h('div', { class: 'choice' }, h('input', { type: 'checkbox', name, value, id, checked }), h('label', { for: id }, translated(label)));
}

function chosen(form: HTMLFormElement, name: string): string[] {
  return [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
}

async function ownPolicy(agency: string, host: HTMLElement, status: HTMLElement, fail: (e: unknown) => void): Promise<void> {
  clear(host);
  let policy: RoutingPolicy;
  let version: string;
  try {
    const answer = await call<RoutingPolicy>('referral', `/routing-policies/${agency}`);
    policy = answer.body;
    version = answer.etag ?? `"${policy.version}"`;
  } catch (e) { fail(e); return; }
  const form = h('form', { class: 'card policy-form', 'data-version': policy.version },
    h('p', { 'data-policy-version': policy.version }, policy.defaultPolicy
      ? translated('policy.default') : translated('policy.version', { version: policy.version }), ' ',
      policy.defaultPolicy ? null : dhakaTime(policy.updatedAt)),
    h('fieldset', {}, h('legend', {}, translated('policy.urgencies')),
      h('div', { class: 'grid' }, ...URGENCIES_THAT_MAY_WAIT.map((u) => checkbox('urgency', u, `urgency.${u}`, policy.approveFirstUrgencies.includes(u))))),
    h('fieldset', {}, h('legend', {}, translated('policy.categories')),
      h('div', { class: 'grid' }, ...CATEGORIES.map((c) => checkbox('category', c, `category.${c}`, policy.approveFirstCategories.includes(c))))),
    h('button', { type: 'submit', class: 'primary', 'data-action': 'save-policy' }, translated('common.save')));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (!await confirmAction(translated('policy.confirm'))) return;
    try {
      const saved = await call<RoutingPolicy>('referral', `/routing-policies/${agency}`, { method: 'PUT', headers: { 'If-Match': version },
        body: { approveFirstUrgencies: chosen(form, 'urgency'), approveFirstCategories: chosen(form, 'category') } });
      clear(status);
      status.append(notice('ok', translated('policy.saved', { version: saved.body.version })));
      await ownPolicy(agency, host, status, fail);
    } catch (e) {
      // a colleague saved meanwhile: show what is stored now, and let the admin decide again
      if (e instanceof ApiError && e.problem.status === 409) {
        clear(status);
        status.append(notice('error', translated('policy.stale')));
        await ownPolicy(agency, host, status, fail);
      } else fail(e);
    }
  });
  host.append(form);
}

async function everyPolicy(host: HTMLElement, fail: (e: unknown) => void): Promise<void> {
  clear(host);
  try {
    const page = await get<Page<RoutingPolicy>>('referral', `/routing-policies${query({ size: 100 })}`);
    host.append(h('p', {}, translated('policy.othersDefault')));
    if (!page.items.length) { host.append(h('p', {}, translated('common.nothing'))); return; }
    const names = (keys: string[], prefix: string) => keys.length
      ? keys.flatMap((k, i) => (i ? [', ', translated(`${prefix}.${k}`)] : [translated(`${prefix}.${k}`)])) : [translated('common.none')];
    host.append(h('table', { class: 'policies' },
      h('thead', {}, h('tr', {}, h('th', {}, translated('policy.agency')), h('th', {}, translated('policy.versionHeading')),
        h('th', {}, translated('policy.urgencies')), h('th', {}, translated('policy.categories')), h('th', {}, translated('policy.updated')))),
      h('tbody', {}, ...page.items.map((p) => h('tr', { 'data-agency': p.agencyId },
        h('td', {}, h('code', {}, p.agencyId)), h('td', { class: 'version' }, localNumber(p.version)),
        h('td', {}, ...names(p.approveFirstUrgencies, 'urgency')), h('td', {}, ...names(p.approveFirstCategories, 'category')),
        h('td', {}, dhakaTime(p.updatedAt)))))));
  } catch (e) { fail(e); }
}
