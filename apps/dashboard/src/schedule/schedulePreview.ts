import { SCHEDULE_LIMITS, Temporal, localDateOf, meetingsBetween, type Meeting, type Schedule } from '@groupfinder/domain';
import type { Translate } from '@groupfinder/translations';
import { localStart } from './scheduleText';

/** How many meetings the preview shows first, and how many more each "Show more dates" adds. */
export const PREVIEW_STEP = 10;
/** The most the preview shows: nextMeetings gives no more. Further meetings are found by their date. */
export const PREVIEW_MAX = SCHEDULE_LIMITS.nextMeetingsMax;

/** The preview's length after "Show more dates". */
export function morePreviewCount(count: number): number {
  return Math.min(count + PREVIEW_STEP, PREVIEW_MAX);
}

/** "Show more dates" is offered while the preview is full (the schedule may go on) and below its limit. */
export function canShowMore(shown: number, count: number): boolean {
  return shown >= count && count < PREVIEW_MAX;
}

/** What the schedule has on a date a volunteer chose, to cancel or move a meeting further ahead than the preview. */
export type DateLookup =
  /** Nothing to say: no date chosen yet (or only half typed), or a schedule that cannot be expanded (its problems say why). */
  | { readonly kind: 'EMPTY' }
  /** A date before today in the group's time zone: its meetings are over. */
  | { readonly kind: 'PAST' }
  /** The meetings of that date as the preview shows them (cancelled ones too), and those moved away from it. */
  | { readonly kind: 'FOUND'; readonly meetings: readonly Meeting[] }
  /** No meeting; `paused` when the date is in one of the schedule's breaks. */
  | { readonly kind: 'NONE'; readonly paused: boolean };

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMPTY: DateLookup = { kind: 'EMPTY' };

/**
 * The meetings on a local date 'YYYY-MM-DD' in the group's time zone: those that start that day
 * (the rule's, extra ones, cancelled ones, those moved there), then those moved away from it, at
 * their new time, so that their move can be seen and undone from the date they were planned for.
 */
export function lookUpDate(schedule: Schedule, date: string, now: Date): DateLookup {
  const day = plainDate(date);
  if (!day) return EMPTY;
  try {
    if (date < localDateOf(now, schedule.timeZone)) return { kind: 'PAST' };
    const onDay = meetingsStartingOn(schedule, day);
    const movedAway = schedule.moves
      .filter((move) => move.from.startsWith(`${date}T`) && !move.to.startsWith(`${date}T`))
      .flatMap((move) => {
        const to = plainDate(move.to.slice(0, 10));
        const arrived = to ? meetingsStartingOn(schedule, to) : [];
        return arrived.filter((meeting) => meeting.originalStart !== undefined && localStart(meeting.originalStart) === move.from);
      });
    const meetings = [...onDay, ...movedAway];
    if (meetings.length > 0) return { kind: 'FOUND', meetings };
    return { kind: 'NONE', paused: schedule.pauses.some((pause) => pause.from <= date && date <= pause.until) };
  } catch {
    // InvalidScheduleError (or a zone the calendar does not know): the editor shows the problems.
    return EMPTY;
  }
}

/** What the polite live region says about the date chosen, given in words as `dateText`. */
export function lookupMessage(lookup: DateLookup, dateText: string, t: Translate): string {
  switch (lookup.kind) {
    case 'EMPTY':
      return '';
    case 'PAST':
      return t('dashboard.schedule.onDate.past');
    case 'FOUND':
      return t('dashboard.schedule.onDate.found', { count: lookup.meetings.length, date: dateText });
    case 'NONE':
      return t(lookup.paused ? 'dashboard.schedule.onDate.paused' : 'dashboard.schedule.onDate.none', { date: dateText });
  }
}

/** The meetings that start on a local date, from its first moment to the next day's, daylight-saving changes included. */
function meetingsStartingOn(schedule: Schedule, day: Temporal.PlainDate): Meeting[] {
  const from = day.toZonedDateTime(schedule.timeZone).epochMilliseconds;
  const until = day.add({ days: 1 }).toZonedDateTime(schedule.timeZone).epochMilliseconds;
  return meetingsBetween(schedule, new Date(from), new Date(until));
}

function plainDate(date: string): Temporal.PlainDate | null {
  if (!LOCAL_DATE.test(date)) return null;
  try {
    // 'reject': 2027-02-30 is not read as the 28th.
    return Temporal.PlainDate.from(date, { overflow: 'reject' });
  } catch {
    return null;
  }
}
