// @vitest-environment happy-dom
// The country pickers of a screening abroad (issue #19): codes the screening service takes, named in either language.
import { beforeEach, describe, expect, it } from 'vitest';
import { countryName, countrySelect, DESTINATIONS } from '../src/countries';
import { initI18n, setLang } from '../src/i18n';

describe('countries of a screening abroad', () => {
  beforeEach(async () => {
    await initI18n();
    await setLang('en');
  });

  it('names Saudi Arabia in English and Bangla, never by its code alone', () => {
    const sa = countryName('SA');
    expect(sa.en).toBe('Saudi Arabia');
    expect(sa.bn).not.toBe('SA');
    expect(sa.bn).not.toBe(sa.en);
  });

  it('offers the destinations as ISO codes, the agency\'s own country once, and chooses it', () => {
    const select = countrySelect(true, 'KE', ['KE', 'SA']);
    const codes = [...select.options].map((o) => o.value).filter((v) => v);
    expect(codes).toHaveLength(DESTINATIONS.length + 1);
    expect(codes.every((c) => /^[A-Z]{2}$/.test(c))).toBe(true);
    expect(codes).not.toContain('BD');
    expect(select.value).toBe('KE');
    expect(select.required).toBe(true);
  });

  it('offers Bangladesh as a country of exploitation only when asked to', () => {
    expect([...countrySelect(false, null, ['BD']).options].map((o) => o.value)).toContain('BD');
  });
});
