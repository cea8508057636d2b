import { WEEKDAYS, type Weekday } from '../vocabularies';
import { SCHEDULE_LIMITS, type ScheduleProblemCode } from './schedule';

/**
 * The recurrence rules self-help groups use, as a structure: weekly (every N weeks, on one or
 * more weekdays), monthly on the nth or last weekday, monthly on a date or the last day, daily
 * (every N days), each with INTERVAL and with COUNT or UNTIL. This module only reads and writes
 * the RRULE text (RFC 5545 §3.3.10); the recurrence library expands it (see `meetings.ts`). It has
 * no dependencies, so the summaries in @groupfinder/translations can use it in the widget.
 */
export const RULE_FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY'] as const;
export type RuleFrequency = (typeof RULE_FREQUENCIES)[number];

/** Which weekday of the month: the 1st to 5th, or the last (-1). */
export const RULE_POSITIONS = [1, 2, 3, 4, 5, -1] as const;
export type RulePosition = (typeof RULE_POSITIONS)[number];

export interface RuleWeekday {
  weekday: Weekday;
  /** Null in weekly rules; the nth weekday of the month in monthly rules. */
  position: RulePosition | null;
}

/**
 * UNTIL, inclusive: either a local date in the group's time zone ('UNTIL=20261231', meetings on
 * that whole day still take place) or, as RFC 5545 writes it, an instant in UTC ('UNTIL=20261231T225959Z').
 */
export type RuleUntil = { kind: 'DATE'; date: string } | { kind: 'INSTANT'; instant: string };

export interface ScheduleRule {
  freq: RuleFrequency;
  /** Every `interval` days, weeks or months; at least 1. */
  interval: number;
  /** The number of meetings the rule makes (cancelled and moved ones included); null: no COUNT. */
  count: number | null;
  until: RuleUntil | null;
  /** BYDAY: weekdays (weekly), or one weekday at one or more positions (monthly); empty when absent. */
  byDay: RuleWeekday[];
  /** BYMONTHDAY (monthly only): 1 to 28, or -1 for the last day of the month; empty when absent. */
  byMonthDay: number[];
  /** WKST, which matters for weekly rules with INTERVAL > 1 and several weekdays. Null: Monday. */
  weekStart: Weekday | null;
}

export type RuleProblemCode = Extract<
  ScheduleProblemCode,
  'RRULE_UNPARSABLE' | 'RRULE_UNSUPPORTED' | 'RRULE_OUT_OF_RANGE' | 'RRULE_COUNT_AND_UNTIL' | 'RRULE_MONTH_DAY_NOT_IN_EVERY_MONTH'
>;

export type ParsedRule = { ok: true; rule: ScheduleRule } | { ok: false; code: RuleProblemCode };

/** RFC 5545 two-letter weekday codes, in ISO order. */
export const RULE_WEEKDAY_CODES: Readonly<Record<Weekday, string>> = {
  MONDAY: 'MO',
  TUESDAY: 'TU',
  WEDNESDAY: 'WE',
  THURSDAY: 'TH',
  FRIDAY: 'FR',
  SATURDAY: 'SA',
  SUNDAY: 'SU',
};
const WEEKDAY_BY_CODE = new Map(WEEKDAYS.map((weekday) => [RULE_WEEKDAY_CODES[weekday], weekday]));

const RFC_FREQUENCIES = new Set(['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);
/** Valid RFC 5545 / RFC 7529 rule parts that groups do not need: refused as unsupported. */
const UNSUPPORTED_PARTS = new Set(['BYSECOND', 'BYMINUTE', 'BYHOUR', 'BYYEARDAY', 'BYWEEKNO', 'BYMONTH', 'BYSETPOS', 'RSCALE', 'SKIP']);
const SUPPORTED_PARTS = new Set(['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTHDAY', 'WKST']);

const POSITIVE_INTEGER = /^[1-9]\d{0,8}$/;
const UNTIL_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const UNTIL_INSTANT = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;
const BYDAY_ITEM = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;
const MONTH_DAY = /^[+-]?\d{1,2}$/;

class RuleProblem {
  constructor(readonly code: RuleProblemCode) {}
}

/**
 * Reads an RRULE value (without "RRULE:" and without DTSTART). Case-insensitive as RFC 5545 says;
 * anything RFC 5545 does not allow is RRULE_UNPARSABLE, anything it allows but groups do not use
 * is RRULE_UNSUPPORTED (FREQ=YEARLY, BYSETPOS, BYHOUR…: the time of day comes from DTSTART).
 */
export function parseRule(value: string): ParsedRule {
  try {
    return { ok: true, rule: readRule(value) };
  } catch (error) {
    if (error instanceof RuleProblem) return { ok: false, code: error.code };
    throw error;
  }
}

function readRule(value: string): ScheduleRule {
  const parts = new Map<string, string>();
  for (const part of value.trim().toUpperCase().split(';')) {
    const match = /^([A-Z]+)=([^;=]+)$/.exec(part);
    if (!match) throw new RuleProblem('RRULE_UNPARSABLE');
    const [, name = '', partValue = ''] = match;
    if (parts.has(name) || !(SUPPORTED_PARTS.has(name) || UNSUPPORTED_PARTS.has(name))) throw new RuleProblem('RRULE_UNPARSABLE');
    parts.set(name, partValue);
  }

  const freq = parts.get('FREQ');
  if (freq === undefined || !RFC_FREQUENCIES.has(freq)) throw new RuleProblem('RRULE_UNPARSABLE');
  const byDay = readByDay(parts.get('BYDAY'));
  const byMonthDay = readByMonthDay(parts.get('BYMONTHDAY'));
  const interval = readPositive(parts.get('INTERVAL'), SCHEDULE_LIMITS.intervalMax) ?? 1;
  const count = readPositive(parts.get('COUNT'), SCHEDULE_LIMITS.countMax);
  const until = readUntil(parts.get('UNTIL'));
  const weekStartCode = parts.get('WKST');
  const weekStart = weekStartCode === undefined ? null : WEEKDAY_BY_CODE.get(weekStartCode);
  if (weekStart === undefined) throw new RuleProblem('RRULE_UNPARSABLE');
  // RFC 5545: COUNT and UNTIL MUST NOT occur together; positions in BYDAY only in MONTHLY and
  // YEARLY rules; BYMONTHDAY never in WEEKLY rules.
  if (count !== null && until !== null) throw new RuleProblem('RRULE_COUNT_AND_UNTIL');
  if (freq === 'WEEKLY' && (byDay.some((day) => day.position !== null) || byMonthDay.length > 0)) throw new RuleProblem('RRULE_UNPARSABLE');
  if (freq === 'DAILY' && byDay.some((day) => day.position !== null)) throw new RuleProblem('RRULE_UNPARSABLE');

  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY') throw new RuleProblem('RRULE_UNSUPPORTED');
  for (const name of parts.keys()) if (UNSUPPORTED_PARTS.has(name)) throw new RuleProblem('RRULE_UNSUPPORTED');
  // Every weekday of a month is a weekly rule, weekdays at positions must be one weekday
  // ("1st and 3rd Tuesday"), and "Friday the 13th" or weekdays of a daily rule are not meetings.
  if (freq === 'DAILY' && (byDay.length > 0 || byMonthDay.length > 0)) throw new RuleProblem('RRULE_UNSUPPORTED');
  if (freq === 'MONTHLY') {
    if (byDay.length > 0 && byMonthDay.length > 0) throw new RuleProblem('RRULE_UNSUPPORTED');
    if (byDay.some((day) => day.position === null || day.weekday !== byDay[0]?.weekday)) throw new RuleProblem('RRULE_UNSUPPORTED');
  }
  return { freq, interval, count, until, byDay, byMonthDay, weekStart };
}

function readPositive(value: string | undefined, max: number): number | null {
  if (value === undefined) return null;
  if (!POSITIVE_INTEGER.test(value)) throw new RuleProblem('RRULE_UNPARSABLE');
  const number = Number(value);
  if (number > max) throw new RuleProblem('RRULE_OUT_OF_RANGE');
  return number;
}

function readUntil(value: string | undefined): RuleUntil | null {
  if (value === undefined) return null;
  const date = UNTIL_DATE.exec(value);
  if (date) {
    const [, year = '', month = '', day = ''] = date;
    if (!isCalendarDate(year, month, day)) throw new RuleProblem('RRULE_UNPARSABLE');
    return { kind: 'DATE', date: `${year}-${month}-${day}` };
  }
  const instant = UNTIL_INSTANT.exec(value);
  if (instant) {
    const [, year = '', month = '', day = '', hour = '', minute = '', second = ''] = instant;
    if (!isCalendarDate(year, month, day) || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) {
      throw new RuleProblem('RRULE_UNPARSABLE');
    }
    return { kind: 'INSTANT', instant: `${year}-${month}-${day}T${hour}:${minute}:${second}Z` };
  }
  // A floating UNTIL (no Z) is not allowed with a DTSTART in a time zone (RFC 5545 §3.3.10).
  throw new RuleProblem('RRULE_UNPARSABLE');
}

function readByDay(value: string | undefined): RuleWeekday[] {
  if (value === undefined) return [];
  const days: RuleWeekday[] = [];
  for (const item of value.split(',')) {
    const match = BYDAY_ITEM.exec(item);
    const weekday = match ? WEEKDAY_BY_CODE.get(match[2] ?? '') : undefined;
    if (!match || !weekday) throw new RuleProblem('RRULE_UNPARSABLE');
    let position: RulePosition | null = null;
    if (match[1] !== undefined) {
      const number = Number(match[1]);
      if (number === 0 || Math.abs(number) > 53) throw new RuleProblem('RRULE_UNPARSABLE');
      if (!(RULE_POSITIONS as readonly number[]).includes(number)) throw new RuleProblem('RRULE_UNSUPPORTED');
      position = number as RulePosition;
    }
    if (days.some((day) => day.weekday === weekday && day.position === position)) throw new RuleProblem('RRULE_UNPARSABLE');
    days.push({ weekday, position });
  }
  return days.sort((a, b) => weekdayOrder(a.weekday) - weekdayOrder(b.weekday) || positionOrder(a.position) - positionOrder(b.position));
}

function readByMonthDay(value: string | undefined): number[] {
  if (value === undefined) return [];
  const days: number[] = [];
  for (const item of value.split(',')) {
    const day = MONTH_DAY.test(item) ? Number(item) : NaN;
    if (!Number.isInteger(day) || day === 0 || Math.abs(day) > 31 || days.includes(day)) throw new RuleProblem('RRULE_UNPARSABLE');
    days.push(day);
  }
  // RFC 5545 skips months without the day: a group "on the 31st" would not meet in 5 months of
  // the year. Refused, so that nobody is surprised; the last day of the month is -1.
  if (days.some((day) => day > 28)) throw new RuleProblem('RRULE_MONTH_DAY_NOT_IN_EVERY_MONTH');
  if (days.some((day) => day < -1)) throw new RuleProblem('RRULE_UNSUPPORTED');
  return days.sort((a, b) => positionOrder(a) - positionOrder(b));
}

/** Writes a rule back as an RRULE value in one canonical order: what a form should store. */
export function formatRule(rule: ScheduleRule): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.byDay.length > 0) {
    parts.push(`BYDAY=${rule.byDay.map((day) => `${day.position ?? ''}${RULE_WEEKDAY_CODES[day.weekday]}`).join(',')}`);
  }
  if (rule.byMonthDay.length > 0) parts.push(`BYMONTHDAY=${rule.byMonthDay.join(',')}`);
  if (rule.weekStart) parts.push(`WKST=${RULE_WEEKDAY_CODES[rule.weekStart]}`);
  if (rule.count !== null) parts.push(`COUNT=${rule.count}`);
  if (rule.until) {
    parts.push(`UNTIL=${rule.until.kind === 'DATE' ? rule.until.date.replace(/-/g, '') : rule.until.instant.replace(/[-:]/g, '')}`);
  }
  return parts.join(';');
}

function weekdayOrder(weekday: Weekday): number {
  return WEEKDAYS.indexOf(weekday);
}

/** 1, 2, 3 … then the last: the order in which people say them. */
function positionOrder(position: number | null): number {
  return position === null ? 0 : position < 0 ? 100 - position : position;
}

/** The date exists in the (proleptic Gregorian) calendar: no 30 February. */
function isCalendarDate(year: string, month: string, day: string): boolean {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
}
