// A screener's (or a cohort's) practice progress as plain tables: agreement with the expert overall, per aspect of the
// reading, per case and per month. Tables rather than charts: the numbers are few, and a table reads aloud.
import { h, translated, dhakaTime, localNumber, monthName } from '../dom';
import type { Progress, Tally } from '../model';
import { aspectKey, percent } from '../practice';

/** "7 of 12 (58 %)", or a dash when nothing was attempted. */
export function agreement(t: Tally): HTMLElement {
  const p = percent(t);
  if (p === null) return h('span', { class: 'agreement', 'data-percent': '' }, translated('practice.notYet'));
  return h('span', { class: 'agreement', 'data-percent': p }, translated('practice.agreedOf', { agreed: t.agreed, attempts: t.attempts, percent: p }));
}

function table(caption: string, headKey: string, rows: HTMLTableRowElement[]): HTMLElement {
  return h('table', { class: 'progress' },
    h('caption', {}, translated(caption)),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, translated(headKey)), h('th', { scope: 'col' }, translated('practice.attempts')),
      h('th', { scope: 'col' }, translated('practice.agreement')))),
    h('tbody', {}, ...rows));
}

function row(label: Node, t: Tally, attrs: Record<string, string>, ...more: Node[]): HTMLTableRowElement {
  return h('tr', attrs, h('th', { scope: 'row' }, label, ...more), h('td', {}, localNumber(t.attempts)), h('td', {}, agreement(t)));
}

/** The label of an aspect: the portal's own when it knows the aspect (it then follows a switch in place), else the service's. */
function aspectLabel(aspect: string, label: string): Node {
  const key = aspectKey(aspect);
  return key ? translated(key) : document.createTextNode(label);
}

export function progressTables(p: Progress): HTMLElement {
  const box = h('div', { class: 'progress-tables', 'data-screener': p.screener ?? null });
  box.append(h('p', { class: 'overall' }, translated('practice.overall'), ' ', agreement(p)));
  if (!p.attempts) return box;
  box.append(
    table('practice.byAspect', 'practice.aspectHeading', p.aspects.map((a) => row(aspectLabel(a.aspect, a.label), a, { 'data-aspect': a.aspect }))),
    table('practice.byCase', 'practice.caseHeading', p.cases.map((c) => row(document.createTextNode(c.title), c, { 'data-case': c.caseId },
      h('br'), h('span', { class: 'hint' }, translated('practice.last'), ' ', dhakaTime(c.lastAttemptAt), ' ',
        c.lastAgrees == null ? '' : translated(c.lastAgrees ? 'practice.lastAgreed' : 'practice.lastDiffered'))))),
    table('practice.byMonth', 'practice.monthHeading', p.months.map((m) => row(monthName(m.month), m, { 'data-month-row': m.month }))),
  );
  return box;
}
