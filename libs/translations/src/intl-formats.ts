import type { Locale } from './locales';

/** `make`, once per distinct arguments (compared as JSON). */
function once<A extends unknown[], R>(make: (...args: A) => R): (...args: A) => R {
  const made = new Map<string, R>();
  return (...args) => {
    const key = JSON.stringify(args);
    let value = made.get(key);
    if (value === undefined) {
      value = make(...args);
      made.set(key, value);
    }
    return value;
  };
}

/*
 * Intl formatters, made once per locale and options: making one costs far more than using it (a
 * page of 20 groups made hundreds; on a slow phone each took milliseconds of the widget's start),
 * and they hold no state between calls. Every message of the catalog shares them too (translate.ts).
 */
export const dateTimeFormat = once((...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args));
export const numberFormat = once((...args: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...args));
export const pluralRules = once((...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args));
export const listFormat = once((locale: string) => new Intl.ListFormat(locale, { type: 'conjunction' }));
/**
 * The locale a message is parsed for: the catalog's own five, which every browser supports, so
 * without asking the browser's ICU which it supports (the first ask took tens of milliseconds).
 */
export const resolvedLocale = once((locales: string | string[]) => new Intl.Locale((typeof locales === 'string' ? locales : locales[0]) ?? 'en'));

/** Intl's locale for dates and lists: our English is written for Europe ("3 February", no Oxford comma). */
export function intlLocale(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : locale;
}

/** '2026-08-10' as "10 August 2026" in the locale: a calendar date, never shifted by a time zone. */
export function formatLongDate(date: string, locale: Locale): string {
  return dateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** The local date of an instant in a time zone (the runtime's own when none is given), 'YYYY-MM-DD'. */
export function localDateIn(instant: Date, timeZone?: string): string {
  const parts = dateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((each) => each.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
