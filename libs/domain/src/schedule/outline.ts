import { WEEKDAYS, type Weekday } from '../vocabularies';
import { parseRule, type RulePosition, type RuleUntil } from './rule';
import { InvalidScheduleError, type Schedule } from './schedule';

/** The shape of a schedule as people say it: what a summary is written from. */
export type SchedulePattern =
  | { kind: 'ONCE' }
  | { kind: 'DAILY'; interval: number }
  | { kind: 'WEEKLY'; interval: number; weekdays: Weekday[] }
  | { kind: 'MONTHLY_BY_WEEKDAY'; interval: number; weekday: Weekday; positions: RulePosition[] }
  /** `days` 1 to 28, and -1 for the last day of the month. */
  | { kind: 'MONTHLY_BY_DATE'; interval: number; days: number[] };

export interface ScheduleOutline {
  pattern: SchedulePattern;
  /** The local date of the first meeting, 'YYYY-MM-DD'. */
  firstDate: string;
  /** Local wall-clock start and end, 'HH:mm' (the end may be past midnight: '23:30'–'01:00'). */
  startTime: string;
  endTime: string;
  /** COUNT: how many meetings in all. */
  count: number | null;
  /** UNTIL: the last possible meeting. */
  until: RuleUntil | null;
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const MINUTES_PER_DAY = 24 * 60;

/**
 * The outline of a schedule, read without expanding it and without any date library (so that
 * summaries stay small in the widget). Rules the RFC lets be implicit are made explicit: a weekly
 * rule without BYDAY meets on DTSTART's weekday, a monthly one without BYDAY or BYMONTHDAY on
 * DTSTART's day of the month, and a daily rule every 7·N days is the weekly rule it is.
 * Throws InvalidScheduleError when the start or the rule cannot be read (see validateSchedule).
 */
export function scheduleOutline(schedule: Schedule): ScheduleOutline {
  const start = LOCAL_DATE_TIME.exec(schedule.start);
  if (!start) throw new InvalidScheduleError({ code: 'START_INVALID', path: 'start' });
  const [, year = '', month = '', day = '', hour = '', minute = ''] = start;
  const firstDate = `${year}-${month}-${day}`;
  const startMinutes = Number(hour) * 60 + Number(minute);
  const endMinutes = (startMinutes + schedule.durationMinutes) % MINUTES_PER_DAY;
  const times = { firstDate, startTime: clock(startMinutes), endTime: clock(endMinutes) };

  if (schedule.rrule === null) return { pattern: { kind: 'ONCE' }, ...times, count: null, until: null };
  const parsed = parseRule(schedule.rrule);
  if (!parsed.ok) throw new InvalidScheduleError({ code: parsed.code, path: 'rrule' });
  const { rule } = parsed;
  const startWeekday = weekdayOfDate(Number(year), Number(month), Number(day));
  let pattern: SchedulePattern;
  if (rule.freq === 'DAILY') {
    pattern =
      rule.interval % 7 === 0
        ? { kind: 'WEEKLY', interval: rule.interval / 7, weekdays: [startWeekday] }
        : { kind: 'DAILY', interval: rule.interval };
  } else if (rule.freq === 'WEEKLY') {
    const weekdays = rule.byDay.map((byDay) => byDay.weekday);
    pattern = { kind: 'WEEKLY', interval: rule.interval, weekdays: weekdays.length > 0 ? weekdays : [startWeekday] };
  } else if (rule.byDay[0]) {
    const positions = rule.byDay.map((byDay) => byDay.position).filter((position): position is RulePosition => position !== null);
    pattern = { kind: 'MONTHLY_BY_WEEKDAY', interval: rule.interval, weekday: rule.byDay[0].weekday, positions };
  } else {
    pattern = { kind: 'MONTHLY_BY_DATE', interval: rule.interval, days: rule.byMonthDay.length > 0 ? rule.byMonthDay : [Number(day)] };
  }
  return { pattern, ...times, count: rule.count, until: rule.until };
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The weekday of a calendar date, read from the platform's calendar. */
function weekdayOfDate(year: number, month: number, day: number): Weekday {
  const sundayFirst = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return WEEKDAYS[(sundayFirst + 6) % 7] as Weekday;
}
