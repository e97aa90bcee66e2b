// @vitest-environment happy-dom
// Numbers the views write from the API (a person's age in the shared view, a routing policy's version) are in the
// reader's digits and follow a language switch, like every other number of the portal.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n, setLang } from '../src/i18n';
import { retranslate } from '../src/dom';

vi.mock('../src/auth', () => ({
  user: () => ({ agencyId: undefined }),
  hasRole: (role: string) => role === 'nrm-coordinator',
}));
vi.mock('../src/api', async (actual) => ({
  ...(await actual<typeof import('../src/api')>()),
  get: async (_service: string, path: string) => {
    if (path.includes('/shared-view')) return { person: { givenName: 'Rahima', age: 34 }, needs: ['SHELTER'] };
    if (path.startsWith('/routing-policies')) {
      return { items: [{ agencyId: 'dhaka-ngo', version: 12, approveFirstUrgencies: ['HIGH'], approveFirstCategories: [],
        updatedAt: '2026-03-01T18:30:00Z', defaultPolicy: false }], page: 0, size: 100, totalItems: 1 };
    }
    throw new Error(`unexpected ${path}`);
  },
  call: vi.fn(),
}));

const { sharedView } = await import('../src/views/inbox');
const { policyView } = await import('../src/views/policy');

beforeEach(async () => {
  await initI18n();
  await setLang('bn');
});

describe('numbers written by the views', () => {
  it('shows the age of the person a provider may see in Bangla digits, and in Western digits after a switch', async () => {
    const view = sharedView('case-1');
    document.body.replaceChildren(view);
    await vi.waitFor(() => expect(view.querySelector('[data-shared="age"]')).not.toBeNull());
    expect(view.querySelector('[data-shared="age"]')!.textContent).toBe('৩৪');

    await setLang('en');
    retranslate();
    expect(view.querySelector('[data-shared="age"]')!.textContent).toBe('34');
  });

  it('shows each agency routing policy version in Bangla digits to a coordinator reading Bangla', async () => {
    const main = document.createElement('main');
    document.body.replaceChildren(main);
    policyView(main);
    await vi.waitFor(() => expect(main.querySelector('table.policies tr[data-agency="dhaka-ngo"]')).not.toBeNull());
    expect(main.querySelector('tr[data-agency="dhaka-ngo"] td.version')!.textContent).toBe('১২');
  });
});
