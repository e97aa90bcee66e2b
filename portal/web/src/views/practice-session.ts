// One practice case: the story, the real instrument's questions (the widgets of a real screening), and after sending,
// the engine's reading of my answers beside the expert's. An attempt makes no case and sends no referral.
import { ApiError, call, get } from '../api';
import { h, translated, bilingual, clear, notice, onLanguageChange, append } from '../dom';
import { lang } from '../i18n';
import type { Instrument, PracticeCase, PracticeResult, Question, QuestionComparison } from '../model';
import { answerParts, agreeingQuestions, differingQuestions, indicatorText, outcomeRows, type AnswerPart, type OutcomeRow } from '../practice';
import { questionControl, answers, unansweredRequired, refusedAnswers } from '../questions';
import { joinNodes } from './screener';
import { failure } from './failure';

export function practiseCase(host: HTMLElement, status: HTMLElement, id: string, back: () => void): void {
  clear(host);
  host.append(h('p', {}, translated('common.loading')));
  void (async () => {
    try {
      const pc = await get<PracticeCase>('screening', `/practice/cases/${encodeURIComponent(id)}`);
      const instrument = await get<Instrument>('screening',
        `/instruments/${encodeURIComponent(pc.instrument.code)}/versions/${pc.instrument.version}`);
      clear(host);
      host.append(caseForm(pc, instrument, host, status, back));
      host.querySelector<HTMLElement>('#practice-case-h')?.focus();
    } catch (e) {
      clear(host);
      host.append(backButton(back));
      failure(status)(e);
    }
  })();
}

function backButton(back: () => void): HTMLButtonElement {
  return h('button', { type: 'button', class: 'secondary', 'data-action': 'back-to-list', onclick: back }, translated('practice.backToList'));
}

/** The person as the story gives them: age (or that it is not known) and the languages they speak. */
function facts(pc: PracticeCase): HTMLElement {
  const names = new Intl.DisplayNames([lang()], { type: 'language', fallback: 'code' });
  return h('dl', { class: 'facts' },
    h('dt', {}, translated('inbox.age')), h('dd', {}, pc.age == null ? translated('practice.ageUnknown') : translated('practice.years', { age: pc.age })),
    h('dt', {}, translated('inbox.languages')), h('dd', {}, (pc.languages ?? []).map((l) => names.of(l) ?? l).join(', ') || '—'));
}

function caseForm(pc: PracticeCase, instrument: Instrument, host: HTMLElement, status: HTMLElement, back: () => void): HTMLElement {
  const title = h('h2', { id: 'practice-case-h', tabindex: '-1' }, pc.title);
  const story = h('p', { class: 'story', lang: lang() }, pc.story);
  let shownFacts = facts(pc);
  const errors = h('div', { id: 'practice-errors' });
  const f = h('form', { novalidate: true, class: 'practice-form', 'aria-describedby': 'practice-errors' }) as HTMLFormElement;
  append(f, [h('h3', {}, translated('screen.questions')), ...instrument.questions.map(questionControl), errors,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, translated('practice.compare')))]);
  const section = h('section', { class: 'card practice-case', 'data-case': pc.id, 'aria-labelledby': 'practice-case-h' },
    backButton(back), title, h('p', { class: 'hint' }, translated('practice.fictional')), shownFacts,
    h('h3', {}, translated('practice.story')), story, f);

  // the story is written by the service in the language asked for; the answers typed so far stay as they are
  onLanguageChange(section, () => {
    get<PracticeCase>('screening', `/practice/cases/${encodeURIComponent(pc.id)}`).then((again) => {
      title.textContent = again.title;
      story.textContent = again.story;
      story.lang = lang();
      const next = facts(again);
      shownFacts.replaceWith(next);
      shownFacts = next;
    }).catch(() => { /* offline: the story stays in the language it came in */ });
  });

  f.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clear(errors);
    f.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
    const missing = unansweredRequired(f, instrument);
    if (missing.length) {
      errors.append(notice('error', translated('screen.missing', { fields: missing.map((m) => m.label).join('; ') })));
      missing[0].el.focus();
      return;
    }
    const submit = f.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    submit.disabled = true;
    try {
      const answer = await call<PracticeResult>('screening', `/practice/cases/${encodeURIComponent(pc.id)}/attempts`,
        { method: 'POST', body: { answers: answers(f, instrument) } });
      clear(host);
      host.append(comparison(answer.body, pc, instrument, () => practiseCase(host, status, pc.id, back), back));
      host.querySelector<HTMLElement>('#practice-result-h')?.focus();
    } catch (e) {
      if (e instanceof ApiError) errors.append(refusedAnswers(e.problem));
      else failure(status)(e);
    } finally {
      submit.disabled = false;
    }
  });
  return section;
}

function part(p: AnswerPart): Node {
  if ('key' in p) return translated(p.key);
  if ('text' in p) return bilingual(p.text);
  return document.createTextNode(p.plain);
}

/** One answer on a line; several (ticked boxes) as a list, since option labels have commas of their own. */
function shownAnswer(question: Question | undefined, value: unknown): Node {
  const parts = answerParts(question, value).map(part);
  return parts.length === 1 ? parts[0] : h('ul', {}, ...parts.map((p) => h('li', {}, p)));
}

function mark(agrees: boolean): HTMLElement {
  return h('span', { class: `mark ${agrees ? 'agrees' : 'differs'}` }, translated(agrees ? 'practice.agrees' : 'practice.differs'));
}

function outcomeValues(row: OutcomeRow, values: string[]): (Node | string)[] {
  const prefix = row.aspect === 'needs' ? 'category' : row.aspect;
  return values.length ? joinNodes(values.map((v) => translated(`${prefix}.${v}`))) : [translated('common.none')];
}

function outcomeTable(r: PracticeResult): HTMLElement {
  const rows = outcomeRows(r).map((row) => h('tr', { 'data-aspect': row.aspect, 'data-agrees': String(row.agrees) },
    h('th', { scope: 'row' }, translated(`practice.aspect.${row.aspect}`)),
    cell('practice.expert', { 'data-expected': row.expected.join(' ') }, ...outcomeValues(row, row.expected)),
    cell('practice.yours', { 'data-yours': row.yours.join(' ') }, ...outcomeValues(row, row.yours)),
    cell('practice.agreement', {}, mark(row.agrees),
      row.missed.length ? h('div', { class: 'hint' }, translated('practice.missedNeeds'), ' ', ...outcomeValues(row, row.missed)) : null,
      row.extra.length ? h('div', { class: 'hint' }, translated('practice.extraNeeds'), ' ', ...outcomeValues(row, row.extra)) : null)));
  return comparisonTable('practice.outcome', 'practice.aspectHeading', rows);
}

function elementTable(r: PracticeResult): HTMLElement {
  const rows = r.elements.map((e) => h('tr', { 'data-element': e.element, 'data-agrees': String(e.agrees) },
    h('th', { scope: 'row' }, translated(`element.${e.element}`)),
    cell('practice.expert', {}, translated(`elementStatus.${e.expected}`)), cell('practice.yours', {}, translated(`elementStatus.${e.given}`)),
    cell('practice.agreement', {}, mark(e.agrees))));
  return comparisonTable('practice.elements', 'practice.elementHeading', rows);
}

/** A cell that names its column too: on a phone the rows are stacked and the column headings are not seen. */
function cell(columnKey: string, attrs: Record<string, string>, ...children: (Node | string | null)[]): HTMLTableCellElement {
  return h('td', attrs, h('span', { class: 'cell-label' }, translated(columnKey), ': '), ...children);
}

function comparisonTable(caption: string, firstHead: string, rows: HTMLElement[]): HTMLElement {
  return h('table', { class: 'comparison' }, h('caption', {}, translated(caption)),
    h('thead', {}, h('tr', {}, ...[firstHead, 'practice.expert', 'practice.yours', 'practice.agreement']
      .map((k) => h('th', { scope: 'col' }, translated(k))))),
    h('tbody', {}, ...rows));
}

function indicators(labelKey: string, codes: string[], q: QuestionComparison, instrument: Instrument, kind: string): HTMLElement | null {
  if (!codes.length) return null;
  return h('div', { class: `indicators ${kind}` }, h('strong', {}, translated(labelKey)),
    h('ul', {}, ...codes.map((code) => {
      const text = indicatorText(instrument, q.questionId, code);
      return h('li', { 'data-indicator': code }, text ? bilingual(text) : null, ' ', h('code', {}, code));
    })));
}

/** One question: the expert's answer and mine, what my answer missed or over-read, and the note; the note is the service's text. */
function questionCard(q: QuestionComparison, instrument: Instrument, noteLang: string): HTMLElement {
  const question = instrument.questions.find((x) => x.id === q.questionId);
  return h('article', { class: 'question-diff', 'data-question': q.questionId, 'data-agrees': String(q.agrees) },
    h('h4', {}, question ? bilingual(question.label) : q.questionId),
    h('dl', {},
      h('dt', {}, translated('practice.expertAnswer')), h('dd', { class: 'expert-answer' }, shownAnswer(question, q.expertAnswer)),
      h('dt', {}, translated('practice.yourAnswer')), h('dd', { class: 'your-answer' }, shownAnswer(question, q.yourAnswer))),
    indicators('practice.missed', q.missedIndicators, q, instrument, 'missed'),
    indicators('practice.overRead', q.overReadIndicators, q, instrument, 'over-read'),
    q.note ? h('p', { class: 'note', lang: noteLang }, h('strong', {}, translated('practice.note')), ' ', q.note) : null);
}

function comparison(r: PracticeResult, pc: PracticeCase, instrument: Instrument, again: () => void, back: () => void): HTMLElement {
  const noteLang = lang();
  const differing = differingQuestions(r);
  const same = agreeingQuestions(r);
  const trace = (key: string, lines: string[]) => h('div', {}, h('h4', {}, translated(key)), h('ol', { class: 'trace', lang: noteLang }, ...lines.map((l) => h('li', {}, l))));
  return h('section', { class: 'card practice-result', 'data-case': pc.id, 'data-agrees': String(r.agrees), 'aria-labelledby': 'practice-result-h' },
    h('h2', { id: 'practice-result-h', tabindex: '-1' }, translated('practice.comparison')),
    h('p', { class: 'case-title' }, pc.title),
    notice(r.agrees ? 'ok' : 'info', translated(r.agrees ? 'practice.allAgree' : 'practice.someDiffer')),
    outcomeTable(r),
    elementTable(r),
    h('h3', {}, translated('practice.differences', { count: differing.length })),
    differing.length ? h('div', { class: 'differences' }, ...differing.map((q) => questionCard(q, instrument, noteLang)))
      : h('p', {}, translated('practice.noDifferences')),
    same.length ? h('details', { class: 'same' }, h('summary', {}, translated('practice.sameQuestions', { count: same.length })),
      ...same.map((q) => questionCard(q, instrument, noteLang))) : null,
    h('details', { class: 'traces' }, h('summary', {}, translated('screen.trace')),
      trace('practice.expertTrace', r.expected.trace), trace('practice.yourTrace', r.yours.trace)),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'primary', 'data-action': 'try-again', onclick: again }, translated('practice.tryAgain')),
      backButton(back)));
}
