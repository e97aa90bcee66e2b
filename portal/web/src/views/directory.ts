// The directory of services, by district and category, in both languages (directory search + geography API).
import { get, query } from '../api';
import { h, translated, bilingual, clear, notice, field, translatedOption } from '../dom';
import { CATEGORIES, type DirectoryService, type Page } from '../model';
import { districtSelect, allDistricts } from '../places';

export function directoryView(main: HTMLElement): void {
  const results = h('div', { class: 'directory', 'aria-live': 'polite' });
  const form = h('form', { class: 'filters', role: 'search' });
  main.append(h('h1', {}, translated('directory.heading')), form, results);
  void (async () => {
    const district = await districtSelect('common.all', false);
    district.name = 'district';
    const category = h('select', { name: 'category' }, translatedOption('', 'common.all'), ...CATEGORIES.map((c) => translatedOption(c, `category.${c}`)));
    form.append(field('common.district', district), field('common.category', category),
      h('button', { type: 'submit', class: 'primary' }, translated('directory.search')));
    form.addEventListener('submit', (ev) => { ev.preventDefault(); void search(district.value, category.value, results); });
    await search('', '', results);
  })();
}

async function search(districtId: string, category: string, host: HTMLElement): Promise<void> {
  clear(host);
  try {
    const page = await get<Page<DirectoryService>>('directory', `/services${query({ districtId, category, size: 100 })}`);
    const districts = await allDistricts();
    host.append(h('p', { role: 'status' }, translated('directory.results', { count: page.totalItems ?? page.items.length })));
    const ul = h('ul', { class: 'service-list' });
    for (const s of page.items) {
      const places = s.coverage.map((c) => c.level === 'NATIONAL' ? null : districts.find((d) => d.id === c.id)).filter((d) => d);
      ul.append(h('li', { class: 'card', 'data-service': s.id },
        h('h2', {}, bilingual(s.name)),
        h('p', {}, h('span', { class: 'chip' }, translated(`category.${s.category}`)), ' ',
          translated(s.acceptingReferrals ? 'directory.accepting' : 'directory.notAccepting')),
        s.capacity ? h('p', {}, translated('directory.capacity', { available: s.capacity.available, total: s.capacity.total })) : null,
        places.length ? h('p', {}, translated('directory.coverage'), ': ', ...places.flatMap((d, i) => (i ? [', ', bilingual(d!.name)] : [bilingual(d!.name)]))) : null,
        s.description ? h('p', { class: 'hint' }, bilingual(s.description)) : null));
    }
    host.append(ul);
  } catch (e) {
    host.append(notice('error', translated('common.error', { detail: (e as Error).message })));
  }
}
