// A tiny DOM builder. Text that depends on the language is made with translated() (a translation key), bilingual()
// (an English/Bangla pair from the API), dhakaTime() (a time), translatedOption() and bilingualOption(): each carries
// what it shows in data attributes, so that switching language rewrites it in place (retranslate()) and nothing the
// user typed is lost.
import { t, lang, formatTime, formatNumber, formatDate, formatMonth, formatPeriod, formatDisplay } from './i18n';

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, ''), value as EventListener);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

export function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** A translated text, kept up to date on language switches. */
export function translated(key: string, args?: Record<string, unknown>): HTMLSpanElement {
  const s = h('span', { 'data-i18n': key, 'data-i18n-args': args ? JSON.stringify(args) : null });
  s.textContent = t(key, args);
  return s;
}

export interface Bilingual { en?: string; bn?: string }

/** A text the API gives in both languages (instrument labels, service names, places). */
export function bilingual(text: Bilingual | null | undefined): HTMLSpanElement {
  const s = h('span', { 'data-en': text?.en ?? '', 'data-bn': text?.bn ?? text?.en ?? '' });
  s.textContent = bilingualText(text);
  return s;
}

/** The current language's side of a bilingual text, as a plain string (English when Bangla is missing). */
export function bilingualText(text: Bilingual | null | undefined): string {
  if (!text) return '';
  return (lang() === 'bn' ? text.bn : text.en) ?? text.en ?? '';
}

/** A time shown in Asia/Dhaka, in the current language. */
export function dhakaTime(iso: string | null | undefined): HTMLElement {
  if (!iso) return h('span', {}, '—');
  const el = h('time', { datetime: iso, 'data-time': iso });
  el.textContent = formatTime(iso);
  return el;
}

/** A number in the current language's digits; with fixed, always that many decimals (scores read 0.50, not 0.5). */
export function localNumber(n: number, fixed?: number): HTMLSpanElement {
  const s = h('span', { 'data-number': n, 'data-fixed': fixed ?? null });
  s.textContent = formatNumber(n, fixed ?? 0, fixed !== undefined);
  return s;
}

/** A calendar date (a due date), in the current language. */
export function calendarDate(isoDate: string | null | undefined): HTMLElement {
  if (!isoDate) return h('span', {}, '—');
  const el = h('time', { datetime: isoDate, 'data-date': isoDate });
  el.textContent = formatDate(isoDate);
  return el;
}

/** A month (YYYY-MM), in the current language. */
export function monthName(yearMonth: string): HTMLElement {
  const el = h('time', { datetime: yearMonth, 'data-month': yearMonth });
  el.textContent = formatMonth(yearMonth);
  return el;
}

/** A statistics period (2026-11, 2026-W45, 2026-Q4), in the current language. */
export function periodName(label: string): HTMLElement {
  const el = h('span', { 'data-period': label });
  el.textContent = formatPeriod(label);
  return el;
}

/** A published figure ("12", "<5", "x") shown as the statistics service displays it, in the current language's digits. */
export function figureText(display: string): HTMLSpanElement {
  const s = h('span', { 'data-display': display });
  s.textContent = formatDisplay(display);
  return s;
}

/**
 * Calls redraw after each language switch while el is on the page: for texts the services write in the language
 * asked for (case titles, stories), which must be read again. Stops once el has left the page.
 */
export function onLanguageChange(el: Element, redraw: () => void): void {
  let shown = lang();
  const watch = new MutationObserver(() => {
    if (!el.isConnected) { watch.disconnect(); return; }
    if (lang() === shown) return;
    shown = lang();
    redraw();
  });
  watch.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/** Rewrites every language-dependent text and attribute under root. */
export function retranslate(root: ParentNode = document): void {
  root.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => {
    const args = el.dataset.i18nArgs ? JSON.parse(el.dataset.i18nArgs) : undefined;
    el.textContent = t(el.dataset.i18n!, args);
  });
  root.querySelectorAll<HTMLElement>('[data-en]').forEach((el) => {
    el.textContent = (lang() === 'bn' ? el.dataset.bn : el.dataset.en) || el.dataset.en || '';
  });
  root.querySelectorAll<HTMLElement>('[data-time]').forEach((el) => {
    el.textContent = formatTime(el.dataset.time!);
  });
  root.querySelectorAll<HTMLElement>('[data-number]').forEach((el) => {
    el.textContent = formatNumber(Number(el.dataset.number), Number(el.dataset.fixed ?? 0), el.dataset.fixed !== undefined);
  });
  root.querySelectorAll<HTMLElement>('[data-date]').forEach((el) => { el.textContent = formatDate(el.dataset.date!); });
  root.querySelectorAll<HTMLElement>('[data-month]').forEach((el) => { el.textContent = formatMonth(el.dataset.month!); });
  // getAttribute, not dataset: the statistics chart writes these on SVG text too
  root.querySelectorAll('[data-period]').forEach((el) => { el.textContent = formatPeriod(el.getAttribute('data-period')!); });
  root.querySelectorAll('[data-display]').forEach((el) => { el.textContent = formatDisplay(el.getAttribute('data-display')!); });
  root.querySelectorAll<HTMLElement>('[data-i18n-attr]').forEach((el) => {
    for (const pair of el.dataset.i18nAttr!.split(';')) {
      const [attr, key] = pair.split(':');
      el.setAttribute(attr, t(key));
    }
  });
  root.querySelectorAll<HTMLOptionElement>('option[data-i18n-option]').forEach((el) => {
    el.textContent = t(el.dataset.i18nOption!);
  });
}

/** An <option> whose text is a translation key. */
export function translatedOption(value: string, key: string, selected = false): HTMLOptionElement {
  const o = h('option', { value, 'data-i18n-option': key, selected });
  o.textContent = t(key);
  return o;
}

/** An <option> with a bilingual text from the API. */
export function bilingualOption(value: string, text: Bilingual, selected = false): HTMLOptionElement {
  const o = h('option', { value, 'data-en': text.en ?? '', 'data-bn': text.bn ?? text.en ?? '', selected });
  o.textContent = bilingualText(text);
  return o;
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** A labelled form field: the label is tied to the control, and a hint or error below it is announced. */
export function field(labelKey: string | Node, control: HTMLElement, hint?: Node): HTMLDivElement {
  const id = control.id || uid('f');
  control.id = id;
  const label = h('label', { for: id }, typeof labelKey === 'string' ? translated(labelKey) : labelKey);
  return h('div', { class: 'field' }, label, control, hint ?? null);
}

let counter = 0;
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** A status message for screen readers and sighted users alike. */
export function notice(kind: 'ok' | 'error' | 'info', ...children: Child[]): HTMLDivElement {
  return h('div', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, ...children);
}
