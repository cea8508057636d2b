import { dateTimeFormat, intlLocale, translate, type Locale } from '@groupfinder/translations';

/** A meeting as the API gives it: start and end in ISO 8601 with the group's offset. */
export interface MeetingTimes {
  readonly start: string;
  readonly end: string;
}

export interface FormatMeetingOptions {
  /** `short` for a table cell ("tirs. 24. nov."), `long` for a list ("tirsdag den 24. november"). */
  readonly style?: 'short' | 'long';
  /** Today, to leave out this year's year. Default: now. */
  readonly now?: Date;
}

const WALL_CLOCK = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/;

/**
 * The group's own wall-clock date and time of an ISO 8601 instant with offset
 * ("2026-11-24T16:30:00+01:00" → 2026-11-24, 16:30): a meeting is shown at the time it takes
 * place where it is held, whatever the time zone of the browser.
 */
export function wallClock(iso: string): { readonly date: string; readonly time: string } {
  const match = WALL_CLOCK.exec(iso);
  if (!match?.[1] || !match[2]) throw new RangeError(`Not an ISO 8601 date and time: ${iso}`);
  return { date: match[1], time: match[2] };
}

/**
 * One meeting in words, the way schedule summaries say it: "tirs. 24. nov. kl. 16:30–18:00",
 * "Tue 24 Nov, 16:30–18:00"; the year only when it is not this year's.
 */
export function formatMeeting({ start, end }: MeetingTimes, locale: Locale, options: FormatMeetingOptions = {}): string {
  const from = wallClock(start);
  const until = wallClock(end);
  return translate(locale, 'schedule.once', { date: formatDate(from.date, locale, options), start: from.time, end: until.time });
}

/**
 * Where a moved meeting was to take place, as long as it now lasts: the API gives the original
 * start only. Wall-clock arithmetic, as the group plans it.
 */
export function originalTimes({ start, end }: MeetingTimes, originalStart: string): MeetingTimes {
  const minutes = (naiveUtc(end) - naiveUtc(start)) / 60_000;
  const originalEnd = new Date(naiveUtc(originalStart) + minutes * 60_000).toISOString().slice(0, 16);
  return { start: originalStart, end: originalEnd };
}

function formatDate(date: string, locale: Locale, { style = 'short', now = new Date() }: FormatMeetingOptions): string {
  const withYear = date.slice(0, 4) !== String(now.getUTCFullYear());
  return dateTimeFormat(intlLocale(locale), {
    weekday: style,
    day: 'numeric',
    month: style,
    ...(withYear ? { year: 'numeric' } : {}),
    // The wall-clock date, formatted as a UTC date so that no zone can shift it.
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** A wall-clock date and time read as if it were UTC, for differences in minutes. */
function naiveUtc(iso: string): number {
  const { date, time } = wallClock(iso);
  return Date.parse(`${date}T${time}:00Z`);
}
