import { dateTimeFormat, intlLocale, type Locale } from '@groupfinder/translations';

/** A moment from the API (ISO 8601) in the browser's time zone, as the reader's language writes it with `options`; '' when it cannot be read. */
function formatMoment(value: unknown, locale: Locale, options: Intl.DateTimeFormatOptions): string {
  const date = new Date(String(value));
  return Number.isNaN(date.getTime()) ? '' : dateTimeFormat(intlLocale(locale), options).format(date);
}

/** A moment from the API, date and time ("20 Nov 2026, 18:30"). */
export function formatDateTime(value: unknown, locale: Locale): string {
  return formatMoment(value, locale, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A day from the API, as the reader's language writes it ("4 May 2027"). */
export function formatDay(value: unknown, locale: Locale): string {
  return formatMoment(value, locale, { dateStyle: 'medium' });
}

/** A moment's time of day ("18:30"). */
export function formatTime(value: unknown, locale: Locale): string {
  return formatMoment(value, locale, { timeStyle: 'short' });
}
