import {
  pickText,
  scheduleOutline,
  type Language,
  type RulePosition,
  type RuleUntil,
  type Schedule,
  type SchedulePause,
  type Weekday,
} from '@groupfinder/domain';
import { dateTimeFormat, intlLocale, listFormat, localDateIn } from './intl-formats';
import type { Locale } from './locales';
import { translate } from './translate';

/**
 * Schedules as people say them, in each language, from the ICU messages `schedule.*` of the
 * catalogs: "Hver 14. dag, tirsdag kl. 19:00–21:00", "W pierwszy wtorek miesiąca, 19:00–21:00",
 * "Every other Tuesday, 19:00–21:00, 10 sessions from 3 February". Times are the group's local
 * wall-clock times; dates are formatted by Intl in the locale. Needs no date library, so the
 * widget can use it at little cost.
 */
export interface SummaryOptions {
  /**
   * Today, for what depends on it: a first date still to come is said ("from 3 February"), a past
   * one is not; years are written only when they are not the current year. Default: now.
   */
  now?: Date;
}

const POSITION_CODES: Readonly<Record<RulePosition, string>> = {
  1: 'FIRST',
  2: 'SECOND',
  3: 'THIRD',
  4: 'FOURTH',
  5: 'FIFTH',
  [-1]: 'LAST',
};

/**
 * One line for a schedule. Cancelled, extra and moved meetings are not in it (the list of meetings
 * shows them), nor are pauses (describePause). Throws InvalidScheduleError from
 * @groupfinder/domain for a schedule whose start or rule cannot be read.
 */
export function describeSchedule(schedule: Schedule, locale: Locale, options: SummaryOptions = {}): string {
  const outline = scheduleOutline(schedule);
  const { pattern } = outline;
  const today = localDateIn(options.now ?? new Date(), schedule.timeZone);
  const times = { start: outline.startTime, end: outline.endTime };
  const day = (weekday: Weekday) => translate(locale, `weekday.${weekday}`);
  const list = (items: string[]) => listFormat(intlLocale(locale)).format(items);

  let text: string;
  switch (pattern.kind) {
    case 'ONCE':
      text = translate(locale, 'schedule.once', { date: formatDate(outline.firstDate, locale, today, true), ...times });
      break;
    case 'DAILY':
      text = translate(locale, 'schedule.daily', { interval: pattern.interval, ...times });
      break;
    case 'WEEKLY': {
      const [weekday = 'MONDAY', ...others] = pattern.weekdays;
      if (others.length === 0) {
        const key = pattern.interval === 1 ? 'schedule.weekly' : 'schedule.weeklyInterval';
        text = translate(locale, key, { weekday, day: day(weekday), interval: pattern.interval, ...times });
      } else {
        const days = list(pattern.weekdays.map((each) => translate(locale, 'schedule.weekdayInList', { weekday: each, day: day(each) })));
        text = translate(locale, 'schedule.weeklyDays', { weekday, days, interval: pattern.interval, ...times });
      }
      break;
    }
    case 'MONTHLY_BY_WEEKDAY': {
      const { weekday } = pattern;
      const positions = list(pattern.positions.map((position) => translate(locale, 'schedule.position', { position: POSITION_CODES[position], weekday })));
      text = translate(locale, 'schedule.monthlyByWeekday', { weekday, day: day(weekday), positions, interval: pattern.interval, ...times });
      break;
    }
    case 'MONTHLY_BY_DATE': {
      const days = list(
        pattern.days.map((monthDay) =>
          monthDay === -1 ? translate(locale, 'schedule.lastDayOfMonth') : translate(locale, 'schedule.monthDay', { day: monthDay }),
        ),
      );
      text = translate(locale, 'schedule.monthlyByDate', { days, interval: pattern.interval, ...times });
      break;
    }
  }

  const bounds = describeBounds(outline.count, outline.until, outline.firstDate, pattern.kind === 'ONCE', schedule.timeZone, locale, today);
  if (bounds) text = translate(locale, 'schedule.withBounds', { pattern: text, bounds });
  return capitalise(text, locale);
}

function describeBounds(
  count: number | null,
  until: RuleUntil | null,
  firstDate: string,
  once: boolean,
  timeZone: string,
  locale: Locale,
  today: string,
): string | null {
  const first = formatDate(firstDate, locale, today);
  if (count !== null) return translate(locale, 'schedule.count', { count, date: first });
  const startsLater = !once && firstDate > today;
  if (until) {
    const untilDate = until.kind === 'DATE' ? until.date : localDateIn(new Date(until.instant), timeZone);
    const last = formatDate(untilDate, locale, today);
    return startsLater ? translate(locale, 'schedule.fromUntil', { from: first, until: last }) : translate(locale, 'schedule.until', { date: last });
  }
  return startsLater ? translate(locale, 'schedule.from', { date: first }) : null;
}

/**
 * One line for a pause: its reason in the language asked for, else the organisation's language,
 * else any ("Summer break 1 July – 10 August"), or "No meetings 1–10 August" without a reason.
 */
export function describePause(pause: SchedulePause, locale: Locale, fallbackLanguage: Language, options: SummaryOptions = {}): string {
  const reason = pickText(pause.reason, locale, fallbackLanguage);
  // A pause has dates but no time zone: the year is today's in UTC, which is off only around New Year.
  const thisYear = String((options.now ?? new Date()).getUTCFullYear());
  const withYear = pause.from.slice(0, 4) !== thisYear || pause.until.slice(0, 4) !== thisYear;
  const format = dateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'long', ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' });
  const dates = format.formatRange(utcDate(pause.from), utcDate(pause.until));
  return reason
    ? translate(locale, 'schedule.pause', { reason: reason.text.trim(), dates })
    : capitalise(translate(locale, 'schedule.pauseWithoutReason', { dates }), locale);
}

/** '2026-02-03' as "3 February" (or "Tuesday 3 February 2026"), with the year when it is not this year's. */
function formatDate(date: string, locale: Locale, today: string, withWeekday = false): string {
  const withYear = date.slice(0, 4) !== today.slice(0, 4);
  return dateTimeFormat(intlLocale(locale), {
    ...(withWeekday ? { weekday: 'long' } : {}),
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(utcDate(date));
}

/** A local calendar date as a Date at UTC midnight, to be formatted in UTC: no zone can shift it. */
function utcDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** Summaries start a sentence: "første tirsdag…" → "Første tirsdag…". */
function capitalise(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(intlLocale(locale)) + text.slice(1);
}
