// English and Bangla through i18next. The choice lives in memory only (no browser storage): it starts from the
// browser's language and can be switched at any time. Times are always shown in Asia/Dhaka.
import i18next from 'i18next';
import { en } from './locales/en';
import { bn } from './locales/bn';

export type Lang = 'en' | 'bn';

export async function initI18n(): Promise<void> {
  const preferred: Lang = navigator.language?.toLowerCase().startsWith('bn') ? 'bn' : 'en';
  await i18next.init({
    lng: preferred,
    fallbackLng: 'en',
    resources: { en: { translation: en }, bn: { translation: bn } },
    interpolation: { escapeValue: false },   // the DOM builder sets textContent, never HTML
    showSupportNotice: false,                // i18next would advertise in the console; the portal logs nothing there
  });
  document.documentElement.lang = preferred;
}

export function t(key: string, args?: Record<string, unknown>): string {
  return i18next.t(key, args ?? {});
}

export function lang(): Lang {
  return (i18next.language === 'bn' ? 'bn' : 'en');
}

export async function setLang(l: Lang): Promise<void> {
  await i18next.changeLanguage(l);
  document.documentElement.lang = l;
}

export const TIME_ZONE = 'Asia/Dhaka';

export function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang() === 'bn' ? 'bn-BD' : 'en-GB', {
    timeZone: TIME_ZONE, dateStyle: 'medium', timeStyle: 'short',
  }).format(d);
}

export function formatNumber(n: number, digits = 0): string {
  return new Intl.NumberFormat(lang() === 'bn' ? 'bn-BD' : 'en-GB', { maximumFractionDigits: digits }).format(n);
}
