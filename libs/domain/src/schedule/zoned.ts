/**
 * Local wall-clock times in a time zone, with the Temporal API: the TC39 champions' polyfill
 * (@js-temporal/polyfill, which ships CommonJS for jest and the API) until Node and browsers ship
 * Temporal; swapping it is this one import. The recurrence library, rrule-temporal, brings its own
 * faster implementation for the meetings it generates; the two meet only through `ZonedLike`.
 *
 * Daylight-saving rules, for every explicit local time of a schedule (DTSTART, RDATE, a move's
 * target) as RFC 5545 §3.3.5 and Temporal's 'compatible' disambiguation agree:
 * - a time in the spring-forward gap (02:30 on 29 March 2026 in Europe/Copenhagen) is read with
 *   the offset before the gap, so it lands one hour later (03:30+02:00). validateSchedule refuses
 *   such times, so stored schedules do not have them;
 * - a time that happens twice in the autumn (02:30 on 25 October 2026) is the first one, still in
 *   summer time (02:30+02:00).
 * The rule's own meetings follow RFC 5545 §3.3.10 through the recurrence library: one that falls
 * in a gap does not take place (and does not count towards COUNT); an ambiguous one is the first.
 */
import { Temporal } from '@js-temporal/polyfill';

export { Temporal };

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

/** An IANA time zone name the platform knows ('Europe/Oslo', 'UTC'); offsets like '+01:00' are not. */
export function isTimeZone(zone: string): boolean {
  if (!IANA_NAME.test(zone)) return false;
  try {
    Temporal.Now.zonedDateTimeISO(zone);
    return true;
  } catch {
    return false;
  }
}

export interface ZonedLocal {
  zoned: Temporal.ZonedDateTime;
  /** The wall-clock time does not exist that day (spring-forward gap); `zoned` is an hour later. */
  inGap: boolean;
}

/** A local 'YYYY-MM-DDTHH:mm' in `zone`, or null when it is not one (format or calendar). */
export function zonedLocal(local: string, zone: string): ZonedLocal | null {
  if (!LOCAL_DATE_TIME.test(local)) return null;
  let plain: Temporal.PlainDateTime;
  try {
    plain = Temporal.PlainDateTime.from(local);
  } catch {
    return null;
  }
  const zoned = plain.toZonedDateTime(zone, { disambiguation: 'compatible' });
  return { zoned, inGap: !zoned.toPlainDateTime().equals(plain) };
}

/** A local 'YYYY-MM-DD', or null. */
export function plainDate(local: string): Temporal.PlainDate | null {
  if (!LOCAL_DATE.test(local)) return null;
  try {
    return Temporal.PlainDate.from(local);
  } catch {
    return null;
  }
}

/**
 * What this module needs of a ZonedDateTime. The recurrence library hands out its own (faster)
 * Temporal implementation's objects; explicit times come from the polyfill imported here. Both
 * are read only through this, and compared by epoch milliseconds, never mixed in one call.
 */
export interface ZonedLike {
  readonly epochMilliseconds: number;
  toString(options?: { smallestUnit?: 'second'; timeZoneName?: 'never' }): string;
  toPlainDateTime(): { toString(options?: { smallestUnit?: 'minute' }): string };
  add(duration: { minutes: number }): ZonedLike;
}

/** The local wall-clock start of a meeting as schedules write it: 'YYYY-MM-DDTHH:mm'. */
export function localKey(zoned: ZonedLike): string {
  return zoned.toPlainDateTime().toString({ smallestUnit: 'minute' });
}

/** ISO 8601 with the offset in force: '2026-03-31T19:00:00+02:00'. */
export function isoWithOffset(zoned: ZonedLike): string {
  return zoned.toString({ smallestUnit: 'second', timeZoneName: 'never' });
}

/** The local date of an instant in a time zone, 'YYYY-MM-DD'. */
export function localDateOf(date: Date, zone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(date.getTime()).toZonedDateTimeISO(zone).toPlainDate().toString();
}

/** The local date and time of an instant in a time zone, as spreadsheets read it: 'YYYY-MM-DD HH:mm'. */
export function localDateTimeOf(date: Date, zone: string): string {
  return localKey(Temporal.Instant.fromEpochMilliseconds(date.getTime()).toZonedDateTimeISO(zone)).replace('T', ' ');
}

/** The instant a number of calendar years after `date` in a time zone. */
export function yearsLater(date: Date, years: number, zone: string): Date {
  const later = Temporal.Instant.fromEpochMilliseconds(date.getTime()).toZonedDateTimeISO(zone).add({ years });
  return new Date(later.epochMilliseconds);
}
