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

/** A text in the current language; numbers among its arguments are written in that language's digits. */
export function t(key: string, args?: Record<string, unknown>): string {
  const localised = args && lang() === 'bn'
    ? Object.fromEntries(Object.entries(args).map(([k, v]) => [k, typeof v === 'number' ? formatNumber(v) : v]))
    : args;
  return i18next.t(key, localised ?? {});
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

export function formatNumber(n: number, digits = 0, fixed = false): string {
  return new Intl.NumberFormat(lang() === 'bn' ? 'bn-BD' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: fixed ? digits : 0 }).format(n);
}

/** A calendar date (YYYY-MM-DD, no time of day), written as it is: a due date means that day wherever one reads it. */
export function formatDate(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return isoDate;
  return new Intl.DateTimeFormat(lang() === 'bn' ? 'bn-BD' : 'en-GB', { timeZone: 'UTC', dateStyle: 'medium' }).format(d);
}

/** A month (YYYY-MM) by name and year. */
export function formatMonth(yearMonth: string): string {
  const d = new Date(`${yearMonth}-01T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return yearMonth;
  return new Intl.DateTimeFormat(lang() === 'bn' ? 'bn-BD' : 'en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(d);
}

/** An integer written without grouping (a year, a week's number): 2026, not 2,026; in Bangla digits in Bangla. */
export function formatPlain(n: number): string {
  return new Intl.NumberFormat(lang() === 'bn' ? 'bn-BD' : 'en-GB', { useGrouping: false, maximumFractionDigits: 0 }).format(n);
}

/**
 * A period as the statistics service labels it: a month (2026-11), an ISO week (2026-W45) or a quarter (2026-Q4),
 * by name and year. A label of another shape is shown as it came.
 */
export function formatPeriod(label: string): string {
  if (/^\d{4}-\d{2}$/.test(label)) return formatMonth(label);
  const week = /^(\d{4})-W(\d{2})$/.exec(label);
  if (week) return t('period.week', { week: formatPlain(Number(week[2])), year: formatPlain(Number(week[1])) });
  const quarter = /^(\d{4})-Q([1-4])$/.exec(label);
  if (quarter) return t('period.quarter', { quarter: formatPlain(Number(quarter[2])), year: formatPlain(Number(quarter[1])) });
  return label;
}

/**
 * A published figure as the statistics service displays it ("12", "<5" or "x"), in the reader's digits. Only the
 * digits change: a count is never worked out or filled in here.
 */
export function formatDisplay(display: string): string {
  if (/^\d+$/.test(display)) return formatNumber(Number(display));
  return display.replace(/\d/g, (d) => formatPlain(Number(d)));
}

/** Whether the locales have a text for key: codes newer than the portal (a breakdown value) are shown as they came. */
export function hasText(key: string): boolean {
  return i18next.exists(key);
}
