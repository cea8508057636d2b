import type { TranslatedText } from '../content';

/**
 * When a group meets, in the terms of iCalendar (RFC 5545): a first meeting (DTSTART) in the
 * group's own IANA time zone, a recurrence rule (RRULE), cancelled meetings (EXDATE) and extra
 * ones (RDATE), plus what iCalendar says with RECURRENCE-ID overrides (moved meetings) and what
 * it cannot say at all (pauses with a reason). Plain JSON, as it is stored in a jsonb column.
 *
 * Every local time is a wall-clock time in `timeZone`, written `YYYY-MM-DDTHH:mm`; every local
 * date `YYYY-MM-DD`. How such a time becomes an instant across daylight-saving changes is
 * described in `zoned.ts`.
 */
export interface Schedule {
  /** IANA time zone, e.g. 'Europe/Copenhagen'. */
  timeZone: string;
  /** DTSTART: the first meeting, local 'YYYY-MM-DDTHH:mm'. With a rule it must be one of the rule's own meetings. */
  start: string;
  /** Length of every meeting (also extra and moved ones), 1 to 1440 minutes. */
  durationMinutes: number;
  /**
   * The RRULE value without DTSTART, e.g. 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', 'FREQ=MONTHLY;BYDAY=1TU',
   * 'FREQ=MONTHLY;BYDAY=-1TH', 'FREQ=MONTHLY;BYMONTHDAY=15', 'FREQ=WEEKLY;COUNT=10',
   * 'FREQ=WEEKLY;UNTIL=20261231'. Null: one single meeting at `start`. See `parseRule` for what is supported.
   */
  rrule: string | null;
  /** EXDATE: local starts of cancelled meetings. They stay visible, marked cancelled. */
  exdates: string[];
  /** RDATE: local starts of extra one-off meetings, of the same duration. */
  rdates: string[];
  /** Moved meetings: the meeting that would start at `from` starts at `to` instead (local times). */
  moves: ScheduleMove[];
  /** Breaks: no meetings of the rule from `from` to `until`, local dates, both inclusive. */
  pauses: SchedulePause[];
}

export interface ScheduleMove {
  /** Local start of a meeting of the schedule (the rule's, DTSTART or an RDATE). */
  from: string;
  /** Local start it moves to. */
  to: string;
}

export interface SchedulePause {
  /** First local date without meetings, 'YYYY-MM-DD'. */
  from: string;
  /** Last local date without meetings, 'YYYY-MM-DD' (inclusive). */
  until: string;
  /** Why, in the languages the organisation wrote it in ("Sommerferie", "Summer break"); may be empty. */
  reason: TranslatedText;
}

export const MEETING_STATUSES = ['SCHEDULED', 'CANCELLED', 'MOVED'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** One meeting as a visitor sees it. */
export interface Meeting {
  /** ISO 8601 with the offset in force in the group's time zone, e.g. '2026-03-31T19:00:00+02:00'. */
  start: string;
  /** `start` plus the duration (elapsed time), with the offset in force then. */
  end: string;
  status: MeetingStatus;
  /** For a MOVED meeting: when it would have been, ISO 8601 with offset. */
  originalStart?: string;
}

/** Why a schedule is refused. Each code has a translated message, `scheduleProblem.<code>` in the catalogs. */
export const SCHEDULE_PROBLEM_CODES = [
  'TIME_ZONE_UNKNOWN',
  'START_INVALID',
  'START_IN_DST_GAP',
  'START_NOT_ON_PATTERN',
  'START_OUT_OF_RANGE',
  'DURATION_OUT_OF_RANGE',
  'RRULE_UNPARSABLE',
  'RRULE_UNSUPPORTED',
  'RRULE_OUT_OF_RANGE',
  'RRULE_COUNT_AND_UNTIL',
  'RRULE_UNTIL_BEFORE_START',
  'RRULE_MONTH_DAY_NOT_IN_EVERY_MONTH',
  'EXDATE_INVALID',
  'EXDATE_NOT_AN_OCCURRENCE',
  'RDATE_INVALID',
  'RDATE_IN_DST_GAP',
  'RDATE_IS_AN_OCCURRENCE',
  'MOVE_INVALID',
  'MOVE_IN_DST_GAP',
  'MOVE_FROM_NOT_AN_OCCURRENCE',
  'MOVE_FROM_CANCELLED',
  'MOVE_DUPLICATE',
  'MOVE_ONTO_OCCURRENCE',
  'PAUSE_INVALID',
  'PAUSE_ENDS_BEFORE_START',
  'TOO_MANY_EXCEPTIONS',
] as const;
export type ScheduleProblemCode = (typeof SCHEDULE_PROBLEM_CODES)[number];

export interface ScheduleProblem {
  code: ScheduleProblemCode;
  /** Which part of the schedule: 'timeZone', 'start', 'rrule', 'exdates[2]', 'moves[0].to', 'pauses[1]'… */
  path: string;
}

export const SCHEDULE_LIMITS = {
  /** Largest INTERVAL of a rule. */
  intervalMax: 99,
  /** Largest COUNT of a rule. */
  countMax: 1000,
  /** The years a first meeting may fall in: one outside them (1900, 9999) is a slip of the keyboard. */
  startYearMin: 2000,
  startYearMax: 2099,
  /** Longest meeting, in minutes. */
  durationMaxMinutes: 24 * 60,
  /** Cancelled, extra and moved meetings and pauses together. */
  exceptionsMax: 500,
  /** Most meetings `nextMeetings` returns. */
  nextMeetingsMax: 100,
  /** How far ahead `nextMeetings` looks, in years: a schedule paused longer shows nothing. */
  lookAheadYears: 10,
} as const;

/** Thrown by the meeting functions for a schedule that cannot be read at all (see `validateSchedule`). */
export class InvalidScheduleError extends Error {
  constructor(readonly problem: ScheduleProblem) {
    super(`Invalid schedule: ${problem.code} at ${problem.path}`);
    this.name = 'InvalidScheduleError';
  }
}
