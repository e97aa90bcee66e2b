// What the statistics page asks the statistics service and how it reads the answer (docs/statistics.md, "Indicators"):
// the query, the periods of a range, the figures by period and breakdown. Figures are published after disclosure
// control: a suppressed one has no count, only its display ("<5" or "x"), and nothing here ever works one out.
import { query } from './api';

export type Period = 'week' | 'month' | 'quarter';
export const PERIODS: readonly Period[] = ['week', 'month', 'quarter'];
export type FigureStatus = 'SHOWN' | 'BELOW_THRESHOLD' | 'WITHHELD';

/** An indicator and the breakdowns it allows (GET /statistics). */
export interface IndicatorChoice { indicator: string; by: string[] }

/** A published figure: a cell names its period and its breakdown's values (by the breakdown's name). */
export interface Figure {
  period?: string;
  count: number | null;
  display: string;
  status: FigureStatus;
  [breakdown: string]: unknown;
}

export interface Figures {
  indicator: string; period: Period; by: string[]; from: string; to: string; agencyId: string | null; threshold: number;
  rows: Figure[]; periodTotals: Figure[]; breakdownTotals: Figure[]; total: Figure;
}

export interface StatisticsQuery { indicator: string; from: string; to: string; period: Period; by: string[] }

/** A cell the service left out: it leaves out only counts of 0 that it would show, so this is a true zero. */
export const ZERO: Figure = { count: 0, display: '0', status: 'SHOWN' };

/** The API path of a query (GET /statistics/{indicator}?from=&to=&period=&by=), as JSON or as CSV. */
export function statisticsPath(q: StatisticsQuery, format?: 'csv'): string {
  return `/statistics/${encodeURIComponent(q.indicator)}${query({ from: q.from, to: q.to, period: q.period,
    by: q.by.length ? q.by.join(',') : null, format: format ?? null })}`;
}

/** The name a downloaded CSV is saved under: what it counts, over which days, by what. */
export function csvFileName(q: StatisticsQuery): string {
  return [q.indicator, q.from, q.to, q.period, ...q.by].join('-') + '.csv';
}

/** Today in Dhaka (UTC+6 all year), as the service's days are Dhaka's. */
export function dhakaToday(now: number = Date.now()): string {
  return new Date(now + 6 * 3_600_000).toISOString().slice(0, 10);
}

/** The last twelve months, this one included: the range a coordinator usually reports on. */
export function defaultRange(today: string): { from: string; to: string } {
  const [year, month] = today.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1 - 11, 1));
  return { from: first.toISOString().slice(0, 10), to: today };
}

/** The period a day falls in, labelled as the service labels it: 2026-11, 2026-W45 (ISO week), 2026-Q4. */
export function periodOf(day: Date, period: Period): string {
  const year = day.getUTCFullYear();
  const month = day.getUTCMonth();
  if (period === 'month') return `${year}-${String(month + 1).padStart(2, '0')}`;
  if (period === 'quarter') return `${year}-Q${Math.floor(month / 3) + 1}`;
  // ISO 8601: a week belongs to the year of its Thursday, and week 1 holds 4 January
  const thursday = new Date(day);
  thursday.setUTCDate(day.getUTCDate() + 3 - ((day.getUTCDay() + 6) % 7));
  const weekYear = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / (7 * 86_400_000));
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}

/**
 * Every period from one day to another, both included, in order: a period in which nothing was counted has no total
 * in the answer, and is still a bar of nothing on the chart and a column of zeros in the table.
 */
export function periodsBetween(from: string, to: string, period: Period): string[] {
  const labels: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let day = Date.parse(`${from}T00:00:00Z`); day <= end; day += 86_400_000) {
    const label = periodOf(new Date(day), period);
    if (labels.at(-1) !== label) labels.push(label);
  }
  return labels;
}

/** The periods to draw: those of the range, and any other the service answered with (it decides), in order. */
export function periodsOf(figures: Figures): string[] {
  const all = new Set(periodsBetween(figures.from, figures.to, figures.period));
  figures.periodTotals.forEach((f) => { if (f.period) all.add(f.period); });
  return [...all].sort();
}

/** A figure's breakdown values in the order of the breakdowns. */
export function keysOf(figure: Figure, by: string[]): string[] {
  return by.map((b) => String(figure[b] ?? ''));
}

const JOIN = '\u001f';

/** The cells by period and breakdown values, for looking each up while drawing the table. */
export function cellsByPlace(figures: Figures): Map<string, Figure> {
  return new Map(figures.rows.map((f) => [[f.period ?? '', ...keysOf(f, figures.by)].join(JOIN), f]));
}

export function cellAt(cells: Map<string, Figure>, period: string, keys: string[]): Figure {
  return cells.get([period, ...keys].join(JOIN)) ?? ZERO;
}

/** The table's lines (one per breakdown value or pair of values), by code; values not known come last. */
export function linesOf(figures: Figures): Figure[] {
  const rank = (code: string) => (code === 'UNKNOWN' || code === 'NONE' ? 1 : 0);
  const compare = (a: string, b: string) => rank(a) - rank(b) || a.localeCompare(b, 'en', { numeric: true });
  return [...figures.breakdownTotals].sort((x, y) => {
    const a = keysOf(x, figures.by);
    const b = keysOf(y, figures.by);
    for (let i = 0; i < a.length; i++) {
      const c = compare(a[i], b[i]);
      if (c) return c;
    }
    return 0;
  });
}

/** The referral steps of the funnel, after the people screened. */
export const FUNNEL_STEPS = ['SENT', 'ACCEPTED', 'COMPLETED'] as const;

export interface FunnelStep { step: string; figure: Figure }

/** Screened → sent → accepted → completed, each figure as the service published it (a step not counted is a zero). */
export function funnelOf(screenings: Figures, referralsByOutcome: Figures): FunnelStep[] {
  const outcome = (o: string) => referralsByOutcome.breakdownTotals.find((f) => f.outcome === o) ?? ZERO;
  return [{ step: 'screened', figure: screenings.total }, ...FUNNEL_STEPS.map((o) => ({ step: o, figure: outcome(o) }))];
}

/** The largest count shown among figures: bars are drawn to its scale; suppressed figures have no count and play no part. */
export function largestShown(figures: Figure[]): number {
  return Math.max(0, ...figures.map((f) => (f.status === 'SHOWN' && f.count !== null ? f.count : 0)));
}
