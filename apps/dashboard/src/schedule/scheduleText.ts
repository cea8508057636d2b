import type { Schedule } from '@groupfinder/domain';
import { dateTimeFormat, intlLocale, type Locale } from '@groupfinder/translations';
import { formatMeeting, wallClock } from '../groups/meetingTime';

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** "tirsdag" → "Tirsdag": weekday and language names are lower case in most catalogs, but start a label here. */
export function capitalise(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** How a schedule's exceptions name a meeting: its local start 'YYYY-MM-DDTHH:mm', from ISO 8601 with offset. */
export function localStart(iso: string): string {
  const { date, time } = wallClock(iso);
  return `${date}T${time}`;
}

/**
 * A meeting named by its local start, in words with its times as the preview says them
 * ("Tuesday 24 November, 19:00–21:00"). What cannot be read is shown as it is, so that a
 * volunteer can still find and remove it.
 */
export function describeLocalMeeting(local: string, durationMinutes: number, locale: Locale, now: Date): string {
  const startsAt = Date.parse(`${local}:00Z`);
  if (!LOCAL_DATE_TIME.test(local) || Number.isNaN(startsAt)) return local;
  // Wall-clock arithmetic, as the group plans it: the same as the preview's end times.
  const minutes = Number.isFinite(durationMinutes) ? durationMinutes : 0;
  const end = new Date(startsAt + minutes * 60_000).toISOString().slice(0, 16);
  return formatMeeting({ start: local, end }, locale, { style: 'long', now });
}

/**
 * A local date 'YYYY-MM-DD' in words, as the preview says a meeting's date ("Friday 24 December",
 * the year only when it is not this year's), or as it is when it cannot be read.
 */
export function describeLocalDate(date: string, locale: Locale, now: Date): string {
  const midnight = new Date(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(midnight.getTime())) return date;
  return dateTimeFormat(intlLocale(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(date.slice(0, 4) === String(now.getUTCFullYear()) ? {} : { year: 'numeric' }),
    // The wall-clock date, formatted as a UTC date so that no zone can shift it.
    timeZone: 'UTC',
  }).format(midnight);
}

/** A control's problems as one text, or undefined when there are none. */
export function problemText(messages: readonly string[]): string | undefined {
  return messages.length > 0 ? messages.join(' ') : undefined;
}

/** The exceptions of a schedule, which the meetings and breaks parts of the editor change. */
export type ScheduleExceptions = Pick<Schedule, 'exdates' | 'rdates' | 'moves' | 'pauses'>;

/** Changes some of the exceptions, and says what changed in the preview's live region. */
export type ChangeExceptions = (change: (current: ScheduleExceptions) => Partial<ScheduleExceptions>, announcement: string) => void;

/** The translated problems at a schedule path ('start', 'exdates[2]', 'pauses[0]'…), those of its parts included. */
export type ProblemsAt = (path: string) => readonly string[];
