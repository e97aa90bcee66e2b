// Bangladesh's districts from the directory's geography API, loaded once per session and kept in memory.
import { get } from './api';
import type { Page, Unit } from './model';
import { bilingualOption, translatedOption, h } from './dom';

let districts: Promise<Unit[]> | null = null;

export function allDistricts(): Promise<Unit[]> {
  if (!districts) {
    districts = get<Page<Unit>>('directory', '/geography/districts?size=100')
      .then((p) => p.items.sort((a, b) => (a.name.en ?? '').localeCompare(b.name.en ?? '')))
      .catch((e) => { districts = null; throw e; });
  }
  return districts;
}

let divisions: Promise<Unit[]> | null = null;

export function allDivisions(): Promise<Unit[]> {
  if (!divisions) {
    divisions = get<Page<Unit>>('directory', '/geography/divisions?size=100').then((p) => p.items)
      .catch((e) => { divisions = null; throw e; });
  }
  return divisions;
}

/** A district picker; the first option is "choose" (or "all" for filters). */
export async function districtSelect(firstKey: string, required: boolean): Promise<HTMLSelectElement> {
  const select = h('select', { required, 'data-field': 'district' });
  select.append(translatedOption('', firstKey));
  for (const d of await allDistricts()) select.append(bilingualOption(d.id, d.name));
  return select;
}

export async function districtName(id: string | undefined): Promise<Unit | undefined> {
  return (await allDistricts()).find((d) => d.id === id);
}
