import { instance, isOccurrence, recurrence, untilOf, type CompiledSchedule, type Instance } from './meetings';
import { parseRule, type ScheduleRule } from './rule';
import { SCHEDULE_LIMITS, type Schedule, type ScheduleProblem, type ScheduleProblemCode } from './schedule';
import { Temporal, isTimeZone, plainDate, zonedLocal } from './zoned';

/**
 * Everything wrong with a schedule, as codes with the path of the part at fault; empty when it
 * is fine. The API turns each code into a translated error (`scheduleProblem.<code>`). Never
 * throws. What it refuses beyond the syntax:
 * - a time zone that is not an IANA name the platform knows;
 * - a start, extra meeting or move target at a local time that does not exist that day
 *   (daylight-saving gap), where people could not know when to come;
 * - a start that is not one of the rule's own meetings (a Tuesday start for a Wednesday rule:
 *   RFC 5545 would make it an extra first meeting, which is rarely what was meant);
 * - cancelling or moving a meeting that is not one, an extra meeting the rule already has, a
 *   meeting both cancelled and moved or moved twice;
 * - moving a meeting to the start of another one still held there (the rule's or an extra one,
 *   not cancelled, moved away or, for the rule's, paused) or to where another meeting is moved:
 *   two meetings cannot start at once (the API's meetings are keyed by group and start);
 * - a monthly rule on the 29th to 31st (months without that day would be skipped: use -1, the last day).
 */
export function validateSchedule(schedule: Schedule): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  const report = (code: ScheduleProblemCode, path: string) => problems.push({ code, path });

  const exceptions = schedule.exdates.length + schedule.rdates.length + schedule.moves.length + schedule.pauses.length;
  if (exceptions > SCHEDULE_LIMITS.exceptionsMax) return [{ code: 'TOO_MANY_EXCEPTIONS', path: '' }];

  const zone = isTimeZone(schedule.timeZone) ? schedule.timeZone : null;
  if (!zone) report('TIME_ZONE_UNKNOWN', 'timeZone');
  const { durationMinutes } = schedule;
  if (!Number.isInteger(durationMinutes) || durationMinutes < 1 || durationMinutes > SCHEDULE_LIMITS.durationMaxMinutes) {
    report('DURATION_OUT_OF_RANGE', 'durationMinutes');
  }

  // Local times: their form everywhere, the daylight-saving gap when the zone is known.
  const local = (value: string, path: string, invalid: ScheduleProblemCode, gap?: ScheduleProblemCode) => {
    const found = zonedLocal(value, zone ?? 'UTC');
    if (!found) report(invalid, path);
    else if (zone && gap && found.inGap) report(gap, path);
    return found && zone ? found.zoned : null;
  };
  const start = local(schedule.start, 'start', 'START_INVALID', 'START_IN_DST_GAP');
  if (start && (start.year < SCHEDULE_LIMITS.startYearMin || start.year > SCHEDULE_LIMITS.startYearMax)) report('START_OUT_OF_RANGE', 'start');
  const exdates = schedule.exdates.map((exdate, index) => local(exdate, `exdates[${index}]`, 'EXDATE_INVALID'));
  const rdates = schedule.rdates.map((rdate, index) => local(rdate, `rdates[${index}]`, 'RDATE_INVALID', 'RDATE_IN_DST_GAP'));
  const moves = schedule.moves.map((move, index) => ({
    from: local(move.from, `moves[${index}].from`, 'MOVE_INVALID'),
    to: local(move.to, `moves[${index}].to`, 'MOVE_INVALID', 'MOVE_IN_DST_GAP'),
  }));
  schedule.pauses.forEach((pause, index) => {
    const from = plainDate(pause.from);
    const until = plainDate(pause.until);
    if (!from || !until) report('PAUSE_INVALID', `pauses[${index}]`);
    else if (Temporal.PlainDate.compare(until, from) < 0) report('PAUSE_ENDS_BEFORE_START', `pauses[${index}]`);
  });

  let rule: ScheduleRule | null = null;
  if (schedule.rrule !== null) {
    const parsed = parseRule(schedule.rrule);
    if (parsed.ok) rule = parsed.rule;
    else report(parsed.code, 'rrule');
  }
  if (!start || (schedule.rrule !== null && !rule)) return problems;

  // The meetings themselves, with the recurrence library.
  let ruleOnly: CompiledSchedule;
  try {
    if (rule?.until && Temporal.ZonedDateTime.compare(untilOf(rule, start), start) < 0) {
      report('RRULE_UNTIL_BEFORE_START', 'rrule');
      return problems;
    }
    if (rule && !recurrence(rule, start, { includeDtstart: false }).matches(start)) report('START_NOT_ON_PATTERN', 'start');
    ruleOnly = {
      zone: start.timeZoneId,
      start: instance(start),
      durationMinutes,
      rule: rule && recurrence(rule, start, { includeDtstart: true }),
      cancelled: new Set(),
      extras: new Map(),
      moves: new Map(),
      pauses: [],
      daysBetweenMeetings: 7,
    };
  } catch {
    report('RRULE_UNSUPPORTED', 'rrule');
    return problems;
  }
  const explicit = (zoned: Temporal.ZonedDateTime | null): Instance | null => (zoned ? instance(zoned) : null);
  const extras = new Map(rdates.flatMap((rdate) => (rdate ? [[instance(rdate).key, instance(rdate)] as const] : [])));
  const withExtras: CompiledSchedule = { ...ruleOnly, extras };

  rdates.map(explicit).forEach((rdate, index) => {
    if (rdate && isOccurrence(ruleOnly, rdate)) report('RDATE_IS_AN_OCCURRENCE', `rdates[${index}]`);
  });
  const cancelled = new Set<string>();
  exdates.map(explicit).forEach((exdate, index) => {
    if (!exdate) return;
    if (!isOccurrence(withExtras, exdate)) report('EXDATE_NOT_AN_OCCURRENCE', `exdates[${index}]`);
    cancelled.add(exdate.key);
  });
  const moved = new Set<string>();
  const takingPlace: { to: Instance; index: number }[] = [];
  moves.forEach(({ from, to }, index) => {
    const original = explicit(from);
    if (!original) return;
    if (!isOccurrence(withExtras, original)) report('MOVE_FROM_NOT_AN_OCCURRENCE', `moves[${index}].from`);
    else if (cancelled.has(original.key)) report('MOVE_FROM_CANCELLED', `moves[${index}].from`);
    else if (moved.has(original.key)) report('MOVE_DUPLICATE', `moves[${index}].from`);
    else if (to) takingPlace.push({ to: instance(to), index });
    moved.add(original.key);
  });

  // Where the moved meetings land must be free: no meeting of the rule that still takes place
  // there (cancelled, moved away and paused ones do not), no extra meeting, no other moved one.
  const paused = (date: string) => schedule.pauses.some((pause) => pause.from <= date && date <= pause.until);
  const stillThere = (at: Instance) =>
    !cancelled.has(at.key) && !moved.has(at.key) && (extras.has(at.key) || (isOccurrence(ruleOnly, at) && !paused(at.date)));
  const landed = new Set<string>();
  takingPlace.forEach(({ to, index }) => {
    if (landed.has(to.key) || stillThere(to)) report('MOVE_ONTO_OCCURRENCE', `moves[${index}].to`);
    landed.add(to.key);
  });
  return problems;
}
