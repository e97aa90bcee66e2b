// The trainer's view (trainers and agency admins): assign practice cases to a screener of the agency, follow which
// assigned cases are done, and read how often the cohort and each screener agree with the expert.
import { call, get, query } from '../api';
import { h, translated, clear, notice, field, uid, dhakaTime, calendarDate, onLanguageChange, retranslate } from '../dom';
import { lang } from '../i18n';
import type { Assignment, CohortProgress, Page, PracticeSummary } from '../model';
import { agreement, progressTables } from './progress';
import { failure } from './failure';

export function trainerView(main: HTMLElement): void {
  const status = h('div', { class: 'status-area' });
  const assign = h('section', { class: 'card', 'aria-labelledby': 'assign-h' });
  const assignments = h('section', { class: 'card', 'aria-labelledby': 'assignments-h' });
  const progress = h('section', { class: 'card', 'aria-labelledby': 'cohort-h' });
  main.append(h('h1', {}, translated('training.heading')), h('p', { class: 'hint' }, translated('training.intro')), status, assign, assignments, progress);
  const fail = failure(status);
  // case titles and aspect labels come from the service in the language asked for; the assign form keeps what was typed
  const refresh = async () => { await Promise.all([drawAssignments(assignments, fail), drawProgress(progress, fail)]); };
  onLanguageChange(assignments, () => { void refresh(); void relabelCases(assign); });
  void assignForm(assign, status, fail, refresh);
  void refresh();
}

async function assignForm(host: HTMLElement, status: HTMLElement, fail: (e: unknown) => void, refresh: () => Promise<void>): Promise<void> {
  let cases: PracticeSummary[];
  try {
    cases = (await get<Page<PracticeSummary>>('screening', '/practice/cases')).items;
  } catch (e) { fail(e); return; }
  const screener = h('input', { name: 'screener', autocomplete: 'off', maxlength: 100, required: true });
  const dueOn = h('input', { type: 'date', name: 'dueOn', min: new Date().toISOString().slice(0, 10) });
  const errors = h('div', { id: 'assign-errors' });
  const form = h('form', { class: 'assign', novalidate: true, 'aria-describedby': 'assign-errors' },
    field('training.screener', screener, h('span', { class: 'hint' }, translated('training.screenerHint'))),
    h('fieldset', {}, h('legend', {}, translated('training.cases')),
      h('div', { class: 'grid' }, ...cases.map((c) => caseChoice(c)))),
    field('training.dueOn', dueOn),
    errors,
    h('button', { type: 'submit', class: 'primary', 'data-action': 'assign' }, translated('training.assign')));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clear(errors);
    const chosen = [...form.querySelectorAll<HTMLInputElement>('input[name="case"]:checked')].map((c) => c.value);
    const who = screener.value.trim();
    if (!who || !chosen.length) {
      errors.append(notice('error', translated(!who ? 'training.needScreener' : 'training.needCases')));
      (!who ? screener : form.querySelector<HTMLInputElement>('input[name="case"]'))?.focus();
      return;
    }
    try {
      await call<Assignment>('screening', '/practice/assignments', { method: 'POST',
        body: { screener: who, cases: chosen, ...(dueOn.value ? { dueOn: dueOn.value } : {}) } });
      clear(status);
      status.append(notice('ok', translated('training.assigned', { count: chosen.length, screener: who })));
      form.reset();
      await refresh();
    } catch (e) { fail(e); }
  });
  clear(host);
  host.append(h('h2', { id: 'assign-h' }, translated('training.assignHeading')), form);
}

function caseChoice(c: PracticeSummary): HTMLElement {
  const id = uid('a');
  return h('div', { class: 'choice' }, h('input', { type: 'checkbox', name: 'case', value: c.id, id }),
    h('label', { for: id, 'data-case-title': c.id }, c.title));
}

/** The case titles beside the checkboxes, read again in the new language; the ticks stay. */
async function relabelCases(host: HTMLElement): Promise<void> {
  const cases = await get<Page<PracticeSummary>>('screening', '/practice/cases').catch(() => null);
  for (const c of cases?.items ?? []) {
    const label = host.querySelector(`label[data-case-title="${CSS.escape(c.id)}"]`);
    if (label) label.textContent = c.title;
  }
}

async function drawAssignments(host: HTMLElement, fail: (e: unknown) => void): Promise<void> {
  try {
    const page = await get<Page<Assignment>>('screening', `/practice/assignments${query({ size: 100 })}`);
    clear(host);
    host.append(h('h2', { id: 'assignments-h' }, translated('training.assignments')));
    if (!page.items.length) { host.append(h('p', {}, translated('training.noAssignments'))); return; }
    host.append(h('table', { class: 'assignments' },
      h('thead', {}, h('tr', {}, ...['training.screenerHeading', 'training.cases', 'common.due', 'training.assignedBy']
        .map((k) => h('th', { scope: 'col' }, translated(k))))),
      h('tbody', {}, ...page.items.map(assignmentRow))));
    retranslate(host);
  } catch (e) { fail(e); }
}

function assignmentRow(a: Assignment): HTMLTableRowElement {
  return h('tr', { 'data-assignment': a.id, 'data-screener': a.screener },
    h('th', { scope: 'row' }, a.screener),
    h('td', {}, h('ul', { class: 'assigned-cases' }, ...a.cases.map((c) => h('li', { 'data-case': c.id, 'data-done': String(c.done === true) },
      h('span', { class: `chip assigned ${c.done ? 'done' : 'to-do'}` }, translated(c.done ? 'training.done' : 'training.toDo')), ' ',
      c.title, c.lastAgrees == null ? null : h('span', { class: 'hint' }, ' — ', translated(c.lastAgrees ? 'practice.lastAgreed' : 'practice.lastDiffered')))))),
    h('td', {}, calendarDate(a.dueOn)),
    h('td', {}, a.assignedBy, h('br'), dhakaTime(a.assignedAt)));
}

async function drawProgress(host: HTMLElement, fail: (e: unknown) => void): Promise<void> {
  try {
    const p = await get<CohortProgress>('screening', '/practice/progress');
    clear(host);
    host.append(h('h2', { id: 'cohort-h' }, translated('training.cohort')), h('div', { class: 'cohort' }, progressTables(p.cohort)),
      h('h2', {}, translated('training.screeners')));
    if (!p.screeners.length) host.append(h('p', {}, translated('training.noAttempts')));
    // each screener folded, with their overall agreement on the fold, so that a large cohort stays one screen long
    for (const s of p.screeners) {
      host.append(h('details', { class: 'screener-progress', 'data-screener': s.screener ?? '' },
        h('summary', {}, h('span', {}, s.screener ?? '', ': ', agreement(s))), progressTables(s)));
    }
    host.dataset.drawnIn = lang();   // the browser tests wait for the tables read again after a language switch
  } catch (e) { fail(e); }
}
