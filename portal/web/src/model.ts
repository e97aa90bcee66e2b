// The shapes of the API answers the portal reads (docs/api.md).
import type { Bilingual } from './dom';

export const CATEGORIES = ['SHELTER', 'MEDICAL', 'PSYCHOSOCIAL', 'LEGAL_AID', 'CHILD_PROTECTION', 'FAMILY_TRACING', 'REPATRIATION',
  'REINTEGRATION', 'DOCUMENTATION', 'INTERPRETATION', 'FINANCIAL_ASSISTANCE', 'EDUCATION', 'LAW_ENFORCEMENT'] as const;
/** Why a case is closed: the screening service's list (ClosureReason). */
export const CLOSURE_REASONS = ['REINTEGRATED', 'MOVED_WITHIN_COUNTRY', 'MIGRATED_AGAIN', 'LOST_CONTACT', 'DECLINED_SUPPORT', 'TRANSFERRED', 'DECEASED'] as const;
export const CONTEXTS = ['AIRPORT_RETURNEE', 'BORDER_INTERCEPTION', 'POLICE_RESCUE', 'SHELTER_INTAKE', 'OUTREACH', 'HOTLINE', 'EMBASSY'] as const;
export const SEXES = ['FEMALE', 'MALE', 'THIRD_GENDER', 'UNKNOWN'] as const;

export interface Page<T> { items: T[]; page?: number; size?: number; totalItems?: number; total?: number }

export interface Option { value: string; label: Bilingual }
export interface Indicator { code: string; element: string; strength: string; whenValue?: unknown; whenAtLeast?: number | null }
export interface Question { id: string; type: 'BOOLEAN' | 'SINGLE_CHOICE' | 'MULTI_CHOICE' | 'NUMBER' | 'DATE' | 'TEXT';
  required: boolean; label: Bilingual; options: Option[]; indicators?: Indicator[] }
export interface Instrument { code: string; version: number; title: Bilingual; description?: Bilingual; questions: Question[];
  consent?: { label: Bilingual; shareLevels: Option[];
    /** the question asked of a person screened abroad: may her case be shared across the border (issue #19) */
    crossBorder?: { label: Bilingual } } }
export interface InstrumentSummary { code: string; version: number; title: Bilingual }

export interface Unit { id: string; name: Bilingual; divisionId?: string; districtId?: string }

export interface Outcome { classification: string; urgency: string; needs: string[]; trace: string[] }
export interface ScreeningAnswer { id: string; caseId: string; caseRef: string; outcome: Outcome; duplicateOfCase?: string | null;
  /** counted on by each amendment (1 for a new screening) */
  revision?: number }

export interface Step { status: string; at: string; actor?: string; reason?: string; note?: string }
export interface Referral { id: string; caseId: string; caseRef: string; category: string; serviceId: string; organizationId: string;
  referringAgencyId?: string; status: string; urgency: string; dueAt?: string; attempt: number; version: number;
  explanation?: string[]; createdAt?: string; history?: Step[]; at?: string;
  /** Only on a referral held for a person still abroad. */
  arrival?: { portOfEntry: string; expectedFrom: string; expectedTo: string; returnStatus?: string } }

export interface Escalation { id: string; caseId: string; caseRef: string; category: string; urgency: string; referringAgencyId: string;
  attempt: number; version: number; escalatedAt: string; districtId?: string | null; explanation: string[] }
export interface CaseSummary { id: string; ref: string; status: string; openedAt: string; closedAt?: string | null; closureReason?: string | null;
  classification?: string; urgency?: string; needs?: string[] }
export interface CaseView { id: string; ref: string; status: string; openedAt: string; closedAt?: string | null; closureReason?: string | null;
  /** crossBorder: whether the person agreed that her case be shared between agencies in different countries; null when never asked */
  consent: { services: string[]; shareWithProviders: string; crossBorder?: boolean | null };
  version: number;
  /** the clear part of the planned return (never the transport reference); null when none */
  plannedReturn?: PlannedReturnSummary | null }

// The return from abroad (issue #19): when and where a person abroad is expected home, and the hand-over of her case.
export const TRAVEL_MODES = ['AIR', 'LAND', 'SEA'] as const;
export const VERIFICATION_STATUSES = ['PENDING', 'VERIFIED', 'REFUSED'] as const;
/** Whose answer a nationality verification waits on (the screening service's VerificationAuthority). */
export const VERIFICATION_AUTHORITIES = ['BD_MISSION', 'MINISTRY_OF_HOME_AFFAIRS', 'SPECIAL_BRANCH_POLICE', 'DESTINATION_AUTHORITIES', 'OTHER'] as const;
export interface NationalityVerification { status: string; waitingOn: string; since: string }
export interface PlannedReturnSummary { portOfEntry: string; expectedFrom: string; expectedTo: string; mode: string;
  verification?: string | null; status?: 'PLANNED' | 'ARRIVED' | 'MISSED' | string | null }
/** GET/PUT /cases/{id}/planned-return; its ETag is the version a change or cancellation sends in If-Match. */
export interface PlannedReturn { caseId: string; version: number; expectedFrom: string; expectedTo: string; portOfEntry: string; mode: string;
  transportRef?: string | null; nationalityVerification?: NationalityVerification | null; updatedAt?: string; updatedBy?: string }

export const HAND_OVER_STATUSES = ['PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'] as const;
export const DECLINE_REASONS = ['NOT_OUR_AREA', 'NO_CAPACITY', 'OTHER'] as const;
export interface HandOver { id: string; caseId: string; caseRef: string; fromAgency: string; toAgency: string; status: string;
  declineReason?: string | null; proposedAt: string; decidedAt?: string | null;
  plannedReturn?: { portOfEntry: string; expectedFrom: string; expectedTo: string; status?: string | null } | null }

export interface DirectoryService { id: string; organizationId: string; version: number; name: Bilingual; description?: Bilingual; category: string;
  coverage: { level: string; id: string }[]; capacity?: { available: number; total: number; unit: string } | null; acceptingReferrals: boolean;
  languages?: string[] }

export interface Candidate { rank: number; serviceId: string; organizationId: string; name: string; closeness: string; freeCapacity?: number | null; reasons: string[] }
export interface MatchView { caseId: string; category: string; items: Candidate[] }

export interface SharedView { caseId: string; caseRef: string; shareWithProviders: string; urgency: string; needs: string[];
  person?: { givenName?: string; familyName?: string; age?: number; sex?: string; languages?: string[]; phone?: string } }

export interface RoutingPolicy { agencyId: string; version: number; defaultPolicy: boolean; approveFirstUrgencies: string[];
  approveFirstCategories: string[]; updatedAt?: string | null }

// Practice (training mode): fictional cases, answered with the real instrument, compared with an expert's answers.
export interface PracticeSummary { id: string; title: string; covers: string[] }
export interface PracticeCase { id: string; title: string; story: string; instrument: { code: string; version: number };
  age?: number | null; languages?: string[] }
export type ElementStatus = 'POSITIVE' | 'SIGNS' | 'NONE';
export interface ElementComparison { element: string; expected: ElementStatus; given: ElementStatus; agrees: boolean }
export interface QuestionComparison { questionId: string; expertAnswer: unknown; yourAnswer: unknown; agrees: boolean;
  missedIndicators: string[]; overReadIndicators: string[]; note?: string | null }
export interface PracticeResult { caseId: string; agrees: boolean; classificationAgrees: boolean; urgencyAgrees: boolean;
  expected: Outcome; yours: Outcome; elements: ElementComparison[]; missedNeeds: string[]; extraNeeds: string[];
  questions: QuestionComparison[]; attemptId?: string; attemptedAt?: string }

export interface AssignedCase { id: string; title: string; done?: boolean; lastAgrees?: boolean | null }
export interface Assignment { id: string; screener: string; cases: AssignedCase[]; dueOn?: string | null; assignedBy: string; assignedAt: string }
export interface Tally { attempts: number; agreed: number }
export interface AspectProgress extends Tally { aspect: string; label: string }
export interface CaseProgress extends Tally { caseId: string; title: string; lastAttemptAt?: string | null; lastAgrees?: boolean | null }
export interface MonthProgress extends Tally { month: string }
export interface Progress extends Tally { screener?: string; aspects: AspectProgress[]; cases: CaseProgress[]; months: MonthProgress[] }
export interface CohortProgress { cohort: Progress; screeners: Progress[] }

// Reintegration (issue #20): a returnee's plan, the follow-ups that score it with the Reintegration Sustainability Survey.
/** IOM's three dimensions of reintegration, as the plan and the survey name them. */
export const DIMENSIONS = ['economic', 'social', 'psychosocial'] as const;
export const CHANNELS = ['HOME_VISIT', 'OFFICE_VISIT', 'PHONE', 'VIDEO_CALL'] as const;
/**
 * The warning signs asked at a follow-up: the screening service keeps them as data
 * (screening-service/src/main/resources/reintegration/warning-signs/v1.yaml) but serves no API for them, so their ids
 * are copied here and their labels into the locales. A new version of that file must be copied again.
 */
export const WARNING_SIGNS = ['pushed-to-migrate-again', 'offered-work-away', 'pressed-to-repay', 'threatened'] as const;
export const SIGN_ANSWERS = ['yes', 'no', 'unknown'] as const;

export interface Goal { dimension: string; text: string; referralIds?: string[] }
export interface Plan { caseId: string; version: number; goals: Goal[]; anchor: string; followUpsDue: string[]; updatedAt?: string; updatedBy?: string }
export interface Scores { economic: number | null; social: number | null; psychosocial: number | null; composite: number | null }
export interface FollowUp { id: string; caseId?: string; dueOn?: string | null; contactedAt: string; channel: string; reached: boolean;
  onTime?: boolean | null; survey?: { code: string; version: number } | null; scores?: Scores | null; warnings: string[];
  trace?: string[]; recordedAt?: string; recordedBy?: string }
export type DayStatus = 'DONE_ON_TIME' | 'DONE_LATE' | 'DUE' | 'OVERDUE';
export interface FollowUpHistory { items: FollowUp[]; schedule: { dueOn: string; status: DayStatus }[] }

export interface SurveySummary { code: string; version: number; title: Bilingual; current?: boolean; interimWeights?: boolean; href?: string }
export interface SurveyOption { value: string; label: Bilingual; score?: number | null }
export interface SurveyQuestion { id: string; label: Bilingual; required?: boolean; options: SurveyOption[] }
export interface SurveyDimension { code: string; label: Bilingual; indicators: { code: string; label: Bilingual; questions: SurveyQuestion[] }[] }
export interface Survey { code: string; version: number; title: Bilingual; description?: Bilingual; dimensions: SurveyDimension[] }

/** Where the caller's agency works (GET /api/v1/agencies/{id}/location): BD, or a country and city abroad. */
export interface AgencyLocation { agencyId: string; country: string; city: string | null; abroad: boolean }
