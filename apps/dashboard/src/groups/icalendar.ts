/** The parts of a schedule that RFC 5545 (iCalendar) has words for. */
export interface ScheduleRules {
  /** IANA time zone, e.g. Europe/Copenhagen. */
  readonly timeZone: string;
  /** Local wall-clock YYYY-MM-DDTHH:mm. */
  readonly start: string;
  readonly durationMinutes: number;
  readonly rrule?: string | null;
  /** Local wall-clock YYYY-MM-DDTHH:mm each. */
  readonly exdates: readonly string[];
  readonly rdates: readonly string[];
}

/**
 * A schedule as the iCalendar lines it is stored as, for administrators who check a rule or
 * compare it with a calendar: DTSTART and DURATION, then RRULE, EXDATE and RDATE when there are any.
 * Pauses have no iCalendar property and are not among them.
 */
export function icalendarLines({ timeZone, start, durationMinutes, rrule, exdates, rdates }: ScheduleRules): string[] {
  const local = (values: readonly string[]) => `;TZID=${timeZone}:${values.map(icalendarDateTime).join(',')}`;
  const lines = [`DTSTART${local([start])}`, `DURATION:${icalendarDuration(durationMinutes)}`];
  if (rrule) lines.push(`RRULE:${rrule.replace(/^RRULE:/i, '')}`);
  if (exdates.length > 0) lines.push(`EXDATE${local(exdates)}`);
  if (rdates.length > 0) lines.push(`RDATE${local(rdates)}`);
  return lines;
}

/** "2026-08-18T16:30" → "20260818T163000" (RFC 5545 DATE-TIME, local time). */
function icalendarDateTime(wallClock: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(wallClock);
  if (!match) return wallClock;
  const [, year, month, day, hour, minute, second = '00'] = match;
  return `${year}${month}${day}T${hour}${minute}${second}`;
}

/** 90 → "PT1H30M" (RFC 5545 DURATION). */
function icalendarDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `PT${hours ? `${hours}H` : ''}${rest || !hours ? `${rest}M` : ''}`;
}
