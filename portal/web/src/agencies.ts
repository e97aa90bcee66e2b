// The agencies whose staff use Setu are the directory's organizations (an organization's id is the agency id, the
// token's agency_id). Loaded once per session, every page of them, and kept in memory like the districts and ports:
// they name the agencies of a hand-over and of the desks at a port, and a receiving agency is chosen among them.
import { get, query } from './api';
import { h, bilingual, bilingualOption, translatedOption, type Bilingual } from './dom';
import type { Page } from './model';

export interface Organization { id: string; name: Bilingual; sample?: boolean }

/** The directory's largest page; twenty of them (2,000 organizations) are more than Bangladesh's NRM has. */
const PAGE_SIZE = 100;
const MOST_PAGES = 20;

let organizations: Promise<Organization[]> | null = null;

export function allOrganizations(): Promise<Organization[]> {
  if (!organizations) organizations = readAll().catch((e) => { organizations = null; throw e; });
  return organizations;
}

async function readAll(): Promise<Organization[]> {
  const all: Organization[] = [];
  for (let page = 0; page < MOST_PAGES; page += 1) {
    const p = await get<Page<Organization>>('directory', `/organizations${query({ page, size: PAGE_SIZE })}`);
    all.push(...p.items);
    if (p.items.length < PAGE_SIZE || (p.totalItems !== undefined && all.length >= p.totalItems)) break;
  }
  return all.sort((a, b) => (a.name.en ?? a.id).localeCompare(b.name.en ?? b.id));
}

/**
 * An agency by its directory name in both languages; one the directory does not know (removed since, or not yet
 * entered) by the first block of its id, the whole id in the title for copying.
 */
export function agencyName(id: string, known: Map<string, Organization>): HTMLElement {
  const o = known.get(id);
  if (o) return h('span', { class: 'agency-name', 'data-agency': id }, bilingual(o.name));
  return h('span', { class: 'agency-name', 'data-agency': id, title: id }, id.split('-')[0]);
}

export function byId(orgs: Organization[]): Map<string, Organization> {
  return new Map(orgs.map((o) => [o.id, o]));
}

/** An agency picker: "choose" first, then the directory's organizations by name, leaving out those given. */
export function agencySelect(orgs: Organization[], name: string, leaveOut: (string | null | undefined)[] = []): HTMLSelectElement {
  const select = h('select', { name, required: true, 'data-field': 'agency' }, translatedOption('', 'screen.choose'));
  for (const o of orgs) if (!leaveOut.includes(o.id)) select.append(bilingualOption(o.id, o.name));
  return select;
}
