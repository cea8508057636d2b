import { formatRule, parseRule } from './rule';
import { compileSchedule, instance, isOccurrence, untilOf } from './meetings';
import type { Schedule } from './schedule';
import { Temporal, zonedLocal } from './zoned';

/**
 * A schedule as one recurring event of iCalendar (RFC 5545): what a calendar program needs to show
 * the meetings `nextMeetings` lists, less the cancelled ones (an EXDATE takes a meeting out). Times
 * are local, as in Schedule; `moves` holds only those of meetings of the schedule not cancelled
 * (each an override: RECURRENCE-ID `from`, DTSTART `to`), `rdates` the extra meetings, sorted.
 */
export interface CalendarSeries extends Pick<Schedule, 'timeZone' | 'start' | 'durationMinutes' | 'rdates' | 'moves'> {
  /**
   * RRULE, with UNTIL as an instant in UTC: RFC 5545 wants that when DTSTART has a time zone, and
   * a local end date would otherwise be read differently by different programs. Null: one meeting.
   */
  rrule: string | null;
  /** EXDATE: cancelled meetings, and the meetings of the rule on dates of a pause (iCalendar has no pauses). Sorted. */
  exdates: string[];
}

/** The schedule as an iCalendar series; throws InvalidScheduleError as `nextMeetings` does for a schedule it cannot read. */
export function calendarSeries(schedule: Schedule): CalendarSeries {
  const compiled = compileSchedule(schedule);
  const zone = compiled.zone;
  const movedAway = (key: string) => compiled.moves.has(key) && !compiled.cancelled.has(key);

  // The rule's meetings (DTSTART among them) on a paused date, unless moved: a move's new time is never paused.
  const paused = new Set<string>();
  for (const pause of compiled.pauses) {
    const from = Temporal.PlainDate.from(pause.from).toZonedDateTime(zone);
    const until = Temporal.PlainDate.from(pause.until).add({ days: 1 }).toZonedDateTime(zone);
    const meetings = compiled.rule ? compiled.rule.between(new Date(from.epochMilliseconds), new Date(until.epochMilliseconds), true).map(instance) : [compiled.start];
    for (const meeting of meetings) if (pause.from <= meeting.date && meeting.date <= pause.until && !movedAway(meeting.key)) paused.add(meeting.key);
  }

  const moves = [...compiled.moves]
    .filter(([from]) => {
      const original = zonedLocal(from, zone);
      return !compiled.cancelled.has(from) && original !== null && !original.inGap && isOccurrence(compiled, instance(original.zoned));
    })
    .map(([from, to]) => ({ from, to: to.key }));

  return {
    timeZone: zone,
    start: compiled.start.key,
    durationMinutes: compiled.durationMinutes,
    rrule: schedule.rrule === null ? null : utcUntil(schedule.rrule, schedule.start, zone),
    exdates: [...new Set([...compiled.cancelled, ...paused])].sort(),
    rdates: [...compiled.extras.keys()].sort(),
    moves: moves.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)),
  };
}

/** The rule as stored, with a local UNTIL date written as the last second of that day in UTC. */
function utcUntil(rrule: string, start: string, zone: string): string {
  // compileSchedule has read both already.
  const parsed = parseRule(rrule);
  const zoned = zonedLocal(start, zone)?.zoned;
  if (!parsed.ok || !zoned) return rrule;
  if (parsed.rule.until?.kind !== 'DATE') return formatRule(parsed.rule);
  const last = untilOf(parsed.rule, zoned).toInstant().round({ smallestUnit: 'second', roundingMode: 'floor' });
  return formatRule({ ...parsed.rule, until: { kind: 'INSTANT', instant: last.toString() } });
}
