// What the practice screens compute from the API's answers, kept apart from the DOM so that it can be unit tested:
// the comparison's rows, the answers and indicators in words the screener knows, agreement as a percentage, and the
// order of the practice list (what a trainer assigned me, still to do, comes first).
import type { Bilingual } from './dom';
import type { Assignment, Instrument, PracticeResult, PracticeSummary, Question, QuestionComparison, Tally } from './model';

/** Agreement in whole percent; null when nothing was attempted (no "0 %" for a screener who has not started). */
export function percent(t: Tally): number | null {
  return t.attempts > 0 ? Math.round((t.agreed / t.attempts) * 100) : null;
}

export type Aspect = 'classification' | 'urgency' | 'needs';

/** One line of the outcome table: the expert's values, mine, and the needs I missed or added. */
export interface OutcomeRow { aspect: Aspect; expected: string[]; yours: string[]; agrees: boolean; missed: string[]; extra: string[] }

export function outcomeRows(r: PracticeResult): OutcomeRow[] {
  return [
    { aspect: 'classification', expected: [r.expected.classification], yours: [r.yours.classification], agrees: r.classificationAgrees, missed: [], extra: [] },
    { aspect: 'urgency', expected: [r.expected.urgency], yours: [r.yours.urgency], agrees: r.urgencyAgrees, missed: [], extra: [] },
    { aspect: 'needs', expected: r.expected.needs, yours: r.yours.needs, agrees: !r.missedNeeds.length && !r.extraNeeds.length,
      missed: r.missedNeeds, extra: r.extraNeeds },
  ];
}

/** The questions I answered otherwise than the expert, in the service's order (the instrument's, then mine only). */
export function differingQuestions(r: PracticeResult): QuestionComparison[] {
  return r.questions.filter((q) => !q.agrees);
}

export function agreeingQuestions(r: PracticeResult): QuestionComparison[] {
  return r.questions.filter((q) => q.agrees);
}

/** A piece of an answer as shown: a translation key, a bilingual text from the instrument, or the value as typed. */
export type AnswerPart = { key: string } | { text: Bilingual } | { plain: string };

export function answerParts(q: Question | undefined, value: unknown): AnswerPart[] {
  if (value === null || value === undefined || (Array.isArray(value) && !value.length)) return [{ key: 'common.notAnswered' }];
  if (typeof value === 'boolean') return [{ key: value ? 'common.yes' : 'common.no' }];
  const values = Array.isArray(value) ? value : [value];
  return values.map((v) => {
    const option = q?.options.find((o) => o.value === v);
    return option ? { text: option.label } : { plain: String(v) };
  });
}

/**
 * An indicator's code in the screener's words: the option (or, for a yes/no or number question, the question) whose
 * answer raises it. Null when the instrument does not name it, and then the code is shown alone.
 */
export function indicatorText(instrument: Instrument, questionId: string, code: string): Bilingual | null {
  const q = instrument.questions.find((x) => x.id === questionId);
  const indicator = q?.indicators?.find((i) => i.code === code);
  if (!q || !indicator) return null;
  return q.options.find((o) => o.value === indicator.whenValue)?.label ?? q.label;
}

/** A practice case in the list, with what a trainer asked of me for it. */
export interface ListRow { summary: PracticeSummary; assigned: { dueOn: string | null; done: boolean } | null }

/**
 * Assigned cases first: those still to do by their due date (none last), then those done; then the others in the
 * service's order. A case assigned twice counts by its most pressing assignment.
 */
export function assignedFirst(cases: PracticeSummary[], assignments: Assignment[]): ListRow[] {
  const wanted = new Map<string, { dueOn: string | null; done: boolean }>();
  for (const a of assignments) {
    for (const c of a.cases) {
      const mine = { dueOn: a.dueOn ?? null, done: c.done === true };
      const known = wanted.get(c.id);
      if (!known || pressing(mine, known) < 0) wanted.set(c.id, mine);
    }
  }
  const rows = cases.map((summary) => ({ summary, assigned: wanted.get(summary.id) ?? null }));
  const assigned = rows.filter((r) => r.assigned).sort((a, b) => pressing(a.assigned!, b.assigned!));
  return [...assigned, ...rows.filter((r) => !r.assigned)];
}

function pressing(a: { dueOn: string | null; done: boolean }, b: { dueOn: string | null; done: boolean }): number {
  if (a.done !== b.done) return a.done ? 1 : -1;
  if (a.dueOn === b.dueOn) return 0;
  if (!a.dueOn) return 1;
  if (!b.dueOn) return -1;
  return a.dueOn < b.dueOn ? -1 : 1;
}

export const ELEMENTS = ['DECEPTIVE_RECRUITMENT', 'COERCIVE_RECRUITMENT', 'ABUSE_OF_VULNERABILITY_RECRUITMENT', 'EXPLOITATION',
  'COERCION_AT_DESTINATION', 'ABUSE_OF_VULNERABILITY_AT_DESTINATION', 'SMUGGLING', 'VULNERABILITY', 'IMMEDIATE_NEED'] as const;

/**
 * The portal's own translation key for a progress aspect, so that its label follows a language switch in place; null
 * for an aspect the portal does not know, whose label the service gave is shown instead.
 */
export function aspectKey(aspect: string): string | null {
  if (aspect === 'classification' || aspect === 'urgency' || aspect === 'needs') return `practice.aspect.${aspect}`;
  const element = aspect.startsWith('element.') ? aspect.slice('element.'.length) : null;
  return element && (ELEMENTS as readonly string[]).includes(element) ? `element.${element}` : null;
}
