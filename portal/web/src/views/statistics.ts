// The statistics page (issue #17, item 6): an indicator of the statistics service over a range of Dhaka days, by
// week, month or quarter and by up to two breakdowns, as a trend chart and a table with its totals; the funnel from
// screening to completed service; and the same figures as CSV. NRM coordinators and auditors read every agency's
// figures, an agency's admin her own (the service decides whose). Figures come as the service published them:
// "<5" and "x" are shown as they are, never as a number, and no hidden figure is worked out from the totals.
import { ApiError, baseUrl, download, get } from '../api';
import { hasRole } from '../auth';
import { h, append, translated, clear, notice, field, translatedOption, calendarDate, periodName, figureText, bilingual } from '../dom';
import { hasText, t } from '../i18n';
import { allDistricts, allDivisions } from '../places';
import type { Unit } from '../model';
import {
  PERIODS, ZERO, cellAt, cellsByPlace, csvFileName, defaultRange, dhakaToday, funnelOf, keysOf, linesOf, periodsOf, statisticsPath,
  type Figure, type Figures, type IndicatorChoice, type Period, type StatisticsQuery,
} from '../statistics';
import { funnelChart, trendChart } from './statistics-chart';

type Fail = (e: unknown) => void;
/** District and division names by their geography codes, for the breakdowns by place. */
type Places = Map<string, Unit>;

export function statisticsView(main: HTMLElement): void {
  void statisticsPage(main).ready;
}

/** Draws the page into main; {@code ready} settles once the first figures are drawn. */
export function statisticsPage(main: HTMLElement): { ready: Promise<void> } {
  const status = h('div', { class: 'status-area' });
  const form = h('form', { class: 'filters statistics-filters' });
  const result = h('section', { class: 'card statistics-result', 'aria-live': 'polite', 'aria-labelledby': 'stats-h' });
  const funnel = h('section', { class: 'card funnel', 'aria-labelledby': 'funnel-h' });
  append(main, [h('h1', {}, translated('nav.statistics')), h('p', { class: 'hint' }, translated('statistics.intro')),
    ownAgencyOnly() && h('p', { class: 'own-agency' }, translated('statistics.ownAgency')), form, status, result, funnel]);
  const fail: Fail = (e) => status.append(notice('error', translated('common.error', {
    detail: e instanceof ApiError ? (e.problem.detail ?? e.problem.title ?? '') : (e as Error).message })));

  let asked = 0;
  const show = async (q: StatisticsQuery) => {
    const mine = ++asked;
    clear(status);
    result.setAttribute('aria-busy', 'true');
    // the funnel is drawn or fails on its own: the indicator asked for is shown either way
    const funnelDrawn = funnelFigures(q).catch((e: unknown) => { if (mine === asked) fail(e); return null; });
    try {
      const [figures, places] = await Promise.all([get<Figures>('statistics', statisticsPath(q)), placesFor(q.by)]);
      const steps = await funnelDrawn;
      if (mine !== asked) return;   // a later choice was asked for meanwhile: its answer is the one to show
      drawResult(result, q, figures, places, fail);
      clear(funnel);
      if (steps) funnel.append(...steps);
    } catch (e) {
      if (mine !== asked) return;
      // figures of an earlier query under this one's filters would mislead
      clear(result);
      clear(funnel);
      fail(e);
    } finally {
      if (mine === asked) result.removeAttribute('aria-busy');
    }
  };

  const ready = get<IndicatorChoice[]>('statistics', '/statistics')
    .then((all) => {
      const choices = all.filter((c) => !ownAgencyOnly() || c.indicator !== 'notifications');
      const read = filters(form, choices, status, show);
      return show(read());
    })
    .catch(fail);
  return { ready };
}

/** An agency's admin sees her agency's figures only; the notification figures are not kept per agency. */
function ownAgencyOnly(): boolean {
  return hasRole('agency-admin') && !hasRole('nrm-coordinator', 'auditor');
}

/**
 * The filters: range, period, indicator and up to two breakdowns from those the chosen indicator allows (they follow
 * the indicator as it changes). @return a reader of the query the filters say now
 */
function filters(form: HTMLFormElement, choices: IndicatorChoice[], status: HTMLElement,
  show: (q: StatisticsQuery) => Promise<void>): () => StatisticsQuery {
  const range = defaultRange(dhakaToday());
  const from = h('input', { type: 'date', name: 'from', required: true, value: range.from });
  const to = h('input', { type: 'date', name: 'to', required: true, value: range.to });
  const period = h('select', { name: 'period' }, ...PERIODS.map((p) => translatedOption(p, `statistics.periods.${p}`, p === 'month')));
  period.value = 'month';
  const indicator = h('select', { name: 'indicator' }, ...choices.map((c) => labelledOption(c.indicator, `statistics.indicator.${c.indicator}`)));
  const by = h('select', { name: 'by' });
  const by2 = h('select', { name: 'by2' });
  const allowed = () => choices.find((c) => c.indicator === indicator.value)?.by ?? [];
  const followIndicator = () => {
    offer(by, allowed(), by.value);
    offer(by2, allowed().filter((b) => b !== by.value), by2.value);
    by2.disabled = !by.value;
  };
  indicator.addEventListener('change', followIndicator);
  by.addEventListener('change', followIndicator);
  followIndicator();
  form.append(field('statistics.from', from), field('statistics.to', to), field('statistics.period', period),
    field('statistics.chooseIndicator', indicator), field('statistics.breakdown', by), field('statistics.breakdown2', by2),
    h('button', { type: 'submit', class: 'primary', 'data-action': 'show-statistics' }, translated('statistics.show')));

  const read = (): StatisticsQuery => ({ indicator: indicator.value, from: from.value, to: to.value, period: period.value as Period,
    by: [by.value, by2.disabled ? '' : by2.value].filter(Boolean) });
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    clear(status);
    // ISO dates compare as text; the service would refuse the range too, but the reader should not wait for it
    if (!from.value || !to.value || to.value < from.value) {
      status.append(notice('error', translated('statistics.badRange')));
      (to.value ? from : to).focus();
      return;
    }
    void show(read());
  });
  return read;
}

/** Fills a breakdown choice with the given breakdowns, keeping the one chosen while it is still allowed. */
function offer(select: HTMLSelectElement, breakdowns: string[], keep: string): void {
  clear(select);
  select.append(translatedOption('', 'statistics.noBreakdown'), ...breakdowns.map((b) => labelledOption(b, `statistics.by.${b}`)));
  select.value = breakdowns.includes(keep) ? keep : '';
}

/** An option by its translation, or by its code when the portal has none (a breakdown newer than the portal). */
function labelledOption(value: string, key: string): HTMLOptionElement {
  return hasText(key) ? translatedOption(value, key) : h('option', { value }, value);
}

/** The names of districts and divisions, when the breakdown needs them; without the directory the codes are shown. */
async function placesFor(by: string[]): Promise<Places> {
  const units: Unit[] = [];
  if (by.includes('district')) units.push(...await allDistricts().catch(() => []));
  if (by.includes('division')) units.push(...await allDivisions().catch(() => []));
  return new Map(units.map((u) => [u.id, u]));
}

function drawResult(host: HTMLElement, q: StatisticsQuery, figures: Figures, places: Places, fail: Fail): void {
  clear(host);
  host.dataset.indicator = q.indicator;
  host.dataset.by = q.by.join(',');
  host.dataset.drawn = String(Number(host.dataset.drawn ?? '0') + 1);   // browser tests wait for a redraw by it
  const totals = new Map(figures.periodTotals.map((f) => [f.period ?? '', f]));
  const periods = periodsOf(figures);
  const about = `statistics.about.${q.indicator}`;
  append(host, [
    h('h2', { id: 'stats-h' }, labelled(`statistics.indicator.${q.indicator}`, q.indicator)),
    h('p', { class: 'range' }, calendarDate(figures.from), ' – ', calendarDate(figures.to),
      ...q.by.flatMap((b) => [' · ', labelled(`statistics.by.${b}`, b)])),
    hasText(about) && h('p', { class: 'hint' }, translated(about)),
    h('p', { class: 'downloads' }, csvLink(q, fail))]);
  if (figures.total.status === 'SHOWN' && figures.total.count === 0) {
    host.append(h('p', { class: 'nothing' }, translated('statistics.nothing')));
    return;
  }
  host.append(trendChart(periods, totals), figureTable(figures, periods, totals, places), marks(figures.threshold));
}

/**
 * The table: a line per breakdown value (or pair), a column per period, the totals last. A cell the service left out
 * counted nobody, and reads 0.
 */
function figureTable(figures: Figures, periods: string[], totals: Map<string, Figure>, places: Places): HTMLElement {
  const cells = cellsByPlace(figures);
  const by = figures.by;
  const head = h('tr', {}, ...(by.length ? by.map((b) => h('th', { scope: 'col' }, labelled(`statistics.by.${b}`, b))) : [h('td', {})]),
    ...periods.map((p) => h('th', { scope: 'col', 'data-column': p }, periodName(p))),
    h('th', { scope: 'col', class: 'total' }, translated('statistics.total')));
  const lines = linesOf(figures).map((line) => {
    const keys = keysOf(line, by);
    return h('tr', { 'data-key': keys.join(',') },
      ...keys.map((k, i) => h('th', { scope: 'row' }, valueLabel(by[i], k, places))),
      ...periods.map((p) => figureCell(cellAt(cells, p, keys), p)),
      figureCell(line, 'total'));
  });
  const foot = h('tr', { class: 'totals', 'data-key': 'total' }, h('th', { scope: 'row', colspan: Math.max(1, by.length) }, translated('statistics.total')),
    ...periods.map((p) => figureCell(totals.get(p) ?? ZERO, p)),
    figureCell(figures.total, 'total'));
  return h('figure', { class: 'figure-table' }, h('figcaption', {}, translated('statistics.table')),
    h('div', { class: 'table-scroll', tabindex: 0 },
      h('table', { class: 'statistics' }, h('thead', {}, head), h('tbody', {}, ...lines), h('tfoot', {}, foot))));
}

/** A figure as published; a mark says why it is not a number (the legend beneath explains both marks). */
function figureCell(figure: Figure, column: string): HTMLElement {
  const why = figure.status === 'SHOWN' ? null : `statistics.${figure.status === 'WITHHELD' ? 'withheldTitle' : 'belowTitle'}`;
  return h('td', { class: `figure ${figure.status.toLowerCase()}`, 'data-column': column, 'data-status': figure.status,
    title: why ? t(why) : null, 'data-i18n-attr': why ? `title:${why}` : null }, figureText(figure.display));
}

/** What "<5" and "x" mean, with the threshold the service used. */
function marks(threshold: number): HTMLElement {
  return h('dl', { class: 'marks' },
    h('dt', {}, figureText(`<${threshold}`)), h('dd', {}, translated('statistics.belowMeans', { most: threshold - 1 })),
    h('dt', {}, 'x'), h('dd', {}, translated('statistics.withheldMeans')),
    h('dt', {}, figureText('0')), h('dd', {}, translated('statistics.zeroMeans')));
}

/** A breakdown value in words: a place by its name, an enum by the portal's text, anything else as the service names it. */
function valueLabel(breakdown: string, code: string, places: Places): HTMLElement {
  if (code === 'UNKNOWN') return translated('statistics.unknown');
  if (breakdown === 'district' || breakdown === 'division') {
    const place = places.get(code);
    return place ? bilingual(place.name) : h('span', {}, code);
  }
  if (breakdown === 'nationality') return bilingual({ en: regionName(code, 'en'), bn: regionName(code, 'bn') });
  if (breakdown === 'agency') return h('code', {}, code);
  const key = (VALUE_TEXTS[breakdown] ?? []).map((group) => `${group}.${code}`).find(hasText);
  return key ? translated(key) : h('span', {}, code);
}

/**
 * Where the portal's texts for each breakdown's values are, first found first used (in backquotes: these are groups of
 * texts, not texts, and the locale test checks every quoted key).
 */
const VALUE_TEXTS: Record<string, string[]> = {
  context: [`context`], sex: [`sex`], classification: [`classification`], category: [`category`],
  ageBand: [`statistics.ageBand`], child: [`statistics.child`], outcome: [`statistics.outcome`], channel: [`statistics.channel`],
  // escalations, declines and closures each have reason codes of their own
  reason: [`statistics.reason`, `inbox.declineReason`, `coordinator.closeReason`],
};

/** A country by its ISO code, in a language (Intl's names); the code itself when it is not one. */
function regionName(code: string, language: 'en' | 'bn'): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function labelled(key: string, code: string): HTMLElement {
  return hasText(key) ? translated(key) : h('span', {}, code);
}

/**
 * The same query as CSV. The API needs the user's token, which a plain link cannot carry: the file is fetched with
 * it and saved from memory. The link's address is the query itself, for those who call the API directly.
 */
function csvLink(q: StatisticsQuery, fail: Fail): HTMLElement {
  const link = h('a', { href: `${baseUrl('statistics')}/api/v1${statisticsPath(q, 'csv')}`, class: 'download', 'data-action': 'download-csv',
    download: csvFileName(q) }, translated('statistics.download'));
  link.addEventListener('click', (ev) => {
    ev.preventDefault();
    void saveCsv(q).catch(fail);
  });
  return link;
}

export async function saveCsv(q: StatisticsQuery): Promise<void> {
  const blob = await download('statistics', statisticsPath(q, 'csv'), 'text/csv');
  const url = URL.createObjectURL(blob);
  const save = h('a', { href: url, download: csvFileName(q), hidden: true });
  document.body.append(save);
  save.click();
  save.remove();
  // the browser reads the file after the click returns: let it go a little later
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The funnel from screening to completed service over the same days, from the screenings' total and the referrals by step. */
async function funnelFigures(q: StatisticsQuery): Promise<HTMLElement[]> {
  const over = { from: q.from, to: q.to, period: q.period };
  const [screenings, referrals] = await Promise.all([
    get<Figures>('statistics', statisticsPath({ ...over, indicator: 'screenings', by: [] })),
    get<Figures>('statistics', statisticsPath({ ...over, indicator: 'referrals', by: ['outcome'] }))]);
  return [h('h2', { id: 'funnel-h' }, translated('statistics.funnel')), h('p', { class: 'hint' }, translated('statistics.funnelAbout')),
    funnelChart(funnelOf(screenings, referrals))];
}
