import { TZDate } from '@date-fns/tz';
import { calendarSeries, COUNTRY_TIME_ZONES, Temporal, type CalendarSeries } from '@groupfinder/domain';
import type { Locale } from '@groupfinder/translations';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { escape, type ICalCalendar } from 'ical-generator';
import type { Group } from '../groups/group.type';

/** How often a subscribed calendar program should fetch the calendar again (REFRESH-INTERVAL): edits reach it within this. */
export const CALENDAR_REFRESH_SECONDS = 6 * 60 * 60;

/** A local 'YYYY-MM-DDTHH:mm' of `zone`, `minutes` later, as the instant ical-generator writes in that zone. */
function zoned(local: string, zone: string, minutes = 0): TZDate {
  return new TZDate(Temporal.PlainDateTime.from(local).toZonedDateTime(zone).add({ minutes }).epochMilliseconds, zone);
}

/** 'YYYY-MM-DDTHH:mm' as iCalendar's local DATE-TIME, 'YYYYMMDDTHHmm00'. */
const icalLocal = (local: string) => `${local.replace(/[-:]/g, '')}00`;

/**
 * The RRULE, EXDATE and RDATE lines of a series, as ical-generator takes them (its `repeating`
 * as text): its own RRULE object has no RDATE, and ours is already RFC 5545's.
 */
function recurrenceLines(series: CalendarSeries): string | null {
  const zone = series.timeZone;
  const lines = [
    ...(series.rrule ? [`RRULE:${series.rrule}`] : []),
    ...(series.exdates.length > 0 ? [`EXDATE;TZID=${zone}:${series.exdates.map(icalLocal).join(',')}`] : []),
    ...(series.rdates.length > 0 ? [`RDATE;TZID=${zone}:${series.rdates.map(icalLocal).join(',')}`] : []),
  ];
  return lines.length > 0 ? lines.join('\n') : null;
}

/** Where the group meets, as one line: its venue's address, or "Online". */
function whereOf(group: Group): string {
  const { venue } = group;
  if (!venue) return group.formatLabel;
  return [venue.name, venue.street, `${venue.postalCode} ${venue.town}`.trim()].filter(Boolean).join(', ');
}

/** How often and when the group was last edited: a calendar program replaces an event it has only when its SEQUENCE is higher. */
export interface GroupRevision {
  version: number;
  updatedAt: Date;
}

/**
 * A group's meetings as an iCalendar file (RFC 5545) in `locale`: one recurring event with the
 * group's own rule, cancelled and paused meetings as EXDATE, extra ones as RDATE, each moved
 * meeting as an override (RECURRENCE-ID), and the time zone written out (VTIMEZONE), so that a
 * calendar program shows the meetings `nextMeetings` lists, less the cancelled ones, across
 * daylight-saving changes. A group without a schedule gives a calendar without events (only its
 * country's time zone), which a subscription fills once the organisation sets one. Only what the public `Group` shows.
 */
export function groupCalendar(group: Group, options: { locale: Locale; now: Date; revision: GroupRevision }): ICalCalendar {
  const calendar = ical({
    // NAME is TEXT (RFC 7986), but the generator writes it as given: escaped here like SUMMARY ("Sorg, unge").
    name: escape(group.name.text, false),
    prodId: { company: 'groupfinder', product: 'groupfinder', language: options.locale.toUpperCase() },
    ttl: CALENDAR_REFRESH_SECONDS,
    // No calendar-wide zone (DTSTAMP stays in UTC); the generator writes a VTIMEZONE for each event's zone.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  const schedule = group.storedSchedule;
  if (!schedule) {
    // RFC 5545 wants at least one component: the time zone its meetings will be in, until they are set.
    calendar.timezone({ name: COUNTRY_TIME_ZONES[group.organisation.country], generator: getVtimezoneComponent });
    return calendar;
  }

  const series = calendarSeries(schedule);
  const zone = series.timeZone;
  const description = [group.description?.text, group.onlineJoin?.url ?? group.onlineJoin?.label].filter(Boolean).join('\n\n');
  const event = {
    id: `${group.id}@groupfinder`,
    stamp: options.now,
    sequence: options.revision.version,
    lastModified: options.revision.updatedAt,
    timezone: zone,
    summary: group.name.text,
    location: whereOf(group),
    description: description || null,
    url: group.onlineJoin?.url ?? group.contact.url ?? null,
  };
  calendar.createEvent({
    ...event,
    start: zoned(series.start, zone),
    end: zoned(series.start, zone, series.durationMinutes),
    repeating: recurrenceLines(series),
  });
  for (const move of series.moves) {
    calendar.createEvent({
      ...event,
      recurrenceId: zoned(move.from, zone),
      start: zoned(move.to, zone),
      end: zoned(move.to, zone, series.durationMinutes),
    });
  }
  return calendar;
}
