import { RRuleTemporal } from 'rrule-temporal';
import { RULE_WEEKDAY_CODES, parseRule, type ScheduleRule } from './rule';
import { InvalidScheduleError, SCHEDULE_LIMITS, type Meeting, type Schedule, type SchedulePause } from './schedule';
import { Temporal, isTimeZone, isoWithOffset, localDateOf, localKey, plainDate, yearsLater, zonedLocal, type ZonedLike } from './zoned';

/** One meeting time, read once: where it is in time and how it is written. */
export interface Instance {
  /** The instant, for ordering and windows. */
  epoch: number;
  /** Local wall-clock start 'YYYY-MM-DDTHH:mm', the key of EXDATE, RDATE and moves. */
  key: string;
  /** Local date 'YYYY-MM-DD', for pauses. */
  date: string;
  zoned: ZonedLike;
}

/**
 * A schedule read once for expansion. The recurrence library (rrule-temporal, RFC 5545) expands
 * the RRULE from DTSTART in the group's time zone; cancellations, extra and moved meetings and
 * pauses are applied here, keyed by local wall-clock start.
 */
export interface CompiledSchedule {
  zone: string;
  start: Instance;
  durationMinutes: number;
  rule: RRuleTemporal | null;
  cancelled: ReadonlySet<string>;
  extras: ReadonlyMap<string, Instance>;
  /** Moved meetings: local start of the occurrence → where it now is. */
  moves: ReadonlyMap<string, Instance>;
  /** Local dates 'YYYY-MM-DD', inclusive. */
  pauses: readonly { from: string; until: string }[];
  /** About how many days lie between two meetings of the rule: how far nextMeetings looks first. */
  daysBetweenMeetings: number;
}

export function instance(zoned: ZonedLike): Instance {
  const key = localKey(zoned);
  return { epoch: zoned.epochMilliseconds, key, date: key.slice(0, 10), zoned };
}

/**
 * Reads a schedule for expansion; throws InvalidScheduleError for anything unreadable. It does not
 * check everything validateSchedule does (e.g. that a cancelled date is a meeting): such entries
 * simply have no effect.
 */
export function compileSchedule(schedule: Schedule): CompiledSchedule {
  const zone = schedule.timeZone;
  if (!isTimeZone(zone)) throw new InvalidScheduleError({ code: 'TIME_ZONE_UNKNOWN', path: 'timeZone' });
  const start = zonedLocal(schedule.start, zone);
  if (!start) throw new InvalidScheduleError({ code: 'START_INVALID', path: 'start' });
  const { durationMinutes } = schedule;
  if (!Number.isInteger(durationMinutes) || durationMinutes < 1 || durationMinutes > SCHEDULE_LIMITS.durationMaxMinutes) {
    throw new InvalidScheduleError({ code: 'DURATION_OUT_OF_RANGE', path: 'durationMinutes' });
  }
  let rule: RRuleTemporal | null = null;
  let daysBetweenMeetings = 7;
  if (schedule.rrule !== null) {
    const parsed = parseRule(schedule.rrule);
    if (!parsed.ok) throw new InvalidScheduleError({ code: parsed.code, path: 'rrule' });
    rule = recurrence(parsed.rule, start.zoned, { includeDtstart: true });
    daysBetweenMeetings = daysBetween(parsed.rule);
  }

  const local = (value: string, path: string, code: 'EXDATE_INVALID' | 'RDATE_INVALID' | 'MOVE_INVALID') => {
    const found = zonedLocal(value, zone);
    if (!found) throw new InvalidScheduleError({ code, path });
    return instance(found.zoned);
  };
  const cancelled = new Set(schedule.exdates.map((exdate, index) => local(exdate, `exdates[${index}]`, 'EXDATE_INVALID').key));
  const extras = new Map(
    schedule.rdates.map((rdate, index) => {
      const extra = local(rdate, `rdates[${index}]`, 'RDATE_INVALID');
      return [extra.key, extra] as const;
    }),
  );
  const moves = new Map(
    schedule.moves.map((move, index) => [local(move.from, `moves[${index}].from`, 'MOVE_INVALID').key, local(move.to, `moves[${index}].to`, 'MOVE_INVALID')] as const),
  );
  const pauses = schedule.pauses.map((pause, index) => {
    if (!plainDate(pause.from) || !plainDate(pause.until)) throw new InvalidScheduleError({ code: 'PAUSE_INVALID', path: `pauses[${index}]` });
    return { from: pause.from, until: pause.until };
  });
  return { zone, start: instance(start.zoned), durationMinutes, rule, cancelled, extras, moves, pauses, daysBetweenMeetings };
}

function daysBetween(rule: ScheduleRule): number {
  const perPeriod = Math.max(1, rule.byDay.length, rule.byMonthDay.length);
  const periodDays = rule.freq === 'DAILY' ? 1 : rule.freq === 'WEEKLY' ? 7 : 31;
  return (periodDays * rule.interval) / perPeriod;
}

/**
 * The rule as the recurrence library's object. `includeDtstart` makes DTSTART a meeting even when
 * it is not on the rule's pattern, as RFC 5545 says; validateSchedule refuses such a start anyway.
 */
export function recurrence(rule: ScheduleRule, start: Temporal.ZonedDateTime, options: { includeDtstart: boolean }): RRuleTemporal {
  return new RRuleTemporal({
    tzid: start.timeZoneId,
    dtstart: start,
    freq: rule.freq,
    interval: rule.interval,
    ...(rule.count !== null ? { count: rule.count } : {}),
    ...(rule.until ? { until: untilOf(rule, start) } : {}),
    ...(rule.byDay.length > 0 ? { byDay: rule.byDay.map((day) => `${day.position ?? ''}${RULE_WEEKDAY_CODES[day.weekday]}`) } : {}),
    ...(rule.byMonthDay.length > 0 ? { byMonthDay: rule.byMonthDay } : {}),
    ...(rule.weekStart ? { wkst: RULE_WEEKDAY_CODES[rule.weekStart] } : {}),
    includeDtstart: options.includeDtstart,
  });
}

/** UNTIL as an instant: a local date means up to the end of that day in the group's zone. */
export function untilOf(rule: ScheduleRule, start: Temporal.ZonedDateTime): Temporal.ZonedDateTime {
  const { until } = rule;
  if (!until) throw new Error('The rule has no UNTIL');
  if (until.kind === 'INSTANT') return Temporal.Instant.from(until.instant).toZonedDateTimeISO(start.timeZoneId);
  return Temporal.PlainDate.from(until.date).add({ days: 1 }).toZonedDateTime(start.timeZoneId).subtract({ nanoseconds: 1 });
}

/** Whether a time is one of the schedule's meetings before exceptions: the rule's, DTSTART or an RDATE. */
export function isOccurrence(compiled: CompiledSchedule, at: Instance): boolean {
  if (compiled.extras.has(at.key) || at.key === compiled.start.key) return true;
  return compiled.rule !== null && compiled.rule.matches(new Date(at.epoch));
}

/**
 * The meetings that start in [from, until): scheduled ones, cancelled ones (status CANCELLED, so a
 * visitor sees that the meeting they planned for is off) and moved ones at their new time (status
 * MOVED, with `originalStart`), in order of start. Meetings of the rule on a paused date are left
 * out (see upcomingPauses); extra meetings and a move's new time are explicit and never paused.
 * A cancelled meeting that is also moved stays cancelled, at its original time; a cancelled
 * meeting where another one is moved to gives way to it, so no two meetings start at once.
 */
export function meetingsBetween(schedule: Schedule, from: Date, until: Date): Meeting[] {
  return collect(compileSchedule(schedule), from.getTime(), until.getTime());
}

/** The next `count` meetings that start at or after `from` (at most 100, looking at most 10 years ahead). */
export function nextMeetings(schedule: Schedule, options: { from: Date; count: number }): Meeting[] {
  const wanted = Math.min(Math.max(0, Math.floor(options.count)), SCHEDULE_LIMITS.nextMeetingsMax);
  if (wanted === 0) return [];
  const compiled = compileSchedule(schedule);
  const horizon = yearsLater(options.from, SCHEDULE_LIMITS.lookAheadYears, compiled.zone).getTime();
  const found: Meeting[] = [];
  let windowStart = options.from.getTime();
  // A first look wide enough for the meetings wanted and a little more; then wider and wider.
  let windowDays = Math.min(Math.max(7, Math.ceil((wanted + 1) * compiled.daysBetweenMeetings)), 366);
  for (;;) {
    const windowEnd = Math.min(windowStart + windowDays * DAY_MS, horizon);
    found.push(...collect(compiled, windowStart, windowEnd));
    if (found.length >= wanted || windowEnd >= horizon || nothingAfter(compiled, windowEnd)) break;
    windowStart = windowEnd;
    windowDays = Math.min(windowDays * 2, 366);
  }
  return found.slice(0, wanted);
}

/** Window lengths only: how far to look at a time. Meeting times themselves come from Temporal. */
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The pauses that have not ended by `from` (the current one included), in order. Pauses whose
 * dates cannot be read are left out.
 */
export function upcomingPauses(schedule: Schedule, from: Date): SchedulePause[] {
  if (!isTimeZone(schedule.timeZone)) throw new InvalidScheduleError({ code: 'TIME_ZONE_UNKNOWN', path: 'timeZone' });
  const today = localDateOf(from, schedule.timeZone);
  return schedule.pauses
    .filter((pause) => plainDate(pause.from) && plainDate(pause.until) && pause.until >= today)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

function collect(compiled: CompiledSchedule, from: number, until: number): Meeting[] {
  const inWindow = (at: Instance) => at.epoch >= from && at.epoch < until;
  const found: { epoch: number; meeting: Meeting }[] = [];
  const seen = new Set<string>();
  const add = (at: Instance, status: Meeting['status'], original?: Instance) => {
    const meeting: Meeting = { start: isoWithOffset(at.zoned), end: isoWithOffset(at.zoned.add({ minutes: compiled.durationMinutes })), status };
    if (original) meeting.originalStart = isoWithOffset(original.zoned);
    found.push({ epoch: at.epoch, meeting });
  };
  const isMovedAway = (key: string) => compiled.moves.has(key) && !compiled.cancelled.has(key);

  const arrivals: { to: Instance; original: Instance }[] = [];
  for (const [key, to] of compiled.moves) {
    if (!inWindow(to) || compiled.cancelled.has(key)) continue;
    const original = zonedLocal(key, compiled.zone);
    if (original && !original.inGap && isOccurrence(compiled, instance(original.zoned))) arrivals.push({ to, original: instance(original.zoned) });
  }
  const arrived = new Set(arrivals.map(({ to }) => to.key));
  const addUnlessMoved = (at: Instance) => {
    if (isMovedAway(at.key)) return;
    if (!compiled.cancelled.has(at.key)) add(at, 'SCHEDULED');
    else if (!arrived.has(at.key)) add(at, 'CANCELLED');
  };

  const ruleMeetings = compiled.rule ? compiled.rule.between(new Date(from), new Date(until), true).map(instance) : [compiled.start];
  for (const at of ruleMeetings) {
    if (!inWindow(at) || seen.has(at.key)) continue;
    seen.add(at.key);
    if (!isPaused(compiled, at.date)) addUnlessMoved(at);
  }
  for (const at of compiled.extras.values()) {
    if (!inWindow(at) || seen.has(at.key)) continue;
    seen.add(at.key);
    addUnlessMoved(at);
  }
  for (const { to, original } of arrivals) add(to, 'MOVED', original);
  return found.sort((a, b) => a.epoch - b.epoch).map((entry) => entry.meeting);
}

function isPaused(compiled: CompiledSchedule, date: string): boolean {
  return compiled.pauses.some((pause) => pause.from <= date && date <= pause.until);
}

/** No meeting of any kind can start at or after `epoch`. */
function nothingAfter(compiled: CompiledSchedule, epoch: number): boolean {
  const later = (at: Instance) => at.epoch >= epoch;
  if (later(compiled.start) || [...compiled.extras.values()].some(later) || [...compiled.moves.values()].some(later)) return false;
  return compiled.rule === null || compiled.rule.next(new Date(epoch), true) === null;
}
