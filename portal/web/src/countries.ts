// Countries as ISO 3166-1 alpha-2 codes, named in English and Bangla by the browser (Intl.DisplayNames), for a
// screening abroad: where it takes place and where the person was exploited (docs/screening.md, issue #19).
import type { Bilingual } from './dom';
import { bilingualOption, translatedOption, h } from './dom';

/** Where most people Setu is for are found: the Gulf, the Middle East, South-East and South Asia, and the Mediterranean route. */
export const DESTINATIONS = ['SA', 'AE', 'QA', 'KW', 'OM', 'BH', 'JO', 'LB', 'IQ', 'LY', 'MY', 'SG', 'BN', 'MV', 'IN', 'MM',
  'TH', 'IT', 'GR', 'RO'] as const;

const names = {
  en: new Intl.DisplayNames(['en'], { type: 'region' }),
  bn: new Intl.DisplayNames(['bn'], { type: 'region' }),
};

/** The country's name in both languages; the code itself when the browser does not know it. */
export function countryName(code: string): Bilingual {
  return { en: names.en.of(code) ?? code, bn: names.bn.of(code) ?? code };
}

/**
 * A country picker: the destinations above, plus those given (the agency's own country, say), each once, in
 * English alphabetical order; the first option is "choose". Bangladesh is offered only when asked for.
 */
export function countrySelect(required: boolean, chosen: string | null, also: (string | null)[] = []): HTMLSelectElement {
  const codes = [...new Set([...DESTINATIONS, ...also.filter((c): c is string => !!c)])]
    .sort((a, b) => (countryName(a).en ?? a).localeCompare(countryName(b).en ?? b));
  const select = h('select', { required, 'data-field': 'country' });
  select.append(translatedOption('', 'screen.choose'));
  for (const code of codes) select.append(bilingualOption(code, countryName(code)));
  select.value = chosen ?? '';
  return select;
}
