// @vitest-environment happy-dom
// A provider's upcoming arrivals: a referral held for a person still abroad shows the service, the urgency, the port
// and the window, in English and Bangla, and nothing that names the person (no case reference until the arrival).
import { beforeEach, describe, expect, it } from 'vitest';
import { initI18n, setLang } from '../src/i18n';
import { upcomingCard } from '../src/views/inbox';
import type { Referral } from '../src/model';

const PORTS = [{ code: 'DAC', name: { en: 'Hazrat Shahjalal International Airport, Dhaka', bn: 'হযরত শাহজালাল আন্তর্জাতিক বিমানবন্দর, ঢাকা' }, kind: 'AIRPORT' }];

function held(over: Partial<Referral> = {}): Referral {
  return {
    id: 'ref-1', caseId: 'case-1', caseRef: null as unknown as string, category: 'SHELTER', serviceId: 'svc', organizationId: 'org',
    status: 'ON_HOLD', urgency: 'HIGH', attempt: 1, version: 2,
    arrival: { portOfEntry: 'DAC', expectedFrom: '2026-12-09', expectedTo: '2026-12-14', returnStatus: 'PLANNED' }, ...over,
  };
}

describe('a provider\'s upcoming arrivals', () => {
  beforeEach(async () => {
    await initI18n();
    setLang('en');
  });

  it('shows the service, urgency, port and window of a referral held for the arrival, and no case reference', () => {
    const card = upcomingCard(held(), PORTS);
    const text = card.textContent ?? '';
    expect(card.dataset.status).toBe('ON_HOLD');
    expect(card.hasAttribute('data-case-ref')).toBe(false);
    expect(text).toContain('Hazrat Shahjalal International Airport, Dhaka');
    expect(text).toContain('High');
    expect(text).toMatch(/9.*Dec.*2026/);
    expect(text).not.toContain('null');
    expect(card.querySelectorAll('button')).toHaveLength(0);
  });

  it('says when the person did not come, and falls back to the port\'s code when its name is unknown', () => {
    const card = upcomingCard(held({ arrival: { portOfEntry: 'HILI', expectedFrom: '2026-12-01', expectedTo: '2026-12-02', returnStatus: 'MISSED' } }), PORTS);
    expect(card.textContent).toContain('HILI');
    expect(card.textContent).toContain('did not arrive');
  });

  it('reads in Bangla with Bangla digits', () => {
    setLang('bn');
    const card = upcomingCard(held(), PORTS);
    const text = card.textContent ?? '';
    expect(text).toContain('হযরত শাহজালাল আন্তর্জাতিক বিমানবন্দর, ঢাকা');
    expect(text).toContain('যেখানে আসার কথা');
    expect(text).toMatch(/[০-৯]/);
    expect(text).not.toMatch(/[0-9]/);
  });
});
