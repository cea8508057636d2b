import { dateTimeFormat, intlLocale, type Locale } from '@groupfinder/translations';

/** A moment from the API (ISO 8601) as the reader's language writes it, in the browser's time zone. */
export function formatDateTime(value: unknown, locale: Locale): string {
  const date = new Date(String(value));
  if (Number.isNaN(date.getTime())) return '';
  return dateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A day from the API, as the reader's language writes it ("4 May 2027"). */
export function formatDay(value: unknown, locale: Locale): string {
  const date = new Date(String(value));
  if (Number.isNaN(date.getTime())) return '';
  return dateTimeFormat(intlLocale(locale), { dateStyle: 'medium' }).format(date);
}
