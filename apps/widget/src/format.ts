import type { Country, Language } from '@groupfinder/domain';
import { dateTimeFormat, intlLocale, localDateIn, numberFormat, type Locale } from '@groupfinder/translations';
import type { WidgetTranslate } from './messages';

/** The GraphQL `Language` enum value of a widget locale or a spoken language: "nb" → "NB". */
export function toLanguageEnum<L extends Locale | Language>(code: L): Uppercase<L> {
  return code.toUpperCase() as Uppercase<L>;
}

/** A GraphQL `Language` enum value as a BCP 47 tag for the `lang` attribute: "NB" → "nb". */
export function toLangAttribute(language: string): string {
  return language.toLowerCase();
}

const CALLING_CODES: Readonly<Record<Country, string>> = { DK: '45', SE: '46', NO: '47', PL: '48' };

/**
 * A `tel:` link for a phone number as organisations write it ("4498 3579", "08-123 45 67"),
 * in international form so that it also dials from abroad. Swedish numbers drop their trunk 0.
 * Returns undefined when there are no digits to dial.
 */
export function telHref(phone: string, country?: Country | null): string | undefined {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (digits === '') return undefined;
  if (trimmed.startsWith('+')) return `tel:+${digits}`;
  if (digits.startsWith('00')) return `tel:+${digits.slice(2)}`;
  if (!country) return `tel:${digits}`;
  const national = country === 'SE' ? digits.replace(/^0/, '') : digits;
  return `tel:+${CALLING_CODES[country]}${national}`;
}

/** A `mailto:` link, or undefined for something that is not an e-mail address. */
export function mailtoHref(email: string): string | undefined {
  const trimmed = email.trim();
  return /^[^\s@]+@[^\s@]+$/.test(trimmed) ? `mailto:${trimmed}` : undefined;
}

/** A link to a group's web page: only http(s), never `javascript:` or the like. */
export function webHref(url: string): string | undefined {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** How a web address reads in text: "https://www.smartrecovery.dk/" → "www.smartrecovery.dk". */
/**
 * A group's meetings as a calendar file from the API beside `endpoint` (`…/graphql` →
 * `…/calendar/groups/<slug>.ics`), in the widget's language: to download, and the same address as
 * `webcal:` for calendar programs to subscribe to (they fetch it again, so edits reach them).
 */
export function calendarLinks(endpoint: string, slug: string, locale: Locale): { download: string; subscribe: string } {
  const download = new URL(`calendar/groups/${encodeURIComponent(slug)}.ics?lang=${locale}`, endpoint).href;
  return { download, subscribe: download.replace(/^https?:/, 'webcal:') };
}

export function webLabel(href: string): string {
  const parsed = new URL(href);
  const path = parsed.pathname === '/' ? '' : parsed.pathname.replace(/\/$/, '');
  const text = `${parsed.host}${path}${parsed.search}`;
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

export interface VenueAddress {
  name: string;
  street: string;
  postalCode: string;
  town: string;
}

/**
 * Where a group meets, as the lines a visitor reads: "Forebyggelsescentret, Søborg Hovedgade 200"
 * and "2860 Søborg". The venue name is left out when it only repeats the street.
 */
export function addressLines(venue: VenueAddress): string[] {
  const first = [venue.name, venue.street]
    .map((part) => part.trim())
    .filter((part, index, parts) => part !== '' && parts.indexOf(part) === index)
    .join(', ');
  const second = [venue.postalCode, venue.town].map((part) => part.trim()).filter(Boolean).join(' ');
  return [first, second].filter(Boolean);
}

/** The `lang` attribute for a text in `language` (a GraphQL `Language`), when it is not the widget's. */
export function langIfOther(language: string, locale: Locale): string | undefined {
  const lang = toLangAttribute(language);
  return lang === locale ? undefined : lang;
}

/**
 * The wall-clock date and time of an ISO 8601 date-time with offset, as the API writes a meeting
 * in its group's own time zone ("2026-11-24T16:30:00+01:00" → 2026-11-24, 16:30). The offset is
 * already the group's, so no time-zone arithmetic is needed, and none can go wrong.
 */
export function wallClock(iso: string): { date: string; time: string } | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match?.[1] && match[2] ? { date: match[1], time: match[2] } : undefined;
}

/** Today's date where the group meets, 'YYYY-MM-DD' (the browser's zone when it is not known). */
export function todayIn(timeZone: string | undefined, now: Date = new Date()): string {
  try {
    return localDateIn(now, timeZone);
  } catch {
    return localDateIn(now);
  }
}

/**
 * A meeting's day as people say it in `locale`: "tirsdag 24. november", "wtorek, 24 listopada",
 * with the year only when it is not this year's ("tirsdag den 5. januar 2027").
 */
export function formatMeetingDay(date: string, locale: Locale, today: string): string {
  const withYear = date.slice(0, 4) !== today.slice(0, 4);
  return dateTimeFormat(intlLocale(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/**
 * A distance in the locale's digits: "1,2 km", "12 km". The unit is written, not asked of Intl:
 * kilometres are "km" in all five languages, and Intl's unit style loads data that held up the
 * widget's first render on a slow phone (tools/bench/README.md, the widget benchmark).
 */
export function formatDistance(km: number, locale: Locale): string {
  return `${numberFormat(intlLocale(locale), { maximumFractionDigits: km < 10 ? 1 : 0 }).format(km)} km`;
}

/**
 * When a meeting is, in words: "tirsdag 24. november kl. 16:30", or with its end
 * "tirsdag 24. november kl. 16:30–18:00". `start` and `end` are ISO 8601 with the group's offset.
 */
export function describeMeeting(t: WidgetTranslate, locale: Locale, today: string, start: string, end?: string): string {
  const from = wallClock(start);
  if (!from) return start;
  const until = end ? wallClock(end) : undefined;
  const time = until ? `${from.time}–${until.time}` : from.time;
  return t('widget.meeting.at', { date: formatMeetingDay(from.date, locale, today), time });
}

/**
 * How many groups a search found, as the status line says it: "12 groups found", or "More than
 * 1,000 groups found" when more match than the API counts (`capped`), the number in the locale's digits.
 */
export function describeResults(t: WidgetTranslate, totalCount: number, capped: boolean): string {
  return t(capped ? 'widget.results.capped' : 'widget.results', { count: totalCount });
}
