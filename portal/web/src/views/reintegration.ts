// The reintegration part of a case (issue #20): the returnee's plan, the follow-up days and whether each was kept,
// the follow-ups with their survey scores and warnings, the scores' trend, and the forms to write the plan and to
// record a follow-up. The service takes writes only from a case worker on an open case: a closed case, or a coordinator,
// sees what was planned and found.
import { ApiError, call, get } from '../api';
import { hasRole } from '../auth';
import { h, translated, bilingual, calendarDate, dhakaTime, localNumber, clear, notice, field, translatedOption, uid, onLanguageChange } from '../dom';
import { t, formatDate } from '../i18n';
import { choice, questionControl, unansweredRequired, answers as answersOf } from '../questions';
import { CHANNELS, DIMENSIONS, SIGN_ANSWERS, WARNING_SIGNS, type CaseView, type FollowUp, type FollowUpHistory, type Instrument,
  type Plan, type Question, type Survey, type SurveySummary } from '../model';

type Fail = (e: unknown) => void;
interface Read<T> { body: T; etag: string | null }
interface CurrentSurvey { summary: SurveySummary; survey: Survey }

export function reintegration(view: CaseView, status: HTMLElement, fail: Fail): { el: HTMLElement; ready: Promise<void> } {
  const planBox = h('div', { class: 'plan' });
  const historyBox = h('div', { class: 'follow-up-history' });
  const result = h('div', { class: 'follow-up-result' });
  const formBox = h('div', { class: 'follow-up-record' });
  const el = h('section', { class: 'reintegration', 'data-section': 'reintegration' },
    h('h3', {}, translated('reintegration.heading')), planBox, historyBox, result, formBox);
  const writable = view.status === 'OPEN' && hasRole('case-worker');

  const loadHistory = async () => {
    const history = await get<FollowUpHistory>('screening', `/cases/${view.id}/follow-ups`);
    clear(historyBox);
    historyBox.append(...historyView(history));
  };
  const recorded = async (f: FollowUp) => {
    clear(result);
    result.append(f.warnings.length
      ? notice('info', translated('reintegration.recordedWarnings'), ' ', ...f.warnings.map(warningChip))
      : notice('ok', translated('reintegration.recorded')));
    await loadHistory();
  };
  const load = async () => {
    try {
      // without the survey a reached follow-up cannot be recorded, but the plan and the history can still be read
      const survey = writable ? currentSurvey().catch((e) => { fail(e); return null; }) : Promise.resolve(null);
      const [plan] = await Promise.all([readPlan(view.id), loadHistory()]);
      clear(planBox);
      planBox.append(...planView(plan?.body ?? null));
      if (writable) planBox.append(planForm(view, plan, status, load, fail));
      clear(formBox);
      const s = await survey;
      if (writable && s) formBox.append(followUpForm(view, s, plan?.body ?? null, recorded, fail));
    } catch (e) { fail(e); }
  };
  // the trace is written by the service in the language asked for: read again after a switch
  onLanguageChange(el, () => { void loadHistory().catch(() => { /* offline: the trace stays in the language it came in */ }); });
  return { el, ready: load() };
}

async function readPlan(caseId: string): Promise<Read<Plan> | null> {
  try {
    return await call<Plan>('screening', `/cases/${caseId}/plan`);
  } catch (e) {
    if (e instanceof ApiError && e.problem.status === 404) return null;   // no plan written yet
    throw e;
  }
}

async function currentSurvey(): Promise<CurrentSurvey | null> {
  const { items } = await get<{ items: SurveySummary[] }>('screening', '/reintegration/surveys');
  const summary = items.find((s) => s.current) ?? items.at(-1);
  if (!summary) return null;
  // href is the full path (/api/v1/...) while get() adds the prefix itself: the path is built from code and version
  const survey = await get<Survey>('screening', `/reintegration/surveys/${encodeURIComponent(summary.code)}/versions/${summary.version}`);
  return { summary, survey };
}

function planView(plan: Plan | null): HTMLElement[] {
  const heading = h('h4', {}, translated('reintegration.plan'));
  if (!plan) return [heading, h('p', { class: 'no-plan' }, translated('reintegration.noPlan'))];
  const goals = h('div', { class: 'goals' });
  for (const d of DIMENSIONS) {
    const mine = plan.goals.filter((g) => g.dimension === d);
    if (mine.length) goals.append(h('h5', {}, translated(`dimension.${d}`)), h('ul', { 'data-dimension': d }, ...mine.map((g) => h('li', {}, g.text))));
  }
  return [heading,
    h('p', { class: 'plan-meta' }, translated('reintegration.anchorIs'), ': ', calendarDate(plan.anchor), ' · ',
      translated('reintegration.updatedBy', { version: plan.version, user: plan.updatedBy ?? '—' }), ' ', dhakaTime(plan.updatedAt)),
    goals];
}

function planForm(view: CaseView, plan: Read<Plan> | null, status: HTMLElement, saved: () => Promise<void>, fail: Fail): HTMLElement {
  const before = plan?.body ?? null;
  const anchor = h('input', { type: 'date', name: 'anchor', required: true, value: before?.anchor ?? dhakaNow().slice(0, 10) });
  // three rows for a new plan; a plan with more goals shows them all, so that saving it drops none
  const goals = [...(before?.goals ?? [])];
  while (goals.length < 3) goals.push({ dimension: '', text: '' });
  const rows = goals.map((g, i) => {
    const dimension = h('select', { name: 'goal-dimension' }, translatedOption('', 'screen.choose'),
      ...DIMENSIONS.map((d) => translatedOption(d, `dimension.${d}`, g.dimension === d)));
    dimension.value = g.dimension;   // happy-dom (the unit tests' DOM) can miss the selected attribute of a detached select
    const text = h('input', { type: 'text', name: 'goal-text', maxlength: 2000, value: g.text || null });
    // the referrals a goal serves are linked elsewhere; a change of wording keeps them
    return { dimension, text, referralIds: g.referralIds ?? [],
      el: h('fieldset', { class: 'goal' }, h('legend', {}, translated('reintegration.goal', { n: i + 1 })),
        field('reintegration.dimension', dimension), field('reintegration.goalText', text)) };
  });
  // the plan's days are shown as they are and sent back as they are: what the form shows is what is saved
  const known = before?.followUpsDue ?? [];
  const days = Array.from({ length: Math.max(3, known.length) }, (_, i) => h('input', { type: 'date', name: 'follow-up-day', value: known[i] ?? null }));
  const problem = h('div', {});
  const form = h('form', { class: 'plan-edit' }, field('reintegration.anchor', anchor), ...rows.map((r) => r.el),
    h('fieldset', { class: 'days' }, h('legend', {}, translated('reintegration.days')), h('p', { class: 'hint' }, translated('reintegration.daysHint')),
      ...days.map((d, i) => field(translated('reintegration.day', { n: i + 1 }), d))),
    problem, h('button', { type: 'submit', 'data-action': 'save-plan' }, translated('reintegration.savePlan')));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clear(problem);
    const filled = rows.filter((r) => r.dimension.value || r.text.value.trim());
    if (!filled.length || filled.some((r) => !r.dimension.value || !r.text.value.trim())) {
      problem.append(notice('error', translated('reintegration.needGoal')));
      return;
    }
    const due = days.map((d) => d.value).filter(Boolean);
    const body = { anchor: anchor.value, goals: filled.map((r) => ({ dimension: r.dimension.value, text: r.text.value.trim(),
      ...(r.referralIds.length ? { referralIds: r.referralIds } : {}) })), ...(due.length ? { followUpsDue: due } : {}) };
    try {
      // the first plan is written without If-Match; a change names the version read, so a colleague's change is never overwritten
      const headers: Record<string, string> = plan ? { 'If-Match': plan.etag ?? `"${plan.body.version}"` } : {};
      const answer = await call<Plan>('screening', `/cases/${view.id}/plan`, { method: 'PUT', body, headers });
      status.append(notice('ok', translated('reintegration.planSaved', { version: answer.body.version })));
      await saved();
    } catch (e) { fail(e); }
  });
  return h('details', { class: 'plan-form' }, h('summary', {}, translated(before ? 'reintegration.changePlan' : 'reintegration.writePlan')), form);
}

function historyView(history: FollowUpHistory): HTMLElement[] {
  return [
    h('h4', {}, translated('reintegration.schedule')),
    history.schedule.length ? scheduleList(history.schedule) : h('p', {}, translated('common.nothing')),
    h('h4', {}, translated('reintegration.followUps')),
    trendChart(history.items),
    history.items.length ? h('ol', { class: 'follow-ups' }, ...history.items.map(followUpItem)) : h('p', {}, translated('reintegration.noFollowUps')),
  ];
}

export function scheduleList(schedule: FollowUpHistory['schedule']): HTMLElement {
  return h('ul', { class: 'schedule' }, ...schedule.map((d) => h('li', { class: `day ${d.status.toLowerCase()}`, 'data-due-on': d.dueOn, 'data-status': d.status },
    calendarDate(d.dueOn), ' ',
    // overdue in words and weight too, not only by colour
    d.status === 'OVERDUE' ? h('strong', { class: 'day-status' }, h('span', { 'aria-hidden': 'true' }, '⚠ '), translated('dayStatus.OVERDUE'))
      : h('span', { class: 'day-status' }, translated(`dayStatus.${d.status}`)))));
}

function followUpItem(f: FollowUp): HTMLElement {
  const li = h('li', { 'data-follow-up': f.id, 'data-reached': String(f.reached) },
    h('strong', {}, dhakaTime(f.contactedAt)), ' · ', translated(`channel.${f.channel}`), ' · ',
    translated(f.reached ? 'reintegration.reached' : 'reintegration.notReached'));
  if (f.dueOn) {
    li.append(' · ', translated('reintegration.forDay'), ' ', calendarDate(f.dueOn));
    if (f.onTime !== null && f.onTime !== undefined) li.append(' (', translated(f.onTime ? 'reintegration.onTime' : 'reintegration.late'), ')');
  }
  if (f.scores) {
    const score = (n: number | null) => (n === null || n === undefined ? h('span', {}, '—') : localNumber(n, 2));
    li.append(h('dl', { class: 'scores' },
      ...DIMENSIONS.flatMap((d) => [h('dt', {}, translated(`dimension.${d}`)), h('dd', { 'data-score': d }, score(f.scores![d]))]),
      h('dt', {}, translated('reintegration.composite')), h('dd', { 'data-score': 'composite' }, score(f.scores.composite))));
  }
  if (f.warnings.length) li.append(h('p', { class: 'warnings' }, translated('reintegration.warnings'), ' ', ...f.warnings.map(warningChip)));
  if (f.trace?.length) {
    li.append(h('details', { class: 'trace' }, h('summary', {}, translated('reintegration.trace')), h('ol', {}, ...f.trace.map((s) => h('li', {}, s)))));
  }
  return li;
}

const KNOWN_WARNINGS = ['TRAFFICKING_RISK', 'RE_MIGRATION_RISK', 'NEW_SCREENING'];

export function warningChip(code: string): HTMLElement {
  const [kind, dimension] = code.split(':');
  const text = kind === 'REFERRALS' && (DIMENSIONS as readonly string[]).includes(dimension) ? translated(`warning.REFERRALS.${dimension}`)
    : KNOWN_WARNINGS.includes(code) ? translated(`warning.${code}`)
      : h('span', {}, code);   // a warning newer than this portal: shown as the service names it
  return h('span', { class: 'chip warning', 'data-warning': code }, text);
}

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag: string, attrs: Record<string, string | number>, ...children: (Node | string)[]): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  el.append(...children);
  return el;
}

/** The chart's drawing area: a score s is drawn at y = pad + (1 - s) * (height - 2 * pad), so 1 is at the top. */
export const CHART = { width: 320, height: 140, pad: 12 };

/**
 * The three dimension scores across the follow-ups that reached the person, evenly spaced in their order; each line
 * has its own dash pattern besides its colour, and the numbers themselves are in the list below it.
 */
export function trendChart(items: FollowUp[]): HTMLElement {
  const scored = items.filter((f) => f.reached && f.scores);
  if (!scored.length) return h('p', { class: 'no-trend' }, translated('reintegration.chartNone'));
  const { width, height, pad } = CHART;
  const round = (n: number) => Math.round(n * 100) / 100;
  const x = (i: number) => round(scored.length === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (scored.length - 1));
  const y = (s: number) => round(pad + (1 - s) * (height - 2 * pad));
  const title = svg('title', { 'data-i18n': 'reintegration.chart' }, t('reintegration.chart'));
  const chart = svg('svg', { class: 'trend', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': t('reintegration.chart'),
    'data-i18n-attr': 'aria-label:reintegration.chart' }, title,
  svg('line', { class: 'axis', x1: pad, x2: width - pad, y1: y(1), y2: y(1) }),
  svg('line', { class: 'axis', x1: pad, x2: width - pad, y1: y(0), y2: y(0) }));
  for (const d of DIMENSIONS) {
    const points = scored.flatMap((f, i) => {
      const s = f.scores![d];
      return s === null || s === undefined ? [] : [[x(i), y(s)]];
    });
    chart.append(svg('polyline', { class: `line ${d}`, 'data-dimension': d, points: points.map((p) => p.join(',')).join(' ') }),
      ...points.map(([cx, cy]) => svg('circle', { class: `dot ${d}`, cx, cy, r: 3 })));
  }
  const legend = h('ul', { class: 'legend' }, ...DIMENSIONS.map((d) => h('li', { 'data-dimension': d },
    svg('svg', { class: 'swatch', viewBox: '0 0 24 8', width: 24, height: 8, 'aria-hidden': 'true' }, svg('line', { class: `line ${d}`, x1: 0, x2: 24, y1: 4, y2: 4 })),
    ' ', translated(`dimension.${d}`))));
  return h('figure', { class: 'trend-chart' }, chart as unknown as HTMLElement, h('figcaption', {}, legend));
}

// Bangladesh keeps UTC+6 all year (no daylight saving since 2009) and the portal shows every time in Dhaka's: the
// time typed is Dhaka's whatever the device's own zone is.
function dhakaNow(): string {
  return new Date(Date.now() + 6 * 3_600_000).toISOString().slice(0, 16);
}

function withDhakaOffset(local: string): string {
  return `${local.length === 16 ? `${local}:00` : local}+06:00`;
}

function followUpForm(view: CaseView, current: CurrentSurvey, plan: Plan | null, recorded: (f: FollowUp) => Promise<void>, fail: Fail): HTMLElement {
  const { survey, summary } = current;
  const contactedAt = h('input', { type: 'datetime-local', name: 'contactedAt', required: true, value: dhakaNow() });
  const channel = h('select', { name: 'channel' }, ...CHANNELS.map((c) => translatedOption(c, `channel.${c}`)));
  const reachedId = uid('reached');
  const reached = h('input', { type: 'checkbox', name: 'reached', id: reachedId, checked: true });
  const dueOn = h('select', { name: 'dueOn' }, translatedOption('', 'reintegration.noDay'),
    ...(plan?.followUpsDue ?? []).map((d) => h('option', { value: d, 'data-date': d }, formatDate(d))));
  // the survey's questions are single choices: the screening form's widgets fit them, and its check of required ones
  const questions: Question[] = survey.dimensions.flatMap((d) => d.indicators.flatMap((i) => i.questions)).map((q) => ({
    id: q.id, type: 'SINGLE_CHOICE', required: !!q.required, label: q.label, options: q.options.map((o) => ({ value: o.value, label: o.label })) }));
  const asInstrument: Instrument = { code: survey.code, version: survey.version, title: survey.title, questions };
  const byId = new Map(questions.map((q) => [q.id, q]));
  const surveyBox = h('fieldset', { class: 'survey' }, h('legend', {}, translated('reintegration.questions'), ': ', bilingual(survey.title)),
    summary.interimWeights ? h('p', { class: 'hint' }, translated('reintegration.interim')) : null,
    ...survey.dimensions.map((d) => h('fieldset', { class: 'dimension', 'data-dimension': d.code }, h('legend', {}, bilingual(d.label)),
      ...d.indicators.flatMap((i) => i.questions.map((q) => questionControl(byId.get(q.id)!))))));
  const signs = h('fieldset', { class: 'warning-signs' }, h('legend', {}, translated('reintegration.signs')),
    ...WARNING_SIGNS.map((id) => h('fieldset', { class: 'question', 'data-sign': id }, h('legend', {}, translated(`warningSign.${id}`)),
      ...SIGN_ANSWERS.map((a) => choice('radio', `sign-${id}`, a, translated(`signAnswer.${a}`))))));
  // disabled as well as hidden: what was ticked before the box was unticked is neither sent nor checked
  const whenReached = h('fieldset', { class: 'when-reached' }, surveyBox, signs);
  const sync = () => { whenReached.hidden = !reached.checked; whenReached.disabled = !reached.checked; };
  reached.addEventListener('change', sync);
  const problem = h('div', {});
  const form = h('form', { class: 'follow-up' }, field('reintegration.contactedAt', contactedAt), field('reintegration.channel', channel),
    h('div', { class: 'choice' }, reached, h('label', { for: reachedId }, translated('reintegration.reachedBox'))),
    field('reintegration.dueOn', dueOn), whenReached, problem,
    h('button', { type: 'submit', 'data-action': 'record-follow-up' }, translated('reintegration.submit')));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clear(problem);
    form.querySelectorAll('[aria-invalid]').forEach((x) => x.removeAttribute('aria-invalid'));
    const body: Record<string, unknown> = { contactedAt: withDhakaOffset(contactedAt.value), channel: channel.value, reached: reached.checked };
    if (dueOn.value) body.dueOn = dueOn.value;
    if (reached.checked) {
      const missing = unansweredRequired(form, asInstrument);
      if (missing.length) {
        problem.append(notice('error', translated('screen.missing', { fields: missing.map((m) => m.label).join(', ') })));
        missing[0].el.focus();
        return;
      }
      // the version the form was drawn from, so that a version published meanwhile cannot misread these answers
      body.survey = { code: survey.code, version: survey.version };
      body.answers = answersOf(form, asInstrument);
      const given = Object.fromEntries(WARNING_SIGNS.map((id) => [id, form.querySelector<HTMLInputElement>(`input[name="sign-${id}"]:checked`)?.value])
        .filter(([, v]) => v !== undefined));
      if (Object.keys(given).length) body.warningSigns = given;
    }
    try {
      const created = (await call<FollowUp>('screening', `/cases/${view.id}/follow-ups`, { method: 'POST', body })).body;
      form.reset();
      contactedAt.value = dhakaNow();
      sync();
      await recorded(created);
    } catch (e) { fail(e); }
  });
  return h('details', { class: 'follow-up-form' }, h('summary', {}, translated('reintegration.record')), form);
}
