import type { Locale } from '@groupfinder/translations';

const formats = new Map<Locale, Intl.DateTimeFormat>();

/** A moment from the API (ISO 8601) as the reader's language writes it, in the browser's time zone. */
export function formatDateTime(value: unknown, locale: Locale): string {
  const date = new Date(String(value));
  if (Number.isNaN(date.getTime())) return '';
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    formats.set(locale, format);
  }
  return format.format(date);
}
