// The statistics page's drawings: the trend of an indicator's totals by period (a small SVG bar chart), and the funnel
// from screening to completed service. A figure that is not published ("<5", "x") is drawn as a marked gap the full
// height of the chart, with its mark: its height, width and place say nothing about its size.
import { h, translated, figureText, uid } from '../dom';
import { t, formatDisplay, formatPeriod } from '../i18n';
import { ZERO, largestShown, type Figure, type FunnelStep } from '../statistics';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag: string, attrs: Record<string, string | number>, ...children: (Node | string)[]): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  el.append(...children);
  return el;
}

/**
 * The drawing's measures: one slot per period; below the bars, room for the periods' names, slanted, and on the left
 * room for the first name's start.
 */
export const TREND = { slot: 56, bar: 36, top: 28, height: 180, below: 110, left: 88, right: 8 };

/**
 * The totals by period as bars; a period with nothing counted is an empty slot on the axis. The chart is as wide as
 * its periods need (it scrolls sideways rather than shrinking its text), and its numbers are in the table beneath.
 */
export function trendChart(periods: string[], totals: Map<string, Figure>): HTMLElement {
  const { slot, bar, top, height, below, left, right } = TREND;
  const width = left + periods.length * slot + right;
  const base = top + height;
  const figures = periods.map((p) => totals.get(p) ?? ZERO);
  const largest = Math.max(1, largestShown(figures));
  const hatch = uid('hatch');
  const chart = svg('svg', { class: 'stats-trend', viewBox: `0 0 ${width} ${base + below}`, width, height: base + below,
    role: 'img', 'aria-label': t('statistics.chartLabel'), 'data-i18n-attr': 'aria-label:statistics.chartLabel' },
  svg('defs', {}, svg('pattern', { id: hatch, width: 8, height: 8, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    svg('line', { class: 'hatch', x1: 0, y1: 0, x2: 0, y2: 8 }))),
  svg('line', { class: 'axis', x1: left, x2: width - right, y1: base, y2: base }));
  periods.forEach((period, i) => {
    const x = left + i * slot + (slot - bar) / 2;
    const middle = x + bar / 2;
    chart.append(svg('g', { class: 'period', 'data-for': period, 'data-status': figures[i].status },
      ...barOf(figures[i], x, middle, largest, hatch),
      svg('text', { class: 'period-name', x: middle, y: base + 14, 'text-anchor': 'end', transform: `rotate(-40 ${middle} ${base + 14})`,
        'data-period': period }, formatPeriod(period))));
  });
  return h('figure', { class: 'trend-figure' }, h('figcaption', {}, translated('statistics.trend')),
    h('div', { class: 'chart-scroll', tabindex: 0 }, chart as unknown as HTMLElement));
}

/** A shown figure's bar to scale with its display above it, or a suppressed figure's marked gap with its mark. */
function barOf(figure: Figure, x: number, middle: number, largest: number, hatch: string): SVGElement[] {
  const { bar, top, height } = TREND;
  const base = top + height;
  const label = (y: number) => svg('text', { class: 'figure', x: middle, y, 'text-anchor': 'middle', 'data-display': figure.display },
    formatDisplay(figure.display));
  if (figure.status !== 'SHOWN' || figure.count === null) {
    return [svg('rect', { class: 'gap', x, y: top, width: bar, height, fill: `url(#${hatch})` }), label(top - 8)];
  }
  const tall = Math.round((figure.count / largest) * height);
  return [svg('rect', { class: 'bar', x, y: base - tall, width: bar, height: tall }), label(base - tall - 6)];
}

/**
 * Screened → referrals sent → accepted → completed, each a bar to the scale of the largest shown, with the figure as
 * published. The steps are counted on their own days, so no share is worked out between them.
 */
export function funnelChart(steps: FunnelStep[]): HTMLElement {
  const largest = Math.max(1, largestShown(steps.map((s) => s.figure)));
  return h('ol', { class: 'funnel-steps' }, ...steps.map(({ step, figure }) => {
    const shown = figure.status === 'SHOWN' && figure.count !== null;
    const drawn = h('span', { class: shown ? 'funnel-bar' : 'funnel-bar gap', 'aria-hidden': 'true' });
    // a width through the CSSOM: the Content-Security-Policy refuses style attributes
    if (shown) drawn.style.width = `${Math.max(0.5, (figure.count! / largest) * 100)}%`;
    return h('li', { 'data-step': step, 'data-status': figure.status },
      h('span', { class: 'funnel-label' }, translated(`statistics.step.${step}`)),
      h('span', { class: 'funnel-track' }, drawn),
      h('strong', { class: 'funnel-figure' }, figureText(figure.display)));
  }));
}
