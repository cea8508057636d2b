import { IntlMessageFormat, type Formatters } from 'intl-messageformat';
import type { MessageKey } from './catalog';
import { dateTimeFormat, numberFormat, pluralRules, resolvedLocale } from './intl-formats';
import { CATALOGS, type Locale } from './locales';

export type MessageValues = Readonly<Record<string, string | number>>;

const compiled = new Map<string, IntlMessageFormat>();

/*
 * Every message shares the Intl formatters, and a locale is resolved once: by default each
 * compiled message asks the browser's ICU again and makes its own (tools/bench/README.md, the
 * widget benchmark).
 */
const FORMATTERS: Formatters = { getNumberFormat: numberFormat, getDateTimeFormat: dateTimeFormat, getPluralRules: pluralRules };
IntlMessageFormat.resolveLocale = resolvedLocale;

/** Formats one message of the catalog (ICU MessageFormat: plurals, selects) in `locale`. */
export function translate(locale: Locale, key: MessageKey, values?: MessageValues): string {
  const cacheKey = `${locale}\u0000${key}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(CATALOGS[locale][key], locale, undefined, { formatters: FORMATTERS });
    compiled.set(cacheKey, format);
  }
  return String(format.format(values));
}

export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** A `translate` bound to one locale, for components and request contexts. */
export function translator(locale: Locale): Translate {
  return (key, values) => translate(locale, key, values);
}
