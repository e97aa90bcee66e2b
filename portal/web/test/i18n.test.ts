// @vitest-environment happy-dom
// English and Bangla: the two locales cover each other, times are shown in Asia/Dhaka in either language, and the
// DOM builder's texts follow a language switch in place. happy-dom gives i18n.ts and dom.ts the document they use.
/// <reference types="vite/client" />
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bilingual, bilingualOption, dhakaTime, retranslate, translated, translatedOption } from '../src/dom';
import { formatNumber, formatTime, initI18n, lang, setLang, t } from '../src/i18n';
import { bn } from '../src/locales/bn';
import { en } from '../src/locales/en';

type Texts = { [key: string]: string | Texts };

/** Every key of a locale with its text, nested keys joined by dots as i18next reads them. */
function flatten(texts: Texts, prefix = ''): Map<string, string> {
  const all = new Map<string, string>();
  for (const [key, value] of Object.entries(texts)) {
    if (typeof value === 'string') all.set(prefix + key, value);
    else flatten(value, `${prefix}${key}.`).forEach((text, k) => all.set(k, text));
  }
  return all;
}

const english = flatten(en);
const bangla = flatten(bn);

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
}

/** An evening in UTC that is already the next day in Dhaka (UTC+6). */
const EVENING_UTC = '2026-03-01T18:30:00Z';

describe('starting', () => {
  it('starting the languages writes nothing to the browser\'s console', async () => {
    delete (globalThis as Record<string, unknown>).__i18next_supportNoticeShown;   // i18next says its notice once a page
    const written = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) => vi.spyOn(console, level));
    vi.stubGlobal('navigator', { language: 'en-GB' });

    await initI18n();

    expect(written.flatMap((spy) => spy.mock.calls)).toEqual([]);
  });
});

describe('the locales', () => {
  it('every English key has a Bangla text', () => {
    expect([...english.keys()].filter((k) => !bangla.has(k))).toEqual([]);
  });

  it('every Bangla key has an English text', () => {
    expect([...bangla.keys()].filter((k) => !english.has(k))).toEqual([]);
  });

  it('no text is empty in either language', () => {
    const empty = [...english, ...bangla].filter(([, text]) => text.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('a Bangla text fills in the same names as its English text', () => {
    const differing = [...english].filter(([k, text]) => bangla.has(k)
      && placeholders(text).join() !== placeholders(bangla.get(k)!).join()).map(([k]) => k);
    expect(differing).toEqual([]);
  });

  it('every key the portal\'s code names exists in English', () => {
    const sources = import.meta.glob<string>('../src/**/*.ts', { query: '?raw', import: 'default', eager: true });
    const groups = Object.keys(en).join('|');
    const named = new Set<string>();
    for (const source of Object.values(sources)) {
      for (const m of source.matchAll(new RegExp(`['":](?:${groups})\\.[A-Za-z0-9.]+(?=')`, 'g'))) named.add(m[0].slice(1));
    }
    expect(named.size).toBeGreaterThan(100);
    expect([...named].filter((k) => !english.has(k)).sort()).toEqual([]);
  });
});

describe('language and times', () => {
  beforeEach(async () => {
    vi.stubGlobal('navigator', { language: 'en-GB', onLine: true });
    await initI18n();
  });

  it('the portal starts in English for a browser that prefers English', () => {
    expect(lang()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(t('nav.screen')).toBe('Screening');
  });

  it('the portal starts in Bangla for a browser that prefers Bangla', async () => {
    vi.stubGlobal('navigator', { language: 'bn-BD' });
    await initI18n();

    expect(lang()).toBe('bn');
    expect(document.documentElement.lang).toBe('bn');
    expect(t('nav.screen')).toBe(bn.nav.screen);
  });

  it('a switch to Bangla changes the texts and the document\'s language', async () => {
    await setLang('bn');

    expect(t('app.signedIn', { user: 'rahima' })).toBe('rahima হিসেবে প্রবেশ করেছেন');
    expect(document.documentElement.lang).toBe('bn');
  });

  it('a time is shown in Asia/Dhaka in English: an evening in UTC is past midnight of the next day', () => {
    expect(formatTime(EVENING_UTC)).toMatch(/^2 Mar 2026\D+00:30$/);
  });

  it('a time is shown in Asia/Dhaka in Bangla, with Bangla month and digits', async () => {
    await setLang('bn');

    const shown = formatTime(EVENING_UTC);
    expect(shown).toMatch(/^২ মার্চ, ২০২৬\D+১২:৩০/);
    expect(shown).not.toMatch(/[0-9]/);
  });

  it('a time the portal cannot read is shown as it came', () => {
    expect(formatTime('tomorrow-ish')).toBe('tomorrow-ish');
  });

  it('numbers are written with Bangla digits in Bangla', async () => {
    expect(formatNumber(1234.56, 1)).toBe('1,234.6');
    await setLang('bn');
    expect(formatNumber(1234.56, 1)).toBe('১,২৩৪.৬');
  });
});

describe('switching language on a page', () => {
  beforeEach(async () => {
    vi.stubGlobal('navigator', { language: 'en-GB', onLine: true });
    await initI18n();
  });

  it('every language-dependent text is rewritten in place and what the user typed stays', async () => {
    const typed = document.createElement('input');
    typed.value = 'Rahima';
    const page = document.createElement('div');
    const select = document.createElement('select');
    select.append(translatedOption('BORDER_INTERCEPTION', 'context.BORDER_INTERCEPTION'), bilingualOption('d-1', { en: 'Dhaka', bn: 'ঢাকা' }));
    page.append(translated('app.signedIn', { user: 'rahima' }), bilingual({ en: 'Shelter', bn: 'আশ্রয়' }),
      dhakaTime(EVENING_UTC), select, typed);
    const [greeting, service, time] = [...page.children] as HTMLElement[];
    expect(greeting.textContent).toBe('Signed in as rahima');

    await setLang('bn');
    retranslate(page);

    expect(greeting.textContent).toBe('rahima হিসেবে প্রবেশ করেছেন');
    expect(service.textContent).toBe('আশ্রয়');
    expect(time.textContent).toMatch(/^২ মার্চ/);
    expect(time.getAttribute('datetime')).toBe(EVENING_UTC);
    expect([...select.options].map((o) => o.textContent)).toEqual([bn.context.BORDER_INTERCEPTION, 'ঢাকা']);
    expect(page.lastElementChild).toBe(typed);
    expect(typed.value).toBe('Rahima');
  });

  it('a text the API gives only in English is shown in English in Bangla too', async () => {
    const page = document.createElement('div');
    const onlyEnglish = page.appendChild(bilingual({ en: 'Legal aid' }));

    await setLang('bn');
    retranslate(page);

    expect(onlyEnglish.textContent).toBe('Legal aid');
  });
});

describe('numbers in a text', () => {
  it('are written in Bangla digits in Bangla and left alone in English', async () => {
    await initI18n();
    await setLang('bn');
    expect(t('coordinator.showing', { from: 1, to: 20, total: 250 })).toBe('২৫০টির মধ্যে ১–২০');
    expect(t('coordinator.waitedHours', { hours: 4, minutes: 45 })).toBe('৪ ঘণ্টা ৪৫ মিনিট ধরে অপেক্ষায়');
    await setLang('en');
    expect(t('coordinator.showing', { from: 1, to: 20, total: 250 })).toBe('1–20 of 250');
  });
});
