// The ports of entry a planned return may name (airports and land ports, named in English and Bangla by the screening
// service), loaded once per session and kept in memory like the districts.
import { get } from './api';
import type { Bilingual } from './dom';
import type { Page } from './model';

export interface PortOfEntry { code: string; name: Bilingual; kind: 'AIRPORT' | 'LAND_PORT' | string }

let ports: Promise<PortOfEntry[]> | null = null;

export function allPorts(): Promise<PortOfEntry[]> {
  if (!ports) {
    ports = get<Page<PortOfEntry>>('screening', '/return/ports-of-entry').then((p) => p.items)
      .catch((e) => { ports = null; throw e; });
  }
  return ports;
}
