// Where my agency works (issue #19, item 1), for its agency admin: Bangladesh, or the country and city of an office
// abroad (a labour wing, a mission, an NGO at the destination). The screening form reads it: an agency abroad screens
// in a country and a city, asks for the person's home district and for her consent to share across the border. The
// last write wins, as for a directory entry, so the page asks before saving and shows who changed it last.
import { ApiError, call, get } from '../api';
import { user } from '../auth';
import { h, translated, bilingual, bilingualText, dhakaTime, clear, notice, field } from '../dom';
import { confirmAction } from '../confirm';
import { countryName, countrySelect } from '../countries';
import type { AgencyLocation } from '../model';

interface Located extends AgencyLocation { updatedAt?: string | null; updatedBy?: string | null }

/** The screening service's rule for a city: letters with spaces, hyphens, apostrophes or dots, at most 80. */
const CITY = /^[\p{L}][\p{L}\p{M} .'’-]*$/u;
const CITY_MAX = 80;

export function agencyLocationView(main: HTMLElement): void {
  void agencyLocationPage(main).ready;
}

export function agencyLocationPage(main: HTMLElement): { ready: Promise<void> } {
  const status = h('div', { class: 'status-area' });
  const body = h('div', { class: 'agency-location' });
  main.append(h('h1', {}, translated('nav.agencyLocation')), h('p', { class: 'hint' }, translated('agencyLocation.intro')), status, body);
  const agency = user().agencyId;
  if (!agency) {
    body.append(notice('error', translated('agencyLocation.noAgency')));
    return { ready: Promise.resolve() };
  }
  const id: string = agency;
  const fail = (e: unknown) => status.append(notice('error', translated('common.error', {
    detail: e instanceof ApiError ? (e.problem.detail ?? e.problem.title ?? '') : (e as Error).message })));

  const load = async (): Promise<void> => {
    try {
      const here = await get<Located>('screening', `/agencies/${encodeURIComponent(id)}/location`);
      clear(body);
      body.append(current(here), form(here));
    } catch (e) { fail(e); }
  };

  function form(here: Located): HTMLElement {
    const country = countrySelect(true, here.country, ['BD', here.country]);
    country.name = 'country';
    const city = h('input', { name: 'city', maxlength: CITY_MAX, autocomplete: 'off', value: here.city ?? null });
    const problem = h('div', {});
    const save = h('button', { type: 'submit', class: 'primary', 'data-action': 'save-location' }, translated('common.save'));
    const f = h('form', { class: 'card location-edit', novalidate: true }, field('agencyLocation.country', country),
      field('agencyLocation.city', city, h('span', { class: 'hint' }, translated('agencyLocation.cityHint'))), problem,
      h('div', { class: 'actions' }, save));
    f.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      clear(problem);
      [country, city].forEach((x) => x.removeAttribute('aria-invalid'));
      const c = city.value.trim();
      const wrong = !country.value ? { el: country, key: 'agencyLocation.needCountry' }
        : country.value !== 'BD' && !c ? { el: city, key: 'agencyLocation.needCity' }
          : c && (c.length > CITY_MAX || !CITY.test(c)) ? { el: city, key: 'agencyLocation.badCity' } : null;
      if (wrong) {
        wrong.el.setAttribute('aria-invalid', 'true');
        problem.append(notice('error', translated(wrong.key)));
        wrong.el.focus();
        return;
      }
      const where = [bilingualText(countryName(country.value)), c].filter(Boolean).join(', ');
      if (!await confirmAction(translated('agencyLocation.confirm', { where }))) return;
      save.disabled = true;
      try {
        await call<Located>('screening', `/agencies/${encodeURIComponent(id)}/location`, { method: 'PUT',
          body: { country: country.value, city: c || null } });
        clear(status);
        status.append(notice('ok', translated('agencyLocation.saved', { where })));
        await load();
      } catch (e) {
        save.disabled = false;
        if (e instanceof ApiError && e.problem.status === 400) {
          problem.append(notice('error', e.problem.title ?? '', e.problem.detail ? ` — ${e.problem.detail}` : ''));
        } else fail(e);
      }
    });
    return f;
  }

  return { ready: load() };
}

function current(here: Located): HTMLElement {
  return h('dl', { class: 'location-now', 'data-abroad': String(here.abroad) },
    h('dt', {}, translated('agencyLocation.now')),
    h('dd', { 'data-fact': 'where' }, bilingual(countryName(here.country)), here.city ? `, ${here.city}` : null),
    h('dt', {}, translated('agencyLocation.abroad')),
    h('dd', { 'data-fact': 'abroad' }, translated(here.abroad ? 'agencyLocation.isAbroad' : 'agencyLocation.isHome')),
    h('dt', {}, translated('agencyLocation.changed')),
    h('dd', { 'data-fact': 'changed' }, here.updatedAt
      ? h('span', {}, translated('agencyLocation.changedBy', { user: here.updatedBy ?? '—' }), ' ', dhakaTime(here.updatedAt))
      : translated('agencyLocation.neverSaid')));
}
