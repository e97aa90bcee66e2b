// A case's planned return (issue #19, item 2): when and where a person abroad is expected home, how she travels, and
// whether her repatriation waits on nationality verification. The owning agency's case worker plans it, changes it
// with the version she read (If-Match, so that a colleague's change is never overwritten unseen) and cancels it; a
// coordinator reads it. Once the desk at the port has confirmed the arrival, the plan is history and stays as it was.
import { ApiError, call } from '../api';
import { hasRole } from '../auth';
import { h, translated, bilingual, bilingualOption, calendarDate, dhakaTime, clear, notice, field, translatedOption } from '../dom';
import { confirmAction } from '../confirm';
import { dhakaToday } from '../statistics';
import { allPorts, type PortOfEntry } from '../ports';
import { TRAVEL_MODES, VERIFICATION_AUTHORITIES, VERIFICATION_STATUSES, type CaseView, type PlannedReturn } from '../model';

type Fail = (e: unknown) => void;
interface Read { body: PlannedReturn; etag: string | null }

/** The screening service's rule for a transport reference: letters and digits, with spaces or hyphens between them. */
const TRANSPORT_REF = /^[\p{L}\p{N}][\p{L}\p{N} -]*$/u;
const TRANSPORT_REF_MAX = 32;

/** The mode each kind of port takes (ReturnPolicy): a flight lands at an airport, a bus or train crosses at a land port. */
const MODE_OF_PORT: Record<string, string> = { AIRPORT: 'AIR', LAND_PORT: 'LAND' };

export function plannedReturn(view: CaseView, status: HTMLElement, fail: Fail): { el: HTMLElement; ready: Promise<void> } {
  const body = h('div', { class: 'planned-return-body' });
  const el = h('section', { class: 'planned-return', 'data-section': 'planned-return', 'aria-labelledby': `return-h-${view.id}` },
    h('h3', { id: `return-h-${view.id}` }, translated('plannedReturn.heading')), body);
  // the case view says whether the desk settled the return; the planned return itself does not carry it
  let settled = view.plannedReturn?.status ?? null;

  const load = async (): Promise<void> => {
    try {
      const [ports, read] = await Promise.all([allPorts(), readReturn(view.id)]);
      if (!read) settled = null;
      clear(body);
      body.append(shown(read?.body ?? null, ports, settled));
      const writable = view.status === 'OPEN' && hasRole('case-worker') && settled !== 'ARRIVED';
      if (writable) body.append(planForm(view, read, ports, settled, status, saved, refused));
    } catch (e) { fail(e); }
  };
  const saved = async (cancelled: boolean) => {
    settled = cancelled ? null : 'PLANNED';   // a plan written after a missed return is awaited again
    await load();
  };
  // a colleague changed or cancelled it meanwhile, or the case was closed: say so, then show it as it is now
  const refused = async (e: unknown) => {
    if (e instanceof ApiError && e.problem.status === 409) {
      status.append(notice('error', translated('plannedReturn.stale'), e.problem.detail ? ` (${e.problem.detail})` : ''));
      await load();
    } else fail(e);
  };
  return { el, ready: load() };
}

async function readReturn(caseId: string): Promise<Read | null> {
  try {
    return await call<PlannedReturn>('screening', `/cases/${caseId}/planned-return`);
  } catch (e) {
    if (e instanceof ApiError && e.problem.status === 404) return null;   // none planned
    throw e;
  }
}

export function portName(code: string, ports: PortOfEntry[]): HTMLElement {
  const p = ports.find((x) => x.code === code);
  return p ? bilingual(p.name) : h('span', {}, code);   // a port no longer listed is still named by its code
}

export function windowOf(from: string, to: string): HTMLElement {
  if (from === to) return h('span', { class: 'window' }, calendarDate(from));
  return h('span', { class: 'window' }, calendarDate(from), ' – ', calendarDate(to));
}

function shown(r: PlannedReturn | null, ports: PortOfEntry[], settled: string | null): HTMLElement {
  if (!r) return h('p', { class: 'no-return' }, translated('plannedReturn.none'));
  const v = r.nationalityVerification;
  return h('dl', { class: 'return-facts' },
    h('dt', {}, translated('arrivals.port')), h('dd', { 'data-fact': 'port' }, portName(r.portOfEntry, ports)),
    h('dt', {}, translated('plannedReturn.window')), h('dd', { 'data-fact': 'window' }, windowOf(r.expectedFrom, r.expectedTo)),
    h('dt', {}, translated('arrivals.travel')), h('dd', { 'data-fact': 'travel' }, translated(`travelMode.${r.mode}`),
      r.transportRef ? ` · ${r.transportRef}` : null),
    h('dt', {}, translated('arrivals.verification')), v
      ? h('dd', { 'data-fact': 'verification', 'data-status': v.status }, translated(`verification.${v.status}`), ' · ',
        translated('plannedReturn.waitingOnIs'), ' ', translated(`verificationAuthority.${v.waitingOn}`), ' · ',
        translated('plannedReturn.sinceIs'), ' ', calendarDate(v.since))
      : h('dd', { 'data-fact': 'verification' }, translated('arrivals.noVerification')),
    h('dt', {}, translated('common.status')), h('dd', { 'data-fact': 'status', 'data-status': settled ?? 'PLANNED' },
      translated(`returnStatus.${settled ?? 'PLANNED'}`)),
    h('dt', {}, translated('plannedReturn.changed')), h('dd', { 'data-fact': 'version' },
      translated('plannedReturn.version', { version: r.version, user: r.updatedBy ?? '—' }), ' ', dhakaTime(r.updatedAt)));
}

function planForm(view: CaseView, read: Read | null, ports: PortOfEntry[], settled: string | null, status: HTMLElement,
  saved: (cancelled: boolean) => Promise<void>, refused: (e: unknown) => Promise<void>): HTMLElement {
  const before = read?.body ?? null;
  const today = dhakaToday();
  const port = h('select', { name: 'portOfEntry', required: true }, translatedOption('', 'screen.choose'),
    ...ports.map((p) => bilingualOption(p.code, p.name)));
  port.value = before?.portOfEntry ?? '';
  const from = h('input', { type: 'date', name: 'expectedFrom', required: true, value: before?.expectedFrom ?? null });
  const to = h('input', { type: 'date', name: 'expectedTo', required: true, value: before?.expectedTo ?? null });
  const mode = h('select', { name: 'mode', required: true }, ...TRAVEL_MODES.map((m) => translatedOption(m, `travelMode.${m}`)));
  mode.value = before?.mode ?? 'AIR';
  // choosing a port chooses its mode: the service takes only the mode that fits the port
  port.addEventListener('change', () => {
    const kind = ports.find((p) => p.code === port.value)?.kind;
    if (kind && MODE_OF_PORT[kind]) mode.value = MODE_OF_PORT[kind];
  });
  const ref = h('input', { type: 'text', name: 'transportRef', maxlength: TRANSPORT_REF_MAX, autocomplete: 'off', value: before?.transportRef ?? null });
  const v = before?.nationalityVerification ?? null;
  const waits = h('input', { type: 'checkbox', name: 'verificationNeeded', id: `verification-${view.id}`, checked: !!v });
  const vStatus = h('select', { name: 'verificationStatus' }, ...VERIFICATION_STATUSES.map((s) => translatedOption(s, `verification.${s}`)));
  vStatus.value = v?.status ?? 'PENDING';
  const waitingOn = h('select', { name: 'waitingOn' }, ...VERIFICATION_AUTHORITIES.map((a) => translatedOption(a, `verificationAuthority.${a}`)));
  waitingOn.value = v?.waitingOn ?? 'BD_MISSION';
  const since = h('input', { type: 'date', name: 'verificationSince', max: today, value: v?.since ?? today });
  const verification = h('fieldset', { class: 'verification', hidden: !v }, h('legend', {}, translated('arrivals.verification')),
    field('common.status', vStatus), field('plannedReturn.waitingOn', waitingOn), field('plannedReturn.since', since));
  waits.addEventListener('change', () => { verification.hidden = !waits.checked; });

  const problem = h('div', { class: 'return-problem' });
  const save = h('button', { type: 'submit', class: 'primary', 'data-action': 'save-return' }, translated('plannedReturn.save'));
  const form = h('form', { class: 'return-edit', novalidate: true },
    settled === 'MISSED' ? notice('info', translated('plannedReturn.planAgain')) : null,
    field('arrivals.port', port), h('div', { class: 'window-fields' }, field('plannedReturn.from', from), field('plannedReturn.to', to)),
    field('plannedReturn.mode', mode),
    field('plannedReturn.transportRef', ref, h('span', { class: 'hint' }, translated('plannedReturn.transportRefHint'))),
    h('div', { class: 'choice' }, waits, h('label', { for: waits.id }, translated('plannedReturn.waitsOnVerification'))),
    verification, problem, h('div', { class: 'actions' }, save));

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clear(problem);
    form.querySelectorAll('[aria-invalid]').forEach((x) => x.removeAttribute('aria-invalid'));
    const wrong = check();
    if (wrong) {
      wrong.el.setAttribute('aria-invalid', 'true');
      problem.append(notice('error', translated(wrong.key)));
      wrong.el.focus();
      return;
    }
    const request = {
      expectedFrom: from.value, expectedTo: to.value, portOfEntry: port.value, mode: mode.value,
      transportRef: ref.value.trim() || null,
      nationalityVerification: waits.checked ? { status: vStatus.value, waitingOn: waitingOn.value, since: since.value } : null,
    };
    save.disabled = true;
    try {
      // the first plan goes without If-Match; a change names the version read
      const headers: Record<string, string> = read ? { 'If-Match': read.etag ?? `"${read.body.version}"` } : {};
      const answer = await call<PlannedReturn>('screening', `/cases/${view.id}/planned-return`, { method: 'PUT', body: request, headers });
      status.append(notice('ok', translated('plannedReturn.saved', { ref: view.ref, version: answer.body.version })));
      await saved(false);
    } catch (e) {
      save.disabled = false;
      if (e instanceof ApiError && e.problem.status === 400) problem.append(badInput(e));
      else await refused(e);
    }
  });

  /** The first wrong field, in the form's order, and what to say about it; the service checks the same again. */
  function check(): { el: HTMLElement; key: string } | null {
    if (!port.value) return { el: port, key: 'plannedReturn.needPort' };
    if (!from.value) return { el: from, key: 'plannedReturn.needWindow' };
    if (!to.value) return { el: to, key: 'plannedReturn.needWindow' };
    if (to.value < from.value) return { el: to, key: 'plannedReturn.badWindow' };
    const kind = ports.find((p) => p.code === port.value)?.kind;
    if (kind && MODE_OF_PORT[kind] && MODE_OF_PORT[kind] !== mode.value) return { el: mode, key: 'plannedReturn.modeOfPort' };
    const r = ref.value.trim();
    if (r && (r.length > TRANSPORT_REF_MAX || !TRANSPORT_REF.test(r))) return { el: ref, key: 'plannedReturn.badTransportRef' };
    if (waits.checked && !since.value) return { el: since, key: 'plannedReturn.needSince' };
    if (waits.checked && since.value > today) return { el: since, key: 'plannedReturn.sinceInFuture' };
    return null;
  }

  const box = h('details', { class: 'return-form' }, h('summary', {}, translated(before ? 'plannedReturn.change' : 'plannedReturn.plan')), form);
  if (!before) return box;
  const cancel = h('button', { type: 'button', class: 'danger', 'data-action': 'cancel-return' }, translated('plannedReturn.cancel'));
  cancel.addEventListener('click', async () => {
    if (!await confirmAction(translated('plannedReturn.cancelConfirm', { ref: view.ref }))) return;
    cancel.disabled = true;
    try {
      await call('screening', `/cases/${view.id}/planned-return`, { method: 'DELETE', headers: { 'If-Match': read!.etag ?? `"${read!.body.version}"` } });
      status.append(notice('ok', translated('plannedReturn.cancelled', { ref: view.ref })));
      await saved(true);
    } catch (e) {
      cancel.disabled = false;
      await refused(e);
    }
  });
  return h('div', { class: 'return-actions' }, box, cancel);
}

/** The service's refusal of the form (400), with the fields it names. */
function badInput(e: ApiError): HTMLElement {
  const fields = (e.problem.errors ?? []).map((x) => `${x.field ?? x.pointer ?? ''} ${x.message ?? ''}`.trim());
  return notice('error', e.problem.title ?? '', e.problem.detail ? ` — ${e.problem.detail}` : '',
    fields.length ? h('ul', {}, ...fields.map((x) => h('li', {}, x))) : null);
}
