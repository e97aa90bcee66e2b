// The desks at the ports of entry (issue #19, item 4), for the NRM coordinators: which agencies receive the people
// whose return is planned through each port. A desk reads enough of every person expected there to recognise her, so
// only coordinators designate one; each designation and its end is asked first. Agencies are the directory's
// organizations, named in the reader's language.
import { ApiError, call, get } from '../api';
import { h, translated, dhakaTime, clear, notice, field, bilingualOption, bilingualText } from '../dom';
import { confirmAction } from '../confirm';
import { allPorts, type PortOfEntry } from '../ports';
import { allOrganizations, agencyName, agencySelect, byId, type Organization } from '../agencies';
import type { Page } from '../model';

export interface Desk { portOfEntry: string; agencyId: string; designatedAt?: string | null; designatedBy?: string | null }

export function portDesksView(main: HTMLElement): void {
  void portDesksPage(main).ready;
}

/** Draws the page into main; {@code ready} settles once the first port's desks (or the refusal) are drawn. */
export function portDesksPage(main: HTMLElement): { ready: Promise<void> } {
  const status = h('div', { class: 'status-area' });
  const port = h('select', { name: 'port', required: true });
  const list = h('ul', { class: 'desks' });
  const designate = h('div', { class: 'designate' });
  const result = h('section', { class: 'card desks-result', 'aria-labelledby': 'desks-h' },
    h('h2', { id: 'desks-h' }, translated('portDesks.listHeading')), list, designate);
  main.append(h('h1', {}, translated('nav.portDesks')), h('p', { class: 'hint' }, translated('portDesks.intro')),
    h('form', { class: 'filters' }, field('arrivals.port', port)), status, result);
  const fail = (e: unknown) => status.append(notice('error', translated('common.error', {
    detail: e instanceof ApiError ? (e.problem.detail ?? e.problem.title ?? '') : (e as Error).message })));

  let ports: PortOfEntry[] = [];
  let orgs: Organization[] = [];
  let asked = 0;
  const show = async () => {
    const mine = ++asked;
    const code = port.value;
    try {
      const { items } = await get<Page<Desk>>('screening', `/return/ports-of-entry/${encodeURIComponent(code)}/desks`);
      if (mine !== asked) return;   // another port was chosen meanwhile
      const known = byId(orgs);
      clear(list);
      for (const d of items) list.append(deskRow(d, known, code));
      if (!items.length) list.append(h('li', { class: 'nobody' }, translated('portDesks.none')));
      clear(designate);
      designate.append(designateForm(code, items.map((d) => d.agencyId)));
    } catch (e) {
      if (mine !== asked) return;
      clear(list);
      clear(designate);
      fail(e);
    }
    result.dataset.drawn = String(Number(result.dataset.drawn ?? '0') + 1);   // tests wait for a redraw by it
  };
  const portText = (code: string) => bilingualText(ports.find((p) => p.code === code)?.name) || code;

  function deskRow(d: Desk, known: Map<string, Organization>, code: string): HTMLElement {
    return h('li', { 'data-agency': d.agencyId },
      h('strong', {}, agencyName(d.agencyId, known)),
      d.designatedAt ? h('span', { class: 'hint' }, translated('portDesks.since'), ' ', dhakaTime(d.designatedAt),
        d.designatedBy ? ` (${d.designatedBy})` : null) : null,
      ' ', h('button', { type: 'button', class: 'secondary', 'data-action': 'withdraw-desk', onclick: async () => {
        const agency = bilingualText(known.get(d.agencyId)?.name) || d.agencyId;
        if (!await confirmAction(translated('portDesks.withdrawConfirm', { agency, port: portText(code) }))) return;
        clear(status);
        try {
          await call('screening', `/return/ports-of-entry/${encodeURIComponent(code)}/desks/${d.agencyId}`, { method: 'DELETE' });
          status.append(notice('ok', translated('portDesks.withdrawn', { agency, port: portText(code) })));
          await show();
        } catch (e) { fail(e); }
      } }, translated('portDesks.withdraw')));
  }

  function designateForm(code: string, already: string[]): HTMLElement {
    const agency = agencySelect(orgs, 'deskAgency', already);
    const f = h('form', { class: 'designate-form', novalidate: true }, field('portDesks.agency', agency),
      h('button', { type: 'submit', class: 'primary', 'data-action': 'designate-desk' }, translated('portDesks.designate')));
    f.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      agency.removeAttribute('aria-invalid');
      if (!agency.value) {
        agency.setAttribute('aria-invalid', 'true');
        agency.focus();
        return;
      }
      const name = bilingualText(orgs.find((o) => o.id === agency.value)?.name) || agency.value;
      if (!await confirmAction(translated('portDesks.designateConfirm', { agency: name, port: portText(code) }))) return;
      clear(status);
      try {
        await call('screening', `/return/ports-of-entry/${encodeURIComponent(code)}/desks/${agency.value}`, { method: 'PUT' });
        status.append(notice('ok', translated('portDesks.designated', { agency: name, port: portText(code) })));
        await show();
      } catch (e) { fail(e); }
    });
    return h('details', { class: 'designate-box', open: true }, h('summary', {}, translated('portDesks.designateHeading')), f);
  }

  port.addEventListener('change', () => { void show(); });
  const ready = Promise.all([allPorts(), allOrganizations()]).then(async ([p, o]) => {
    ports = p;
    orgs = o;
    port.append(...ports.map((x) => bilingualOption(x.code, x.name)));
    port.value = ports[0]?.code ?? '';
    if (port.value) await show();
  }).catch((e: unknown) => { fail(e); });
  return { ready };
}
