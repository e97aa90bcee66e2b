// A small instrument and a practice attempt's answer in the shape the screening service gives them, shared by the
// practice tests (and the instrument by the arrivals desk's). The codes and labels are setu-core v1's own.
import type { Instrument, PracticeResult, Progress } from '../src/model';

export const INSTRUMENT: Instrument = {
  code: 'setu-core', version: 1, title: { en: 'Setu core screening', bn: 'সেতু মূল স্ক্রিনিং' },
  questions: [
    { id: 'appears-under-18', type: 'BOOLEAN', required: false, options: [], indicators: [],
      label: { en: 'Do they look or say they are under 18?', bn: 'তাঁকে কি ১৮ বছরের কম মনে হয়?' } },
    { id: 'migration-route', type: 'SINGLE_CHOICE', required: true, label: { en: 'How did the person travel?', bn: 'তিনি কীভাবে যাত্রা করেছিলেন?' },
      options: [{ value: 'regular', label: { en: 'Through official channels', bn: 'সরকারি পথে' } },
        { value: 'irregular', label: { en: 'Irregularly', bn: 'অনিয়মিত পথে' } }, { value: 'internal', label: { en: 'Within Bangladesh only', bn: 'শুধু বাংলাদেশের ভেতরে' } }],
      indicators: [{ code: 'SETU-SM-01', element: 'SMUGGLING', strength: 'WEAK', whenValue: 'irregular' }] },
    { id: 'deception-at-recruitment', type: 'MULTI_CHOICE', required: false,
      label: { en: 'Were they deceived about any of these?', bn: 'এগুলোর কোনোটি সম্পর্কে কি প্রতারণা করা হয়েছিল?' },
      options: [{ value: 'nature-of-job', label: { en: 'Deceived about the nature of the job', bn: 'কাজের ধরন সম্পর্কে প্রতারণা' } },
        { value: 'wages', label: { en: 'Deceived about wages/earnings', bn: 'মজুরি বা আয় সম্পর্কে প্রতারণা' } }],
      indicators: [{ code: 'ILO-DR-01', element: 'DECEPTIVE_RECRUITMENT', strength: 'STRONG', whenValue: 'nature-of-job' },
        { code: 'ILO-DR-08', element: 'DECEPTIVE_RECRUITMENT', strength: 'MEDIUM', whenValue: 'wages' }] },
  ],
};

/** Sabbir, 17: the expert's reading is a presumed victim; this screener missed the deception about the job and read the route as irregular. */
export function result(): PracticeResult {
  return {
    caseId: 'hotel-job-age-17', agrees: false, classificationAgrees: false, urgencyAgrees: true,
    expected: { classification: 'PRESUMED_TRAFFICKING_VICTIM', urgency: 'IMMEDIATE', needs: ['PSYCHOSOCIAL', 'LEGAL_AID', 'CHILD_PROTECTION'], trace: ['expert line'] },
    yours: { classification: 'POSSIBLE_TRAFFICKING_VICTIM', urgency: 'IMMEDIATE', needs: ['PSYCHOSOCIAL', 'LEGAL_AID', 'SHELTER'], trace: ['your line'] },
    elements: [
      { element: 'DECEPTIVE_RECRUITMENT', expected: 'POSITIVE', given: 'SIGNS', agrees: false },
      { element: 'EXPLOITATION', expected: 'POSITIVE', given: 'POSITIVE', agrees: true },
    ],
    missedNeeds: ['CHILD_PROTECTION'], extraNeeds: ['SHELTER'],
    questions: [
      { questionId: 'migration-route', expertAnswer: 'internal', yourAnswer: 'irregular', agrees: false, missedIndicators: [],
        overReadIndicators: ['SETU-SM-01'], note: "Cumilla to Cox's Bazar, within Bangladesh." },
      { questionId: 'deception-at-recruitment', expertAnswer: ['nature-of-job', 'wages'], yourAnswer: ['wages'], agrees: false,
        missedIndicators: ['ILO-DR-01'], overReadIndicators: [], note: 'Receptionist promised, dishwasher in reality.' },
      { questionId: 'appears-under-18', expertAnswer: false, yourAnswer: false, agrees: true, missedIndicators: [], overReadIndicators: [],
        note: 'His birth registration shows 17.' },
    ],
    attemptId: '5b0f7a8e-1111-4222-8333-944445555666', attemptedAt: '2026-12-07T06:00:00Z',
  };
}

export const PROGRESS: Progress = {
  screener: 'screener', attempts: 12, agreed: 7,
  aspects: [{ aspect: 'classification', label: 'Classification', attempts: 12, agreed: 9 },
    { aspect: 'element.EXPLOITATION', label: 'Exploitation', attempts: 12, agreed: 11 },
    { aspect: 'element.SOMETHING_NEW', label: 'Something new', attempts: 3, agreed: 1 }],
  cases: [{ caseId: 'hotel-job-age-17', title: 'Sabbir, 17', attempts: 2, agreed: 1, lastAttemptAt: '2026-12-06T18:30:00Z', lastAgrees: true }],
  months: [{ month: '2026-11', attempts: 9, agreed: 5 }, { month: '2026-12', attempts: 3, agreed: 2 }],
};
