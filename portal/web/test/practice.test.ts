// The practice screens' arithmetic and ordering, without a DOM: the comparison's rows, answers and indicators in the
// instrument's words, agreement in percent, and the practice list with my assignments first.
import { describe, expect, it } from 'vitest';
import { agreeingQuestions, answerParts, aspectKey, assignedFirst, differingQuestions, indicatorText, outcomeRows, percent } from '../src/practice';
import type { Assignment, PracticeSummary } from '../src/model';
import { INSTRUMENT, result } from './practice-fixtures';

describe('agreement in percent', () => {
  it('is the agreed share of attempts, rounded to a whole percent', () => {
    expect(percent({ attempts: 12, agreed: 7 })).toBe(58);
    expect(percent({ attempts: 3, agreed: 2 })).toBe(67);
    expect(percent({ attempts: 4, agreed: 4 })).toBe(100);
  });

  it('is no number at all, rather than 0 %, when nothing was attempted', () => {
    expect(percent({ attempts: 0, agreed: 0 })).toBeNull();
  });
});

describe('the comparison', () => {
  it('has one row each for the outcome, the urgency and the needs, with the expert\'s values beside mine', () => {
    const rows = outcomeRows(result());

    expect(rows.map((r) => [r.aspect, r.agrees])).toEqual([['classification', false], ['urgency', true], ['needs', false]]);
    expect(rows[0]).toMatchObject({ expected: ['PRESUMED_TRAFFICKING_VICTIM'], yours: ['POSSIBLE_TRAFFICKING_VICTIM'] });
    expect(rows[2]).toMatchObject({ missed: ['CHILD_PROTECTION'], extra: ['SHELTER'] });
  });

  it('counts the needs as agreeing only when none was missed and none added', () => {
    const same = { ...result(), missedNeeds: [], extraNeeds: [] };
    expect(outcomeRows(same)[2].agrees).toBe(true);
    expect(outcomeRows({ ...same, extraNeeds: ['SHELTER'] })[2].agrees).toBe(false);
  });

  it('lists the questions answered differently apart from those answered as the expert did, in the service\'s order', () => {
    expect(differingQuestions(result()).map((q) => q.questionId)).toEqual(['migration-route', 'deception-at-recruitment']);
    expect(agreeingQuestions(result()).map((q) => q.questionId)).toEqual(['appears-under-18']);
  });

  it('names an indicator by the option whose answer raises it', () => {
    expect(indicatorText(INSTRUMENT, 'deception-at-recruitment', 'ILO-DR-01')).toEqual({ en: 'Deceived about the nature of the job', bn: 'কাজের ধরন সম্পর্কে প্রতারণা' });
    expect(indicatorText(INSTRUMENT, 'migration-route', 'SETU-SM-01')!.en).toBe('Irregularly');
  });

  it('leaves an indicator the instrument does not name to its code', () => {
    expect(indicatorText(INSTRUMENT, 'deception-at-recruitment', 'ILO-XX-99')).toBeNull();
    expect(indicatorText(INSTRUMENT, 'no-such-question', 'ILO-DR-01')).toBeNull();
  });

  it('shows an answer by its options\' labels, yes or no, or as typed, and an empty one as not answered', () => {
    const [, route, deception] = INSTRUMENT.questions;
    expect(answerParts(deception, ['nature-of-job', 'wages'])).toEqual([{ text: deception.options[0].label }, { text: deception.options[1].label }]);
    expect(answerParts(route, 'internal')).toEqual([{ text: route.options[2].label }]);
    expect(answerParts(INSTRUMENT.questions[0], false)).toEqual([{ key: 'common.no' }]);
    expect(answerParts(undefined, 14)).toEqual([{ plain: '14' }]);
    expect(answerParts(route, null)).toEqual([{ key: 'common.notAnswered' }]);
    expect(answerParts(deception, [])).toEqual([{ key: 'common.notAnswered' }]);
  });
});

describe('the practice list', () => {
  const cases: PracticeSummary[] = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, title: id.toUpperCase(), covers: [] }));
  const assignment = (cs: [string, boolean][], dueOn: string | null): Assignment => ({
    id: `as-${cs[0][0]}`, screener: 'screener', dueOn, assignedBy: 'trainer', assignedAt: '2026-12-01T10:00:00Z',
    cases: cs.map(([id, done]) => ({ id, title: id, done, lastAgrees: null })),
  });

  it('puts the cases assigned to me first: still to do by due date, then undated, then done; the rest as the service lists them', () => {
    const rows = assignedFirst(cases, [assignment([['e', false]], null), assignment([['d', false], ['b', true]], '2026-12-20'),
      assignment([['c', false]], '2026-12-10')]);

    expect(rows.map((r) => r.summary.id)).toEqual(['c', 'd', 'e', 'b', 'a']);
    expect(rows[0].assigned).toEqual({ dueOn: '2026-12-10', done: false });
    expect(rows[3].assigned).toEqual({ dueOn: '2026-12-20', done: true });
    expect(rows[4].assigned).toBeNull();
  });

  it('shows a case assigned twice by the assignment still to do', () => {
    const rows = assignedFirst(cases, [assignment([['a', true]], '2026-12-01'), assignment([['a', false]], '2026-12-31')]);
    expect(rows[0]).toMatchObject({ summary: { id: 'a' }, assigned: { done: false, dueOn: '2026-12-31' } });
  });

  it('lists every case in the service\'s order when nothing is assigned', () => {
    expect(assignedFirst(cases, []).map((r) => r.summary.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('progress aspects', () => {
  it('are labelled by the portal\'s own texts when it knows them, and by the service\'s label otherwise', () => {
    expect(aspectKey('classification')).toBe('practice.aspect.classification');
    expect(aspectKey('element.COERCION_AT_DESTINATION')).toBe('element.COERCION_AT_DESTINATION');
    expect(aspectKey('element.SOMETHING_NEW')).toBeNull();
    expect(aspectKey('trace')).toBeNull();
  });
});
