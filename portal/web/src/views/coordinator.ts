// The NRM coordinator: escalations to act on, and outcome metrics drawn with Chart.js from the referrals the
// coordinator may read. "District" is the district the service covers (from the directory), so that the
// metrics need no personal data of the cases.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { ApiError, get, query } from '../api';
import { h, translated, clear, notice, bilingualText } from '../dom';
import { t, formatNumber } from '../i18n';
import type { DirectoryService, Page, Referral } from '../model';
import { escalationList } from './escalations';
import { dueFollowUpList } from './follow-ups-due';
import { allDistricts, allDivisions } from '../places';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);
// the canvas needs the bundled Bangla font named, or Bangla labels come out as empty boxes
Chart.defaults.font.family = 'system-ui, "Noto Sans Bengali", "Noto Sans", sans-serif';
Chart.defaults.font.size = 13;
Chart.defaults.color = '#111827';

export function coordinatorView(main: HTMLElement): () => void {
  const status = h('div', { class: 'status-area' });
  const escalations = h('section', { class: 'card', 'aria-labelledby': 'esc-h' });
  const overdue = h('section', { class: 'card overdue-follow-ups', 'aria-labelledby': 'due-h' });
  const metrics = h('section', { class: 'card', 'aria-labelledby': 'met-h' });
  main.append(h('h1', {}, translated('nav.coordinator')), status, escalations, overdue, metrics);
  const charts: Chart[] = [];
  const fail = (e: unknown) => status.append(notice('error', translated('common.error', {
    detail: e instanceof ApiError ? (e.problem.detail ?? e.problem.title ?? '') : (e as Error).message })));

  const load = async () => {
    try {
      const referrals = await allReferrals();
      charts.splice(0).forEach((c) => c.destroy());
      await drawMetrics(metrics, referrals, charts);
    } catch (e) { fail(e); }
  };
  const list = escalationList(escalations, status, fail, load);
  // every agency's follow-ups whose window closed unanswered: a returnee nobody has visited is an escalation too
  void dueFollowUpList(overdue, fail, { status: 'OVERDUE' }).ready;
  // charts draw their labels on the canvas: redraw them when the language changes
  const relabel = new MutationObserver(() => { void load(); });
  relabel.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  void list.ready.then(load);
  return () => { relabel.disconnect(); charts.forEach((c) => c.destroy()); };
}

async function allReferrals(): Promise<Referral[]> {
  const out: Referral[] = [];
  for (let page = 0; page < 10; page++) {
    const p = await get<Page<Referral>>('referral', `/referrals${query({ page, size: 100 })}`);
    out.push(...p.items);
    if (p.items.length < 100) break;
  }
  return out;
}

async function drawMetrics(host: HTMLElement, referrals: Referral[], charts: Chart[]): Promise<void> {
  clear(host);
  host.append(h('h2', { id: 'met-h' }, translated('coordinator.metrics')));
  const districtOf = await serviceDistricts();

  // median minutes from SENT to ACCEPTED, by category
  const hours = new Map<string, number[]>();
  for (const r of referrals) {
    const sent = r.history?.find((s) => s.status === 'SENT');
    const accepted = r.history?.find((s) => s.status === 'ACCEPTED');
    if (!sent || !accepted) continue;
    const hrs = (Date.parse(accepted.at) - Date.parse(sent.at)) / 60_000;
    hours.set(r.category, [...(hours.get(r.category) ?? []), hrs]);
  }
  const categories = [...hours.keys()].sort();
  const medians = categories.map((c) => median(hours.get(c)!));
  host.append(chart(charts, 'chart-accept', t('coordinator.timeToAccept'), categories.map((c) => t(`category.${c}`)), medians,
    t('coordinator.minutes'), '#1d4ed8', 1));

  // share completed, by the district the service covers
  const byDistrict = new Map<string, { all: number; done: number }>();
  for (const r of referrals.filter((x) => x.status !== 'PROPOSED' && x.status !== 'CANCELLED')) {
    const d = districtOf.get(r.serviceId) ?? '—';
    const e = byDistrict.get(d) ?? { all: 0, done: 0 };
    e.all += 1;
    if (r.status === 'COMPLETED') e.done += 1;
    byDistrict.set(d, e);
  }
  const districts = [...byDistrict.keys()].sort();
  host.append(chart(charts, 'chart-completed', t('coordinator.completedShare'), districts,
    districts.map((d) => Math.round((byDistrict.get(d)!.done / byDistrict.get(d)!.all) * 100)), t('coordinator.percent'), '#047857', 0));

  // how many referrals of each category
  const count = new Map<string, number>();
  referrals.forEach((r) => count.set(r.category, (count.get(r.category) ?? 0) + 1));
  const cats = [...count.keys()].sort();
  host.append(chart(charts, 'chart-count', t('coordinator.byCategory'), cats.map((c) => t(`category.${c}`)), cats.map((c) => count.get(c)!),
    t('coordinator.count'), '#7c2d12', 0));
}

/** Each service's area: its district, else its division, else "national", in the current language. */
async function serviceDistricts(): Promise<Map<string, string>> {
  const districts = await allDistricts();
  const divisions = await allDivisions();
  const out = new Map<string, string>();
  for (let page = 0; page < 10; page++) {
    const p = await get<Page<DirectoryService>>('directory', `/services${query({ page, size: 100 })}`);
    for (const s of p.items) {
      const district = s.coverage.find((c) => c.level === 'DISTRICT');
      const division = s.coverage.find((c) => c.level === 'DIVISION');
      const d = district ? districts.find((x) => x.id === district.id) : undefined;
      const v = division ? divisions.find((x) => x.id === division.id) : undefined;
      out.set(s.id, d ? bilingualText(d.name) : v ? `${bilingualText(v.name)} (${t('coordinator.division')})` : t('coordinator.national'));
    }
    if (p.items.length < 100) break;
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** A bar chart with the same numbers in a table beside it, for screen readers and for copying. */
function chart(charts: Chart[], id: string, title: string, labels: string[], values: number[], unit: string, color: string, digits: number): HTMLElement {
  const canvas = h('canvas', { id, role: 'img', 'aria-label': title });
  const figure = h('figure', { class: 'chart' }, h('figcaption', {}, title), h('div', { class: 'chart-box' }, canvas),
    h('details', {}, h('summary', {}, unit),
      h('table', {}, h('tbody', {}, ...labels.map((l, i) => h('tr', {}, h('th', { scope: 'row' }, l), h('td', {}, formatNumber(values[i], digits))))))));
  if (!labels.length) figure.append(h('p', {}, translated('common.nothing')));
  charts.push(new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets: [{ label: unit, data: values, backgroundColor: color }] },
    options: { responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } },
      scales: { y: { beginAtZero: true } } },
  }));
  return figure;
}
